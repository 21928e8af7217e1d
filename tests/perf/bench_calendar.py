"""Benchmark of calendar export and publish, as ratios against bare icalendar in the same run.

Run: python tests/perf/bench_calendar.py [--repeat N]

Two baselines, both given the very same VEVENTs (same properties, already computed), neither
touching the store nor writing VTIMEZONEs:
- bare icalendar 7 (`Event()` + `add()` + `Calendar.to_ical()`), what export used to cost at least;
- a plain serialiser: `NAME:value` lines joined, no escaping, no folding, no parameters (a lower
  bound no correct writer can beat), and our direct writer (ritualdesk/ical/render.py) on the
  same properties, which gives icalendar's bytes.
Our figures include everything: reading the store, expanding the rotation, descriptions, the
SEQUENCE ledger, VTIMEZONEs and the bytes.
- cold: the ledger is empty and no team's part of a feed is kept in memory: everything is computed
  and every event rendered (first export ever);
- one edit: one occurrence moved since the last export (what publishing after an edit costs: the
  edited team is computed again, its changed event rendered again);
- warm: nothing changed since the last export (the teams' parts are kept in memory, checked
  against their revisions, and the bytes come from the ledger's cache).
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from ritualdesk.demo import generate_demo
from ritualdesk.ical import export
from ritualdesk.ical.export import Scope, collect, default_horizon, export_feed, render_component
from ritualdesk.ical.feed import forget_kept_feeds
from ritualdesk.ical.ledger import LedgerEntry
from ritualdesk.ical.publish import publish
from ritualdesk.operations import move, resolve_uid
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def best_of(repeat: int, fn, *, before=None) -> float:
    """The fastest of `repeat` runs of fn (after `before`, untimed), in seconds."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_icalendar(items) -> bytes:
    """The same events built with nothing but icalendar."""
    calendar = Calendar()
    calendar.add("PRODID", "-//bench//bench//EN")
    calendar.add("VERSION", "2.0")
    for item in items:
        event = Event()
        for name, value in item.properties:
            event.add(name, value)
        event.add("DTSTAMP", NOW)
        event.add("LAST-MODIFIED", NOW)
        event.add("SEQUENCE", 0)
        calendar.add_component(event)
    return calendar.to_ical()


def plain_serialiser(items) -> bytes:
    """The same properties as `NAME:value` lines: the least any writer must do (not valid iCalendar)."""
    lines = ["BEGIN:VCALENDAR"]
    for item in items:
        lines.append("BEGIN:VEVENT")
        lines += [f"{name}:{value}" for name, value in item.properties]
        lines += [f"DTSTAMP:{NOW:%Y%m%dT%H%M%SZ}", f"LAST-MODIFIED:{NOW:%Y%m%dT%H%M%SZ}", "SEQUENCE:0"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def direct_writer(items) -> bytes:
    """The same events through our direct writer (icalendar's bytes)."""
    entry = LedgerEntry("x", 0, "", NOW)
    return b"".join([b"BEGIN:VCALENDAR\r\n", *(render_component(item, entry) for item in items),
                     b"END:VCALENDAR\r\n"])


@contextlib.contextmanager
def icalendar_only():
    """Export as before the direct writer: every component rendered by icalendar."""
    original = export.component_bytes
    export.component_bytes = lambda component, properties: None
    try:
        yield
    finally:
        export.component_bytes = original


def forget_ledger(store: Store) -> None:
    """As before the first export ever: no ledger, nothing kept in memory."""
    with store.transaction():
        store.conn.execute("DELETE FROM calendar_ledger")
    forget_kept_feeds(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    repeat = args.repeat
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        generate_demo(store, teams=10, years=2, seed=1, now=NOW)
        first, last = default_horizon(NOW.date())
        team = store.teams()[0]
        scopes = {"one team": Scope(first, last, team_ids=(team.id,)), "all 10 teams": Scope(first, last)}
        print(f"calendar export, demo data 10 teams x 2 years, horizon {first} to {last} (best of {repeat})")
        print("ratios against bare icalendar building the same events; cold = first export (empty ledger)")
        print(f"{'feed':<14}{'events':>7}{'bare icalendar':>16}{'cold':>18}{'one edit':>18}{'warm':>18}"
              f"{'cold, icalendar renders':>26}")
        for label, scope in scopes.items():
            export_feed(store, scope, now=NOW)  # warm up caches (holidays, zones, checkpoints)
            items = collect(store, scope).events
            baseline = best_of(repeat, lambda items=items: bare_icalendar(items))
            plain = best_of(repeat, lambda items=items: plain_serialiser(items))
            direct = best_of(repeat, lambda items=items: direct_writer(items))
            cold = best_of(repeat, lambda scope=scope: export_feed(store, scope, now=NOW),
                           before=lambda: forget_ledger(store))
            with icalendar_only():
                by_icalendar = best_of(repeat, lambda scope=scope: export_feed(store, scope, now=NOW),
                                       before=lambda: forget_ledger(store))
            export_feed(store, scope, now=NOW)
            occurrence = next(i for i in collect(store, scope).events if i.start.date() > NOW.date())
            key = resolve_uid(store, occurrence.uid)
            hours = iter(range(1, 1000))

            def edit(key=key, base=key.planned, hours=hours):
                move(store, key, base + timedelta(minutes=next(hours)), now=NOW)

            edited = best_of(repeat, lambda scope=scope: export_feed(store, scope, now=NOW), before=edit)
            warm = best_of(repeat, lambda scope=scope: export_feed(store, scope, now=NOW))

            def cell(seconds: float, baseline: float = baseline) -> str:
                return f"{seconds * 1000:7.1f} ms {seconds / baseline:5.2f}x"

            print(f"{label:<14}{len(items):>7}{baseline * 1000:>13.1f} ms{cell(cold):>18}{cell(edited):>18}"
                  f"{cell(warm):>18}{cell(by_icalendar):>26}")
            print(f"{'':<21}the same events alone: plain serialiser (lower bound) {cell(plain)}, "
                  f"direct writer {cell(direct)}")
        shared = Path(folder) / "shared"
        shared.mkdir()
        forget_ledger(store)
        start = time.perf_counter()
        results = publish(store, shared, now=NOW, today=NOW.date())
        cold_publish = time.perf_counter() - start
        warm_publish = best_of(repeat, lambda: publish(store, shared, now=NOW, today=NOW.date()))
        events = sum(r.events for r in results)
        print(f"publish: {len(results)} feeds, {events} events: first {cold_publish * 1000:.0f} ms, "
              f"unchanged {warm_publish * 1000:.0f} ms")
        store.close()


if __name__ == "__main__":
    main()
