"""The feeds a folder holds: their names and scopes, and what publishing one did or would do."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..agenda import parse_occurrence_uid
from ..model import Member, Team
from ..store import Store
from .feed import Scope, default_horizon
from .ledger import FeedOwner, PublishedEvent, feed_owners, published_events, published_feeds


def slug(text: str) -> str:
    """A file-name-safe ASCII form of a name: 'Équipe Mistral' -> 'equipe-mistral'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One published feed: its file name (also its key in the ledger) and what it shows.

    `team` is None for the feed of a team or member that is gone (deleted, or a member who left).
    """

    file_name: str
    scope: Scope
    team: Team | None
    # the file of a renamed team's or member's earlier name: the file name of its feed now; kept up to date
    # while it is in the folder, never made
    renamed_to: str = ""

    @property
    def gone(self) -> bool:
        """Whether its team or member is gone: the feed is emptied, not computed."""
        return self.team is None

    @property
    def former(self) -> bool:
        """Whether this is the file of a renamed team's or member's earlier name."""
        return bool(self.renamed_to)

    @property
    def key(self) -> str:
        """The feed's name in the ledger."""
        return self.file_name

    @property
    def owner(self) -> FeedOwner | None:
        """Whose feed it is (None when gone)."""
        return None if self.team is None else FeedOwner(team_id=self.team.id, member_id=self.scope.member_id)


def feed_specs(
    store: Store, *, today: date, todos: bool = False, team_ids: Sequence[int] | None = None
) -> list[FeedSpec]:
    """The feeds `publish` writes: `team-<team>.ics` for each team, `member-<team>-<member>.ics` for each
    current member, over the default horizon (only those of `team_ids` when given).

    Of two with the same name, the second gets its id too (`team-orion-7.ics`), and keeps it once
    published: deleting the first must not move the second's subscribers to another file. A file
    published for a team or member still there stays theirs after they are renamed (see
    `_former_names`): one who takes their earlier name gets the numbered file.
    """
    first, last = default_horizon(today)
    specs = []
    published = set(published_feeds(store))
    owners = feed_owners(store)
    teams = store.teams()
    members: dict[int, list[Member]] = {team.id: [] for team in teams}
    for member in store.members():  # one read, by name in each team as before
        if member.left is None or member.left >= today:
            members[member.team_id].append(member)
    present = {FeedOwner(team_id=t.id) for t in teams} | {
        FeedOwner(team_id=m.team_id, member_id=m.id) for current in members.values() for m in current}
    team_slugs: set[str] = set()

    def distinct(name_slug: str, number: int, *, taken: set[str], prefix: str, owner: FeedOwner) -> str:
        """The slug, or with the id when another has it; kept with the id once published so (after a deletion too)."""
        numbered = f"{name_slug}-{number}"
        holder = owners.get(f"{prefix}{name_slug}.ics")
        if name_slug in taken or f"{prefix}{numbered}.ics" in published or (
                holder is not None and holder != owner and holder in present):
            name_slug = numbered
        taken.add(name_slug)
        return name_slug

    for team in teams:
        team_slug = distinct(slug(team.name), team.id, taken=team_slugs, prefix="team-",
                             owner=FeedOwner(team_id=team.id))
        if team_ids is not None and team.id not in team_ids:
            continue
        specs.append(FeedSpec(file_name=f"team-{team_slug}.ics",
                              scope=Scope(first, last, team_ids=(team.id,), todos=todos,
                                          name=f"{team.name} (RitualDesk)"),
                              team=team))
        member_slugs: set[str] = set()
        for member in members[team.id]:
            member_slug = distinct(slug(member.name), member.id, taken=member_slugs, prefix=f"member-{team_slug}-",
                                   owner=FeedOwner(team_id=team.id, member_id=member.id))
            specs.append(FeedSpec(
                file_name=f"member-{team_slug}-{member_slug}.ics",
                scope=Scope(first, last, member_id=member.id, todos=todos,
                      name=f"{member.name} - {team.name} (RitualDesk)"),
                team=team))
    return specs + _former_names(store, specs, published, owners)


