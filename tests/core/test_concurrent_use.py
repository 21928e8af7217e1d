"""Two writers on one database: the second waits for the first; a lock that lasts says "busy", not "damaged"."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime

import pytest

from ritualdesk import dbfile, operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.cli import main
from ritualdesk.errors import StoreBusy
from ritualdesk.store import Store

HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE team_revisions SET value = value + 1")
if sys.argv[2] == "exclusive":
    conn.execute("COMMIT")  # the file stays locked: exclusive mode keeps the lock until the connection closes
print("locked", flush=True)
sys.stdin.readline()
if conn.in_transaction:
    conn.execute("COMMIT")
conn.close()
print("released", flush=True)
sys.stdin.readline()
"""


class Holder:
    """Another process holding the database's write lock until `release()`."""

    def __init__(self, path, mode: str = "write") -> None:
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "released"

    def release_after(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, self.release)
        timer.start()
        return timer

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)


@pytest.fixture
def past_standup(store, standup):
    """The key of a past stand-up (Friday 20 March 2026 at 09:30)."""
    return agenda(store, first=NOW.date(), last=NOW.date())[0].key


def test_an_edit_that_reads_first_waits_for_another_writer_instead_of_failing(store, past_standup):
    holder = Holder(store.path)
    timer = holder.release_after(0.5)  # well within the busy timeout
    try:
        found = operations.mark_held(store, past_standup, now=NOW).value  # reads the plan, then writes
    finally:
        timer.join()
        holder.close()
    assert found.status.value == "held"


def test_a_lock_that_outlasts_the_busy_timeout_says_busy_and_try_again(store, past_standup, monkeypatch):
    monkeypatch.setattr(dbfile, "BUSY_TIMEOUT", 0.2)
    store.db.conn.execute("PRAGMA busy_timeout = 200")
    holder = Holder(store.path)
    try:
        with pytest.raises(StoreBusy) as caught:
            operations.mark_held(store, past_standup, now=NOW)
    finally:
        holder.release()
        holder.close()
    message = str(caught.value)
    assert "busy" in message and "try again" in message and "damaged" not in message
    assert store.state(past_standup).status.value == "planned"


def _cli(path, *args, capsys):
    status = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_edit_during_a_long_lock_exits_3_with_one_line_saying_busy(store, standup, monkeypatch, capsys):
    uid = occurrence_uid(standup, agenda(store, first=NOW.date(), last=NOW.date())[0].key.planned)
    store.close()
    monkeypatch.setattr(dbfile, "BUSY_TIMEOUT", 0.2)
    holder = Holder(store.path)
    try:
        status, _, err = _cli(store.path, "occurrence", uid, "--held", capsys=capsys)
    finally:
        holder.release()
        holder.close()
    assert status == 3
    assert err.count("\n") == 1 and "busy" in err and "try again" in err and "check" not in err


def test_a_database_locked_in_exclusive_mode_is_busy_not_damaged(store, standup, monkeypatch, capsys):
    store.close()
    monkeypatch.setattr(dbfile, "BUSY_TIMEOUT", 0.2)
    holder = Holder(store.path, "exclusive")
    try:
        agenda_status, _, agenda_err = _cli(store.path, "agenda", capsys=capsys)
        check_status, _, check_err = _cli(store.path, "check", capsys=capsys)
    finally:
        holder.release()
        holder.close()
    assert agenda_status == 3 and "busy" in agenda_err and "damaged" not in agenda_err
    assert "not a RitualDesk database" not in agenda_err
    assert check_status == 3 and "busy" in check_err and "try again" in check_err
    assert "restore" not in check_err and "damaged" not in check_err.replace("not known to be damaged", "")
    assert _cli(store.path, "check", capsys=capsys)[0] == 0  # released: healthy


WRITER = r"""
import sys
from datetime import date, datetime, UTC
from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.store import Store

store = Store.open(sys.argv[1])
keys = [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 9, 30))]
failed = 0
for i in range(int(sys.argv[3])):
    try:
        operations.set_notes(store, keys[i], f"{sys.argv[2]} {i}")
        operations.add_action(store, keys[i], f"{sys.argv[2]} action {i}", today=date(2026, 3, 2))
    except Exception as error:
        failed += 1
        print(type(error).__name__, error, file=sys.stderr)
print(failed)
"""


def test_two_processes_editing_at_once_lose_no_edit(store, standup):
    store.close()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(store.path), name, "40"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("A", "B")]
    results = [writer.communicate(timeout=120) for writer in writers]
    assert [out.strip() for out, _ in results] == ["0", "0"], [err for _, err in results]
    reopened = Store.open(store.path)
    titles = {a.title for a in reopened.actions()}
    assert len(titles) == 80 and {f"A action {i}" for i in range(40)} <= titles
    reopened.close()


def test_reading_while_another_process_writes_neither_waits_nor_fails(store, standup):
    """Reads save rotation checkpoints, a cache: while another process writes, they skip it at once."""
    from datetime import date

    holder = Holder(store.path)
    try:
        started = datetime.now()
        found = agenda(store, first=date(2027, 6, 1), last=date(2027, 6, 30))  # a year of rotation replayed
        waited = (datetime.now() - started).total_seconds()
    finally:
        holder.release()
        holder.close()
    assert found and waited < dbfile.BUSY_TIMEOUT
