"""Expansion of ritual series: working days, holidays, weekly days, sprint anchors, DST."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from ritualdesk.agenda import agenda
from ritualdesk.model import Ritual, RitualKind, Schedule, ScheduleKind, Sprint, Team
from ritualdesk.schedule import aware, planned_days
from ritualdesk.sprints import cadence_sprints, sprints_until
from ritualdesk.workdays import WorkCalendar

PARIS = Team(1, "Paris", timezone="Europe/Paris", holidays_country="FR", sprint_start=date(2026, 3, 2))


def _ritual(schedule: Schedule, *, start=date(2026, 1, 1), at=time(9, 30)) -> Ritual:
    return Ritual(1, 1, RitualKind.STANDUP, "Mêlée", at, 15, schedule, start)


def _days(ritual: Ritual, first: date, last: date, team: Team = PARIS) -> list[date]:
    sprints = sprints_until(team, [], last)
    return planned_days(ritual, working_days=team.working_days, calendar=WorkCalendar(team), sprints=sprints,
                        first=first, last=last)


def test_every_working_day_skips_weekends_and_french_holidays():
    days = _days(_ritual(Schedule(ScheduleKind.WORKING_DAYS)), date(2026, 4, 30), date(2026, 5, 11))
    # 1 May and 8 May 2026 are Fridays and public holidays in France.
    assert days == [date(2026, 4, 30), date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6), date(2026, 5, 7),
                    date(2026, 5, 11)]


def test_weekly_ritual_happens_on_its_days_only():
    days = _days(_ritual(Schedule(ScheduleKind.WEEKLY, weekdays=(0, 2))), date(2026, 3, 2), date(2026, 3, 15))
    assert days == [date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 9), date(2026, 3, 11)]


def test_sprint_anchored_days_count_working_days():
    first = _ritual(Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1))
    last = _ritual(Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1))
    third = _ritual(Schedule(ScheduleKind.SPRINT_DAY, sprint_day=3))
    span = (date(2026, 3, 30), date(2026, 4, 26))  # sprints 3 and 4 (Easter Monday 6 April)
    assert _days(first, *span) == [date(2026, 3, 30), date(2026, 4, 13)]
    assert _days(last, *span) == [date(2026, 4, 10), date(2026, 4, 24)]
    assert _days(third, *span) == [date(2026, 4, 1), date(2026, 4, 15)]


def test_a_sprint_starting_on_a_holiday_plans_on_its_first_working_day():
    sprint = Sprint(1, 1, date(2026, 4, 6), date(2026, 4, 17))  # Easter Monday
    ritual = _ritual(Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1))
    days = planned_days(ritual, working_days=PARIS.working_days, calendar=WorkCalendar(PARIS), sprints=[sprint],
                        first=date(2026, 4, 1), last=date(2026, 4, 30))
    assert days == [date(2026, 4, 7)]


def test_one_off_ritual_happens_once():
    ritual = _ritual(Schedule(ScheduleKind.ONCE, on=date(2026, 6, 3)))
    assert _days(ritual, date(2026, 1, 1), date(2026, 12, 31)) == [date(2026, 6, 3)]


def test_series_respects_its_first_and_last_day():
    ritual = Ritual(1, 1, RitualKind.REFINEMENT, "Affinage", time(14), 60, Schedule(ScheduleKind.WORKING_DAYS),
                    date(2026, 3, 4), ends_on=date(2026, 3, 6))
    assert _days(ritual, date(2026, 3, 1), date(2026, 3, 31)) == [date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6)]


def test_cadence_continues_after_the_last_stored_sprint():
    stored = [Sprint(1, 1, date(2026, 3, 2), date(2026, 3, 20), goal="three weeks, edited")]
    sprints = sprints_until(PARIS, stored, date(2026, 4, 10))
    assert [(s.number, s.start, s.end) for s in sprints] == [
        (1, date(2026, 3, 2), date(2026, 3, 20)),
        (2, date(2026, 3, 21), date(2026, 4, 3)),
        (3, date(2026, 4, 4), date(2026, 4, 17)),
    ]
    assert cadence_sprints(PARIS, until=date(2026, 3, 1)) == []


def test_standup_stays_at_0930_local_across_dst(store, team, standup):
    found = agenda(store, first=date(2026, 3, 27), last=date(2026, 3, 30))
    assert [(o.start.hour, o.start.minute) for o in found] == [(9, 30), (9, 30)]
    assert [o.start.utcoffset() for o in found] == [timedelta(hours=1), timedelta(hours=2)]
    assert [o.end - o.start for o in found] == [timedelta(minutes=15)] * 2


def test_time_skipped_by_dst_moves_forward_by_the_jump():
    moment = aware(datetime(2026, 3, 29, 2, 30), ZoneInfo("Europe/Paris"))
    assert (moment.hour, moment.minute, moment.utcoffset()) == (3, 30, timedelta(hours=2))


ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
         "Pacific/Auckland", "Europe/London"]


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    at=st.times(min_value=time(6), max_value=time(21)).map(lambda t: t.replace(second=0, microsecond=0)),
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)),
)
def test_occurrences_keep_their_local_time_in_every_zone(zone, at, first):
    team = Team(1, "T", timezone=zone)
    ritual = _ritual(Schedule(ScheduleKind.WORKING_DAYS), start=first, at=at)
    days = _days(ritual, first, first + timedelta(days=200), team)
    tz = ZoneInfo(zone)
    for day in days:
        start = aware(datetime.combine(day, at), tz)
        assert (start.date(), start.time()) == (day, at)
        # the instant maps back to the same wall-clock time
        assert start.astimezone(ZoneInfo("UTC")).astimezone(tz).time() == at


def test_holidays_are_kept_on_disk_and_a_damaged_cache_is_recomputed(tmp_path, monkeypatch):
    import json

    from ritualdesk import holiday_cache

    from ritualdesk import i18n

    monkeypatch.setenv("RITUALDESK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(i18n, "_language", "fr")
    holiday_cache.forget()
    assert holiday_cache.holidays_of_year("FR", None, 2026)[date(2026, 7, 14)] == "Fête nationale"
    kept = json.loads(holiday_cache.cache_file().read_text(encoding="utf-8"))
    assert [names["2026-07-14"] for key, names in kept.items() if key.startswith("FR||2026|")] == ["Fête nationale"]
    holiday_cache.cache_file().write_text("{ not json", encoding="utf-8")
    holiday_cache.forget()
    assert date(2026, 5, 1) in holiday_cache.holidays_of_year("FR", None, 2026)
    holiday_cache.forget()


def test_importing_the_core_does_not_import_holidays():
    import subprocess
    import sys

    code = "import sys, ritualdesk.agenda, ritualdesk.store; print('holidays' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_holiday_names_follow_the_apps_language_not_the_machines(tmp_path, monkeypatch):
    """A French user who chose French on an English system reads « Fête nationale », and the reverse."""
    from ritualdesk import holiday_cache, i18n

    monkeypatch.setenv("RITUALDESK_CACHE_DIR", str(tmp_path))
    for environment, language, name in (("en_US.UTF-8", "fr", "Fête nationale"),
                                        ("fr_FR.UTF-8", "en", "National Day")):
        for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.setenv(variable, environment)
        monkeypatch.setattr(i18n, "_language", language)
        holiday_cache.forget()
        assert holiday_cache.holidays_of_year("FR", None, 2026)[date(2026, 7, 14)] == name
    holiday_cache.forget()


def test_a_new_series_begins_tomorrow_from_the_very_minute_of_its_time_in_its_team_zone():
    from datetime import UTC

    from ritualdesk.schedule import first_day

    paris = ZoneInfo("Europe/Paris")
    at = time(9, 30)
    assert first_day(datetime(2026, 3, 18, 8, 29, tzinfo=UTC), tz=paris, at=at) == date(2026, 3, 18)
    assert first_day(datetime(2026, 3, 18, 8, 30, tzinfo=UTC), tz=paris, at=at) == date(2026, 3, 19)
    assert first_day(datetime(2026, 3, 18, 23, 30, tzinfo=UTC), tz=paris, at=at) == date(2026, 3, 19)  # 00:30 there
