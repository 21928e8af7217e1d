"""Hypothesis strategies for hostile .ics files built from the grammar, and the check every import must pass.

Shared by the bounded fuzz test of the default run (tests/core/test_import_fuzz.py) and the long
run of tests/perf/fuzz_import.py.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from hypothesis import strategies as st

from ritualdesk.errors import InvalidInput
from ritualdesk.ical.importer import import_calendar

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
TIME_LIMIT = 2.0  # CPU seconds one file may take, read, checked and (dry-)imported (wall clock: 5 times)

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
_escaped = st.sampled_from(["\\n", "\\r\\n", "\\,", "\\;", "\\\\", "\r\n ", "\t", "👩‍💻", "Zoë", "\u202e", '"'])
TEXT = st.lists(st.one_of(_text, _escaped), max_size=6).map("".join)

FREQS = st.sampled_from(["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY", "", "SOMETIMES"])
NUMBERS = st.one_of(st.integers(-3, 12).map(str), st.sampled_from(["1000000000", "0", "", "x", "99999999999999999"]))
WEEKDAYS = st.lists(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU", "-1SU", "2MO", "53FR", "XX"]),
                    max_size=7).map(",".join)
MOMENTS = st.one_of(
    st.builds(lambda y, m, d, h: f"{y:04d}{m:02d}{d:02d}T{h:02d}0000", st.integers(1, 9999), st.integers(0, 13),
              st.integers(0, 32), st.integers(0, 25)),
    st.sampled_from(["16010101T000000", "20260406T093000", "20260406T093000Z", "20260406", "21991231T235900",
                     "19000101T000000", "2026", "", "T", "20260230T100000"]),
)

SANE_MOMENTS = st.builds(lambda y, m, d, h, z: f"{y:04d}{m:02d}{d:02d}T{h:02d}{z}00", st.integers(2026, 2028),
                         st.integers(1, 12), st.integers(1, 28), st.integers(7, 18), st.sampled_from(["00", "30"]))
SANE_RULES = st.builds(
    lambda freq, days, extra: ";".join(filter(None, [f"FREQ={freq}", f"BYDAY={days}" if days else "", extra])),
    st.sampled_from(["WEEKLY", "DAILY", "MONTHLY"]), WEEKDAYS.filter(lambda d: "XX" not in d and "53" not in d),
    st.sampled_from(["", "COUNT=10", "INTERVAL=2", "UNTIL=20270101T000000Z", "COUNT=1000000000"]))


@st.composite
def rules(draw) -> str:
    """An RRULE value, sensible or not."""
    parts = [f"FREQ={draw(FREQS)}"]
    for name, values in (("INTERVAL", NUMBERS), ("COUNT", NUMBERS), ("UNTIL", MOMENTS), ("BYDAY", WEEKDAYS),
                         ("BYMONTH", NUMBERS), ("BYMONTHDAY", NUMBERS), ("BYSETPOS", NUMBERS),
                         ("BYHOUR", NUMBERS), ("WKST", st.sampled_from(["MO", "SU", "ZZ"]))):
        if draw(st.integers(0, 3)) == 0:
            parts.append(f"{name}={draw(values)}")
    return ";".join(draw(st.permutations(parts)))


@st.composite
def zones(draw) -> tuple[str, str]:
    """A VTIMEZONE (its TZID and text) with random observances, rules and dates."""
    tzid = draw(st.sampled_from(["Custom", "Customized Time Zone", "Europe/Paris", "W. Europe Standard Time",
                                 "/freeassociation.sourceforge.net/Europe/Berlin", "A" * 300, "Mars\\nOlympus"]))
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["STANDARD", "DAYLIGHT"]))
        lines = [f"BEGIN:{kind}", f"DTSTART:{draw(MOMENTS)}",
                 f"TZOFFSETFROM:{draw(st.sampled_from(['+0100', '+0200', '-0500', '+2500', 'x', '+0000']))}",
                 f"TZOFFSETTO:{draw(st.sampled_from(['+0100', '+0200', '-0400', '-9999', '+0000']))}"]
        lines += [f"RRULE:{draw(rules())}"] * draw(st.sampled_from([0, 1, 1, 2, 300]))
        if draw(st.booleans()):
            lines.append("RDATE:" + ",".join(draw(st.lists(MOMENTS, max_size=5))))
        lines.append(f"END:{kind}")
        parts += lines
    return tzid, "\r\n".join(["BEGIN:VTIMEZONE", f"TZID:{tzid}", *parts, "END:VTIMEZONE"])


@st.composite
def events(draw, tzids: list[str], sane: bool = False) -> str:
    """A VEVENT or VTODO with random dates, zones, rules and texts (`sane`: mostly valid ones)."""
    moments, recurrences = (SANE_MOMENTS, SANE_RULES) if sane else (MOMENTS, rules())
    kind = draw(st.sampled_from(["VEVENT", "VEVENT", "VEVENT", "VTODO"]))
    tzid = draw(st.sampled_from([*tzids, "", "Europe/Paris", "Nowhere/Land"]))
    zone = f";TZID={tzid}" if tzid else ""
    lines = [f"BEGIN:{kind}"]
    if draw(st.integers(0, 9)):
        lines.append(f"UID:{draw(st.sampled_from(['a', 'b', 'c', 'x@y'])) }{draw(TEXT)}")
    value = draw(st.sampled_from(["", ";VALUE=DATE", ";VALUE=PERIOD"])) if not sane else ""
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "DUE"):
        if draw(st.integers(0, 2)) == 0 or (name == "DTSTART" and (sane or draw(st.booleans()))):
            lines.append(f"{name}{zone if draw(st.booleans()) else ''}{value if draw(st.booleans()) else ''}:"
                         f"{draw(moments)}")
    if draw(st.booleans()):
        lines.append(f"RRULE:{draw(recurrences)}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"DURATION:{draw(st.sampled_from(['PT15M', 'P10000D', '-PT1H', 'PT', 'P1W']))}")
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "STATUS"):
        if draw(st.booleans()):
            lines.append(f"{name}:{draw(TEXT)}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"ATTENDEE;CN={draw(TEXT)}:mailto:{draw(st.sampled_from(['ana@castors.example', 'x']))}")
    if draw(st.integers(0, 4)) == 0:
        lines.append(f"X-RITUALDESK-{draw(st.sampled_from(['STATUS', 'FACILITATOR', 'REVIEW', 'OWNER']))}:"
                     f"{draw(TEXT)}")
    lines.append(f"END:{kind}")
    return "\r\n".join(lines)


@st.composite
def calendars(draw) -> bytes:
    """A whole file: maybe a RitualDesk PRODID, a few zones, a few events, maybe cut short or doubled."""
    sane = draw(st.booleans())
    found = draw(st.lists(zones(), max_size=3)) if not sane or draw(st.booleans()) else []
    tzids = [tzid for tzid, _ in found]
    prodid = draw(st.sampled_from(["-//T//T//EN", "-//RitualDesk//RitualDesk 1.0//EN"]))
    body = [text for _, text in found] + draw(st.lists(events(tzids, sane), max_size=6))
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", *body, "END:VCALENDAR"]) + "\r\n"
    if draw(st.integers(0, 15)) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return text.encode()


class Hang(Exception):
    """An import took longer than TIME_LIMIT."""


@dataclass
class Tally:
    """What the fuzzing found."""

    cases: int = 0
    imported: int = 0
    refused: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[bytes] = field(default_factory=list)
    partial_writes: int = 0
    slowest: float = 0.0


def check_one(store, team, data: bytes, tally: Tally, *, dry_run: bool) -> None:
    """Import `data`; record a crash (anything but InvalidInput), a hang, a partial write or a bad message."""
    before = list(store.db.conn.iterdump())

    def expired(*_):
        raise Hang

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT * 5)  # a hang is stopped, and told from a slow case below
    started = time.process_time()  # CPU time: a machine shared with other jobs does not make a case slow
    failed = False
    tally.cases += 1
    try:
        import_calendar(store, data, team=team, now=NOW, dry_run=dry_run)
        tally.imported += 1
    except InvalidInput as refused:
        tally.refused += 1
        failed = True
        message = str(refused)
        if "\n" in message or "\r" in message or len(message) > 600 or "site-packages" in message:
            tally.crashes.append(f"bad message: {message[:200]!r}")
    except Hang:
        tally.hangs.append(data)
        failed = True
    except Exception as error:  # noqa: BLE001 - a crash is what we are looking for
        tally.crashes.append(f"{type(error).__name__}: {error}"[:300])
        failed = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.process_time() - started
    tally.slowest = max(tally.slowest, elapsed)
    if elapsed > TIME_LIMIT and data not in tally.hangs:
        tally.hangs.append(data)
    if (dry_run or failed) and list(store.db.conn.iterdump()) != before:
        tally.partial_writes += 1
