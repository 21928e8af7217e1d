"""Rotation checkpoints: resuming from one gives exactly what replaying all history gives."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ritualdesk import operations as ops
from ritualdesk.agenda import agenda, warm
from ritualdesk.errors import RitualDeskError
from ritualdesk.model import (
    Absence,
    Member,
    OccurrenceKey,
    Ritual,
    RitualKind,
    RosterChange,
    Schedule,
    ScheduleKind,
    Team,
    TurnChange,
)
from ritualdesk.sprints import cadence_sprints
from ritualdesk.store import Store

START = date(2025, 1, 6)
NOW = datetime(2026, 3, 18, 12, tzinfo=UTC)


def _world():
    store = Store.memory()
    team = store.add_team(Team(None, "T", holidays_country="FR", sprint_start=START))
    members = [store.add_member(Member(None, team.id, n)) for n in "ABCDE"]
    store.save_sprints(cadence_sprints(team, until=date(2026, 12, 31)))  # stored, as the demo's are
    standup = store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "S", time(9, 30), 15,
                                      Schedule(ScheduleKind.WORKING_DAYS), START), [m.id for m in members])
    retro = store.add_ritual(Ritual(None, team.id, RitualKind.RETROSPECTIVE, "R", time(15), 60,
                                    Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), START),
                             [m.id for m in members[:3]])
    return store, members, [standup, retro]


def _edit(store, members, rituals, kind, ritual_index, offset, other):
    ritual = rituals[ritual_index]
    day = START + timedelta(days=offset)
    key = OccurrenceKey(ritual.id, datetime.combine(day, ritual.start_time))
    member = members[other % len(members)].id
    if kind == "held":
        ops.mark_held(store, key, now=NOW)
    elif kind == "cancel":
        ops.cancel(store, key, now=NOW)
    elif kind == "move":
        ops.move(store, key, datetime.combine(day + timedelta(days=other * 9 - 20), time(11)), now=NOW)
    elif kind == "override":
        ops.set_facilitator(store, key, member, reason="why not", now=NOW)
    elif kind == "swap":
        ops.change_turn(store, key, TurnChange.SWAP, other_id=member, now=NOW)
    elif kind == "pass":
        ops.change_turn(store, key, TurnChange.PASS, now=NOW)
    elif kind == "roster":
        ops.set_roster(store, RosterChange(ritual.id, day, tuple(m.id for m in members[other % 3:])), now=NOW)
    elif kind == "absence":
        ops.add_absence(store, Absence(None, member, day, day + timedelta(days=other)), now=NOW)


edits = st.lists(
    st.tuples(st.sampled_from(["held", "cancel", "move", "override", "swap", "pass", "roster", "absence"]),
              st.integers(0, 1), st.integers(0, 500), st.integers(0, 6)),
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=edits, after=edits, window=st.integers(60, 520), length=st.integers(0, 40))
def test_resuming_from_a_checkpoint_matches_replaying_history(before, after, window, length):
    store, members, rituals = _world()
    first = START + timedelta(days=window)
    last = first + timedelta(days=length)
    for step in before:
        with contextlib.suppress(RitualDeskError):  # some random edits are refused, as they should be
            _edit(store, members, rituals, *step)
    replayed = agenda(store, first=first, last=last, checkpoints=False)
    assert agenda(store, first=first, last=last) == replayed  # cuts nothing: a read writes nothing
    warm(store, first=first, last=last)
    assert agenda(store, first=first, last=last) == replayed  # resumes from them
    later = first + timedelta(days=length // 2)
    assert agenda(store, first=later, last=last) == agenda(store, first=later, last=last, checkpoints=False)
    for step in after:  # an edit keeps the checkpoints it did not reach, and cuts some of its own
        with contextlib.suppress(RitualDeskError):  # some random edits are refused, as they should be
            _edit(store, members, rituals, *step)
    assert agenda(store, first=first, last=last) == agenda(store, first=first, last=last, checkpoints=False)


def _valid(store, team_id, ritual_ids):
    from ritualdesk.agenda import checkpoint_fingerprint

    return set(store.checkpoints(ritual_ids, revision=store.team_revision(team_id),
                                 fingerprint=checkpoint_fingerprint()))


def test_reading_cuts_no_checkpoint_and_warming_does():
    store, members, rituals = _world()
    first = date(2026, 3, 16)
    agenda(store, first=first, last=first)
    assert store.db.execute("SELECT COUNT(*) FROM rotation_checkpoints").fetchone()[0] == 0
    assert warm(store, first=first) == 2
    assert _valid(store, 1, [r.id for r in rituals]) == {r.id for r in rituals}


def test_an_occurrence_edit_keeps_the_checkpoints_it_did_not_reach():
    store, members, rituals = _world()
    standup, retro = rituals
    warm(store, first=date(2026, 3, 16))  # cuts five weeks before: 9 February
    ops.mark_held(store, OccurrenceKey(standup.id, datetime(2026, 3, 18, 9, 30)), now=NOW)
    assert _valid(store, 1, [standup.id, retro.id]) == {standup.id, retro.id}
    ops.cancel(store, OccurrenceKey(standup.id, datetime(2026, 1, 6, 9, 30)), now=NOW)  # before the cut
    assert _valid(store, 1, [standup.id, retro.id]) == {standup.id, retro.id}  # the retro's rotation is its own
    # the stand-up's replay cut its own checkpoint before the cancelled day, which the edit then kept
    [cut] = store.db.execute("SELECT cut FROM rotation_checkpoints WHERE ritual_id = ?", [standup.id]).fetchone()
    assert cut < "2026-01-06"
    first = date(2026, 3, 16)
    assert agenda(store, first=first, last=first) == agenda(store, first=first, last=first, checkpoints=False)


def test_checkpoints_settle_for_readers_far_apart():
    """The app's week and its window around it, and publish's horizon months later: each saves once, then reads."""
    store, members, rituals = _world()
    shown, today = date(2025, 9, 1), date(2026, 3, 18)
    reads = [(shown, shown + timedelta(days=6)), (shown - timedelta(weeks=6), shown + timedelta(weeks=15)),
             (today - timedelta(days=30), today + timedelta(days=183))]
    for first, last in reads:
        warm(store, first=first, last=last)
    for first, last in reads * 2:
        assert warm(store, first=first, last=last) == 0, (first, last)


def test_a_roster_change_makes_the_teams_checkpoints_stale_and_no_other_teams():
    store, members, rituals = _world()
    other = store.add_team(Team(None, "U", holidays_country="FR", sprint_start=START))
    people = [store.add_member(Member(None, other.id, n)) for n in "XYZ"]
    theirs = store.add_ritual(Ritual(None, other.id, RitualKind.STANDUP, "S", time(9), 15,
                                     Schedule(ScheduleKind.WORKING_DAYS), START), [m.id for m in people])
    warm(store, first=date(2026, 3, 16))
    ops.set_roster(store, RosterChange(rituals[0].id, date(2026, 3, 19), tuple(m.id for m in members[:2])), now=NOW)
    assert _valid(store, 1, [r.id for r in rituals]) == set()
    assert _valid(store, other.id, [theirs.id]) == {theirs.id}


def test_an_occurrence_moved_from_long_before_the_checkpoint_is_still_there():
    store, members, rituals = _world()
    first, last = date(2026, 3, 16), date(2026, 3, 20)
    warm(store, first=first, last=last)  # cuts a checkpoint five weeks before the window
    key = OccurrenceKey(rituals[0].id, datetime(2026, 1, 20, 9, 30))
    ops.move(store, key, datetime(2026, 3, 17, 11, 0), now=NOW)
    warm(store, first=first, last=last)  # cuts a fresh checkpoint after the edit
    resumed = agenda(store, first=first, last=last)
    assert key in {o.key for o in resumed}
    assert resumed == agenda(store, first=first, last=last, checkpoints=False)


def test_a_sprint_ritual_moved_far_forward_resumes_like_a_replay():
    store, members, rituals = _world()
    retro = rituals[1]
    ops.move(store, OccurrenceKey(retro.id, datetime(2025, 3, 14, 15)), datetime(2025, 5, 1, 15), now=NOW)
    first, last = date(2025, 5, 20), date(2025, 6, 30)
    replayed = agenda(store, first=first, last=last, checkpoints=False)
    warm(store, first=first, last=last)
    assert agenda(store, first=first, last=last) == replayed


def test_after_moving_one_occurrence_the_other_teams_next_week_stays_warm():
    store, members, rituals = _world()
    other = store.add_team(Team(None, "U", holidays_country="FR", sprint_start=START))
    people = [store.add_member(Member(None, other.id, n)) for n in "XYZ"]
    theirs = store.add_ritual(Ritual(None, other.id, RitualKind.STANDUP, "S", time(9), 15,
                                     Schedule(ScheduleKind.WORKING_DAYS), START), [m.id for m in people])
    next_week = date(2026, 3, 23)
    warm(store, first=next_week, last=next_week + timedelta(days=4))
    ops.move(store, OccurrenceKey(rituals[0].id, datetime(2026, 3, 19, 9, 30)), datetime(2026, 3, 19, 11), now=NOW)
    assert _valid(store, other.id, [theirs.id]) == {theirs.id}  # resumes: no replay of their history
    # nor of the moved ritual (cut five weeks before the week, before the move) and of its team's other one
    assert _valid(store, 1, [r.id for r in rituals]) == {r.id for r in rituals}
    week = agenda(store, first=next_week, last=next_week + timedelta(days=4), team_ids=[other.id])
    assert week == agenda(store, first=next_week, last=next_week + timedelta(days=4), team_ids=[other.id],
                          checkpoints=False)
