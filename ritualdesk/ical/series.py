"""How series in other calendars map to RitualDesk series, and the series our own exports describe."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from ..errors import InvalidInput
from ..model import WEEKDAY_CODES, RitualKind, Schedule, ScheduleKind
from .reading import short


def described_series(calendar: Calendar) -> dict:
    """The series, teams and sprints described by the calendar-level X-RITUALDESK-* properties."""
    result: dict = {"rituals": {}, "teams": {}, "sprints": {}, "range": None,
                    "complete": str(calendar.get("X-RITUALDESK-COMPLETE", "")).upper() == "TRUE"}

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


def schedule_from_rrule(text: str, start: datetime, tz: ZoneInfo) -> tuple[Schedule | None, date | None, str]:
    """A RitualDesk schedule (and last day) for an RRULE, or None and why it cannot be one."""
    parts = {}
    for chunk in text.upper().split(";"):
        name, _, value = chunk.partition("=")
        parts[name] = value
    freq = parts.get("FREQ")
    if parts.get("INTERVAL", "1") != "1":
        return None, None, f"repeats every {parts['INTERVAL']} {freq.lower()} periods; RitualDesk series cannot"
    unsupported = sorted(set(parts) - {"FREQ", "BYDAY", "UNTIL", "COUNT", "WKST", "INTERVAL"})
    if unsupported:
        return None, None, f"its rule uses {', '.join(unsupported)}, which a RitualDesk series cannot express"
    days = []
    for code in filter(None, parts.get("BYDAY", "").split(",")):
        if code not in WEEKDAY_CODES:
            return None, None, f"its rule repeats on {code!r} (monthly positions are not supported)"
        days.append(WEEKDAY_CODES.index(code))
    note = ""
    if freq == "WEEKLY":
        schedule = Schedule(ScheduleKind.WEEKLY, weekdays=tuple(sorted(set(days or [start.weekday()]))))
    elif freq == "DAILY":
        schedule = Schedule(ScheduleKind.WORKING_DAYS)
        if days:
            schedule = Schedule(ScheduleKind.WEEKLY, weekdays=tuple(sorted(set(days))))
        else:
            note = "daily: only the team's working days are kept"
    else:
        return None, None, f"repeats {str(freq).lower()}; RitualDesk series are daily or weekly"
    ends_on = None
    if "UNTIL" in parts:
        until = parts["UNTIL"]
        try:
            if "T" in until:
                moment = datetime.strptime(until.rstrip("Z"), "%Y%m%dT%H%M%S")
                ends_on = (moment.replace(tzinfo=UTC).astimezone(tz) if until.endswith("Z") else moment).date()
            else:
                ends_on = datetime.strptime(until, "%Y%m%d").date()
        except ValueError:
            return None, None, f"its rule has an invalid UNTIL {until!r}"
        if ends_on < start.date():
            return None, None, "its rule ends before it starts"
    elif "COUNT" in parts:
        try:  # expanded on the local wall clock, so BYDAY means local days
            occurrences = list(rrulestr(text, dtstart=start.replace(tzinfo=None))[:5000])
        except (ValueError, TypeError, IndexError, OverflowError) as error:
            return None, None, f"its rule cannot be read ({short(error)})"
        if not occurrences:
            return None, None, "its rule gives no occurrence"
        ends_on = occurrences[-1].date()
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


