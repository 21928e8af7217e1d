"""Importing from other calendars: series from other zones, EXDATEs, who an absence belongs to (review 2)."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, time

import pytest

from ritualdesk.agenda import agenda
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.importer import import_calendar
from ritualdesk.model import OccurrenceStatus

NOW = datetime(2026, 12, 18, 12, 0, tzinfo=UTC)


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//X//EN\r\n{body}END:VCALENDAR\r\n".encode()


@pytest.fixture
def machine_in_new_york(monkeypatch):
    """The computer's own zone is neither UTC nor the team's."""
    monkeypatch.setenv("TZ", "America/New_York")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


def test_a_monday_evening_in_new_york_is_a_tuesday_night_in_paris(store, team, members):
    data = ics("UID:ny\nDTSTART;TZID=America/New_York:20270104T200000\nDTEND;TZID=America/New_York:20270104T203000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nSUMMARY:Planning sync")
    report = import_calendar(store, data, team=team, now=NOW)
    (ritual,) = store.rituals(team.id)
    assert ritual.schedule.weekdays == (1,) and ritual.start_time == time(2, 0)
    assert "days converted from MO in America/New_York" in report.imported[0].reason
    starts = [o.start for o in agenda(store, first=date(2027, 1, 4), last=date(2027, 1, 17), ritual_ids=[ritual.id])]
    assert [s.astimezone(UTC) for s in starts] == [datetime(2027, 1, 5, 1, 0, tzinfo=UTC),
                                                   datetime(2027, 1, 12, 1, 0, tzinfo=UTC)]


def test_count_is_counted_in_the_events_own_zone(store, team, members):
    data = ics("UID:ny\nDTSTART;TZID=America/New_York:20270104T200000\nDTEND;TZID=America/New_York:20270104T203000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2\nSUMMARY:Planning sync")
    import_calendar(store, data, team=team, now=NOW)
    (ritual,) = store.rituals(team.id)
    assert ritual.ends_on == date(2027, 1, 12)


def test_days_that_shift_with_daylight_saving_time_are_refused_with_a_reason(store, team, members):
    # 18:30 in New York is 00:30 in Paris, but 23:30 the day before in the weeks the two changes differ
    data = ics("UID:ny\nDTSTART;TZID=America/New_York:20270104T183000\nDTEND;TZID=America/New_York:20270104T190000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nSUMMARY:Planning sync")
    report = import_calendar(store, data, team=team, now=NOW)
    assert not store.rituals(team.id)
    assert "daylight saving time" in report.skipped[0].reason


def test_a_floating_exdate_is_on_the_teams_clock_not_the_machines(store, team, members, machine_in_new_york):
    data = ics("UID:a\nDTSTART;TZID=Europe/Paris:20270104T100000\nDTEND;TZID=Europe/Paris:20270104T110000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE:20270111T100000\nSUMMARY:Standup")
    import_calendar(store, data, team=team, now=NOW)
    found = {o.key.planned: o.status for o in agenda(store, first=date(2027, 1, 4), last=date(2027, 1, 18))}
    assert found == {datetime(2027, 1, 4, 10): OccurrenceStatus.PLANNED,
                     datetime(2027, 1, 11, 10): OccurrenceStatus.CANCELLED,
                     datetime(2027, 1, 18, 10): OccurrenceStatus.PLANNED}


def test_an_exdate_in_an_unknown_zone_is_refused(store, team, members):
    data = ics("UID:a\nDTSTART;TZID=Europe/Paris:20270104T100000\nDTEND;TZID=Europe/Paris:20270104T110000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE;TZID=Mars/Olympus:20270111T100000\nSUMMARY:Standup")
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Olympus'"):
        import_calendar(store, data, team=team, now=NOW)
    assert not store.rituals()


def test_an_exdate_out_of_range_is_refused(store, team, members):
    data = ics("UID:a\nDTSTART;TZID=Europe/Paris:20270104T100000\nDTEND;TZID=Europe/Paris:20270104T110000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE:00010101T000000\nSUMMARY:Standup")
    with pytest.raises(InvalidInput, match="EXDATE"):
        import_calendar(store, data, team=team, now=NOW)


def test_an_until_beyond_2199_imports_a_series_without_end(store, team, members):
    data = ics("UID:a\nDTSTART;TZID=Europe/Paris:20270104T100000\nDTEND;TZID=Europe/Paris:20270104T110000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=29991231T000000Z\nSUMMARY:Standup")
    report = import_calendar(store, data, team=team, now=NOW)
    (ritual,) = store.rituals(team.id)
    assert ritual.ends_on is None and "without an end" in report.imported[0].reason


def test_the_organizer_of_an_absence_is_not_the_absent_one(store, team, members):
    data = ics("UID:ab1\nDTSTART;VALUE=DATE:20270104\nDTEND;VALUE=DATE:20270106\nSUMMARY:Congés\n"
               "ORGANIZER:mailto:bruno@castors.example")
    report = import_calendar(store, data, team=team, mode="absences", now=NOW)
    assert not store.absences() and report.skipped[0].reason.startswith("no member matches")


def test_an_absence_matches_an_attendee_by_name(store, team, members):
    data = ics("UID:ab1\nDTSTART;VALUE=DATE:20270104\nDTEND;VALUE=DATE:20270106\nSUMMARY:Congés\n"
               "ORGANIZER;CN=Bruno:mailto:bruno@castors.example\nATTENDEE;CN=Chloe:mailto:chloe@elsewhere.example")
    import_calendar(store, data, team=team, mode="absences", now=NOW)
    assert [(a.member_id, a.start, a.end) for a in store.absences()] == [(members[2].id, date(2027, 1, 4),
                                                                          date(2027, 1, 5))]




def test_an_occurrence_moved_out_of_the_exported_range_is_not_cancelled_by_the_import(store, team, members,
                                                                                      standup, tmp_path):
    from ritualdesk import operations
    from ritualdesk.ical.export import Scope, export_feed
    from ritualdesk.store import Store

    friday = agenda(store, first=date(2026, 3, 13), last=date(2026, 3, 13))[0]
    operations.move(store, friday.key, datetime(2026, 3, 16, 11, 0), now=NOW)
    thursday = agenda(store, first=date(2026, 3, 12), last=date(2026, 3, 12))[0]
    operations.cancel(store, thursday.key, now=NOW)
    data = export_feed(store, Scope(date(2026, 3, 2), date(2026, 3, 13)), now=NOW).data
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    import_calendar(fresh, data, now=NOW)
    statuses = {o.key.planned: o.status for o in agenda(fresh, first=date(2026, 3, 2), last=date(2026, 3, 13))}
    assert statuses[datetime(2026, 3, 12, 9, 30)] is OccurrenceStatus.CANCELLED
    assert statuses[datetime(2026, 3, 13, 9, 30)] is not OccurrenceStatus.CANCELLED
    assert list(statuses.values()).count(OccurrenceStatus.CANCELLED) == 1
    fresh.close()


OVERRIDDEN = (
    "UID:ov\nDTSTART;TZID=Europe/Paris:20270104T100000\nDTEND;TZID=Europe/Paris:20270104T110000\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO\nSUMMARY:Standup",
    "UID:ov\nRECURRENCE-ID;TZID=Europe/Paris:20270111T100000\nDTSTART;VALUE=DATE:20270112\nSUMMARY:Standup",
    "UID:ov\nRECURRENCE-ID;TZID=Europe/Paris:20270118T100000\nDTSTART;VALUE=DATE:20270119\nSUMMARY:Standup",
)


def test_an_override_moving_an_occurrence_to_a_whole_day_is_reported_as_skipped(store, team, members):
    report = import_calendar(store, ics(*OVERRIDDEN), team=team, now=NOW)
    assert report.mode == "rituals"  # the overrides do not make it a file of all-day events
    assert [line.what for line in report.imported] == ["ritual"]
    assert [(line.what, "whole day" in line.reason) for line in report.skipped] == [("occurrence", True)] * 2


def test_an_override_of_an_occurrence_the_series_does_not_have_here_is_reported(store, team, members):
    data = ics(OVERRIDDEN[0], "UID:ov\nRECURRENCE-ID;TZID=Europe/Paris:20270111T090000\n"
               "DTSTART;TZID=Europe/Paris:20270111T120000\nDTEND;TZID=Europe/Paris:20270111T130000\nSUMMARY:Standup")
    report = import_calendar(store, data, team=team, now=NOW)
    assert [line.what for line in report.skipped] == ["occurrence"]
    assert "changes 2027-01-11 09:00, which the imported series does not have here" in report.skipped[0].reason


def test_a_time_that_moves_with_another_zones_daylight_saving_is_reported(store, team, members):
    data = ics("UID:ny\nDTSTART;TZID=America/New_York:20270104T100000\nDTEND;TZID=America/New_York:20270104T103000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nSUMMARY:Planning sync")
    report = import_calendar(store, data, team=team, now=NOW)
    assert "changes with daylight saving time in America/New_York; kept at 16:00" in report.imported[0].reason


def test_an_exdate_the_series_does_not_have_here_is_reported(store, team, members):
    data = ics(OVERRIDDEN[0] + "\nEXDATE;TZID=Europe/Paris:20270111T090000,20270118T100000")
    report = import_calendar(store, data, team=team, now=NOW)
    assert [line.reason for line in report.skipped] == [
        "excludes 2027-01-11 09:00, which the imported series does not have here (a non-working day, or a time "
        "that differs here)"]
    found = {o.key.planned: o.status for o in agenda(store, first=date(2027, 1, 11), last=date(2027, 1, 18))}
    assert found == {datetime(2027, 1, 11, 10): OccurrenceStatus.PLANNED,
                     datetime(2027, 1, 18, 10): OccurrenceStatus.CANCELLED}


def test_a_date_only_exdate_of_a_series_from_another_zone_cancels_the_right_occurrence(store, team, members):
    data = ics("UID:ny\nDTSTART;TZID=America/New_York:20270104T200000\nDTEND;TZID=America/New_York:20270104T203000\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE;VALUE=DATE:20270111\nSUMMARY:Planning sync")
    report = import_calendar(store, data, team=team, now=NOW)
    assert not report.skipped
    found = {o.key.planned: o.status for o in agenda(store, first=date(2027, 1, 11), last=date(2027, 1, 19))}
    assert found == {datetime(2027, 1, 12, 2): OccurrenceStatus.CANCELLED,
                     datetime(2027, 1, 19, 2): OccurrenceStatus.PLANNED}


def test_dates_after_2199_are_refused_like_everywhere_else(store, team, members):
    data = ics("UID:a\nDTSTART;VALUE=DATE:22000601\nSUMMARY:Ana away")
    with pytest.raises(InvalidInput, match="out of range: 2200-06-01"):
        import_calendar(store, data, team=team, now=NOW)
    last_day = ics("UID:a\nDTSTART;VALUE=DATE:21991231\nDTEND;VALUE=DATE:22000101\nSUMMARY:Ana away")
    import_calendar(store, last_day, team=team, now=NOW)
    assert [(a.start, a.end) for a in store.absences()] == [(date(2199, 12, 31), date(2199, 12, 31))]


def test_a_count_that_runs_past_2199_imports_a_series_without_end(store, team, members):
    data = ics("UID:c\nDTSTART;TZID=Europe/Paris:21991201T100000\nDURATION:PT1H\nRRULE:FREQ=DAILY;BYDAY=MO;COUNT=50\n"
               "SUMMARY:Sync")
    report = import_calendar(store, data, team=team, now=NOW)
    (ritual,) = store.rituals(team.id)
    assert ritual.ends_on is None and "without an end" in report.imported[0].reason
