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
