"""The bytes of one VEVENT or VTODO written directly, identical to what icalendar 7 writes for them.

icalendar builds a property object, a parameter dictionary and a content line for every value,
then folds each line one character at a time: 81 % of a first export of ten teams. Our
components hold a handful of property kinds (text, URI, categories, integers, dates and times in
a named zone or UTC); for those this module writes the same bytes with string operations,
asking icalendar itself how it would type each property, order the properties and name each
zone. Anything else (another value type, a zone icalendar names oddly, a value icalendar would
refuse) is left to icalendar: `component_bytes` returns None and the caller renders it there.
tests/core/test_ical_render.py compares both byte for byte on every demo feed and on random text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import cache

from icalendar import Calendar, Event, Todo
from icalendar.caselessdict import canonsort_keys
from icalendar.prop import vCategory, vDDDTypes, vInt, vText, vUnknown, vUri
from icalendar.timezone.tzid import tzid_from_dt

_CLASSES = {"VCALENDAR": Calendar, "VEVENT": Event, "VTODO": Todo}
_PLAIN_TZID = re.compile(r"[A-Za-z0-9/_+\-]+")  # written without quotes or RFC 6868 escapes


@cache
def _kind(component: str, name: str) -> str | None:
    """How icalendar writes property `name`: 'text', 'raw' (no escaping), 'categories', 'int', 'time'."""
    factory = _CLASSES[component].types_factory.for_property(name)
    if factory is vText:
        return "text"
    if factory in (vUri, vUnknown):
        return "raw"
    if factory is vCategory:
        return "categories"
    if factory is vInt:
        return "int"
    if factory is vDDDTypes:
        return "time"
    return None


@cache
def _order(component: str, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(canonsort_keys(names, _CLASSES[component].canonical_order))


@cache
def _zone_name(tzinfo) -> str | None:
    """The TZID icalendar gives a zone ('UTC' for UTC and its aliases), or None to let it decide."""
    tzid = tzid_from_dt(datetime(2000, 1, 1, tzinfo=tzinfo))
    return tzid if tzid and _PLAIN_TZID.fullmatch(tzid) else None


def _escape(text: str) -> str:
    return (text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _value(kind: str, value: object) -> str | None:
    """`;PARAMS:VALUE` of one property, or None when icalendar must write it."""
    if kind == "text" and type(value) is str and not value.startswith("\ufeff"):  # icalendar drops a leading BOM
        return ":" + _escape(value)
    if kind == "raw" and type(value) is str and "\n" not in value and "\r" not in value:
        return ":" + value
    if kind == "categories" and isinstance(value, list | tuple) and all(
            type(v) is str and not v.startswith("\ufeff") for v in value):
        return ":" + ",".join(_escape(v) for v in value)
    if kind == "int" and type(value) is int:
        return f":{value}"
    if kind == "time" and type(value) is datetime and value.tzinfo is not None:
        stamp = f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}"
        tzid = UTC_NAME if value.tzinfo is UTC else _zone_name(value.tzinfo)
        if tzid is None:
            return None
        return f":{stamp}Z" if tzid == UTC_NAME else f";TZID={tzid}:{stamp}"
    if kind == "time" and type(value) is date:
        return f";VALUE=DATE:{value.year:04}{value.month:02}{value.day:02}"
    return None


UTC_NAME = "UTC"


def fold(line: str) -> str:
    """A content line folded as icalendar folds it: 74 octets a line, an escape never split from its letter."""
    if len(line) < 75 and (line.isascii() or len(line.encode()) < 75):
        return line
    if line.isascii():
        parts, start = [], 0
        while len(line) - start > 74:
            end = start + 74
            if line[end - 1] in "\\^":  # as icalendar: the escape goes with what it escapes
                end -= 1
            parts.append(line[start:end])
            start = end
        parts.append(line[start:])
        return "\r\n ".join(parts)
    # The same cuts on the UTF-8 bytes: never inside a character (a continuation byte is 10xxxxxx)
    data = line.encode()
    parts, start = [], 0
    while len(data) - start > 74:
        end = start + 74
        while data[end] & 0xC0 == 0x80:
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


def property_lines(component: str, properties: Sequence[tuple[str, object]]) -> dict[str, list[str]] | None:
    """Each property's folded content lines, by name in the order added; None when icalendar must write one."""
    values: dict[str, list[str]] = {}
    for name, value in properties:
        name = name.upper()
        kind = _kind(component, name)
        text = _value(kind, value) if kind is not None else None
        if text is None:
            return None
        values.setdefault(name, []).append(fold(name + text))
    return values


def ordered(component: str, lines: dict[str, list[str]]) -> list[str]:
    """The content lines in icalendar's order of properties (its canonical ones first, then by name)."""
    return [line for name in _order(component, tuple(lines)) for line in lines[name]]


def component_bytes(component: str, properties: Sequence[tuple[str, object]]) -> bytes | None:
    """The bytes of a VEVENT or VTODO with these properties (in the order added), or None for icalendar."""
    lines = property_lines(component, properties)
    if lines is None:
        return None
    return ("\r\n".join([f"BEGIN:{component}", *ordered(component, lines), f"END:{component}"]) + "\r\n").encode()
