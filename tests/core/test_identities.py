"""Identities that survive edits: a sprint edit keeps its occurrences' UIDs; a team edit leaves the past alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import vobject

from ritualdesk import operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.model import OccurrenceStatus, Ritual, RitualKind, Schedule, ScheduleKind

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # sprint 2 runs from 16 to 27 March 2026
SCOPE = Scope(date(2026, 3, 2), date(2026, 5, 31))


def read(data: bytes) -> dict[str, tuple[datetime, int]]:
    """UID -> (DTSTART, SEQUENCE), read back by vobject."""
    calendar = vobject.readOne(data.decode())
    return {e.uid.value: (e.dtstart.value, int(e.sequence.value)) for e in calendar.vevent_list}


def retros(store, retro):
    return {o.key: o for o in agenda(store, first=SCOPE.first, last=SCOPE.last, ritual_ids=[retro.id])}


def test_a_coming_sprint_edit_keeps_the_uid_and_bumps_the_sequence(store, team, retro):
    before = read(export_feed(store, SCOPE, now=NOW).data)
    (sprint3,) = [s for s in operations.team_sprints(store, team.id, until=date(2026, 4, 30)) if s.number == 3]
    assert (sprint3.start, sprint3.end) == (date(2026, 3, 30), date(2026, 4, 12))
    # Sprint 3 ends two days later; sprint 4 (only planned by the cadence) moves along.
    operations.save_sprint(store, replace(sprint3, end=date(2026, 4, 14)), now=NOW)
    after = read(export_feed(store, SCOPE, now=NOW + timedelta(hours=1)).data)
    assert set(after) == set(before)  # no delete and add for subscribers: the same events, updated
    uid3 = occurrence_uid(retro, datetime(2026, 4, 10, 15, 0))
    assert before[uid3] == (datetime(2026, 4, 10, 15, 0, tzinfo=team.tz), 0)
    assert after[uid3][0] == datetime(2026, 4, 14, 15, 0, tzinfo=team.tz) and after[uid3][1] == 1
    uid4 = occurrence_uid(retro, datetime(2026, 4, 24, 15, 0))
    assert after[uid4][0].date() == date(2026, 4, 28) and after[uid4][1] == 1
    uid2 = occurrence_uid(retro, datetime(2026, 3, 27, 15, 0))
    assert after[uid2] == before[uid2]  # untouched sprints keep their events as they were


def test_an_occurrence_keeps_what_was_recorded_about_it_across_sprint_edits(store, team, members, retro):
    key = next(k for k in retros(store, retro) if k.planned.date() == date(2026, 4, 10))
    operations.set_facilitator(store, key, members[2].id, reason="Chloé runs this one", now=NOW)
    sprints = {s.number: s for s in operations.team_sprints(store, team.id, until=date(2026, 4, 30))}
    operations.save_sprint(store, replace(sprints[3], end=date(2026, 4, 14)), now=NOW)
    moved = retros(store, retro)[key]
    assert moved.start.date() == date(2026, 4, 14) and moved.facilitator_id == members[2].id
    # edited again: the identity stays the first one
    sprints = {s.number: s for s in operations.team_sprints(store, team.id, until=date(2026, 4, 30))}
    operations.save_sprint(store, replace(sprints[3], end=date(2026, 4, 13)), now=NOW)
    assert retros(store, retro)[key].start.date() == date(2026, 4, 13)
    # and the usual edits find it by that identity
    operations.cancel(store, key, now=NOW)
    assert retros(store, retro)[key].status is OccurrenceStatus.CANCELLED
    assert operations.resolve_uid(store, occurrence_uid(retro, key.planned)) == key


def _standup(store, team, *, roster=()):
    return store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Mêlée", time(9, 30), 15,
                                   Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), list(roster))


def test_adding_a_working_day_adds_no_past_occurrence(store, team):
    standup = _standup(store, team)  # nobody facilitates: nothing of the past is recorded by the rotation
    past = [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 17), ritual_ids=[standup.id])]
    operations.update_team(store, replace(team, working_days=(0, 1, 2, 3, 4, 5)), now=NOW)
    assert [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 17),
                                  ritual_ids=[standup.id])] == past
    coming = agenda(store, first=date(2026, 3, 18), last=date(2026, 3, 31), ritual_ids=[standup.id])
    assert date(2026, 3, 21) in {o.start.date() for o in coming}  # Saturdays from now on


def test_removing_a_working_day_or_the_holidays_removes_no_past_occurrence(store, team, members):
    standup = _standup(store, team)
    past = [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 17), ritual_ids=[standup.id])]
    operations.update_team(store, replace(team, working_days=(0, 1, 3, 4)), now=NOW)
    operations.update_team(store, replace(team, working_days=(0, 1, 3, 4), holidays_country="DE"), now=NOW)
    assert [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 17),
                                  ritual_ids=[standup.id])] == past
    coming = {o.start.date() for o in agenda(store, first=date(2026, 3, 18), last=date(2026, 4, 30),
                                             ritual_ids=[standup.id])}
    assert date(2026, 3, 25) not in coming  # no more Wednesdays
    assert date(2026, 4, 3) not in coming  # Good Friday: a German holiday, not a French one
