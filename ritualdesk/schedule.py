"""Expands a ritual series into its planned local starts between two days. Pure."""

from __future__ import annotations

import calendar as months
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .model import HolidayRule, Ritual, Schedule, ScheduleKind, Sprint, week_start
from .workdays import WorkCalendar

HOLIDAY_REACH = 31  # how far a ritual moved off holidays may go to find a working day


def aware(local: datetime, tz: ZoneInfo) -> datetime:
    """`local` wall-clock time in `tz`; a time skipped by a DST jump moves forward by the jump."""
    return local.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def first_day(now: datetime, *, tz: ZoneInfo, at: time) -> date:
    """The day a new series begins unless told: today in `tz`, or tomorrow once today's `at` has come.

    An occurrence earlier today would be a past one, taking a facilitator's turn nobody took.
    """
    local = now.astimezone(tz)
    return local.date() + timedelta(days=1) if local.time() >= at else local.date()


def _days_on(weekdays: Sequence[int] | frozenset[int], first: date, last: date) -> list[date]:
    # Ordinals a week apart from each weekday's first one: faster than an rrule or a walk over every day.
    start, end = first.toordinal(), last.toordinal()
    ordinals = sorted(o for weekday in set(weekdays)
                      for o in range(start + (weekday - first.weekday()) % 7, end + 1, 7))
    return [date.fromordinal(o) for o in ordinals]


def _months(first: date, last: date):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _day_of_month(schedule: Schedule, year: int, month: int) -> date | None:
    """The schedule's day in that month, if the month has one (a 31st, a 5th Monday...)."""
    length = months.monthrange(year, month)[1]
    if schedule.kind is ScheduleKind.MONTHLY_DAY:
        number = schedule.month_day if schedule.month_day > 0 else length + schedule.month_day + 1
        return date(year, month, number) if 1 <= number <= length else None
    weekday, ordinal = schedule.weekdays[0], schedule.ordinal
    if ordinal > 0:
        first = (weekday - date(year, month, 1).weekday()) % 7 + 1
        number = first + 7 * (ordinal - 1)
    else:
        last = length - (date(year, month, length).weekday() - weekday) % 7
        number = last + 7 * (ordinal + 1)
    return date(year, month, number) if 1 <= number <= length else None


