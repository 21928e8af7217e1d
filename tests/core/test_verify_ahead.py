"""The database's checks begun on another thread while the command line imports itself: the same refusals."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ritualdesk import dbfile, verify_ahead
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.errors import StoreDamaged
from ritualdesk.store import Store
from tests.damage import zero_page_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed_db(store, standup):
    """A healthy database with a stand-up, closed; and one of its occurrences' uid."""
    uid = occurrence_uid(standup, agenda(store, first=standup.starts_on, last=standup.starts_on)[0].key.planned)
    store.close()
    yield store.path, uid
    verify_ahead._begun.clear()


@pytest.fixture
def checks_on_the_store_connection(monkeypatch):
    """The connections the store itself checked (none when the checks begun ahead were taken)."""
    checked = []
    check = dbfile.integrity_problems

    def counting(conn):
        checked.append(conn)
        return check(conn)

    monkeypatch.setattr(dbfile, "integrity_problems", counting)
    return checked


def _digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_the_store_takes_the_checks_begun_ahead_for_its_file(closed_db, checks_on_the_store_connection):
    path, uid = closed_db
    verify_ahead.begin(["--db", str(path), "occurrence", uid, "--held"])
    Store.open(path).close()
    assert checks_on_the_store_connection == []
    Store.open(path).close()  # taken once: a later opening checks again
    assert len(checks_on_the_store_connection) == 1


def test_a_file_damaged_before_the_command_is_refused_untouched(closed_db):
    path, uid = closed_db
    zero_page_of(path, "occurrences")
    before = _digest(path)
    verify_ahead.begin([f"--db={path}", "agenda"])
    with pytest.raises(StoreDamaged, match="damaged"):
        Store.open(path)
    assert _digest(path) == before


def test_a_file_replaced_after_the_checks_began_is_checked_again(closed_db, tmp_path):
    path, _ = closed_db
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(path, damaged)
    zero_page_of(damaged, "members")
    verify_ahead.begin(["--db", str(path), "agenda"])  # of the healthy file...
    os.replace(damaged, path)  # ...which another file replaces before it is opened
    with pytest.raises(StoreDamaged, match="damaged"):
        Store.open(path)


def test_the_apps_opening_takes_the_checks_begun_for_its_file_when_it_verifies(closed_db,
                                                                                 checks_on_the_store_connection):
    path, _ = closed_db
    verify_ahead.begin_file(path)  # as ui/app.py does once the window is painted
    store = Store.open(path, check_later=True)
    store.verify()
    store.close()
    assert checks_on_the_store_connection == []


def test_a_damaged_file_begun_by_the_app_is_refused_at_its_verify_untouched(closed_db):
    path, _ = closed_db
    zero_page_of(path, "action_reviews")  # not read to open it
    before = _digest(path)
    verify_ahead.begin_file(path)
    store = Store.open(path, check_later=True)
    with pytest.raises(StoreDamaged, match="damaged"):
        store.verify()
    store.close()
    assert _digest(path) == before


def test_the_app_begins_no_check_of_a_missing_or_empty_file(tmp_path):
    (tmp_path / "empty.sqlite3").touch()
    verify_ahead.begin_file(tmp_path / "empty.sqlite3")
    verify_ahead.begin_file(tmp_path / "missing.sqlite3")
    assert verify_ahead._begun == {}


def test_an_error_met_ahead_leaves_the_checks_to_the_store(closed_db, monkeypatch, checks_on_the_store_connection):
    path, _ = closed_db

    def busy(conn):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(verify_ahead, "integrity_problems", busy)
    verify_ahead.begin(["--db", str(path), "agenda"])
    Store.open(path).close()
    assert len(checks_on_the_store_connection) == 1


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["agenda", "-h"], [], ["check"], ["--db", "x", "check"]])
def test_commands_that_open_no_database_begin_no_check(closed_db, monkeypatch, argv):
    path, _ = closed_db
    monkeypatch.setenv("RITUALDESK_DB", str(path))
    verify_ahead.begin([str(path) if a == "x" else a for a in argv])
    assert verify_ahead._begun == {}


def test_a_team_called_check_is_not_the_check_command(closed_db):
    path, _ = closed_db
    verify_ahead.begin(["--db", str(path), "member", "add", "check", "Eve"])
    assert len(verify_ahead._begun) == 1


def test_a_missing_or_empty_file_begins_no_check(tmp_path):
    (tmp_path / "empty.sqlite3").touch()
    verify_ahead.begin(["--db", str(tmp_path / "missing.sqlite3"), "team", "add", "Orion"])
    verify_ahead.begin(["--db", str(tmp_path / "empty.sqlite3"), "team", "add", "Orion"])
    assert verify_ahead._begun == {}


def test_the_installed_command_refuses_a_damaged_file_untouched(closed_db):
    path, uid = closed_db
    zero_page_of(path, "rituals")
    before = _digest(path)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in [str(ROOT), os.environ.get("PYTHONPATH", "")] if p))
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(path), "occurrence", uid, "--held"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "damaged" in done.stderr and "Traceback" not in done.stderr
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
