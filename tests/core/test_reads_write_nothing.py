"""Reading commands write nothing, not even a cache, and work on a file (and folder) that cannot be written."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess

import pytest

from ritualdesk import dbfile
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
def unwritable(path, monkeypatch):
    """Make `path` and its folder unwritable for real (chmod, or chattr +i as root), else as dbfile sees it."""
    folder = path.parent
    if os.geteuid() != 0:
        path.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield "chmod"
        finally:
            folder.chmod(0o755)
            path.chmod(0o644)
        return
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    made = made and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    try:
        if not made:  # no CAP_LINUX_IMMUTABLE (a container): SQLite still gets a read-only, immutable open
            real = os.access
            monkeypatch.setattr(dbfile.os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real(p, mode))
        yield "chattr" if made else "access"
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


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
