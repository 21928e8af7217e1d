"""Who facilitates each occurrence: a fair rotation in the spirit of on-call schedules. Pure.

The rotation is a line of members. Each occurrence that takes place (held or planned)
goes to the first member of the line who is available that day, who then goes to the
back. Cancelled occurrences and public holidays never reach this module, so they
consume nobody's turn. An absent member keeps their place and is simply skipped.

- swap: another member takes the due member's turn; the two exchange places in the
  line, so the due member takes the other's next turn (the swap is paid back).
- pass: the due member goes to the back of the line and the next one facilitates.
- defer: the due member skips this occurrence but stays first in line.
- a recorded facilitator (a past fact) or an override is taken as given; that member
  goes to the back, and whoever was due stays due.
- a roster change takes effect on its date: members who stay keep their places,
  new members join at the back.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .model import RosterChange, TurnChange

Available = Callable[[int, date], bool]


@dataclass(frozen=True, slots=True)
class Turn:
    """One occurrence that needs a facilitator, given in chronological order."""

    key: Hashable  # identifies the occurrence (its planned start, or an OccurrenceKey)
    day: date
    held: bool = False
    fixed_id: int | None = None  # a recorded facilitator or an override
    fixed_source: str = "recorded"
    fixed: bool = False  # taken as given even when fixed_id is None (held with nobody available)
    change: TurnChange | None = None
    change_member_id: int | None = None
    change_other_id: int | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """Who facilitates a turn (None when nobody is available) and why."""

    member_id: int | None
    source: str  # "recorded", "override", "rotation" or the TurnChange applied


@dataclass(frozen=True, slots=True)
class Fairness:
    """One member's figures: turns held, turns planned, fair share of the held turns.

    `owed` is held minus share: above zero the team owes this member turns off,
    below zero the member owes the team turns.
    """

    member_id: int
    held: int
    planned: int
    share: float

    @property
    def owed(self) -> float:
        """Turns the team owes this member (negative: turns the member owes)."""
        return round(self.held - self.share, 2)


def roster_on(changes: Sequence[RosterChange], day: date) -> tuple[int, ...]:
    """Who is on the roster on `day`: the last change effective by then (changes sorted by date)."""
    current: tuple[int, ...] = ()
    for change in changes:
        if change.effective <= day:
            current = change.member_ids
    return current


def _always(_member_id: int, _day: date) -> bool:
    return True


def _to_back(line: list[int], member_id: int | None) -> None:
    if member_id in line:
        line.remove(member_id)
        line.append(member_id)


def _apply_change(line: list[int], turn: Turn) -> None:
    who, other = turn.change_member_id, turn.change_other_id
    if turn.change is TurnChange.SWAP and who in line and other in line:
        i, j = line.index(who), line.index(other)
        line[i], line[j] = other, who
    elif turn.change is TurnChange.PASS:
        _to_back(line, who)


@dataclass(frozen=True, slots=True)
class Line:
    """Where a rotation stands: the members in line, first one due, and the roster changes applied."""

    members: tuple[int, ...] = ()
    changes_applied: int = 0


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A ritual's line just before `cut` (a local time), valid while its team's `revision` is unchanged."""

    ritual_id: int
    cut: datetime
    line: Line
    revision: int
    fingerprint: str


class Rotation:
    """Hands out turns one occurrence at a time, from a given point of the line."""

    def __init__(self, roster: Sequence[RosterChange], available: Available = _always, start: Line = Line()) -> None:
        self._changes = sorted(roster, key=lambda change: change.effective)
        self._line = list(start.members)
        self._next_change = start.changes_applied
        self._available = available

    @property
    def line(self) -> Line:
        """The current state, to resume from later."""
        return Line(tuple(self._line), self._next_change)

    def take(self, turn: Turn) -> Assignment:
        """Who facilitates `turn` (the next occurrence in chronological order)."""
        line, changes = self._line, self._changes
        while self._next_change < len(changes) and changes[self._next_change].effective <= turn.day:
            members = changes[self._next_change].member_ids
            line[:] = [m for m in line if m in members] + [m for m in members if m not in line]
            self._next_change += 1
        if turn.change is not None:
            _apply_change(line, turn)
        if turn.fixed or turn.fixed_id is not None:
            chosen, source = turn.fixed_id, turn.fixed_source
        else:
            # a plain loop, not next() over a generator: years of history take a turn each
            deferred = turn.change_member_id if turn.change is TurnChange.DEFER else None
            available, day, chosen = self._available, turn.day, None
            for member in line:
                if member != deferred and available(member, day):
                    chosen = member
                    break
            source = turn.change.value if turn.change is not None else "rotation"
        _to_back(line, chosen)
        return Assignment(chosen, source)


def assign(
    turns: Sequence[Turn],
    *,
    roster: Sequence[RosterChange],
    available: Available = _always,
    start: Line = Line(),
) -> list[Assignment]:
    """The facilitator of each turn, in the order given, from the `start` of the line."""
    rotation = Rotation(roster, available, start)
    return [rotation.take(turn) for turn in turns]


def fairness(
    turns: Sequence[Turn],
    assignments: Sequence[Assignment],
    *,
    roster: Sequence[RosterChange],
    available: Available = _always,
    today: date,
) -> list[Fairness]:
    """Per member: turns held, turns planned from `today` on, and fair share of the held turns.

    A held turn's share is split equally among the roster members available that day.
    """
    changes = sorted(roster, key=lambda change: change.effective)
    held: dict[int, int] = {}
    planned: dict[int, int] = {}
    share: dict[int, float] = {}
    order: dict[int, None] = {}
    for change in changes:
        order.update(dict.fromkeys(change.member_ids))
    for turn, assignment in zip(turns, assignments, strict=True):
        member = assignment.member_id
        if member is not None:
            order.setdefault(member)
        if turn.held:
            if member is not None:
                held[member] = held.get(member, 0) + 1
            current = [c for c in changes if c.effective <= turn.day]
            eligible = [m for m in current[-1].member_ids if available(m, turn.day)] if current else []
            for m in eligible:
                share[m] = share.get(m, 0.0) + 1 / len(eligible)
        elif turn.day >= today and member is not None:
            planned[member] = planned.get(member, 0) + 1
    return [
        Fairness(member_id=m, held=held.get(m, 0), planned=planned.get(m, 0), share=round(share.get(m, 0.0), 2))
        for m in order
    ]
