"""Every N weeks, monthly on a day or on the Nth weekday, and holidays that move a ritual: against dateutil."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import holidays
import pytest
from dateutil import rrule as du
from dateutil import tz as dutz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.errors import InvalidInput
from ritualdesk.model import HolidayRule, Ritual, RitualKind, Schedule, ScheduleKind, Team
from ritualdesk.schedule import aware, planned_days, planned_starts
from ritualdesk.workdays import WorkCalendar

DU_DAYS = (du.MO, du.TU, du.WE, du.TH, du.FR, du.SA, du.SU)
# Not Europe/Dublin: dateutil's tz reads its negative DST (winter as "standard + -1h") two hours off in autumn.
ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Europe/London"]
TIMES = [time(2, 30), time(1, 30), time(9, 30), time(16, 0), time(23, 45)]  # 02:30 meets the spring gap


def _oracle_nominal(schedule: Schedule, start: date, first: date, last: date) -> list[date]:
    """The rule's days by dateutil's rrule (RFC 5545 semantics), counted from the anchor."""
    anchor = schedule.anchor or start
    common = {"interval": schedule.every, "dtstart": datetime.combine(anchor, time()), "wkst": du.MO}
    if schedule.kind is ScheduleKind.WEEKLY:
        rule = du.rrule(du.WEEKLY, byweekday=[DU_DAYS[d] for d in schedule.weekdays], **common)
    elif schedule.kind is ScheduleKind.MONTHLY_DAY:
        rule = du.rrule(du.MONTHLY, bymonthday=schedule.month_day, **common)
    else:
        rule = du.rrule(du.MONTHLY, byweekday=DU_DAYS[schedule.weekdays[0]](schedule.ordinal), **common)
    between = rule.between(datetime.combine(max(first, start), time()), datetime.combine(last, time()), inc=True)
    return [moment.date() for moment in between]


def _oracle_days(schedule: Schedule, team: Team, start: date, first: date, last: date) -> list[date]:
    """The oracle's nominal days moved or skipped as the holiday rule says, with `holidays` itself."""
    off = holidays.country_holidays(team.holidays_country, years=range(first.year - 1, last.year + 2)) \
        if team.holidays_country else {}

    def working(day: date) -> bool:
        return day.weekday() in team.working_days and day not in off

    reach = timedelta(days=40)
    nominal = _oracle_nominal(schedule, start, first - reach, last + reach)
    result = set()
    for day in nominal:
        if schedule.on_holiday is HolidayRule.SKIP:
            if working(day):
                result.add(day)
            continue
        step = timedelta(days=-1 if schedule.on_holiday is HolidayRule.BEFORE else 1)
        for _ in range(32):
            if working(day):
                if day >= start:
                    result.add(day)
                break
            day += step
    return sorted(day for day in result if first <= day <= last)


schedules = st.one_of(
    st.builds(lambda days, every, rule: Schedule(ScheduleKind.WEEKLY, weekdays=tuple(sorted(days)), every=every,
                                                 on_holiday=rule),
              st.sets(st.integers(0, 6), min_size=1, max_size=3), st.integers(1, 4), st.sampled_from(HolidayRule)),
    st.builds(lambda day, every, rule: Schedule(ScheduleKind.MONTHLY_DAY, month_day=day, every=every,
                                                on_holiday=rule),
              st.sampled_from([1, 2, 15, 28, 29, 30, 31, -1, -2]), st.integers(1, 3), st.sampled_from(HolidayRule)),
    st.builds(lambda ordinal, day, every, rule: Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(day,),
                                                         ordinal=ordinal, every=every, on_holiday=rule),
              st.sampled_from([1, 2, 3, 4, 5, -1, -2]), st.integers(0, 6), st.integers(1, 3),
              st.sampled_from(HolidayRule)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedule=schedules, start=st.dates(date(2024, 1, 1), date(2028, 12, 31)),
       offset=st.integers(-60, 200), span=st.integers(0, 420), zone=st.sampled_from(ZONES),
       at=st.sampled_from(TIMES), country=st.sampled_from([None, "FR", "DE", "US"]),
       working=st.sampled_from([(0, 1, 2, 3, 4), (0, 1, 2, 3), (6, 0, 1, 2, 3), tuple(range(7))]))
def test_new_recurrences_give_the_instants_dateutil_gives(schedule, start, offset, span, zone, at, country, working):
    team = Team(1, "T", timezone=zone, working_days=working, holidays_country=country)
    ritual = Ritual(1, 1, RitualKind.CUSTOM, "R", at, 30, schedule, start)
    first = start + timedelta(days=offset)
    last = first + timedelta(days=span)
    days = planned_days(ritual, working_days=working, calendar=WorkCalendar(team), sprints=[], first=first, last=last)
    assert days == _oracle_days(ritual.schedule, team, start, first, last)
    # DST by dateutil's own zone data: a wall-clock time skipped by the spring gap moves forward by the gap.
    source = dutz.gettz(zone)
    expected = [dutz.resolve_imaginary(datetime.combine(day, at, tzinfo=source)).astimezone(UTC) for day in days]
    assert [aware(local, team.tz).astimezone(UTC) for local in planned_starts(ritual, days)] == expected


PARIS = Team(1, "Paris", timezone="Europe/Paris", holidays_country="FR")


def _days(schedule: Schedule, first: date, last: date, *, start=date(2026, 1, 5)) -> list[date]:
    ritual = Ritual(1, 1, RitualKind.REVIEW, "Demo", time(14, 0), 60, schedule, start)
    return planned_days(ritual, working_days=PARIS.working_days, calendar=WorkCalendar(PARIS), sprints=[],
                        first=first, last=last)


