"""Benchmark of `caldav push` to a real Radicale on 127.0.0.1: 10 demo teams, first push and unchanged push.

Run: python tests/perf/bench_caldav.py [--teams N]

Figures: wall time and requests sent (counted by a proxy in front of the server), as ratios
against the baseline measured in the same run: `publish` of the same teams' feeds to a
folder (the file-based exchange the push replaces). Also one edit (an occurrence moved)
pushed afterwards. The server's storage is in /dev/shm when there is one.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ritualdesk.calserver.accounts import Account, add_account, account  # noqa: E402
from ritualdesk.calserver.connection import Connection  # noqa: E402
from ritualdesk.calserver.push import push  # noqa: E402
from ritualdesk.demo import generate_demo  # noqa: E402
from ritualdesk.ical.publish import publish  # noqa: E402
from ritualdesk.operations import move, resolve_uid  # noqa: E402
from ritualdesk.store import Store  # noqa: E402
from tests.caldav.servers import Proxy, Radicale  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--teams", type=int, default=10)
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    folder = Path(tempfile.mkdtemp(prefix="bench-caldav-"))
    server = Radicale().start()
    proxy = Proxy(server.port)
    try:
        store = Store.open(folder / "bench.sqlite3")
        generate_demo(store, teams=args.teams, years=0, seed=7, now=now)
        team_ids = [t.id for t in store.teams()]

        feeds = folder / "feeds"
        feeds.mkdir()
        began = time.perf_counter()
        published = publish(store, feeds, now=now, today=now.date(), team_ids=team_ids)
        baseline = time.perf_counter() - began
        add_account(store, Account("bench", proxy.url, "bench"), password=None)
        found = account(store, "bench")

        def timed_push(label: str) -> None:
            proxy.reset()
            with Connection(found) as connection:
                began = time.perf_counter()
                result = push(store, account(store, "bench"), now=now, connection=connection)
                seconds = time.perf_counter() - began
            events = sum(len(t.created) + len(t.updated) + len(t.cancelled) + t.unchanged for t in result.targets)
            print(f"{label:<18} {seconds:7.2f} s  x{seconds / baseline:7.1f} publish   "
                  f"{proxy.count():5d} requests ({proxy.count('PUT'):4d} PUT)   {events} events")

        print(f"{args.teams} teams; baseline: publish of {len(published)} feeds to a folder in {baseline:.2f} s")
        timed_push("first push")
        timed_push("unchanged push")
        rows = store.db.execute("SELECT uid FROM caldav_resources ORDER BY start DESC LIMIT 1").fetchall()
        key = resolve_uid(store, rows[0][0])
        move(store, key, key.planned + timedelta(hours=1), now=now)
        timed_push("after one move")
        store.close()
    finally:
        proxy.close()
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
