"""Benchmark of the core: demo generation and agenda expansion with facilitators.

Run: python tests/perf/bench_core.py [--quick]
Prints absolute times and ratios against baselines measured in the same run: reading every
stored occurrence row of the same database with bare sqlite3 (the I/O floor), and for the
one-week figures, reading that week's own stored rows the same way.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ritualdesk.agenda import agenda, warm
from ritualdesk.demo import generate_demo
from ritualdesk.store import Store


def best_of(repeat: int, fn) -> float:
    """The fastest of `repeat` runs of fn, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def scenario(folder: Path, teams: int, years: int, repeat: int) -> None:
    now = datetime.now(UTC)
    path = folder / f"bench-{teams}x{years}.sqlite3"
    store = Store.open(path)
    start = time.perf_counter()
    generate_demo(store, teams=teams, years=years, seed=1, now=now)
    demo_seconds = time.perf_counter() - start
    store.close()

    store = Store.open(path)
    first, last = now.date() - timedelta(days=365 * years), now.date()
    count = len(agenda(store, first=first, last=last))
    agenda_seconds = best_of(repeat, lambda: agenda(store, first=first, last=last))
    year_seconds = best_of(repeat, lambda: agenda(store, first=last - timedelta(days=365), last=last,
                                                  checkpoints=False))
    week_replay = best_of(repeat, lambda: agenda(store, first=last, last=last + timedelta(days=6),
                                                 checkpoints=False))
    # Checkpoints are written explicitly, never by a read: cut them as the app does (edits, idle warm steps).
    warm(store, first=last)
    week_seconds = best_of(repeat, lambda: agenda(store, first=last, last=last + timedelta(days=6)))
    # A week a year back read (the month view browsed back), then this week again, as at the next start: the
    # first read resumes from the year-old checkpoints and offers nearer ones, which the app keeps.
    warm(store, first=last - timedelta(days=365))
    started = time.perf_counter()
    warm(store, first=last, last=last + timedelta(days=6))
    after_past_first = time.perf_counter() - started
    after_past = best_of(repeat, lambda: agenda(store, first=last, last=last + timedelta(days=6)))
    store.close()

    def raw_read() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT * FROM occurrences").fetchall()
        conn.close()

    baseline = best_of(repeat, raw_read)

    def week_rows() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT * FROM occurrences WHERE planned >= ? AND planned < ?",
                     [last.isoformat(), (last + timedelta(days=7)).isoformat()]).fetchall()
        conn.close()

    week_baseline = best_of(repeat, week_rows)
    print(f"{teams} teams x {years} years: {count} occurrences, {path.stat().st_size / 1e6:.1f} MB")
    print(f"  demo generation         {demo_seconds * 1000:9.0f} ms")
    print(f"  agenda, whole history   {agenda_seconds * 1000:9.1f} ms  = {agenda_seconds / baseline:5.1f}x raw read")
    print(f"  agenda, last year       {year_seconds * 1000:9.1f} ms  = {year_seconds / baseline:5.1f}x raw read")
    print(f"  agenda, one week        {week_replay * 1000:9.1f} ms  = {week_replay / baseline:5.1f}x raw read"
          "  (replaying all history)")
    print(f"  agenda, one week        {week_seconds * 1000:9.1f} ms  = {week_seconds / baseline:5.1f}x raw read"
          f" = {week_seconds / week_baseline:5.1f}x that week's rows  (resuming from checkpoints)")
    print(f"  agenda, one week        {after_past_first * 1000:9.1f} ms, then {after_past * 1000:.1f} ms"
          f" = {after_past / week_seconds:4.1f}x the week above  (after a week a year back was read)")
    print(f"  baselines: raw read of every occurrence row with sqlite3: {baseline * 1000:.1f} ms; "
          f"of that week's rows: {week_baseline * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="only the 10 teams x 1 year scenario")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scenario(Path(folder), 10, 1, repeat=5)
        if not args.quick:
            scenario(Path(folder), 50, 10, repeat=2)


if __name__ == "__main__":
    main()