def test_a_review_on_ascension_thursday_moves_to_the_wednesday():
    weekly = Schedule(ScheduleKind.WEEKLY, weekdays=(3,), on_holiday=HolidayRule.BEFORE)
    assert _days(weekly, date(2026, 5, 11), date(2026, 5, 22)) == [date(2026, 5, 13), date(2026, 5, 21)]
    skipped = Schedule(ScheduleKind.WEEKLY, weekdays=(3,))
    assert _days(skipped, date(2026, 5, 11), date(2026, 5, 22)) == [date(2026, 5, 21)]


def test_every_other_thursday_counts_weeks_from_its_anchor():
    every_two = Schedule(ScheduleKind.WEEKLY, weekdays=(3,), every=2)
    assert _days(every_two, date(2026, 1, 5), date(2026, 2, 28)) == [
        date(2026, 1, 8), date(2026, 1, 22), date(2026, 2, 5), date(2026, 2, 19)]


def test_first_monday_last_friday_and_the_fifteenth():
    first_monday = Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(0,), ordinal=1)
    # 6 April 2026 is Easter Monday: skipped by default.
    assert _days(first_monday, date(2026, 3, 1), date(2026, 5, 31)) == [date(2026, 3, 2), date(2026, 5, 4)]
    last_friday = Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(4,), ordinal=-1, on_holiday=HolidayRule.AFTER)
    # 25 December 2026 is Christmas, a Friday: the working day after is Monday 28.
    assert _days(last_friday, date(2026, 11, 1), date(2026, 12, 31)) == [date(2026, 11, 27), date(2026, 12, 28)]
    fifteenth = Schedule(ScheduleKind.MONTHLY_DAY, month_day=15, on_holiday=HolidayRule.BEFORE)
    # 15 August 2026 is a Saturday and Assumption: the Friday before.
    assert _days(fifteenth, date(2026, 7, 1), date(2026, 8, 31)) == [date(2026, 7, 15), date(2026, 8, 14)]


def test_two_days_that_meet_off_a_holiday_are_one_occurrence():
    thursday_friday = Schedule(ScheduleKind.WEEKLY, weekdays=(2, 3), on_holiday=HolidayRule.BEFORE)
    assert _days(thursday_friday, date(2026, 5, 11), date(2026, 5, 15)) == [date(2026, 5, 13)]


def test_a_ritual_moved_off_a_holiday_stays_within_its_dates():
    weekly = Schedule(ScheduleKind.WEEKLY, weekdays=(3,), on_holiday=HolidayRule.BEFORE)
    assert _days(weekly, date(2026, 5, 1), date(2026, 5, 31), start=date(2026, 5, 14)) == [date(2026, 5, 21),
                                                                                            date(2026, 5, 28)]


def test_schedules_refuse_what_they_cannot_mean():
    with pytest.raises(InvalidInput, match="only meets on working days"):
        Schedule(ScheduleKind.WORKING_DAYS, on_holiday=HolidayRule.AFTER)
    with pytest.raises(InvalidInput, match="1 to 31"):
        Schedule(ScheduleKind.MONTHLY_DAY, month_day=32)
    with pytest.raises(InvalidInput, match="1 to 5"):
        Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(0,), ordinal=6)
    with pytest.raises(InvalidInput, match="every N weeks"):
        Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1, every=2)


def test_new_schedules_are_stored_and_read_back(store, team):
    schedules = [
        Schedule(ScheduleKind.WEEKLY, weekdays=(3,), every=2, anchor=date(2026, 1, 8), on_holiday=HolidayRule.BEFORE),
        Schedule(ScheduleKind.MONTHLY_DAY, month_day=-1, every=3, anchor=date(2026, 2, 10)),
        Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(4,), ordinal=-1, on_holiday=HolidayRule.AFTER),
    ]
    for schedule in schedules:
        store.add_ritual(Ritual(None, team.id, RitualKind.CUSTOM, f"R{schedule.kind}", time(10), 30, schedule,
                                date(2026, 1, 5)))
    stored = [r.schedule for r in store.rituals(team.id)]
    assert stored[0].anchor == date(2026, 1, 5)  # the Monday of its week
    assert stored[1].anchor == date(2026, 2, 1)  # the first of its month
    assert stored == [schedules[0], schedules[1], schedules[2]]


def test_every_other_week_rotates_facilitators_and_keeps_its_cadence_when_the_time_changes(store, team, members):
    ritual = store.add_ritual(Ritual(None, team.id, RitualKind.REVIEW, "Demo", time(14, 0), 60,
                                     Schedule(ScheduleKind.WEEKLY, weekdays=(3,), every=2), date(2026, 3, 2)),
                              [m.id for m in members])
    found = agenda(store, first=date(2026, 3, 2), last=date(2026, 4, 30), ritual_ids=[ritual.id])
    assert [o.start.date() for o in found] == [date(2026, 3, 5), date(2026, 3, 19), date(2026, 4, 2),
                                               date(2026, 4, 16), date(2026, 4, 30)]
    assert [o.facilitator_id for o in found] == [m.id for m in members] + [members[0].id]
    # Changed on 10 April: a new series goes on from then, still on the same fortnight.
    update = operations.update_ritual(store, Ritual(**{**_fields(ritual), "start_time": time(15, 0)}),
                                      now=datetime(2026, 4, 10, 12, tzinfo=UTC))
    later = agenda(store, first=date(2026, 4, 10), last=date(2026, 5, 31), ritual_ids=[update.value.id])
    assert [o.start.date() for o in later] == [date(2026, 4, 16), date(2026, 4, 30), date(2026, 5, 28)]  # 14 May: Ascension


def _fields(ritual: Ritual) -> dict:
    return {name: getattr(ritual, name) for name in Ritual.__dataclass_fields__}
