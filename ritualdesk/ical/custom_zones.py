"""Time zones an imported file defines itself (a VTIMEZONE with a TZID no time zone database knows).

icalendar hands such zones to dateutil, which expands their rules again on every utcoffset()
call with no bound: a rule repeating every minute from 1601, or every 0 years, never ends.
Here each VTIMEZONE is read once into a list of transitions between 1900 and 2200, with
bounds on what a rule may say and how many transitions it may give; an offset is then a
binary search.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from ..errors import InvalidInput, clipped, one_line, quoted
from ..i18n import _

FIRST_YEAR, LAST_YEAR = 1900, 2200  # transitions outside are not needed (events are 1900..2199)
MAX_ZONES = 100  # VTIMEZONEs per file
MAX_OBSERVANCES = 400  # STANDARD and DAYLIGHT parts per VTIMEZONE
MAX_TRANSITIONS = 5000  # per VTIMEZONE: a zone changes at most twice a year, and 300 years are covered
RULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYDAY", "BYMONTHDAY", "WKST"}
_LIMIT = datetime(LAST_YEAR + 1, 1, 1)


@dataclass(frozen=True, slots=True)
class _Transition:
    utc: datetime  # naive UTC
    onset: datetime  # naive local time, in the offset in force before it
    offset: timedelta
    dst: timedelta
    name: str


class DefinedZone(tzinfo):
    """A zone from a file's VTIMEZONE: precomputed transitions, each lookup a binary search."""

    def __init__(self, key: str, initial: timedelta, transitions: list[_Transition]) -> None:
        self.key = clipped(key)  # shown in import notes ("times converted from ...")
        self._initial = initial
        self._transitions = transitions
        self._utc = [t.utc for t in transitions]
        self._onsets = [t.onset for t in transitions]

    def _at_wall(self, dt: datetime) -> _Transition | None:
        index = bisect.bisect_right(self._onsets, dt.replace(tzinfo=None)) - 1
        return self._transitions[index] if index >= 0 else None

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        found = self._at_wall(dt)
        return found.offset if found else self._initial

    def dst(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        found = self._at_wall(dt)
        return found.dst if found else timedelta(0)

    def tzname(self, dt: datetime | None) -> str | None:
        found = self._at_wall(dt) if dt is not None else None
        return found.name if found else self.key

    def fromutc(self, dt: datetime) -> datetime:
        index = bisect.bisect_right(self._utc, dt.replace(tzinfo=None)) - 1
        offset = self._transitions[index].offset if index >= 0 else self._initial
        return dt + offset

    def __repr__(self) -> str:
        return f"DefinedZone({self.key!r}, {len(self._transitions)} transitions)"


def _rule_moments(text: str, start: datetime, where: str) -> list[datetime]:
    parts: dict[str, str] = {}
    for chunk in text.upper().split(";"):
        name, _sep, value = chunk.partition("=")
        parts[name.strip()] = value.strip()
    unknown = sorted(set(parts) - RULE_PARTS)
    if unknown:
        raise InvalidInput(_("{where} has a rule with {parts}, which no time zone needs; refusing it").format(
                               where=where, parts=", ".join(shown(u, 20) for u in unknown[:3])))
    if parts.get("FREQ") != "YEARLY":
        raise InvalidInput(_("{where} has a rule repeating {freq}; time zone rules repeat yearly").format(
                               where=where, freq=shown(parts.get("FREQ", "never").lower(), 20)))
    try:
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
    except ValueError:
        raise InvalidInput(_("{where} has a rule with an invalid INTERVAL or COUNT").format(where=where)) from None
    if not 1 <= interval <= 100 or (count is not None and count < 1):
        raise InvalidInput(_("{where} has a rule with INTERVAL={interval}; it must be between 1 and 100").format(
                               where=where, interval=interval))
    bare = ";".join(f"{k}={v}" for k, v in parts.items() if k not in ("COUNT", "UNTIL"))
    until = _LIMIT
    if "UNTIL" in parts:
        try:
            until = min(until, datetime.strptime(parts["UNTIL"].rstrip("Z")[:15].ljust(15, "0")
                                                 if "T" in parts["UNTIL"] else parts["UNTIL"][:8] + "T235959",
                                                 "%Y%m%dT%H%M%S"))
        except ValueError:
            raise InvalidInput(_("{where} has a rule with an invalid UNTIL").format(where=where)) from None
    if start >= until:
        return [start]
    try:
        rule = rrulestr(bare, dtstart=start).replace(until=until)
        moments = list(itertools.islice(rule, min(count or MAX_TRANSITIONS + 1, MAX_TRANSITIONS + 1)))
    except (ValueError, TypeError, OverflowError, IndexError) as error:
        raise InvalidInput(_("{where} has a rule that cannot be read ({error})").format(where=where, error=short(error))) from None
    if len(moments) > MAX_TRANSITIONS:
        raise InvalidInput(_("{where} has a rule giving more than {most} changes; refusing it").format(
                               where=where, most=MAX_TRANSITIONS))
    return moments


def _naive(value: object, where: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if hasattr(value, "year"):  # a date
        return datetime(value.year, value.month, value.day)
    raise InvalidInput(_("{where} has a DTSTART that is not a date-time").format(where=where))


def _zone(component, tzid: str, source: str) -> DefinedZone:
    where = _("{source}: the time zone {tzid}").format(source=source, tzid=shown(tzid))
    parts = [c for c in component.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
    if not parts:
        raise InvalidInput(_("{where} has neither STANDARD nor DAYLIGHT rules").format(where=where))
    if len(parts) > MAX_OBSERVANCES:
        raise InvalidInput(_("{where} has {count} sets of rules (at most {most}); refusing it").format(
                               where=where, count=len(parts), most=MAX_OBSERVANCES))
    found: list[_Transition] = []
    standard_offset = None
    for part in parts:
        try:
            start = _naive(part["DTSTART"].dt, where)
            offset_from, offset_to = part["TZOFFSETFROM"].td, part["TZOFFSETTO"].td
        except (KeyError, AttributeError, TypeError, ValueError):
            raise InvalidInput(_("{where} lacks a DTSTART, TZOFFSETFROM or TZOFFSETTO").format(where=where)) from None
        if max(abs(offset_from), abs(offset_to)) > timedelta(hours=18):
            raise InvalidInput(_("{where} has an offset of more than 18 hours").format(where=where))
        rules = part.get("RRULE")
        if isinstance(rules, list):  # the same rule written several times is one rule
            distinct = {rule.to_ical() for rule in rules}
            if len(distinct) > 1:
                raise InvalidInput(_("{where} has {count} different rules in one part (at most one)").format(
                    where=where, count=len(distinct)))
            rules = rules[0]
        moments = [start]
        if rules is not None:
            moments = _rule_moments(rules.to_ical().decode(errors="replace"), start, where)
        rdates = part.get("RDATE")
        for value in rdates if isinstance(rdates, list) else ([rdates] if rdates is not None else []):
            moments += [_naive(d.dt, where) for d in getattr(value, "dts", [])]
            if len(moments) > MAX_TRANSITIONS:
                raise InvalidInput(_("{where} lists more than {most} changes; refusing it").format(where=where, most=MAX_TRANSITIONS))
        is_dst = part.name == "DAYLIGHT"
        if not is_dst and standard_offset is None:
            standard_offset = offset_to
        name = one_line(str(part.get("TZNAME", "")))[:40] or tzid[:40]
        found += [(onset - offset_from, onset, offset_to, is_dst, name)
                  for onset in moments if FIRST_YEAR - 1 <= onset.year <= LAST_YEAR]
        if len(found) > MAX_TRANSITIONS:
            raise InvalidInput(_("{where} gives more than {most} changes; refusing it").format(where=where, most=MAX_TRANSITIONS))
    standard = standard_offset if standard_offset is not None else parts[0]["TZOFFSETTO"].td
    found.sort(key=lambda t: t[0])
    transitions = [_Transition(utc=utc, onset=onset, offset=offset, dst=offset - standard if is_dst else timedelta(0),
                               name=name)
                   for utc, onset, offset, is_dst, name in found]
    earliest = min(parts, key=lambda p: _naive(p["DTSTART"].dt, where))
    return DefinedZone(tzid, earliest["TZOFFSETFROM"].td, transitions)


class DefinedZones:
    """The zones a calendar's VTIMEZONEs define, each read (with bounds) the first time an event uses it."""

    def __init__(self, calendar: Calendar, *, source: str) -> None:
        components = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
        if len(components) > MAX_ZONES:
            raise InvalidInput(_("{source} defines {count} time zones (at most {most}); refusing it").format(
                source=source, count=len(components), most=MAX_ZONES))
        self._components: dict[str, object] = {}
        for component in components:
            self._components.setdefault(str(component.get("TZID", "")).strip(), component)
        self._zones: dict[str, DefinedZone] = {}
        self._source = source

    def get(self, tzid: str) -> DefinedZone | None:
        """The zone the file defines as `tzid`, or None when it defines none."""
        tzid = tzid.strip()
        if tzid not in self._zones:
            component = self._components.get(tzid)
            if component is None:
                return None
            self._zones[tzid] = _zone(component, tzid, self._source)
        return self._zones[tzid]


shown = quoted  # a value from the file in a message: one line, at most 60 characters


def short(error: BaseException | str, limit: int = 160) -> str:
    """An error's message on one line, at most `limit` characters."""
    text = one_line(str(error))
    return text if len(text) <= limit else text[:limit - 3] + "..."
