"""What an operation did: its value, the kinds of data and the teams it changed, and what reverts it."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .journal import Revert, RowChange

if TYPE_CHECKING:
    from .store import Store

T = TypeVar("T")


class Change(enum.Flag):
    """What kind of data an edit touched."""

    TEAMS = enum.auto()
    MEMBERS = enum.auto()
    RITUALS = enum.auto()
    OCCURRENCES = enum.auto()
    ACTIONS = enum.auto()
    SPRINTS = enum.auto()
    ALL = TEAMS | MEMBERS | RITUALS | OCCURRENCES | ACTIONS | SPRINTS


# What each journaled table holds; a change to what plans occurrences changes occurrences too.
_KIND = {
    "teams": Change.TEAMS | Change.OCCURRENCES | Change.SPRINTS,
    "members": Change.MEMBERS | Change.OCCURRENCES,
    "absences": Change.MEMBERS | Change.OCCURRENCES,
    "sprints": Change.SPRINTS | Change.OCCURRENCES,
    "rituals": Change.RITUALS | Change.OCCURRENCES,
    "roster_changes": Change.RITUALS | Change.OCCURRENCES,
    "occurrences": Change.OCCURRENCES,
    "actions": Change.ACTIONS,
    "action_reviews": Change.ACTIONS,
    "sprint_anchors": Change.SPRINTS | Change.OCCURRENCES,
    "past_workweeks": Change.TEAMS | Change.OCCURRENCES,
    "meetings": Change.OCCURRENCES,
    "meeting_settings": Change.RITUALS,
    "retro_formats": Change.OCCURRENCES,
    "retro_boards": Change.OCCURRENCES,
    "retro_cards": Change.OCCURRENCES,
    "retro_votes": Change.OCCURRENCES,
}


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """One edit's footprint: what changed, and for which teams (empty: possibly all)."""

    what: Change
    team_ids: frozenset[int] = frozenset()

    def concerns(self, what: Change, team_id: int | None = None) -> bool:
        """Whether a view showing `what` (of `team_id`) needs to refresh."""
        if not self.what & what:
            return False
        return team_id is None or not self.team_ids or team_id in self.team_ids

    def __bool__(self) -> bool:
        return bool(self.what)


NOTHING = ChangeSet(Change(0))


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """What an operation did: its value, what it changed, and what reverts it."""

    value: T
    changes: ChangeSet
    revert: Revert


def run(store: Store, work: Callable[[], T]) -> Result[T]:
    """Run `work` (writes through `store`) as one operation: one transaction, changes and revert captured.

    Inside another operation it simply runs: the outer one captures everything.
    """
    journal = store.journal
    if journal.active:
        return Result(value=work(), changes=NOTHING, revert=Revert())
    with store.transaction(), journal.capture() as rows:
        value = work()
    # rows are filled when the capture ends, still inside the transaction
    return Result(value=value, changes=footprint(store, rows), revert=Revert(tuple(rows)))


def footprint(store: Store, rows: Iterable[RowChange]) -> ChangeSet:
    """The kinds of data and the teams these row changes concern."""
    journal = store.journal
    what = Change(0)
    teams: set[int] = set()
    rituals: set[int] = set()
    members: set[int] = set()
    actions: set[int] = set()
    for row in rows:
        what |= _KIND.get(row.table, Change.TEAMS)  # a table added later: something about its team
        names = journal.columns(row.table)
        for image in (row.before, row.after):
            if image is None:
                continue
            values = dict(zip(names, image, strict=True))
            if row.table == "teams":
                teams.add(values["id"])
            elif "team_id" in values:
                teams.add(values["team_id"])
            elif "ritual_id" in values and row.table != "action_reviews":
                rituals.add(values["ritual_id"])
            elif "member_id" in values:
                members.add(values["member_id"])
            elif "action_id" in values:
                actions.add(values["action_id"])
    teams |= store.teams_of(rituals=rituals, members=members, actions=actions)
    return ChangeSet(what, frozenset(teams))


def undo(store: Store, result: Result) -> None:
    """Put back every row `result`'s operation touched, in one transaction (Conflict if changed since)."""
    with store.transaction():
        store.journal.undo(result.revert)


def redo(store: Store, result: Result) -> None:
    """Write again every row `result`'s operation wrote, in one transaction (Conflict if changed since)."""
    with store.transaction():
        store.journal.redo(result.revert)
