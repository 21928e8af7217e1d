"""What an operation did: its value, the kinds of data and the teams it changed, and what reverts it."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
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
    CARDS = enum.auto()  # a retrospective board's cards and their votes (no calendar shows them)
    ALL = TEAMS | MEMBERS | RITUALS | OCCURRENCES | ACTIONS | SPRINTS | CARDS


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
    "retro_cards": Change.CARDS,
    "retro_votes": Change.CARDS,
    "calendar_feed_owners": Change(0),  # whose feed a published file is: no view shows it (gone with its member)
}


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """One edit's footprint: what changed, and for which teams (empty: possibly all)."""

    what: Change
    team_ids: frozenset[int] = frozenset()
    ritual_ids: frozenset[int] = frozenset()  # when only these rituals' occurrences changed (empty: any)
    card_ids: frozenset[int] = frozenset()  # the retrospective cards (or their votes) that changed (empty: any)

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
    if store.journal.active:
        return Result(value=work(), changes=NOTHING, revert=Revert())
    with operation(store) as rows:
        value = work()
    return result_of(store, value, rows)


@contextlib.contextmanager
def operation(store: Store) -> Iterator[list[RowChange]]:
    """The writes of the block as one operation: one transaction (all rolled back on an error), rows captured.

    The list it yields holds the rows touched once the block has ended; `result_of` makes them a Result.
    Operations run inside the block are part of it (each of their Results reverts nothing).
    A block that changed no row (an edit to what already is) is rolled back: it writes nothing, not
    even the edits counter and the team revisions its identical rows bumped, so no window refreshes for it.
    """
    try:
        with store.transaction():
            was = store.team_revisions()
            with store.journal.capture() as rows:
                yield rows
            if not any(row.before != row.after for row in rows):
                raise _NothingChanged
            keep_warm(store, rows, was=was)
    except _NothingChanged:
        pass


class _NothingChanged(Exception):
    """Rolls back an operation whose writes all left their rows as they were."""


def result_of(store: Store, value: T, rows: Sequence[RowChange]) -> Result[T]:
    """The Result of an `operation` that touched `rows` (read once its transaction is committed)."""
    changed = [row for row in rows if row.before != row.after]
    return Result(value=value, changes=footprint(store, changed), revert=Revert(tuple(changed)))


ANCHOR_REACH = timedelta(days=120)  # how far from its identity a sprint-anchored occurrence may start

# Tables whose change may change every rotation of a team (occurrences change only their ritual's).
_TEAM_WIDE = frozenset(table for table, kind in _KIND.items() if kind & Change.OCCURRENCES and table != "occurrences")


def keep_warm(store: Store, rows: Sequence[RowChange], *, was: dict[int, int]) -> None:
    """Carry to the new team revisions the checkpoints these row changes did not reach.

    An occurrence changes its own ritual's rotation from where it was or now is, never before,
    and no other ritual's: checkpoints cut at or before that stay exact.
    """
    if any(row.table in _TEAM_WIDE for row in rows):
        return  # every rotation of those teams may differ: their checkpoints go stale
    columns = store.journal.columns("occurrences") if any(r.table == "occurrences" for r in rows) else ()
    earliest: dict[int, datetime] = {}
    for row in rows:
        if row.table != "occurrences":
            continue
        images = [dict(zip(columns, image, strict=True)) for image in (row.before, row.after) if image is not None]
        # Where the occurrence stood in the rotation before and after: moved, or at its planned start
        # (also when no state was or is recorded).
        places = [image["moved_to"] or image["planned"] for image in images]
        if len(images) < 2:
            places.append(images[0]["planned"])
        ritual = images[0]["ritual_id"]
        moment = min(datetime.fromisoformat(text) for text in places)
        earliest[ritual] = min(earliest.get(ritual, moment), moment)
    for ritual_id in store.sprint_anchors(list(earliest)):  # its occurrences may start away from their identity
        earliest[ritual_id] -= ANCHOR_REACH
    for team_id, rituals in store.rituals_by_team(earliest).items():
        store.keep_checkpoints(team_id, was=was.get(team_id, 0),
                               earliest={r: earliest[r] for r in rituals})


def footprint(store: Store, rows: Sequence[RowChange]) -> ChangeSet:
    """The kinds of data, the teams and (for occurrences only) the rituals these row changes concern."""
    journal = store.journal
    what = Change(0)
    teams: set[int] = set()
    rituals: set[int] = set()
    members: set[int] = set()
    actions: set[int] = set()
    cards: set[int] = set()
    for row in rows:
        what |= _KIND.get(row.table, Change.TEAMS)  # a table added later: something about its team
        names = journal.columns(row.table)
        for image in (row.before, row.after):
            if image is None:
                continue
            values = dict(zip(names, image, strict=True))
            if row.table in ("retro_cards", "retro_votes"):
                cards.add(values["id"] if row.table == "retro_cards" else values["card_id"])
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
    only_occurrences = not any(row.table in _TEAM_WIDE for row in rows)
    return ChangeSet(what=what, team_ids=frozenset(teams),
                     ritual_ids=frozenset(rituals) if only_occurrences else frozenset(), card_ids=frozenset(cards))


def undo(store: Store, result: Result) -> None:
    """Put back every row `result`'s operation touched, in one transaction (Conflict if changed since)."""
    with store.transaction():
        was = store.team_revisions()
        store.journal.undo(result.revert)
        keep_warm(store, result.revert.rows, was=was)


def redo(store: Store, result: Result) -> None:
    """Write again every row `result`'s operation wrote, in one transaction (Conflict if changed since)."""
    with store.transaction():
        was = store.team_revisions()
        store.journal.redo(result.revert)
        keep_warm(store, result.revert.rows, was=was)
