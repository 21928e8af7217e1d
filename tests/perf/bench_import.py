"""Import speed and memory: files of 1 MB and 12 MB (20,000 events), all-day absences and timed series.

Run: python tests/perf/bench_import.py [--quick]
Each file is imported (dry run, as `ritualdesk import --dry-run`) in a fresh process, which reports
its time and peak memory; the baseline, measured in the same run on the same file, is what
icalendar's own Calendar.from_ical takes to parse it (the parsing floor of the old importer).
Also prints how time grows from 1 MB to 12 MB (12 is linear).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Ana", "Bruno", "Chloe", "David", "Eve", "Farid", "Gina", "Hugo"]

CHILD = r"""
import json, resource, sys, time
from datetime import UTC, datetime
what, db, path = sys.argv[1:4]
started = time.perf_counter()
if what == "icalendar":
    from icalendar import Calendar
    Calendar.from_ical(open(path, "rb").read())
else:
    from ritualdesk.ical.importer import import_file
    from ritualdesk.store import Store
    store = Store.open(db)
    report = import_file(store, path, team=store.find_team("Les Castors"), now=datetime(2026, 1, 1, tzinfo=UTC),
                         dry_run=True)
print(json.dumps({"seconds": time.perf_counter() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def calendar(events: int, *, timed: bool, seed: int = 1) -> str:
    """An export-like file: one event of about 600 bytes per absence or meeting, attendees and notes."""
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Big//Big//EN"]
    if timed:
        lines += ["BEGIN:VTIMEZONE", "TZID:Customized Time Zone", "BEGIN:STANDARD", "DTSTART:16010101T030000",
                  "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                  "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE"]
    for i in range(events):
        who = rng.choice(NAMES)
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(3000))
        lines += ["BEGIN:VEVENT", f"UID:event-{i}@big.example", "DTSTAMP:20260101T000000Z", f"SUMMARY:{who} away {i}"]
        if timed:
            lines += [f"DTSTART;TZID=Customized Time Zone:{day:%Y%m%d}T100000",
                      f"DTEND;TZID=Customized Time Zone:{day:%Y%m%d}T103000"]
        else:
            lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
        lines += [f"ATTENDEE;CN={who}:mailto:{who.lower()}@castors.example",
                  "DESCRIPTION:" + ("Holiday notes " * 28)[:380], "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def measure(what: str, db: Path, path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, what, str(db), str(path)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the 1 MB files")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from ritualdesk.model import Member, Team
    from ritualdesk.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        db = scratch / "bench.sqlite3"
        store = Store.open(db)
        team = store.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
        for name in NAMES:
            store.add_member(Member(None, team.id, name, email=f"{name.lower()}@castors.example"))
        store.close()
        sizes = [1700] if args.quick else [1700, 20000]
        print("file                        MB   import s  peak MB   icalendar parse s (baseline)  ratio")
        seconds: dict[tuple[bool, int], float] = {}
        for timed in (False, True):
            for events in sizes:
                path = scratch / f"{'timed' if timed else 'allday'}-{events}.ics"
                path.write_text(calendar(events, timed=timed), newline="")
                ours, base = measure("import", db, path), measure("icalendar", db, path)
                seconds[(timed, events)] = ours["seconds"]
                label = f"{'timed series' if timed else 'all-day absences'}, {events} events"
                print(f"{label:27} {path.stat().st_size / 1e6:4.1f} {ours['seconds']:9.2f} {ours['peak_mb']:8.0f}"
                      f"   {base['seconds']:9.2f}                      {ours['seconds'] / base['seconds']:5.2f}")
        if not args.quick:
            for timed in (False, True):
                growth = seconds[(timed, 20000)] / seconds[(timed, 1700)]
                print(f"{'timed' if timed else 'all-day'}: 12 MB takes {growth:.1f}x the time of 1 MB "
                      f"(11.8x the events)")


if __name__ == "__main__":
    main()
