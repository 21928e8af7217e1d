"""Reading .ics files safely: size, binary junk, huge lines, bad dates and unknown zones are refused.

Nothing here writes; a file either becomes a list of checked entries or an InvalidInput
with a message a person understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar

from ..errors import InvalidInput, clipped, one_line
from ..i18n import _
from ..os_reasons import errno_reason
from ..parsing import FIRST_DAY, LAST_DAY
from . import fast_parse
from .custom_zones import DefinedZones, short, shown

MAX_BYTES = 20 * 1024 * 1024
MAX_LINE = 256 * 1024  # one unfolded content line
MAX_COMPONENTS = 50_000
EARLIEST, LATEST = FIRST_DAY, LAST_DAY  # the dates RitualDesk handles everywhere


def _check_text(data: bytes, source: str) -> str:
    if len(data) > MAX_BYTES:
        raise InvalidInput(_("{source} is larger than {max_bytes} MB; is it really a calendar?").format(
                               source=source, max_bytes=MAX_BYTES // (1024 * 1024)))
    if b"\x00" in data:
        raise InvalidInput(_("{source} contains binary data; it is not an iCalendar file").format(source=source))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(_("{source} is not UTF-8 text (byte {start}); it is not an iCalendar file").format(
                               source=source, start=error.start)) from None
    if re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", text):
        raise InvalidInput(_("{source} contains control characters; it is not an iCalendar file").format(
                               source=source))
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise InvalidInput(_("{source} does not start with BEGIN:VCALENDAR; it is not an iCalendar file").format(
                               source=source))
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    longest = max((len(line) for line in unfolded.splitlines()), default=0)
    if longest > MAX_LINE:
        raise InvalidInput(_("{source} has a line of {longest} characters (at most {max_line}); refusing it").format(
                               source=source, longest=longest, max_line=MAX_LINE))
    if unfolded.upper().count("BEGIN:") > MAX_COMPONENTS:
        raise InvalidInput(_("{source} has more than {max_components} components; refusing it").format(
                               source=source, max_components=MAX_COMPONENTS))
    return unfolded


# The properties an import reads; the others (DTSTAMP, alarms' triggers, Outlook's X-ALT-DESC HTML...)
# are dropped before parsing, which is what most of a calendar file's parsing time goes to.
READ = frozenset({
    "BEGIN", "END", "VERSION", "PRODID", "METHOD", "CALSCALE", "UID", "SUMMARY", "DTSTART", "DTEND", "DURATION",
    "DUE", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID", "STATUS", "LOCATION", "URL", "DESCRIPTION", "ATTENDEE",
    "RELATED-TO", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME",
})
_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_NAME_END = re.compile(r"[;:]")


def _read_lines(unfolded: str) -> str:
    """The content lines an import reads (a line that is not even a property is kept, for the parser to refuse)."""
    kept = []
    for line in re.split(r"\r?\n", unfolded):
        end = _NAME_END.search(line)
        name = line[:end.start()] if end else line
        if not name.strip() and not line.strip():
            continue
        upper = name.strip().upper()
        if end is None or upper in READ or upper.startswith("X-RITUALDESK-") or not _TOKEN.fullmatch(upper):
            kept.append(line)
    return "\r\n".join(kept) + "\r\n"


def parse_calendar(data: bytes, *, source: str = "the file") -> Calendar:
    """The calendar in `data`, or InvalidInput with a message a person understands."""
    text = _read_lines(_check_text(data, source))
    try:
        calendars = fast_parse.parse(text)
    except RecursionError:
        raise InvalidInput(_("{source} nests components too deeply; refusing it").format(source=source)) from None
    except OSError as error:  # a TZID looked up as a file name: say why, never where
        raise InvalidInput(_("{source} names a time zone that cannot be looked up ({error}); refusing it").format(
                               source=source, error=errno_reason(error.errno) or error.strerror or "invalid")) from None
    except Exception as error:  # icalendar raises ValueError, KeyError, IndexError... on broken input
        raise InvalidInput(_("{source} is not a valid iCalendar file ({error})").format(
                               source=source, error=short(error))) from None
    if not calendars:  # icalendar finds no calendar in one that never ends
        raise InvalidInput(_("{source} is cut short: its BEGIN:VCALENDAR has no END:VCALENDAR").format(
                               source=source))
    if len(calendars) != 1:
        raise InvalidInput(_("{source} holds {calendars} calendars; expected exactly one").format(
                               source=source, calendars=len(calendars)))
    calendar = calendars[0]
    if calendar.name != "VCALENDAR":
        raise InvalidInput(_("{source} is not a VCALENDAR").format(source=source))
    return calendar


@dataclass(frozen=True, slots=True)
class Entry:
    """A VEVENT or VTODO read and checked: what we need of it, in Python values."""

    component: str
    uid: str
    summary: str
    start: date | datetime | None  # aware datetime, or a date (all day); None for a to-do without one
    end: date | datetime | None
    rrule: str | None
    exdates: tuple[date | datetime, ...]
    recurrence_id: date | datetime | None
    status: str
    location: str
    description: str
    emails: tuple[str, ...]  # of the ATTENDEEs
    extra: dict = field(default_factory=dict)  # X-RITUALDESK-* and the VTODO fields
    names: tuple[str, ...] = ()  # the ATTENDEEs' names (CN)

    @property
    def all_day(self) -> bool:
        """Whether the event is on whole days."""
        return isinstance(self.start, date) and not isinstance(self.start, datetime)


def _where(component, index: int, source: str) -> str:
    summary = str(component.get("SUMMARY", "")).strip()
    where = (_("{source}: event #{index}") if component.name == "VEVENT" else _("{source}: to-do #{index}")).format(
        source=source, index=index)
    return where + (f" ({shown(summary)})" if summary else "")


def _moment(component, name: str, where: str, tz: ZoneInfo, zones: DefinedZones) -> date | datetime | None:
    prop = component.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        raise InvalidInput(_("{where} has {prop} {name} properties").format(where=where, prop=len(prop), name=name))
    try:
        value = prop.dt
    except Exception as error:
        raise InvalidInput(_("{where} has an invalid {name}: {error}").format(
                               where=where, name=name, error=short(error))) from None
    latest = LATEST + timedelta(days=1) if name == "DTEND" else LATEST  # the end of 31 December 2199
    return _checked(value, prop.params.get("TZID") if hasattr(prop, "params") else None, name, where, tz,
                    zones, latest=latest)


def _a(name: str) -> str:
    """'a DTSTART' / 'an EXDATE' ('un DTSTART')."""
    return (_("an {name}") if name[0] in "AEIOU" else _("a {name}")).format(name=name)


def _checked(
    value: object, tzid: str | None, name: str, where: str, tz: ZoneInfo, zones: DefinedZones, *,
    latest: date = LATEST,
) -> date | datetime:
    """A date or aware date-time within range; a floating time is on the team's wall clock.

    A zone the file defines itself is read by us, with bounds, never by dateutil (see custom_zones).
    """
    if isinstance(value, datetime):
        if value.tzinfo is not None and not isinstance(value.tzinfo, ZoneInfo | timezone):
            defined = zones.get(str(tzid)) if tzid else None
            if defined is None:
                raise InvalidInput(_("{where} uses the unknown time zone {tzid!r} (no VTIMEZONE defines it)").format(
                                       where=where, tzid=clipped(tzid)))
            value = value.replace(tzinfo=defined)
        if value.tzinfo is None:
            if tzid:
                raise InvalidInput(_("{where} uses the unknown time zone {tzid!r} (no VTIMEZONE defines it)").format(
                                       where=where, tzid=clipped(tzid)))
            value = value.replace(tzinfo=tz)  # floating time: the team's wall clock
        if not EARLIEST <= value.date() <= latest:
            raise InvalidInput(_("{where} has {what} out of range: {date}").format(
                                   where=where, what=_a(name), date=value.date()))
        try:
            value.utcoffset()
        except Exception as error:
            raise InvalidInput(_("{where} has {what} whose time zone cannot be used: {error}").format(
                                   where=where, what=_a(name), error=short(error))) from None
        return value
    if isinstance(value, date):
        if not EARLIEST <= value <= latest:
            raise InvalidInput(_("{where} has {what} out of range: {date}").format(
                                   where=where, what=_a(name), date=value))
        return value
    raise InvalidInput(_("{where} has {what} that is not a date (a period or duration)").format(
                           where=where, what=_a(name)))


def _exdates(component, where: str, tz: ZoneInfo, zones: DefinedZones) -> list[date | datetime]:
    """Every EXDATE, read with the same rules as DTSTART (team's zone when floating, known TZIDs only)."""
    values = component.get("EXDATE")
    found: list[date | datetime] = []
    for value in values if isinstance(values, list) else ([values] if values is not None else []):
        try:
            moments = [d.dt for d in value.dts]
        except Exception as error:
            raise InvalidInput(_("{where} has an invalid EXDATE: {error}").format(where=where, error=short(error))) from None
        tzid = value.params.get("TZID") if hasattr(value, "params") else None
        found += [_checked(moment, tzid, "EXDATE", where, tz, zones) for moment in moments]
    return found


def _line(text: str) -> str:
    """A title or place on one line: another calendar's line breaks and tabs (escaped as \\n, \\t) become spaces."""
    return " ".join(one_line(text).split())


def _text(component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _attendees(component) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The emails and names (CN) of the ATTENDEEs; the ORGANIZER only wrote the event, it is not absent."""
    emails, names = [], []
    values = component.get("ATTENDEE")
    for value in values if isinstance(values, list) else ([values] if values is not None else []):
        text = str(value).strip()
        if text.lower().startswith("mailto:"):
            emails.append(text[7:].strip().lower())
        name = str(value.params.get("CN", "")).strip() if hasattr(value, "params") else ""
        if name:
            names.append(name)
    return tuple(emails), tuple(names)


def read_entries(calendar: Calendar, *, tz: ZoneInfo, source: str = "the file") -> list[Entry]:
    """Every VEVENT and VTODO, checked; InvalidInput on the first thing that cannot be trusted."""
    entries = []
    index = 0
    zones = DefinedZones(calendar, source=source)
    for component in calendar.walk():
        if component.name not in ("VEVENT", "VTODO"):
            continue
        index += 1
        where = _where(component, index, source)
        broken = [name for name, _ in component.errors
                  if name in ("DTSTART", "DTEND", "DUE", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "UID")]
        if broken:
            detail = next(message for name, message in component.errors if name == broken[0])
            raise InvalidInput(_("{where} has an invalid {broken}: {detail}").format(
                                   where=where, broken=broken[0], detail=short(detail)))
        uid = _text(component, "UID")
        if not uid:
            raise InvalidInput(_("{where} has no UID; every event of a calendar needs one").format(where=where))
        if len(uid) > 1000:
            raise InvalidInput(_("{where} has a UID of {uid} characters; refusing it").format(
                                   where=where, uid=len(uid)))
        start = _moment(component, "DTSTART", where, tz, zones)
        end = _moment(component, "DTEND", where, tz, zones)
        if component.name == "VEVENT":
            if start is None:
                raise InvalidInput(_("{where} has no DTSTART").format(where=where))
            if end is None and component.get("DURATION") is not None:
                try:
                    duration = component["DURATION"].dt
                except Exception as error:
                    raise InvalidInput(_("{where} has an invalid DURATION: {error}").format(
                                           where=where, error=short(error))) from None
                if not isinstance(duration, timedelta) or duration > timedelta(days=3660):
                    raise InvalidInput(_("{where} has an invalid DURATION").format(where=where))
                end = start + duration
            if end is not None:
                if isinstance(start, datetime) != isinstance(end, datetime):
                    raise InvalidInput(_("{where} mixes a date and a date-time in DTSTART and DTEND").format(
                                           where=where))
                if end < start:
                    raise InvalidInput(_("{where} ends ({end}) before it starts ({start})").format(
                                           where=where, end=end, start=start))
        rrule = None
        if component.get("RRULE") is not None:
            value = component["RRULE"]
            if isinstance(value, list):
                raise InvalidInput(_("{where} has several RRULEs").format(where=where))
            rrule = value.to_ical().decode()
        exdates = _exdates(component, where, tz, zones)
        recurrence_id = _moment(component, "RECURRENCE-ID", where, tz, zones)
        extra = {name: _text(component, name) for name in component if name.startswith("X-RITUALDESK-")}
        reviews = component.get("X-RITUALDESK-REVIEW")
        extra["X-RITUALDESK-REVIEW"] = [str(r) for r in (reviews if isinstance(reviews, list) else [reviews])
                                        if r is not None]
        if component.name == "VTODO":
            due = _moment(component, "DUE", where, tz, zones)
            extra["DUE"] = due.date() if isinstance(due, datetime) else due
            extra["RELATED-TO"] = _text(component, "RELATED-TO")
        emails, names = _attendees(component)
        entries.append(Entry(
            component=component.name, uid=uid, summary=_line(_text(component, "SUMMARY"))[:200], start=start, end=end,
            rrule=rrule, exdates=tuple(exdates), recurrence_id=recurrence_id,
            status=_text(component, "STATUS").upper(),
            location=_line(_text(component, "LOCATION") or _text(component, "URL")),
            description=_text(component, "DESCRIPTION")[:4000], emails=emails, extra=extra, names=names,
        ))
    return entries


