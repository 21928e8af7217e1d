"""A series imported from a calendar in another zone happens at the instants that calendar says (review 2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from ritualdesk.agenda import agenda
from ritualdesk.ical.importer import import_calendar
from ritualdesk.model import Team
from ritualdesk.store import Store

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def source(tzid: str, start: str, byday: str) -> bytes:
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//X//EN\r\nBEGIN:VEVENT\r\nUID:s\r\n"
            f"DTSTART;TZID={tzid}:{start}\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY;BYDAY={byday}\r\n"
            "SUMMARY:Sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def gap(a: ZoneInfo, b: ZoneInfo, moment: datetime) -> timedelta:
    """How far apart the two zones' clocks are at `moment`."""
    return moment.astimezone(a).utcoffset() - moment.astimezone(b).utcoffset()


@pytest.mark.parametrize(("team_zone", "tzid", "start", "byday"), [
    ("Europe/Paris", "America/New_York", "20270104T200000", "MO,WE"),
    ("Asia/Kolkata", "America/New_York", "20270104T200000", "MO"),
    ("America/New_York", "Australia/Sydney", "20270105T090000", "TU,TH"),
    ("Australia/Sydney", "Europe/Paris", "20270104T223000", "MO"),
])
def test_imported_series_match_the_source_calendar_instant_by_instant(tmp_path, team_zone, tzid, start, byday):
    store = Store.open(tmp_path / "s.sqlite3")
    team = store.add_team(Team(None, "T", timezone=team_zone, working_days=(0, 1, 2, 3, 4, 5, 6)))
    data = source(tzid, start, byday)
    report = import_calendar(store, data, team=team, now=NOW)
    assert [line.what for line in report.imported] == ["ritual"], report.skipped
    first, last = date(2027, 1, 1), date(2027, 12, 31)
    expected = sorted(e["DTSTART"].dt.astimezone(UTC) for e in recurring_ical_events.of(
        Calendar.from_ical(data)).between(first, last + timedelta(days=1)))
    got = sorted(o.start.astimezone(UTC) for o in agenda(store, first=first, last=last))
    here, there = ZoneInfo(team_zone), ZoneInfo(tzid)
    usual = gap(here, there, expected[0])
    # in the weeks the two zones change clocks on different dates the wall time here moves; the day never does
    comparable = [m for m in expected if gap(here, there, m) == usual and first < m.date() < last]
    assert comparable and set(comparable) <= set(got)
    assert {m.astimezone(here).date() for m in expected if first < m.date() < last} <= {
        g.astimezone(here).date() for g in got}
    store.close()


def rule_source(tzid: str, start: str, rule: str) -> bytes:
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//X//EN\r\nBEGIN:VEVENT\r\nUID:m\r\n"
            f"DTSTART;TZID={tzid}:{start}\r\nDURATION:PT45M\r\nRRULE:{rule}\r\n"
            "SUMMARY:PO sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


@pytest.mark.parametrize(("team_zone", "tzid", "start", "rule"), [
    ("Europe/Paris", "Europe/Paris", "20270104T100000", "FREQ=MONTHLY;BYDAY=1MO"),
    ("Europe/Paris", "Europe/Paris", "20270129T160000", "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1"),
    ("Europe/Paris", "Europe/Paris", "20270115T093000", "FREQ=MONTHLY;BYMONTHDAY=15"),
    ("Europe/Paris", "Europe/Paris", "20270131T093000", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=9"),
    ("Europe/Paris", "Europe/Paris", "20270107T140000", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),
    ("America/New_York", "America/New_York", "20270105T090000", "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,FR;WKST=MO"),
    ("Europe/Paris", "Europe/Paris", "20270129T160000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR"),
    ("Europe/Paris", "America/New_York", "20270104T090000", "FREQ=MONTHLY;BYDAY=1MO"),  # 15:00 in Paris
    ("Australia/Sydney", "Europe/London", "20270107T220000", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),  # Fridays there
])
def test_monthly_and_every_n_weeks_series_match_the_source_calendar(tmp_path, team_zone, tzid, start, rule):
    store = Store.open(tmp_path / "s.sqlite3")
    team = store.add_team(Team(None, "T", timezone=team_zone, working_days=(0, 1, 2, 3, 4, 5, 6)))
    data = rule_source(tzid, start, rule)
    report = import_calendar(store, data, team=team, now=NOW)
    assert [line.what for line in report.imported] == ["ritual"], report.skipped
    first, last = date(2027, 1, 1), date(2027, 12, 31)
    expected = sorted(e["DTSTART"].dt.astimezone(UTC) for e in recurring_ical_events.of(
        Calendar.from_ical(data)).between(first, last + timedelta(days=1)))
    got = sorted(o.start.astimezone(UTC) for o in agenda(store, first=first, last=last))
    if tzid == team_zone:
        assert got == expected
    else:  # the day here always matches; the wall time here may shift in the weeks the zones change clocks apart
        here, there = ZoneInfo(team_zone), ZoneInfo(tzid)
        assert [m.astimezone(here).date() for m in expected] == [g.astimezone(here).date() for g in got]
        usual = gap(here, there, expected[0])
        assert {m for m in expected if gap(here, there, m) == usual} <= set(got)
    store.close()
