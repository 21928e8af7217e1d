"""Nothing lost: a process killed in the middle of writing leaves every committed edit in place."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from ritualdesk.store import Store

pytestmark = pytest.mark.durable  # the real `synchronous` setting (see tests/conftest.py)

WRITER = r"""
import sys
from ritualdesk.model import Member, Team
from ritualdesk.store import Store

store = Store.open(sys.argv[1])
for i in range(100000):
    team = store.add_team(Team(None, f"Team {i}", timezone="Europe/Paris"))
    store.add_member(Member(None, team.id, f"Member {i}"))
    print(i, flush=True)  # only after the commit returned
"""


def test_killing_a_writer_loses_no_committed_edit(tmp_path):
    path = tmp_path / "killed.sqlite3"
    Store.open(path).close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    committed = [int(writer.stdout.readline()) for _ in range(40)]
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    store = Store.open(path)
    assert store.check() == []
    names = {t.name for t in store.teams()}
    assert {f"Team {i}" for i in committed} <= names
    # each team was written with its member in separate transactions: at most the last one lacks it
    assert len(store.members()) >= len(names) - 1
    store.close()


def test_crash_safety_tests_use_the_real_flush_setting(tmp_path):
    store = Store.open(tmp_path / "durable.sqlite3")
    try:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        store.close()


BACKUP_WRITER = r"""
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
from ritualdesk.ical.publish import publish
from ritualdesk.model import Member
from ritualdesk.store import Store
store = Store.open(sys.argv[1])
team = store.teams()[0]
for i in range(100000):
    store.add_member(Member(None, team.id, f"Member {i}"))  # one more feed every time
    publish(store, sys.argv[2], now=datetime(2026, 3, 18, 12, tzinfo=UTC), today=date(2026, 3, 18))
    print(i, flush=True)
"""


def _kill_after(script: str, *args: str, lines: int = 3) -> None:
    writer = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
    for _ in range(lines):
        writer.stdout.readline()
    writer.send_signal(signal.SIGKILL)
    writer.wait()


def test_a_backup_killed_half_way_leaves_a_whole_backup_and_the_next_one_cleans_up(tmp_path):
    from ritualdesk.model import Team

    path = tmp_path / "db.sqlite3"
    store = Store.open(path)
    store.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
    store.close()
    target = tmp_path / "backups" / "copy.sqlite3"
    target.parent.mkdir()
    _kill_after(BACKUP_WRITER, str(path), str(target))
    copy = Store.open(target, create=False)
    assert copy.check() == [] and [t.name for t in copy.teams()] == ["Les Castors"]
    copy.close()
    Store.open(path).backup(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


def test_a_publish_killed_half_way_leaves_whole_feeds_and_the_next_one_cleans_up(tmp_path):
    from datetime import UTC, date, datetime

    from icalendar import Calendar

    from ritualdesk.ical.publish import publish
    from ritualdesk.model import Team

    path = tmp_path / "db.sqlite3"
    store = Store.open(path)
    store.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
    store.close()
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    _kill_after(PUBLISHER, str(path), str(feeds), lines=4)
    for feed in feeds.glob("*.ics"):
        assert Calendar.from_ical(feed.read_bytes()).name == "VCALENDAR"
    store = Store.open(path)
    publish(store, feeds, now=datetime(2026, 3, 18, 12, tzinfo=UTC), today=date(2026, 3, 18))
    assert store.check() == [] and not [p for p in feeds.iterdir() if not p.name.endswith(".ics")]
    store.close()
