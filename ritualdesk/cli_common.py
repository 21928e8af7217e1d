"""What every `ritualdesk` sub-command shares: the clock, finding teams and members, output, errors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import UTC, date, datetime

from .changes import Change, ChangeSet, Result
from .errors import InvalidInput, NotFound
from .i18n import _, ngettext
from .model import Member, Team
from .store import Store


class UsageError(InvalidInput):
    """The command line itself is wrong."""


def now() -> datetime:
    """The current instant (the CLI's only clock)."""
    return datetime.now(UTC)


def today(team: Team | None = None) -> date:
    """Today in a team's zone, or on this computer."""
    return now().astimezone(team.tz if team is not None else None).date()  # None: this computer's zone


def find_team(store: Store, name: str) -> Team:
    """The team called `name`, or NotFound listing the teams there are."""
    team = store.find_team(name)
    if team is None:
        known = ", ".join(t.name for t in store.teams()) or _("none yet")
        raise NotFound(_("no team called {name!r} (teams: {known})").format(name=name, known=known))
    return team


def find_member(store: Store, team: Team | None, name: str) -> Member:
    """The member called `name` (or with that email), in `team` if given, or NotFound."""
    member = store.find_member(team.id if team else None, name)
    if member is None:
        if team:
            raise NotFound(_("no member called {name!r} in {team}").format(name=name, team=team.name))
        raise NotFound(_("no member called {name!r}").format(name=name))
    return member


def names(store: Store, team_ids: Iterable[int] | None = None) -> dict:
    """Team and member names by id: of every team, or of these teams only (a one-edit command reads no more)."""
    if team_ids is None:
        teams, members = store.teams(), store.members()
    else:
        wanted = sorted(set(team_ids))
        teams, members = store.teams_of_ids(wanted), store.members_of(wanted)
    return {"teams": {t.id: t.name for t in teams}, "members": {m.id: m.name for m in members}}


def print_json(value: object) -> None:
    """Print `value` as indented JSON, non-ASCII kept."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def changed(changes: ChangeSet, known: dict) -> dict:
    """What an edit changed, for a person or a script: kinds of data and team names."""
    kinds = [kind.name.lower() for kind in Change if kind in changes.what and kind is not Change.ALL]
    teams = sorted(known["teams"].get(t, f"#{t}") for t in changes.team_ids)
    return {"what": kinds, "teams": teams}


def report(args: argparse.Namespace, store: Store, result: Result | None) -> None:
    """With --changes, say on stderr what the edit changed (stdout stays as scripts know it)."""
    if not getattr(args, "changes", False) or result is None:
        return
    said = changed(result.changes, names(store, result.changes.team_ids))
    what = ", ".join(said["what"]) or _("nothing")
    rows = len(result.revert.rows)
    count = ngettext("{rows} row", "{rows} rows", rows).format(rows=rows)
    if said["teams"]:
        print(_("changed: {what} of {teams} ({count})").format(what=what, teams=", ".join(said["teams"]),
                                                               count=count), file=sys.stderr)
    else:
        print(_("changed: {what} ({count})").format(what=what, count=count), file=sys.stderr)
