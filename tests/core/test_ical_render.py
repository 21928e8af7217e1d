"""The direct writer of VEVENTs and VTODOs gives exactly icalendar's bytes, or leaves the work to it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ritualdesk.demo import generate_demo
from ritualdesk.ical.export import icalendar_component, render_component
from ritualdesk.ical.feed import Item, Scope, collect, default_horizon
from ritualdesk.ical.ledger import LedgerEntry
from ritualdesk.ical.render import component_bytes, fold

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
ENTRY = LedgerEntry("x", 7, "hash", NOW)


def both(item: Item, entry: LedgerEntry = ENTRY) -> tuple[bytes, bytes]:
    return render_component(item, entry), icalendar_component(item, entry)


def test_every_event_and_todo_of_demo_feeds_is_written_as_icalendar_writes_it(store):
    generate_demo(store, teams=10, years=1, seed=3, now=NOW)  # ten zones, French and English text
    first, last = default_horizon(NOW.date())
    feed = collect(store, Scope(first, last, todos=True))
    assert len(feed.events) > 500 and feed.todos
    for item in feed.items:
        assert component_bytes(item.component, item.properties) is not None  # the direct path is taken
        direct, reference = both(item)
        assert direct == reference, item.uid


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
line_text = text.filter(lambda t: "\n" not in t and "\r" not in t)
zones = st.sampled_from([UTC, ZoneInfo("Europe/Paris"), ZoneInfo("America/Argentina/Buenos_Aires"),
                         ZoneInfo("Etc/GMT+5"), ZoneInfo("UTC"), ZoneInfo("Asia/Kolkata")])
moments = st.builds(lambda day, minutes, zone: datetime.combine(day, datetime.min.time(), zone)
                    + timedelta(minutes=minutes),
                    st.dates(date(1990, 1, 1), date(2190, 12, 31)), st.integers(0, 24 * 60 - 1), zones)


@settings(max_examples=150, deadline=None)
@given(summary=text, description=text, location=text, url=line_text, extra=line_text, start=moments,
       categories=st.lists(text, min_size=1, max_size=3), sequence=st.integers(0, 10_000))
def test_any_text_and_time_is_written_as_icalendar_writes_it(summary, description, location, url, extra, start,
                                                            categories, sequence):
    item = Item("uid-1@ritualdesk", "VEVENT", (
        ("UID", f"uid;{summary[:5]}@x"), ("DTSTART", start), ("DTEND", start + timedelta(minutes=90)),
        ("SUMMARY", summary), ("DESCRIPTION", description), ("LOCATION", location), ("URL", url),
        ("CATEGORIES", categories), ("X-RITUALDESK-FACILITATOR", extra), ("X-RITUALDESK-REVIEW", extra[::-1]),
        ("X-RITUALDESK-REVIEW", extra)), "hash", summary)
    direct, reference = both(item, LedgerEntry("x", sequence, "hash", NOW))
    assert direct == reference


@settings(max_examples=100, deadline=None)
@given(title=text, due=st.dates(date(1990, 1, 1), date(2190, 12, 31)), done=st.booleans())
@example(title="\ufeff", due=date(2000, 1, 1), done=False)  # icalendar drops a leading BOM: so must we
def test_any_todo_is_written_as_icalendar_writes_it(title, due, done):
    properties = [("UID", "action-1@ritualdesk"), ("SUMMARY", title), ("DESCRIPTION", title * 2),
                  ("STATUS", "COMPLETED" if done else "NEEDS-ACTION"), ("DUE", due)]
    if done:
        properties += [("COMPLETED", datetime(2026, 2, 27, 11, tzinfo=UTC)), ("PERCENT-COMPLETE", 100)]
    item = Item("action-1@ritualdesk", "VTODO", (*properties, ("CATEGORIES", ["action"])), "hash", title)
    direct, reference = both(item)
    assert direct == reference


def test_folding_never_splits_an_escape_from_its_letter_nor_a_character():
    line = "DESCRIPTION:" + "a" * 61 + "\\n" + "é" * 40 + "^'" + "x" * 80
    folded = fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert "\\\r\n n" not in folded and "^\r\n '" not in folded


def test_what_the_writer_does_not_know_is_left_to_icalendar():
    odd = timezone(timedelta(hours=2), "Somewhere, with a comma")  # a TZID icalendar would have to quote
    assert component_bytes("VEVENT", [("DTSTART", datetime(2026, 3, 18, 9, tzinfo=odd))]) is None
    assert component_bytes("VEVENT", [("DTSTART", datetime(2026, 3, 18, 9))]) is None  # floating time
    assert component_bytes("VEVENT", [("RRULE", {"FREQ": "WEEKLY"})]) is None
    assert component_bytes("VEVENT", [("X-RITUALDESK-NOTE", "two\nlines")]) is None  # icalendar refuses it


def test_calendar_headers_are_written_as_icalendar_writes_them(store):
    from ritualdesk.ical.export import _header, icalendar_header
    from ritualdesk.ical.publish import feed_specs

    generate_demo(store, teams=3, years=1, seed=5, now=NOW)
    for spec in feed_specs(store, today=NOW.date(), todos=True)[:8]:  # team feeds and member feeds
        feed = collect(store, spec.scope)
        assert _header(feed) == icalendar_header(feed), spec.file_name
