"""How series in other calendars map to RitualDesk series, and the series our own exports describe."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from ..errors import InvalidInput
from ..model import WEEKDAY_CODES, RitualKind, Schedule, ScheduleKind
from ..parsing import LAST_DAY
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
                raise InvalidInput(f"the file's {name} is damaged") from None
            if not isinstance(value, dict):
                raise InvalidInput(f"the file's {name} is damaged")
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
        raise InvalidInput("the file's RitualDesk series descriptions are damaged") from None
    span = calendar.get("X-RITUALDESK-RANGE")
    if span is not None:
        try:
            first, last = (date.fromisoformat(part) for part in str(span).split("/"))
            result["range"] = (first, last)
        except ValueError:
            raise InvalidInput("the file's X-RITUALDESK-RANGE is damaged") from None
    return result


def schedule_from_text(text: str) -> Schedule:
    """The schedule our exports write as e.g. 'weekly MO WE' (see feed.schedule_text)."""
    kind, _, rest = text.partition(" ")
    try:
        if kind == "weekly":
            return Schedule(ScheduleKind.WEEKLY, weekdays=tuple(WEEKDAY_CODES.index(d) for d in rest.split()))
        if kind == "sprint_day":
            return Schedule(ScheduleKind.SPRINT_DAY, sprint_day=int(rest))
        if kind == "once":
            return Schedule(ScheduleKind.ONCE, on=date.fromisoformat(rest))
        if kind == "working_days":
            return Schedule(ScheduleKind.WORKING_DAYS)
    except ValueError:
        pass
    raise InvalidInput(f"the file describes a series with an unknown schedule {text!r}")


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
        name, _, value = chunk.partition("=")
        parts[name] = value
    freq = parts.get("FREQ")
    if parts.get("INTERVAL", "1") != "1":
        return None, None, f"repeats every {parts['INTERVAL']} {str(freq).lower()} periods; RitualDesk series cannot"
    unsupported = sorted(set(parts) - {"FREQ", "BYDAY", "UNTIL", "COUNT", "WKST", "INTERVAL"})
    if unsupported:
        return None, None, f"its rule uses {', '.join(unsupported)}, which a RitualDesk series cannot express"
    days = []
    for code in filter(None, parts.get("BYDAY", "").split(",")):
        if code not in WEEKDAY_CODES:
            return None, None, f"its rule repeats on {code!r} (monthly positions are not supported)"
        days.append(WEEKDAY_CODES.index(code))
    if freq not in ("WEEKLY", "DAILY"):
        return None, None, f"repeats {str(freq).lower()}; RitualDesk series are daily or weekly"
    source = start.tzinfo
    same_zone = getattr(source, "key", None) == tz.key
    note = ""
    try:  # a year and more of the series, without its end, to see on which days and times it falls here
        sample = _expand(_strip(text, "UNTIL", "COUNT"), start, 400)
    except (ValueError, TypeError, IndexError, OverflowError) as error:
        return None, None, f"its rule cannot be read ({short(error)})"
    mapped: dict[int, set[int]] = {}
    times = set()
    for moment in sample:
        here = moment.replace(tzinfo=source).astimezone(tz)
        mapped.setdefault(moment.weekday(), set()).add(here.weekday())
        times.add(here.time())
    if freq == "DAILY" and not days:
        schedule = Schedule(ScheduleKind.WORKING_DAYS)
        note = "daily: only the team's working days are kept"
    else:
        if any(len(targets) > 1 for targets in mapped.values()):
            return None, None, (f"its days in {getattr(source, 'key', source)} fall on different days in "
                                f"{tz.key} as daylight saving time changes; RitualDesk series cannot follow that")
        weekdays = sorted({d for targets in mapped.values() for d in targets}) or [start.astimezone(tz).weekday()]
        schedule = Schedule(ScheduleKind.WEEKLY, weekdays=tuple(weekdays))
        if not same_zone and sorted(mapped) != weekdays:
            note = "days converted from " + " ".join(WEEKDAY_CODES[d] for d in sorted(mapped)) + " in " + str(
                getattr(source, "key", source))
    if len(times) > 1:
        note = "; ".join(filter(None, [note, f"its time in {tz.key} changes with daylight saving time in "
                                       f"{getattr(source, 'key', source)}; kept at {start.astimezone(tz):%H:%M}"]))
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
            return None, None, f"its rule has an invalid UNTIL {until!r}"
        if moment.date() > LAST_DAY:
            ends_on = None  # beyond the dates RitualDesk handles: it simply does not end
            note = "; ".join(filter(None, [note, f"ends after {LAST_DAY}: imported without an end"]))
        else:
            ends_on = moment.astimezone(tz).date()
            if ends_on < start.astimezone(tz).date():
                return None, None, "its rule ends before it starts"
    elif "COUNT" in parts:
        try:
            occurrences = _expand(text, start, 5000)
        except (ValueError, TypeError, IndexError, OverflowError) as error:
            return None, None, f"its rule cannot be read ({short(error)})"
        if not occurrences:
            return None, None, "its rule gives no occurrence"
        ends_on = occurrences[-1].replace(tzinfo=source).astimezone(tz).date()
        if ends_on > LAST_DAY:
            ends_on = None
            note = "; ".join(filter(None, [note, f"ends after {LAST_DAY}: imported without an end"]))
    return schedule, ends_on, note


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


