"""The importer's long fuzz run: thousands of grammar-built hostile files, each imported (dry run and real).

Run: python tests/perf/fuzz_import.py [--cases N] [--seed S]
Counts the cases tried, the files imported and refused, crashes (any exception but InvalidInput,
or a message on several lines, too long or naming an internal path), hangs (over 2 s) and
partial writes (a refused import or a dry run that changed the database). The default test run
runs the same check on 80 cases (tests/core/test_import_fuzz.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from ritualdesk.model import Member, Team  # noqa: E402
from ritualdesk.store import Store  # noqa: E402
from tests.core.ics_fuzz import TIME_LIMIT, Tally, calendars, check_one  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    store = Store.memory()
    team = store.add_team(Team(None, "Les Castors", timezone="Europe/Paris", holidays_country="FR"))
    for name in ("Ana", "Bruno", "Chloé"):
        store.add_member(Member(None, team.id, name, email=f"{name.lower()}@castors.example"))
    tally = Tally()

    @seed(args.seed)
    @settings(max_examples=args.cases, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=calendars())
    def one(data: bytes) -> None:
        check_one(store, team, data, tally, dry_run=True)
        check_one(store, team, data, tally, dry_run=False)

    started = time.perf_counter()
    one()
    elapsed = time.perf_counter() - started
    print(f"importer fuzzing: {tally.cases} imports of {tally.cases // 2} generated files in {elapsed:.0f} s")
    print(f"  imported: {tally.imported}, refused with a message: {tally.refused}")
    print(f"  crashes: {len(tally.crashes)}")
    print(f"  hangs (over {TIME_LIMIT:g} s of CPU): {len(tally.hangs)} (slowest case {tally.slowest:.2f} s)")
    print(f"  partial writes: {tally.partial_writes}")
    for crash in tally.crashes[:10]:
        print(f"    {crash}")
    for number, data in enumerate(tally.hangs[:5]):
        kept = Path(f"/tmp/fuzz-slow-{number}.ics")
        kept.write_bytes(data)
        print(f"    slow case kept in {kept}")
    if tally.crashes or tally.hangs or tally.partial_writes:
        sys.exit(1)


if __name__ == "__main__":
    main()