def _former_names(store: Store, specs: list[FeedSpec], published: set[str],
                  owners: dict[str, FeedOwner]) -> list[FeedSpec]:
    """The feeds of renamed teams and members under their earlier names, so that those names' subscribers keep
    their calendar.

    A published feed whose owner the ledger knows is that owner's. One published before owners were
    recorded is a renamed team's when its events were that team's rituals' (a deleted team's rituals
    are gone with it); its members' feeds of that name follow it.
    """
    current = {spec.file_name for spec in specs}
    earlier = sorted(name for name in published if name not in current)
    if not earlier:
        return []
    by_owner = {spec.owner: spec for spec in specs}
    found: dict[str, FeedSpec] = {}
    for name in earlier:
        spec = by_owner.get(owners.get(name))
        if spec is not None:
            found[name] = replace(spec, file_name=name, renamed_to=spec.file_name)
    guessed = [name for name in earlier if name.startswith("team-") and name not in owners]
    team_of_ritual = {ritual.uid: ritual.team_id for ritual in store.rituals()} if guessed else {}
    team_specs = {spec.team.id: spec for spec in specs if spec.file_name.startswith("team-")}
    for name in guessed:
        teams = {team_of_ritual.get(parsed[0]) for uid in published_events(store, name) or {}
                 if (parsed := parse_occurrence_uid(uid)) is not None} - {None}
        spec = team_specs.get(teams.pop()) if len(teams) == 1 else None
        if spec is None:
            continue
        found[name] = replace(spec, file_name=name, renamed_to=spec.file_name)
        old_prefix, new_prefix = "member-" + name[len("team-"):-len(".ics")] + "-", "member-" + spec.file_name[
            len("team-"):-len(".ics")] + "-"
        for member in specs:
            old_name = old_prefix + member.file_name.removeprefix(new_prefix)
            if (member.team == spec.team and member.file_name.startswith(new_prefix) and old_name in published
                    and old_name not in current and old_name not in owners):
                found[old_name] = replace(member, file_name=old_name, renamed_to=member.file_name)
    return [found[name] for name in sorted(found)]


@dataclass(frozen=True, slots=True)
class EventChange:
    """One event added, changed or removed in a feed."""

    uid: str
    summary: str
    start: str  # ISO 8601 with offset ('' for a to-do)


@dataclass(frozen=True, slots=True)
class FeedDiff:
    """What publishing a feed now would change for its subscribers."""

    feed: str
    added: tuple[EventChange, ...]
    changed: tuple[EventChange, ...]
    removed: tuple[EventChange, ...]
    first_time: bool
    gone: bool = False  # the feed of a team or member that is gone: it is emptied
    renamed_to: str = ""  # a renamed team's or member's earlier file, kept up to date: the file name it has now

    @property
    def empty(self) -> bool:
        """Whether subscribers would see no difference."""
        return not (self.added or self.changed or self.removed)


def changes(events: Iterable[PublishedEvent]) -> tuple[EventChange, ...]:
    """Events as a diff lists them: by start, then UID."""
    return tuple(EventChange(uid=e.uid, summary=e.summary, start=e.start)
                 for e in sorted(events, key=lambda e: (e.start, e.uid)))


@dataclass(frozen=True, slots=True)
class Published:
    """What publishing did to one feed."""

    spec: FeedSpec
    path: Path
    written: bool
    diff: FeedDiff
    events: int
    recorded: bool = True  # whether the database now remembers this publication (not when it cannot be written)
    left_alone: bool = False  # a gone feed's file that is not what this database published there: not emptied

    @property
    def gone(self) -> bool:
        """Whether this is the feed of a team or member that is gone (emptied, or left alone)."""
        return self.spec.gone
