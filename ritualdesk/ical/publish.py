"""Publishing: one feed per team and per member in a folder, rewritten only when it changed, and its diff."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import InvalidInput
from ..files import planted, read_regular, write_atomically
from ..i18n import _
from ..model import Team
from ..store import Store
from .export import Export, export_feed
from .feed import FeedCache, Item, Scope, collect, default_horizon
from .ledger import PublishedEvent, published_events, published_feeds, published_file_hash, save_publication


def slug(text: str) -> str:
    """A file-name-safe ASCII form of a name: 'Équipe Mistral' -> 'equipe-mistral'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One published feed: its file name (also its key in the ledger) and what it shows."""

    file_name: str
    scope: Scope
    team: Team

    @property
    def key(self) -> str:
        """The feed's name in the ledger."""
        return self.file_name


def feed_specs(
    store: Store, *, today: date, todos: bool = False, team_ids: Sequence[int] | None = None
) -> list[FeedSpec]:
    """The feeds `publish` writes: `team-<team>.ics` for each team, `member-<team>-<member>.ics` for each
    current member, over the default horizon (only those of `team_ids` when given)."""
    first, last = default_horizon(today)
    specs = []
    team_slugs: set[str] = set()
    for team in store.teams():
        team_slug = slug(team.name)
        if team_slug in team_slugs:
            team_slug = f"{team_slug}-{team.id}"
        team_slugs.add(team_slug)
        if team_ids is not None and team.id not in team_ids:
            continue
        specs.append(FeedSpec(file_name=f"team-{team_slug}.ics",
                              scope=Scope(first, last, team_ids=(team.id,), todos=todos,
                                          name=f"{team.name} (RitualDesk)"),
                              team=team))
        member_slugs: set[str] = set()
        for member in store.members(team.id):
            if member.left is not None and member.left < today:
                continue
            member_slug = slug(member.name)
            if member_slug in member_slugs:
                member_slug = f"{member_slug}-{member.id}"
            member_slugs.add(member_slug)
            specs.append(FeedSpec(
                file_name=f"member-{team_slug}-{member_slug}.ics",
                scope=Scope(first, last, member_id=member.id, todos=todos,
                      name=f"{member.name} - {team.name} (RitualDesk)"),
                team=team))
    return specs


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

    @property
    def empty(self) -> bool:
        """Whether subscribers would see no difference."""
        return not (self.added or self.changed or self.removed)


def _events(items: list[Item]) -> dict[str, PublishedEvent]:
    """A feed's events as its subscribers see them, by UID."""
    return {item.uid: PublishedEvent(uid=item.uid, content_hash=item.content_hash, summary=item.summary,
                                     start=item.start.isoformat() if item.start else "") for item in items}


def _diff(store: Store, key: str, now: dict[str, PublishedEvent], *, absent: bool = False) -> FeedDiff:
    """What changes for subscribers from the feed as last published to its events `now` (by UID).

    `absent`: its file is not in the folder (published elsewhere before, or removed): every event is new there.
    """
    before = None if absent else published_events(store, key)
    old = before or {}
    added = [e for uid, e in now.items() if uid not in old]
    changed = [e for uid, e in now.items() if uid in old and old[uid].content_hash != e.content_hash]
    removed = [e for uid, e in old.items() if uid not in now]

    def changes(events: list[PublishedEvent]) -> tuple[EventChange, ...]:
        return tuple(EventChange(uid=e.uid, summary=e.summary, start=e.start)
                     for e in sorted(events, key=lambda e: (e.start, e.uid)))

    return FeedDiff(feed=key, added=changes(added), changed=changes(changed), removed=changes(removed),
                    first_time=before is None)


def diff_feed(store: Store, spec: FeedSpec, *, cache: FeedCache | None = None,
              folder: str | os.PathLike[str] | None = None) -> FeedDiff:
    """Which events publishing `spec` now (into `folder`, if given) would add, change and remove; writes nothing."""
    absent = folder is not None and not os.path.lexists(Path(folder) / spec.file_name)
    return _diff(store, spec.key, _events(collect(store, spec.scope, cache=cache).items), absent=absent)


@dataclass(frozen=True, slots=True)
class Published:
    """What publishing did to one feed."""

    spec: FeedSpec
    path: Path
    written: bool
    diff: FeedDiff
    events: int
    recorded: bool = True  # whether the database now remembers this publication (not when it cannot be written)


def publish_feed(
    store: Store, spec: FeedSpec, folder: Path, *, now: datetime, cache: FeedCache | None = None
) -> Published:
    """Write one feed into `folder` if its content changed (or the file is missing or differs)."""
    path = folder / spec.file_name
    with store.transaction():
        result: Export = export_feed(store, spec.scope, now=now, cache=cache)
        events = _events(result.feed.items)
        diff = _diff(store, spec.key, events, absent=not os.path.lexists(path))
        on_disk = read_regular(path, limit=len(result.data))
        written = on_disk != result.data
        if written:
            write_atomically(path, result.data, follow_links=False)
        recorded = result.recorded  # a database opened read-only: the feed is written, and nothing recorded
        if recorded and (written or published_file_hash(store, spec.key) != result.file_hash):
            save_publication(store, spec.key, file_hash=result.file_hash,
                             events=events.values(), now=now)
    return Published(spec=spec, path=path, written=written, diff=diff, events=len(result.feed.events),
                     recorded=recorded)


def publish(store: Store, folder: str | os.PathLike[str], *, now: datetime, today: date,
            todos: bool = False, team_ids: Sequence[int] | None = None) -> list[Published]:
    """Write or refresh the feed of every team and every current member in `folder`.

    After an edit, the desktop app may pass the `team_ids` it touched: other feeds cannot have changed.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput(_("{folder} is not a folder (create it first)").format(folder=folder))
    specs = feed_specs(store, today=today, todos=todos, team_ids=team_ids)
    planted_here = [(spec.file_name, what) for spec in specs if (what := planted(folder / spec.file_name))]
    if planted_here:  # in a shared folder, anyone may plant a link to make us overwrite its target
        names = ", ".join(_("{name} is {what}").format(name=name, what=what) for name, what in planted_here[:3])
        more = " " + _("and {count} more").format(count=len(planted_here) - 3) if len(planted_here) > 3 else ""
        raise InvalidInput(_("{folder} holds what is not a feed RitualDesk wrote ({names}{more}); links and "
                             "special files are never followed nor replaced; remove them and publish again "
                             "(nothing was written)").format(folder=folder, names=names, more=more))
    cache = FeedCache()  # a team's feed and its members' feeds share one computation
    return [publish_feed(store, spec, folder, now=now, cache=cache) for spec in specs]


def pending_changes(
    store: Store, *, today: date, todos: bool = False, team_ids: Sequence[int] | None = None,
    folder: str | os.PathLike[str] | None = None,
) -> list[FeedDiff]:
    """For every feed `publish` would write (into `folder`), what its subscribers would see change; writes nothing."""
    cache = FeedCache()
    return [diff_feed(store, spec, cache=cache, folder=folder)
            for spec in feed_specs(store, today=today, todos=todos, team_ids=team_ids)]


def stale_feeds(store: Store, folder: str | os.PathLike[str], *, today: date) -> list[Path]:
    """Feed files in `folder` that were published once but no longer are (a team or member gone).

    They are left in place (a subscriber would rather see an old calendar than an error);
    the desktop app or the user may remove them.
    """
    folder = Path(folder)
    current = {spec.file_name for spec in feed_specs(store, today=today)}
    return [folder / name for name in published_feeds(store) if name not in current and (folder / name).is_file()]
