"""Reading commands write nothing, not even a cache, and work on a file (and folder) that cannot be written."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ritualdesk import dbfile, verify_ahead
from ritualdesk.cli import main

SETUP = (
    ["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR", "--sprint-start", "2025-01-06"],
    ["member", "add", "Les Castors", "Ana"],
    ["member", "add", "Les Castors", "Bruno"],
    ["member", "add", "Les Castors", "Chloé"],
    ["ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30", "--minutes", "15", "--every-working-day",
     "--from", "2025-01-06"],
    ["ritual", "add", "Les Castors", "retrospective", "Rétro", "--at", "15:00", "--minutes", "60",
     "--sprint-day", "last", "--from", "2025-01-06"],
)


def run(db, *args, capsys):
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "folder" / "team.sqlite3"
    for args in SETUP:
        assert run(path, *args, capsys=capsys)[0] == 0
    rows = json.loads(run(path, "agenda", "--json", "--from", "2025-03-03", "--to", "2025-03-07", capsys=capsys)[1])
    assert run(path, "occurrence", rows[0]["uid"], "--held", capsys=capsys)[0] == 0  # some history
    return path


def reading_commands(db, capsys) -> list[list[str]]:
    uid = json.loads(run(db, "agenda", "--json", capsys=capsys)[1])[0]["uid"]
    return [
        ["agenda"], ["agenda", "--json", "--from", "2025-06-02", "--to", "2025-06-27"], ["agenda", "--team", "les castors"],
        ["actions"], ["actions", "--json", "--open"], ["team", "list"], ["member", "list", "Les Castors"],
        ["ritual", "list"], ["sprints", "Les Castors"], ["occurrence", uid], ["fairness", "Les Castors", "Mêlée"],
        ["reminders", "--member", "Ana"], ["check"],
    ]


def snapshot(folder):
    """Every file of the folder: its bytes and its modification time."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_reading_commands_change_no_byte_and_no_time_of_the_files(db, capsys):
    commands = reading_commands(db, capsys)
    before = snapshot(db.parent)
    assert set(before) == {db.name}  # closed cleanly: no -wal or -shm left
    for args in commands:
        status, out, err = run(db, *args, capsys=capsys)
        assert status == 0, (args, err)
        assert snapshot(db.parent) == before, args


def test_an_edit_writes_and_says_so(db, capsys):
    before = snapshot(db.parent)
    uid = json.loads(run(db, "agenda", "--json", capsys=capsys)[1])[2]["uid"]
    assert run(db, "occurrence", uid, "--cancel", capsys=capsys)[0] == 0
    assert snapshot(db.parent)[db.name] != before[db.name]  # the test above could tell


@contextlib.contextmanager
def unwritable(path, monkeypatch, *, folder_too=True):
    """Make `path` (and its folder) unwritable for real (chmod, or chattr +i as root), else as dbfile sees it."""
    folder = path.parent
    locked = [path, folder] if folder_too else [path]
    if os.geteuid() != 0:
        path.chmod(0o444)
        if folder_too:
            folder.chmod(0o555)
        try:
            yield "chmod"
        finally:
            folder.chmod(0o755)
            path.chmod(0o644)
        return
    made = all(subprocess.run(["chattr", "+i", str(p)], capture_output=True).returncode == 0 for p in locked)
    try:
        if not made:  # no CAP_LINUX_IMMUTABLE (a container): SQLite still gets a read-only open
            real = os.access

            def access(p, mode, **kw):
                return False if mode == os.W_OK and Path(p) in locked else real(p, mode, **kw)

            for module in (dbfile.os, verify_ahead.os):
                monkeypatch.setattr(module, "access", access)
        yield "chattr" if made else "access"
    finally:
        for p in reversed(locked):
            subprocess.run(["chattr", "-i", str(p)], capture_output=True)


def test_every_reading_command_works_on_a_read_only_file_in_a_read_only_folder(db, capsys, monkeypatch):
    commands = reading_commands(db, capsys)
    expected = {tuple(args): run(db, *args, capsys=capsys)[1] for args in commands}
    before = snapshot(db.parent)
    with unwritable(db, monkeypatch):
        for args in commands:
            status, out, err = run(db, *args, capsys=capsys)
            assert (status, err) == (0, ""), args
            assert out == expected[tuple(args)], args
        uid = json.loads(expected[("agenda", "--json", "--from", "2025-06-02", "--to", "2025-06-27")])[0]["uid"]
        status, _, err = run(db, "occurrence", uid, "--cancel", capsys=capsys)
        assert status != 0 and "read-only" in err and "Traceback" not in err  # an edit is refused clearly
    assert snapshot(db.parent) == before


def test_a_read_only_file_in_a_writable_folder_is_read_with_nothing_left_beside_it(db, capsys, monkeypatch):
    """SQLite would leave a read-only -wal and -shm beside it, and whoever can write the file later could not."""
    commands = reading_commands(db, capsys)
    expected = {tuple(args): run(db, *args, capsys=capsys)[1] for args in commands}
    before = snapshot(db.parent)
    with unwritable(db, monkeypatch, folder_too=False):
        for args in commands:
            status, out, err = run(db, *args, capsys=capsys)
            assert (status, err, out) == (0, "", expected[tuple(args)]), args
            assert sorted(p.name for p in db.parent.iterdir()) == [db.name], args
    assert snapshot(db.parent) == before
    uid = json.loads(expected[("agenda", "--json", "--from", "2025-06-02", "--to", "2025-06-27")])[0]["uid"]
    assert run(db, "occurrence", uid, "--cancel", capsys=capsys)[0] == 0  # writable again: an edit works


@pytest.mark.parametrize(("beside", "advice"), [("-shm", "or remove it while no program has the database open"),
                                                ("-wal", "it may hold the latest changes, so do not remove it")])
def test_a_read_only_file_beside_the_database_is_named_when_writing_fails(tmp_path, monkeypatch, beside, advice):
    path = tmp_path / "team.sqlite3"
    path.write_bytes(b"")
    left = Path(f"{path}{beside}")
    left.write_bytes(b"")
    real = os.access
    monkeypatch.setattr(dbfile.os, "access", lambda p, mode, **kw: False if Path(p) == left else real(p, mode, **kw))
    error = sqlite3.OperationalError("attempt to write a readonly database")
    error.sqlite_errorcode = 8  # SQLITE_READONLY
    message = str(dbfile.store_error(error, path))
    assert message.startswith(f"{path} cannot be written: {left}, beside it, is read-only; nothing was changed")
    assert advice in message
    monkeypatch.setattr(dbfile.os, "access", real)
    assert "it or its folder is read-only" in str(dbfile.store_error(error, path))


def _older_database(path: Path) -> None:
    """A database as the first RitualDesk wrote it: only the first migration applied."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ritualdesk import migrations

    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    first = Migrations(migrations.MIGRATION_SET)
    name, step = migrations._steps[0]
    first(name=name)(step)
    first.apply(Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_an_older_database_that_cannot_be_written_says_it_must_be_updated_where_it_can_be(tmp_path, monkeypatch,
                                                                                            capsys):
    path = tmp_path / "folder" / "old.sqlite3"
    _older_database(path)
    before = snapshot(path.parent)
    with unwritable(path, monkeypatch):
        status, _, err = run(path, "agenda", capsys=capsys)
    assert status == 2 and err.count("\n") == 1, err
    assert "written by an older version of RitualDesk" in err and "read-only" in err, err
    assert "cannot prepare" not in err and "attempt to write" not in err, err
    assert snapshot(path.parent) == before
    assert run(path, "agenda", capsys=capsys)[0] == 0  # where it can be written, it is brought up to date
