"""VTIMEZONE components in the yearly-RRULE form, computed from zoneinfo's own transitions.

icalendar 7's `Timezone.from_tzid` lists every transition as an RDATE and puts the onset of
daylight time at the local time *after* the jump (03:00 for Europe/Paris instead of 02:00);
RFC 5545 wants the onset in the local time in force *before* it (TZOFFSETFROM), and Outlook
reads the yearly-RRULE form best. So we find the transitions ourselves and group the
ones that follow a "n-th (or last) weekday of a month" rule into one yearly RRULE each.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from ..model import WEEKDAY_CODES, zone

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of UTC offset: when (UTC), from which offset, to which, and what it is called then."""

    at: datetime  # aware, UTC
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool

    @property
    def onset(self) -> datetime:
        """The local wall-clock time of the change, counted in the offset in force before it (RFC 5545)."""
        return (self.at + self.offset_from).replace(tzinfo=None)


def _offset(tz: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(tz).utcoffset()


def transitions(tz: ZoneInfo, first_year: int, last_year: int) -> list[Transition]:
    """Every offset change of `tz` from the start of `first_year` to the end of `last_year`, in order."""
    start = datetime(first_year, 1, 1, tzinfo=UTC) - _DAY
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC) + _DAY
    found = []
    instant, offset = start, _offset(tz, start)
    step = timedelta(hours=6)  # no zone changes its offset twice within six hours
    while instant < end:
        following = instant + step
        next_offset = _offset(tz, following)
        if next_offset != offset:
            low, high = instant, following  # offset(low) is the old one, offset(high) the new one
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(tz, middle) == offset:
                    low = middle
                else:
                    high = middle
            local, before = high.astimezone(tz), low.astimezone(tz)
            # the larger offset is daylight time, even where the zone's rules say the reverse: Europe/Dublin
            # calls winter a negative DST, and readers (dateutil) expect DAYLIGHT to be the summer offset
            seasonal = bool(local.dst()) or bool(before.dst())
            if first_year <= (high + offset).year <= last_year:
                found.append(Transition(at=high, offset_from=offset, offset_to=next_offset, name=local.tzname() or "",
                                        is_dst=seasonal and next_offset > offset))
        instant, offset = following, next_offset
    return found


def _rules(onset: datetime) -> set[tuple[int, int, int]]:
    """The (month, weekday, n) yearly rules that give the day of `onset`; n = -1 for the last one."""
    rules = {(onset.month, onset.weekday(), (onset.day - 1) // 7 + 1)}
    if onset.day + 7 > calendar.monthrange(onset.year, onset.month)[1]:
        rules.add((onset.month, onset.weekday(), -1))
    return rules


def _observance(kind: type, transition: Transition) -> TimezoneStandard | TimezoneDaylight:
    part = kind()
    part.add("TZNAME", transition.name)
    part.add("TZOFFSETFROM", transition.offset_from)
    part.add("TZOFFSETTO", transition.offset_to)
    return part


def _runs(found: list[Transition]) -> list[tuple[list[Transition], tuple[int, int, int] | None]]:
    """Group transitions of the same kind that repeat every year by one weekday rule."""
    runs: list[tuple[list[Transition], set]] = []
    open_runs: dict[tuple, int] = {}  # what a transition looks like -> index of its current run
    for transition in found:
        onset = transition.onset
        shape = (transition.offset_from, transition.offset_to, transition.name, transition.is_dst, onset.time())
        rules = _rules(onset)
        index = open_runs.get(shape)
        if index is not None:
            members, common = runs[index]
            if members[-1].onset.year == onset.year - 1 and common & rules:
                members.append(transition)
                runs[index] = (members, common & rules)
                continue
        open_runs[shape] = len(runs)
        runs.append(([transition], rules))
    result = []
    for members, common in runs:
        # prefer "last Sunday" (how tz rules are written for Europe) over "4th Sunday"
        rule = sorted(common, key=lambda r: (r[2] != -1, r))[0] if len(members) > 1 else None
        result.append((members, rule))
    return result


@lru_cache(maxsize=64)
def _vtimezone_bytes(tzid: str, first_year: int, last_year: int) -> bytes:
    tz = zone(tzid)
    # a year before, so the first observance starts before any event; a year after, for the RRULEs
    found = transitions(tz, first_year - 1, last_year + 1)
    timezone = Timezone()
    timezone.add("TZID", tzid)
    if not found:
        offset = _offset(tz, datetime(first_year, 1, 1, tzinfo=UTC))
        standard = TimezoneStandard()
        local = datetime(first_year, 1, 1, tzinfo=UTC).astimezone(tz)
        standard.add("TZNAME", local.tzname() or tzid)
        standard.add("TZOFFSETFROM", offset)
        standard.add("TZOFFSETTO", offset)
        standard.add("DTSTART", datetime(1970, 1, 1))
        timezone.add_component(standard)
        return timezone.to_ical()
    parts = []
    for members, rule in _runs(found):
        first = members[0]
        part = _observance(TimezoneDaylight if first.is_dst else TimezoneStandard, first)
        part.add("DTSTART", first.onset)
        if rule is not None:
            month, weekday, nth = rule
            recur = {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": f"{nth}{WEEKDAY_CODES[weekday]}"}
            if members[-1].onset.year < last_year + 1:  # the rule stopped within our years
                recur["UNTIL"] = members[-1].at.replace(tzinfo=None).replace(tzinfo=UTC)
            part.add("RRULE", vRecur(recur))
        elif len(members) > 1:
            part.add("RDATE", [t.onset for t in members[1:]])
        parts.append((first.at, part))
    for _, part in sorted(parts, key=lambda item: item[0]):
        timezone.add_component(part)
    return timezone.to_ical()


def vtimezone(tzid: str, *, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for `tzid` that is right for every instant from `first_year` to `last_year` (and beyond
    while the current rules hold)."""
    return Timezone.from_ical(_vtimezone_bytes(tzid, first_year, last_year))


def vtimezone_ical(tzid: str, *, first_year: int, last_year: int) -> bytes:
    """The serialised VTIMEZONE (cached: zone rules do not change while the program runs)."""
    return _vtimezone_bytes(tzid, first_year, last_year)