def nominal_days(schedule: Schedule, *, first: date, last: date, starts_on: date,
                 weekdays: frozenset[int] = frozenset(range(7))) -> list[date]:
    """The days from `first` to `last` the rule itself names, before holidays (not for sprint days).

    `weekdays` are the team's working weekdays (for an every-working-day series); a repeat every N
    weeks or months counts from the schedule's anchor, or from `starts_on`.
    """
    kind = schedule.kind
    if kind is ScheduleKind.WORKING_DAYS:
        return _days_on(weekdays, first, last)
    if kind is ScheduleKind.ONCE:
        return [schedule.on] if first <= schedule.on <= last else []
    anchor = schedule.anchor or starts_on
    if kind is ScheduleKind.WEEKLY:
        days = _days_on(schedule.weekdays, first, last)
        if schedule.every > 1:
            monday = week_start(anchor)
            days = [day for day in days if ((day - monday).days // 7) % schedule.every == 0]
        return days
    origin = anchor.year * 12 + anchor.month
    found = []
    for year, month in _months(first, last):
        if (year * 12 + month - origin) % schedule.every:
            continue
        day = _day_of_month(schedule, year, month)
        if day is not None and first <= day <= last:
            found.append(day)
    return found


def _sprint_days(
    sprint_day: int, sprints: Sequence[Sprint], calendar: WorkCalendar, first: date, last: date
) -> list[tuple[date, int]]:
    days = []
    for sprint in sprints:
        if sprint.end < first or sprint.start > last:
            continue
        working = calendar.working_days_between(sprint.start, sprint.end)
        index = sprint_day - 1 if sprint_day > 0 else sprint_day
        if -len(working) <= index < len(working) and first <= working[index] <= last:
            days.append((working[index], sprint.number))
    return days


def _off_holidays(days: Sequence[date], rule: HolidayRule, calendar: WorkCalendar, *,
                  lowest: date, highest: date | None) -> list[date]:
    """Each day, or the working day before or after it when it is not one (two that meet are one)."""
    if rule is HolidayRule.SKIP:
        return calendar.working_among(days)
    step = timedelta(days=-1 if rule is HolidayRule.BEFORE else 1)
    found = set()
    for day in days:
        for _ in range(HOLIDAY_REACH + 1):
            if calendar.is_working_day(day):
                if lowest <= day and (highest is None or day <= highest):
                    found.add(day)
                break
            day += step
    return sorted(found)


def planned_days(
    ritual: Ritual,
    *,
    working_days: Sequence[int],
    calendar: WorkCalendar,
    sprints: Sequence[Sprint],
    first: date,
    last: date,
) -> list[date]:
    """The days, from `first` to `last` included, on which the series plans an occurrence.

    Non-working days and public holidays give none, unless the series moves to the working day
    before or after them (staying within its own dates; a one-off may leave them); a
    sprint-anchored day counts working days.
    """
    return [day for day, _ in sprint_planned_days(ritual, working_days=working_days, calendar=calendar,
                                                  sprints=sprints, first=first, last=last)]


def sprint_planned_days(
    ritual: Ritual,
    *,
    working_days: Sequence[int],
    calendar: WorkCalendar,
    sprints: Sequence[Sprint],
    first: date,
    last: date,
) -> list[tuple[date, int | None]]:
    """`planned_days`, each with the number of the sprint that anchors it (None when not sprint-anchored)."""
    schedule = ritual.schedule
    if schedule.kind is ScheduleKind.ONCE:  # a one-off is its own dates; moved off a holiday it may leave them
        within = ritual.starts_on <= schedule.on and (ritual.ends_on is None or schedule.on <= ritual.ends_on)
        days = _off_holidays([schedule.on] if within else [], schedule.on_holiday, calendar,
                             lowest=date.min, highest=None)
        return [(day, None) for day in days if first <= day <= last]
    first = max(first, ritual.starts_on)
    if ritual.ends_on is not None:
        last = min(last, ritual.ends_on)
    if first > last:
        return []
    if schedule.kind is ScheduleKind.SPRINT_DAY:
        return _sprint_days(schedule.sprint_day, sprints, calendar, first, last)
    # A day moved off a holiday may come from beyond the window (never from beyond the series' dates).
    reach = timedelta(days=HOLIDAY_REACH)
    nominal_first = max(first - reach, ritual.starts_on) if schedule.on_holiday is HolidayRule.AFTER else first
    nominal_last = last + reach if schedule.on_holiday is HolidayRule.BEFORE else last
    if ritual.ends_on is not None:
        nominal_last = min(nominal_last, ritual.ends_on)
    days = nominal_days(schedule, first=nominal_first, last=nominal_last, starts_on=ritual.starts_on,
                        weekdays=calendar.weekdays_ever())
    days = _off_holidays(days, schedule.on_holiday, calendar, lowest=ritual.starts_on, highest=ritual.ends_on)
    return [(day, None) for day in days if first <= day <= last]


def planned_starts(ritual: Ritual, days: Sequence[date]) -> list[datetime]:
    """The naive local planned start of the occurrence on each day."""
    return [datetime.combine(day, ritual.start_time) for day in days]


def anchored_starts(ritual: Ritual, days: Sequence[tuple[date, int | None]],
                    anchors: Mapping[int, datetime]) -> list[tuple[datetime, datetime]]:
    """(identity, start) of each planned day: a sprint-anchored one keeps the identity stored for its sprint."""
    result = []
    for day, sprint in days:
        start = datetime.combine(day, ritual.start_time)
        result.append((anchors.get(sprint, start) if sprint is not None else start, start))
    return result
