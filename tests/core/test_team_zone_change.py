"""A team that changes its time zone: what already took place keeps its instant, what comes follows the new zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from icalendar import Calendar

from ritualdesk import operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.changes import undo
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.model import Member, OccurrenceKey, Ritual, RitualKind, Schedule, ScheduleKind, Team
from ritualdesk.store import Store

NOON = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)  # Tuesday: the Paris stand-up (08:30 UTC) took place this morning
DAYS = (date(2026, 11, 9), date(2026, 11, 12))


@pytest.fixture
def castors(store):
    """A Paris team with a 09:30 stand-up every working day from Monday 2 November 2026."""
    team = store.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
    members = [store.add_member(Member(None, team.id, name)) for name in ("Ana", "Bruno")]
    store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Mêlée", time(9, 30), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 11, 2)), [m.id for m in members])
    return team


def _starts(store) -> list[str]:
    return [o.start.astimezone(UTC).strftime("%a %H:%M") for o in agenda(store, first=DAYS[0], last=DAYS[1])]


def test_moving_the_team_to_new_york_keeps_when_its_past_meetings_were(store, castors):
    held = agenda(store, first=DAYS[0], last=DAYS[0])[0]
    operations.mark_held(store, held.key, now=NOON)
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    # Monday and this morning at 08:30 UTC (09:30 in Paris) as they took place; from tomorrow 09:30 in New York.
    assert _starts(store) == ["Mon 08:30", "Tue 08:30", "Wed 14:30", "Thu 14:30"]
    found = agenda(store, first=DAYS[0], last=DAYS[1])
    assert [o.start.tzname() for o in found] == ["CET", "CET", "EST", "EST"]
    assert [o.moved for o in found] == [False] * 4


def test_a_zone_changed_before_anything_today_applies_from_today(store, castors):
    early = datetime(2026, 11, 10, 6, 0, tzinfo=UTC)  # 07:00 in Paris: today's stand-up has not begun
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=early)
    assert _starts(store) == ["Mon 08:30", "Tue 14:30", "Wed 14:30", "Thu 14:30"]


def test_a_zone_whose_today_is_already_under_way_applies_from_tomorrow(store, castors):
    early = datetime(2026, 11, 10, 5, 0, tzinfo=UTC)  # 06:00 in Paris, but 16:00 in Sydney: its 09:30 is past
    operations.update_team(store, replace(castors, timezone="Australia/Sydney"), now=early)
    # Tuesday stays at 09:30 in Paris (still to come), Wednesday is 09:30 in Sydney (Tuesday 22:30 UTC)
    assert _starts(store) == ["Mon 08:30", "Tue 08:30", "Tue 22:30", "Wed 22:30"]


def test_a_second_edit_the_same_day_keeps_the_earlier_zone(store, castors):
    operations.update_team(store, replace(castors, working_days=(0, 1, 2, 3)), now=NOON)  # no Fridays from today
    operations.update_team(store, replace(store.team(castors.id), timezone="Asia/Kolkata"), now=NOON)
    operations.update_team(store, replace(store.team(castors.id), timezone="Australia/Sydney"), now=NOON)
    # 09:30 in Sydney is 22:30 UTC the day before
    assert _starts(store) == ["Mon 08:30", "Tue 08:30", "Tue 22:30", "Wed 22:30"]


def test_undoing_the_change_gives_the_past_its_zone_back(store, castors):
    before = _starts(store)
    result = operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    undo(store, result)
    assert _starts(store) == before and store.past_workweeks(castors.id) == []


def test_the_exported_past_keeps_its_events_and_their_zone(store, castors):
    scope = Scope(*DAYS)
    export_feed(store, scope, now=NOON)
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    data = export_feed(store, scope, now=NOON).data
    calendar = Calendar.from_ical(data)
    assert sorted(str(z["TZID"]) for z in calendar.walk("VTIMEZONE")) == ["America/New_York", "Europe/Paris"]
    ritual = store.rituals(castors.id)[0]
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    monday = events[occurrence_uid(ritual, datetime(2026, 11, 9, 9, 30))]
    assert monday["DTSTART"].dt.astimezone(UTC) == datetime(2026, 11, 9, 8, 30, tzinfo=UTC)
    assert monday["SEQUENCE"] == 0  # unchanged: subscribers' past stays as it was
    wednesday = events[occurrence_uid(ritual, datetime(2026, 11, 11, 9, 30))]
    assert wednesday["DTSTART"].dt.astimezone(UTC) == datetime(2026, 11, 11, 14, 30, tzinfo=UTC)


def test_the_earlier_zone_survives_reopening_the_file(tmp_path, store, castors):
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    store.close()
    again = Store.open(tmp_path / "core.sqlite3")
    try:
        assert _starts(again) == ["Mon 08:30", "Tue 08:30", "Wed 14:30", "Thu 14:30"]
    finally:
        again.close()


def test_the_minutes_of_a_meeting_before_the_change_say_its_times_in_its_zone(store, castors):
    from ritualdesk.document import to_markdown
    from ritualdesk.meetings import finish_meeting, start_meeting
    from ritualdesk.minutes import occurrence_minutes

    monday = agenda(store, first=DAYS[0], last=DAYS[0])[0]
    meeting = start_meeting(store, monday.key, now=datetime(2026, 11, 9, 8, 31, tzinfo=UTC), seed=1)
    finish_meeting(store, monday.key, meeting, now=datetime(2026, 11, 9, 8, 44, tzinfo=UTC))
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    text = to_markdown(occurrence_minutes(store, monday.key))
    assert "09:30–09:45 (Europe/Paris)" in text
    assert "09:31–09:44" in text  # it said 03:31–03:44, New York's clock, beside Paris's 09:30


def test_an_export_rebuilt_elsewhere_keeps_the_past_in_its_zone_exactly(tmp_path, store, castors):
    from ritualdesk.ical.export import export_file
    from ritualdesk.ical.importer import import_file

    held = agenda(store, first=DAYS[0], last=DAYS[0])[0]
    operations.mark_held(store, held.key, now=NOON)
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    scope = Scope(date(2026, 11, 2), date(2026, 11, 20))
    export_file(store, scope, tmp_path / "castors.ics", now=NOON)
    elsewhere = Store.open(tmp_path / "elsewhere.sqlite3")
    try:
        import_file(elsewhere, tmp_path / "castors.ics", now=NOON)
        here, there = (
            [(o.start.isoformat(), o.moved, o.status) for o in agenda(s, first=scope.first, last=scope.last)]
            for s in (store, elsewhere))
        assert there == here  # the past was in Paris, unmoved: it came back "moved" to 03:30 in New York
        again = export_feed(elsewhere, scope, now=NOON).data
        assert again.count(b"Moved from") == 0
    finally:
        elsewhere.close()


def test_a_file_naming_an_unknown_earlier_zone_is_refused_whole(tmp_path, store, castors):
    from ritualdesk.errors import InvalidInput
    from ritualdesk.ical.importer import import_file

    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    data = export_feed(store, Scope(*DAYS), now=NOON).data.replace(b"\r\n ", b"")  # unfolded
    assert b'"earlier_zones":[["2026-11-10","Europe/Paris"]]' in data
    (tmp_path / "hostile.ics").write_bytes(data.replace(b'"Europe/Paris"]]', b'"Mars/Olympus_Mons"]]'))
    elsewhere = Store.open(tmp_path / "elsewhere.sqlite3")
    try:
        with pytest.raises(InvalidInput, match="unknown time zone"):
            import_file(elsewhere, tmp_path / "hostile.ics", now=NOON)
        assert elsewhere.teams() == []
    finally:
        elsewhere.close()


def test_a_past_retrospective_keeps_the_actions_it_carried_over(store, castors):
    team_id = castors.id
    members = store.members(team_id)
    retro = store.add_ritual(Ritual(None, team_id, RitualKind.RETROSPECTIVE, "Rétro", time(12, 0), 60,
                                    Schedule(ScheduleKind.WEEKLY, weekdays=(0,)), date(2026, 11, 2)),
                             [m.id for m in members])
    standup = agenda(store, first=DAYS[0], last=DAYS[0])[0]  # Monday 09:30, before Monday's 12:00 retro
    operations.add_action(store, standup.key, "Fix the build", today=DAYS[0])
    monday_retro = OccurrenceKey(retro.id, datetime(2026, 11, 9, 12, 0))
    scope = Scope(*DAYS)
    before = {str(e["UID"]): e for e in Calendar.from_ical(export_feed(store, scope, now=NOON).data).walk("VEVENT")}
    assert [a.title for a in operations.carried_actions(store, monday_retro, now=NOON)] == ["Fix the build"]
    operations.update_team(store, replace(castors, timezone="America/New_York"), now=NOON)
    # read in New York, Monday's 09:30 came after Monday's retro (12:00 in Paris): the action left it
    assert [a.title for a in operations.carried_actions(store, monday_retro, now=NOON)] == ["Fix the build"]
    after = {str(e["UID"]): e for e in Calendar.from_ical(export_feed(store, scope, now=NOON).data).walk("VEVENT")}
    uid = occurrence_uid(retro, monday_retro.planned)
    assert "Fix the build" in str(after[uid]["DESCRIPTION"]) and after[uid]["SEQUENCE"] == before[uid]["SEQUENCE"]
