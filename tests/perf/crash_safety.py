"""Crash safety: real writer processes killed with SIGKILL during edits, backups and publishing.

Run: python tests/perf/crash_safety.py [--trials N] [--seed S]
Each trial starts a writer, lets it commit a random number of times, kills it at a random
moment (kill -9), then checks what a person would find: every edit the writer saw committed
is there, the database passes SQLite's integrity and foreign-key checks, a backup or feed file
is either the old one or a complete new one (parsed back with icalendar), and the next run
removes the temporary files the killed one left. Prints the counts; all but the trials are 0.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from icalendar import Calendar  # noqa: E402

from ritualdesk.demo import generate_demo  # noqa: E402
from ritualdesk.ical.publish import publish  # noqa: E402
from ritualdesk.store import Store  # noqa: E402

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)

EDITOR = r"""
import sys
from datetime import date
from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.store import Store
store = Store.open(sys.argv[1])
keys = [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 5, 29))]
trial = sys.argv[2]
for i in range(100000):
    operations.set_notes(store, keys[i % len(keys)], f"{trial} note {i}")
    operations.add_action(store, keys[i % len(keys)], f"{trial} action {i}", today=date(2026, 3, 2))
    print(i, flush=True)  # only once both transactions returned
"""

BACKUP = r"""
import sys
from ritualdesk.store import Store
store = Store.open(sys.argv[1])
for i in range(100000):
    store.backup(sys.argv[2])
    print(i, flush=True)
"""

PUBLISHER = r"""
import sys
from datetime import UTC, date, datetime
from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.ical.publish import publish
from ritualdesk.store import Store
store = Store.open(sys.argv[1])
keys = [o.key for o in agenda(store, first=date(2026, 3, 16), last=date(2026, 4, 30))]
for i in range(100000):
    operations.set_notes(store, keys[i % len(keys)], f"published {i}")  # every feed changes a little
    publish(store, sys.argv[2], now=datetime(2026, 3, 18, 12, tzinfo=UTC), today=date(2026, 3, 18))
    print(i, flush=True)
"""


def run_writer(script: str, args: list[str], rng: random.Random) -> list[str]:
    """Start a writer, let it report a few commits, kill -9 it at a random moment; the lines it printed."""
    writer = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines = []
    wanted = rng.randint(1, 6)
    while len(lines) < wanted:
        line = writer.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    time.sleep(rng.uniform(0, 0.05))  # somewhere inside the next write
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    lines += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
    return lines


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith((".tmp", ".tmp-journal"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50, help="trials of each kind (default 50)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    figures = {"trials": 0, "lost edits": 0, "damaged databases": 0, "partial backups": 0, "partial feeds": 0,
               "temporary files left after the next run": 0, "writer crashes": 0}
    found_left = 0  # temporary files the killed runs left (the next run removes them)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        db = scratch / "crash.sqlite3"
        store = Store.open(db)
        generate_demo(store, teams=2, years=0, seed=1, now=NOW)
        store.close()
        feeds, backup = scratch / "feeds", scratch / "backups" / "copy.sqlite3"
        feeds.mkdir()
        backup.parent.mkdir()
        started = time.perf_counter()
        for trial in range(args.trials):
            figures["trials"] += 3
            # edits
            committed = run_writer(EDITOR, [str(db), f"t{trial}"], rng)
            if not committed:
                figures["writer crashes"] += 1
            store = Store.open(db)
            if store.check():
                figures["damaged databases"] += 1
            titles = {a.title for a in store.actions()}
            figures["lost edits"] += sum(f"t{trial} action {i}" not in titles for i in map(int, committed))
            store.close()
            # backups
            run_writer(BACKUP, [str(db), str(backup)], rng)
            if backup.exists():
                copy = Store.open(backup, create=False)
                figures["partial backups"] += bool(copy.check())
                copy.close()
            found_left += len(leftovers(backup.parent))
            store = Store.open(db)
            store.backup(backup)  # the next run cleans what the killed one left
            figures["temporary files left after the next run"] += len(leftovers(backup.parent))
            # publishing
            run_writer(PUBLISHER, [str(db), str(feeds)], rng)
            for feed in feeds.glob("*.ics"):
                try:
                    parsed = Calendar.from_ical(feed.read_bytes())
                    complete = parsed.name == "VCALENDAR" and feed.read_bytes().rstrip().endswith(b"END:VCALENDAR")
                except ValueError:
                    complete = False
                figures["partial feeds"] += not complete
            found_left += len(leftovers(feeds))
            publish(store, feeds, now=NOW, today=NOW.date())
            figures["temporary files left after the next run"] += len(leftovers(feeds))
            if store.check():
                figures["damaged databases"] += 1
            store.close()
        elapsed = time.perf_counter() - started
    print(f"crash safety: {args.trials} trials each of edits, backups and publishing, killed with SIGKILL "
          f"({elapsed:.0f} s)")
    for name, count in figures.items():
        print(f"  {name}: {count}")
    print(f"  (temporary files the killed runs left, removed by the next run: {found_left})")
    if any(count for name, count in figures.items() if name != "trials"):
        sys.exit(1)


if __name__ == "__main__":
    main()
