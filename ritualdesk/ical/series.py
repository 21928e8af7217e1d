"""How series in other calendars map to RitualDesk series, and the series our own exports describe."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from ..errors import InvalidInput
from ..i18n import _
from ..model import WEEKDAY_CODES, HolidayRule, RitualKind, Schedule, ScheduleKind
from ..parsing import LAST_DAY
from ..schedule import nominal_days
from .reading import short


def described_series(calendar: Calendar) -> dict:
    """The series, teams and sprints described by the calendar-level X-RITUALDESK-* properties."""
    result: dict = {"rituals": {}, "teams": {}, "sprints": {}, "range": None,
                    "cancelled": set()}
    found = calendar.get("X-RITUALDESK-CANCELLED")
    for uid in found if isinstance(found, list) else ([found] if found is not None else []):
        result["cancelled"].add(str(uid).strip())

    def values(name: str) -> list[dict]:
        found = calendar.get(name)
        items = found if isinstance(found, list) else ([found] if found is not None else [])
        parsed = []
        for item in items:
            try:
                value = json.loads(str(item))
            except ValueError:
                raise InvalidInput(_("the file's {name} is damaged").format(name=name)) from None
            if not isinstance(value, dict):
                raise InvalidInput(_("the file's {name} is damaged").format(name=name))
            parsed.append(value)
        return parsed

    try:
        for spec in values("X-RITUALDESK-RITUAL"):
            result["rituals"][str(spec["uid"])] = spec
        for spec in values("X-RITUALDESK-TEAM"):
            result["teams"][str(spec["name"])] = spec
        for spec in values("X-RITUALDESK-SPRINT"):
            result["sprints"].setdefault(str(spec["team"]), []).append(spec)
    except (KeyError, TypeError):
        raise InvalidInput(_("the file's RitualDesk series descriptions are damaged")) from None
    span = calendar.get("X-RITUALDESK-RANGE")
    if span is not None:
        try:
            first, last = (date.fromisoformat(part) for part in str(span).split("/"))
            result["range"] = (first, last)
        except ValueError:
            raise InvalidInput(_("the file's X-RITUALDESK-RANGE is damaged")) from None
    return result


def schedule_from_text(text: str) -> Schedule:
    """The schedule our exports write as e.g. 'weekly MO WE' (see feed.schedule_text)."""
    kind, *words = text.split()
    extra: dict = {}
    try:
        if "on_holiday" in words:
            at = words.index("on_holiday")
            extra["on_holiday"] = HolidayRule(words[at + 1])
            del words[at:at + 2]
        if "every" in words:
            at = words.index("every")
            if words[at + 2] != "from":
                raise ValueError(text)
            extra.update(every=int(words[at + 1]), anchor=date.fromisoformat(words[at + 3]))
            del words[at:at + 4]
        if kind == "weekly":
            return Schedule(ScheduleKind.WEEKLY, weekdays=tuple(WEEKDAY_CODES.index(d) for d in words), **extra)
        if kind == "sprint_day":
            return Schedule(ScheduleKind.SPRINT_DAY, sprint_day=int(*words), **extra)
        if kind == "once":
            return Schedule(ScheduleKind.ONCE, on=date.fromisoformat(*words), **extra)
        if kind == "monthly_day":
            return Schedule(ScheduleKind.MONTHLY_DAY, month_day=int(*words), **extra)
        if kind == "monthly_weekday":
            ordinal, day = words
            return Schedule(ScheduleKind.MONTHLY_WEEKDAY, ordinal=int(ordinal), weekdays=(WEEKDAY_CODES.index(day),),
                            **extra)
        if kind == "working_days" and not words:
            return Schedule(ScheduleKind.WORKING_DAYS, **extra)
    except (ValueError, TypeError, IndexError, InvalidInput):
        pass
    raise InvalidInput(_("the file describes a series with an unknown schedule {text!r}").format(text=text))


def _expand(text: str, start: datetime, limit: int) -> list[datetime]:
    """The first occurrences of a rule, expanded on the wall clock of `start`'s own zone (RFC 5545)."""
    return list(rrulestr(text, dtstart=start.replace(tzinfo=None))[:limit])


def _strip(text: str, *names: str) -> str:
    return ";".join(c for c in text.split(";") if c.partition("=")[0].upper() not in names)


