"""The facilitator rotation: pure rules, and their invariants under random histories."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ritualdesk.model import OccurrenceKey, RosterChange, TurnChange
from ritualdesk.rotation import Turn, assign, fairness

START = date(2026, 1, 5)
A, B, C, D = 1, 2, 3, 4


def _turns(count: int, **changes) -> list[Turn]:
    """`count` daily turns; changes={index: dict(...)} customise some of them."""
    turns = []
    for i in range(count):
        day = START + timedelta(days=i)
        turns.append(Turn(OccurrenceKey(1, datetime.combine(day, datetime.min.time())), day,
                          **changes.get(f"t{i}", {})))
    return turns


def _who(turns, roster=(A, B, C), available=None, changes=()) -> list[int | None]:
    roster_changes = [RosterChange(1, START, tuple(roster)), *changes]
    kwargs = {"available": available} if available else {}
    return [a.member_id for a in assign(turns, roster=roster_changes, **kwargs)]


def test_round_robin_in_roster_order():
    assert _who(_turns(7)) == [A, B, C, A, B, C, A]


def test_absent_member_is_skipped_and_keeps_their_place():
    away = START + timedelta(days=1)
    who = _who(_turns(6), available=lambda m, day: not (m == B and day == away))
    assert who == [A, C, B, A, C, B]


def test_swap_is_paid_back():
    turns = _turns(6, t1={"change": TurnChange.SWAP, "change_member_id": B, "change_other_id": C})
    assert _who(turns) == [A, C, B, A, C, B]  # C took B's turn, B takes C's next one


def test_pass_sends_the_due_member_to_the_back():
    turns = _turns(6, t0={"change": TurnChange.PASS, "change_member_id": A})
    assert _who(turns) == [B, C, A, B, C, A]


def test_defer_keeps_the_due_member_next():
    turns = _turns(4, t0={"change": TurnChange.DEFER, "change_member_id": A})
    assert _who(turns) == [B, A, C, B]


def test_override_leaves_the_due_member_due():
    turns = _turns(4, t0={"fixed_id": C, "fixed_source": "override"})
    assert _who(turns) == [C, A, B, C]


def test_new_member_joins_at_the_back_and_leavers_drop_out():
    change = RosterChange(1, START + timedelta(days=2), (A, C, D))
    assert _who(_turns(7), changes=[change]) == [A, B, C, A, D, C, A]


def test_nobody_available_gives_no_facilitator():
    assert _who(_turns(2), available=lambda m, day: False) == [None, None]


def test_fairness_counts_held_planned_and_share():
    turns = [Turn(t.key, t.day, held=t.day < START + timedelta(days=4)) for t in _turns(8)]
    roster = [RosterChange(1, START, (A, B))]
    assignments = assign(turns, roster=roster)
    figures = {f.member_id: f for f in fairness(turns, assignments, roster=roster, today=START + timedelta(days=4))}
    assert (figures[A].held, figures[A].planned, figures[A].share, figures[A].owed) == (2, 2, 2.0, 0.0)
    assert (figures[B].held, figures[B].planned) == (2, 2)


def test_fairness_shows_who_covered_for_others():
    turns = [Turn(t.key, t.day, held=True, fixed_id=A if i < 3 else None) for i, t in enumerate(_turns(4))]
    roster = [RosterChange(1, START, (A, B))]
    figures = {f.member_id: f for f in fairness(turns, assign(turns, roster=roster), roster=roster, today=START)}
    assert figures[A].owed == 1.0 and figures[B].owed == -1.0


rosters = st.lists(st.integers(1, 30), min_size=1, max_size=8, unique=True)


@settings(max_examples=200, deadline=None)
@given(roster=rosters, count=st.integers(0, 120))
def test_without_absences_turn_counts_never_differ_by_more_than_one(roster, count):
    counts = Counter(_who(_turns(count), roster=roster))
    values = [counts.get(m, 0) for m in roster]
    assert max(values) - min(values) <= 1


@settings(max_examples=200, deadline=None)
@given(roster=rosters, count=st.integers(1, 60), data=st.data())
def test_a_cancelled_occurrence_consumes_nobodys_turn(roster, count, data):
    turns = _turns(count)
    cancelled = set(data.draw(st.lists(st.integers(0, count - 1), max_size=count, unique=True)))
    remaining = [t for i, t in enumerate(turns) if i not in cancelled]
    never_planned = [Turn(t.key, t.day) for t in remaining]  # the same days, as if the others never existed
    assert _who(remaining, roster=roster) == _who(never_planned, roster=roster)
    # and the result is the plain rotation over the remaining occurrences
    assert _who(remaining, roster=roster) == [roster[i % len(roster)] for i in range(len(remaining))]


@settings(max_examples=150, deadline=None)
@given(roster=rosters, new_roster=rosters, count=st.integers(1, 60), data=st.data())
def test_recorded_history_never_changes_when_the_roster_changes(roster, new_roster, count, data):
    turns = _turns(count)
    recorded_until = data.draw(st.integers(0, count))
    before = _who(turns, roster=roster)
    recorded = [Turn(t.key, t.day, held=True, fixed_id=w) if i < recorded_until else t
                for i, (t, w) in enumerate(zip(turns, before, strict=True))]
    effective = START + timedelta(days=data.draw(st.integers(0, count)))
    after = _who(recorded, roster=roster, changes=[RosterChange(1, effective, tuple(new_roster))])
    assert after[:recorded_until] == before[:recorded_until]


@settings(max_examples=150, deadline=None)
@given(roster=rosters, count=st.integers(1, 60), data=st.data())
def test_absent_members_never_facilitate(roster, count, data):
    absent = {(m, i) for m in roster for i in range(count) if data.draw(st.booleans(), label=f"{m}-{i}")} \
        if count <= 10 else set()
    who = _who(_turns(count), roster=roster,
               available=lambda m, day: (m, (day - START).days) not in absent)
    for i, member in enumerate(who):
        if member is None:
            assert all((m, i) in absent for m in roster)
        else:
            assert (member, i) not in absent
