"""Our VTIMEZONEs, read by two independent implementations, give zoneinfo's offset all year round."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.tz import tzical
from icalendar import Timezone

from ritualdesk.ical.vtimezone import transitions, vtimezone, vtimezone_ical

ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Europe/London",
         "Australia/Lord_Howe", "Europe/Dublin", "Pacific/Chatham", "America/Sao_Paulo", "Asia/Tehran",
         "America/Santiago"]


def readers(tzid: str, first_year: int, last_year: int):
    text = vtimezone_ical(tzid, first_year=first_year, last_year=last_year).decode()
    by_icalendar = Timezone.from_ical(text).to_tz(lookup_tzid=False)
    by_dateutil = tzical(io.StringIO(text)).get(tzid)
    return {"icalendar": by_icalendar, "dateutil": by_dateutil}


def instants(tz: ZoneInfo, first_year: int, last_year: int):
    """Every five hours of the years, plus instants either side of every transition."""
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year, 12, 31, 12, tzinfo=UTC)
    while moment < end:
        yield moment
        moment += timedelta(hours=5)
    for change in transitions(tz, first_year, last_year):
        for delta in (-61, -1, 0, 1, 61):
            yield change.at + timedelta(seconds=delta)


@pytest.mark.parametrize("tzid", ZONES)
def test_vtimezone_gives_zoneinfo_offsets_all_year_and_at_each_change(tzid):
    first_year, last_year = 2025, 2027
    tz = ZoneInfo(tzid)
    for name, other in readers(tzid, first_year, last_year).items():
        wrong = [moment for moment in instants(tz, first_year, last_year)
                 if moment.astimezone(other).utcoffset() != moment.astimezone(tz).utcoffset()]
        assert not wrong, f"{name} reads {tzid} wrong at {wrong[:3]}"


@pytest.mark.parametrize(("tzid", "month", "onset"), [
    ("Europe/Paris", 3, "T020000"), ("Europe/Paris", 10, "T030000"),
    ("America/New_York", 3, "T020000"), ("America/New_York", 11, "T020000"),
    ("Australia/Sydney", 10, "T020000"), ("Australia/Sydney", 4, "T030000"),
])
def test_onset_is_the_local_time_before_the_change(tzid, month, onset):
    # icalendar 7's Timezone.from_tzid writes 03:00 for the Paris spring change; RFC 5545 wants 02:00
    text = vtimezone_ical(tzid, first_year=2026, last_year=2026).decode()
    part = next(p for p in text.split("BEGIN:")[2:] if f"BYMONTH={month}" in p)
    assert onset in part.split("DTSTART:")[1][:16]


def test_rules_are_yearly_rrules_and_end_when_the_zone_stops_changing():
    sao_paulo = vtimezone_ical("America/Sao_Paulo", first_year=2018, last_year=2021).decode()
    assert "UNTIL=" in sao_paulo  # Brazil stopped daylight saving time in 2019
    paris = vtimezone("Europe/Paris", first_year=2026, last_year=2027)
    assert all("RRULE" in part for part in paris.walk("DAYLIGHT") + paris.walk("STANDARD"))
    assert "RDATE" not in vtimezone_ical("Europe/Paris", first_year=2020, last_year=2030).decode()


def test_a_zone_without_changes_has_one_standard_part():
    kolkata = vtimezone("Asia/Kolkata", first_year=2026, last_year=2026)
    assert [str(p["TZNAME"]) for p in kolkata.walk("STANDARD")] == ["IST"] and not kolkata.walk("DAYLIGHT")


def test_dublin_marks_summer_as_daylight_although_zoneinfo_calls_winter_a_negative_dst():
    text = vtimezone_ical("Europe/Dublin", first_year=2026, last_year=2026).decode()
    daylight = Timezone.from_ical(text).walk("DAYLIGHT")
    assert [str(p["TZNAME"]) for p in daylight] == ["IST"]
    assert all(p["TZOFFSETTO"].td == timedelta(hours=1) for p in daylight)
    dublin = tzical(io.StringIO(text)).get("Europe/Dublin")
    assert datetime(2026, 7, 1, 12, tzinfo=dublin).dst() == timedelta(hours=1)
    assert datetime(2026, 1, 15, 12, tzinfo=dublin).dst() == timedelta(0)
    assert datetime(2026, 7, 1, 12, tzinfo=dublin).utcoffset() == timedelta(hours=1)