def schedule_from_rrule(text: str, start: datetime, tz: ZoneInfo) -> tuple[Schedule | None, date | None, str]:
    """A RitualDesk schedule (and last day) for an RRULE, or None and why it cannot be one.

    `start` is DTSTART in the zone the event was written in: the rule's days are days of that
    zone, so the rule is expanded there and the team's weekdays are read from the converted
    dates (a Monday 20:00 in New York is a Tuesday 02:00 in Paris).
    """
    parts = {}
    for chunk in text.upper().split(";"):
        name, _sep, value = chunk.partition("=")
        parts[name] = value
    unsupported = sorted(set(parts) - {"FREQ", "BYDAY", "UNTIL", "COUNT", "WKST", "INTERVAL", "BYMONTHDAY",
                                       "BYSETPOS"})
    if unsupported:
        return None, None, _("its rule uses {parts}, which a RitualDesk series cannot express").format(
            parts=", ".join(unsupported))
    source = start.tzinfo
    try:  # a year and more of the series, without its end, to see on which days and times it falls here
        sample = _expand(_strip(text, "UNTIL", "COUNT"), start, 400)
    except (ValueError, TypeError, IndexError, OverflowError) as error:
        return None, None, _("its rule cannot be read ({error})").format(error=short(error))
    rule = rule_schedule(parts, start.replace(tzinfo=None).date())
    if isinstance(rule, str):
        return None, None, rule
    same_zone = getattr(source, "key", None) == tz.key
    note = ""
    mapped: dict[int, set[int]] = {}
    times = set()
    here_days = []
    for moment in sample:
        here = moment.replace(tzinfo=source).astimezone(tz)
        mapped.setdefault(moment.weekday(), set()).add(here.weekday())
        times.add(here.time())
        here_days.append(here.date())
    if rule.kind is ScheduleKind.WORKING_DAYS:
        schedule = rule
        note = _("daily: only the team's working days are kept")
    elif rule.kind is ScheduleKind.WEEKLY:
        if any(len(targets) > 1 for targets in mapped.values()):
            return None, None, _("its days in {source} fall on different days in {zone} as daylight saving time "
                                 "changes; RitualDesk series cannot follow that").format(
                                     source=getattr(source, "key", source), zone=tz.key)
        weekdays = sorted({d for targets in mapped.values() for d in targets}) or [start.astimezone(tz).weekday()]
        schedule = replace(rule, weekdays=tuple(weekdays),
                           anchor=start.astimezone(tz).date() if rule.every > 1 else None)
        if not same_zone and sorted(mapped) != weekdays:
            note = _("days converted from {days} in {source}").format(
                days=" ".join(WEEKDAY_CODES[d] for d in sorted(mapped)), source=getattr(source, "key", source))
    else:
        schedule = replace(rule, anchor=start.astimezone(tz).date() if rule.every > 1 else None)
    if rule.kind is not ScheduleKind.WORKING_DAYS and here_days:
        # The days here must be exactly those the schedule gives (a zone shift, a week start...).
        ours = nominal_days(schedule, first=here_days[0], last=here_days[-1], starts_on=here_days[0])
        if ours != here_days:
            return None, None, _("its days, once in {zone}, follow no weekly or monthly pattern a RitualDesk "
                                 "series can express").format(zone=tz.key)
    if len(times) > 1:
        note = "; ".join(filter(None, [note, _("its time in {zone} changes with daylight saving time in "
                                               "{source}; kept at {time}").format(
            zone=tz.key, source=getattr(source, "key", source), time=f"{start.astimezone(tz):%H:%M}")]))
    ends_on = None
    if "UNTIL" in parts:
        until = parts["UNTIL"]
        try:
            if "T" in until:
                moment = datetime.strptime(until.rstrip("Z"), "%Y%m%dT%H%M%S")
                moment = moment.replace(tzinfo=UTC) if until.endswith("Z") else moment.replace(tzinfo=source)
            else:  # the last day in the event's zone, at the time the event starts
                moment = datetime.combine(datetime.strptime(until, "%Y%m%d").date(),
                                          start.time().replace(tzinfo=None), tzinfo=source)
        except (ValueError, OverflowError):
            return None, None, _("its rule has an invalid UNTIL {until!r}").format(until=until)
        if moment.date() > LAST_DAY:
            ends_on = None  # beyond the dates RitualDesk handles: it simply does not end
            note = "; ".join(filter(None, [note, _("ends after {last_day}: imported without an end").format(
                last_day=LAST_DAY)]))
        else:
            ends_on = moment.astimezone(tz).date()
            if ends_on < start.astimezone(tz).date():
                return None, None, _("its rule ends before it starts")
    elif "COUNT" in parts:
        try:
            occurrences = _expand(text, start, 5000)
        except (ValueError, TypeError, IndexError, OverflowError) as error:
            return None, None, _("its rule cannot be read ({error})").format(error=short(error))
        if not occurrences:
            return None, None, _("its rule gives no occurrence")
        ends_on = occurrences[-1].replace(tzinfo=source).astimezone(tz).date()
        if ends_on > LAST_DAY:
            ends_on = None
            note = "; ".join(filter(None, [note, _("ends after {last_day}: imported without an end").format(
                last_day=LAST_DAY)]))
    return schedule, ends_on, note


def _single_int(text: str, low: int, high: int) -> int | None:
    try:
        value = int(text)
    except ValueError:
        return None
    return value if low <= abs(value) <= high else None


def rule_schedule(parts: dict[str, str], first: date) -> Schedule | str:
    """The schedule an RRULE's parts name, in its own zone (days not yet converted), or why there is none.

    FREQ=DAILY (every day), WEEKLY (every N weeks on days), MONTHLY on a day of the month
    (BYMONTHDAY) or on the Nth weekday (BYDAY=1MO, or BYDAY=FR;BYSETPOS=-1).
    """
    freq = parts.get("FREQ")
    every = _single_int(parts.get("INTERVAL", "1"), 1, 52)
    if every is None or every < 1:
        return _("repeats every {interval} periods; RitualDesk series repeat every 1 to 52 weeks or months").format(
                   interval=parts.get('INTERVAL'))
    byday = [code for code in parts.get("BYDAY", "").split(",") if code]
    monthday, setpos = parts.get("BYMONTHDAY"), parts.get("BYSETPOS")
    if freq in ("DAILY", "WEEKLY"):
        if monthday is not None or setpos is not None:
            return _("its {freq} rule picks days of the month, which a RitualDesk series cannot express").format(
                       freq=freq.lower())
        odd = [code for code in byday if code not in WEEKDAY_CODES]
        if odd:
            return _("its rule repeats on {odd!r} (positions in a {freq} rule are not supported)").format(
                       odd=odd[0], freq=freq.lower())
        days = tuple(sorted({WEEKDAY_CODES.index(code) for code in byday}))
        if freq == "DAILY":
            if every > 1:
                return _("repeats every {every} days; RitualDesk series are daily, weekly or monthly").format(
                           every=every)
            if not days:
                return Schedule(ScheduleKind.WORKING_DAYS)
        return Schedule(ScheduleKind.WEEKLY, weekdays=days or (first.weekday(),), every=every,
                        anchor=first if every > 1 else None)
    if freq != "MONTHLY":
        return _("repeats {freq}; RitualDesk series are daily, weekly or monthly").format(freq=str(freq).lower())
    anchor = first if every > 1 else None
    if monthday is not None:
        day = _single_int(monthday, 1, 31)
        if day is None or byday or setpos is not None:
            return _("its monthly rule picks several days of the month; a RitualDesk series takes one")
        return Schedule(ScheduleKind.MONTHLY_DAY, month_day=day, every=every, anchor=anchor)
    if len(byday) != 1:
        if not byday and setpos is None:  # the day of the month DTSTART is on
            return Schedule(ScheduleKind.MONTHLY_DAY, month_day=first.day, every=every, anchor=anchor)
        return _("its monthly rule picks several weekdays; a RitualDesk series takes one weekday of the month")
    code = byday[0]
    if setpos is not None:
        ordinal = _single_int(setpos, 1, 5)
        if ordinal is None or code not in WEEKDAY_CODES:
            return _("its monthly rule's position {setpos!r} on {code!r} cannot be a RitualDesk series").format(
                       setpos=setpos, code=code)
        return Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(WEEKDAY_CODES.index(code),), ordinal=ordinal,
                        every=every, anchor=anchor)
    ordinal, day = _single_int(code[:-2] or "0", 1, 5), code[-2:]
    if ordinal is None or day not in WEEKDAY_CODES:
        return _("its monthly rule repeats on {code!r}; a RitualDesk series needs the Nth weekday, as in 1MO or "
                 "-1FR").format(code=code)
    return Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(WEEKDAY_CODES.index(day),), ordinal=ordinal,
                    every=every, anchor=anchor)


KIND_WORDS = [
    (RitualKind.RETROSPECTIVE, ("retro", "rétro")),
    (RitualKind.REVIEW, ("review", "revue", "demo")),
    (RitualKind.PLANNING, ("planning", "planification")),
    (RitualKind.REFINEMENT, ("refinement", "grooming", "affinage")),
    (RitualKind.STANDUP, ("stand-up", "standup", "stand up", "daily", "mêlée", "melee", "scrum")),
]


def guess_kind(title: str) -> RitualKind:
    """The ritual kind a calendar title suggests (custom when none does)."""
    text = title.casefold()
    for kind, words in KIND_WORDS:
        if any(word in text for word in words):
            return kind
    return RitualKind.CUSTOM


