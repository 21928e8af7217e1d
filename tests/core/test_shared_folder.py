"""A feed folder others can write to: links and special files planted there are refused, never followed."""

from __future__ import annotations

import fcntl
import os
import threading
from datetime import UTC, date, datetime

import pytest

from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, export_file, write_atomically
from ritualdesk.ical.publish import publish

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)



def _publish(store, folder, capsys):
    status = main(["--db", str(store.path), "publish", str(folder)])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_link_planted_in_the_feed_folder_is_refused_and_its_target_untouched(store, standup, members,
                                                                               folder, tmp_path, capsys):
    precious = tmp_path / "precious.txt"
    precious.write_text("my notes")
    (folder / "team-les-castors.ics").symlink_to(precious)
    status, _, err = _publish(store, folder, capsys)
    assert status == 2 and err.count("\n") == 1
    assert "team-les-castors.ics is a symbolic link" in err and "nothing was written" in err
    assert precious.read_text() == "my notes"
    assert sorted(p.name for p in folder.iterdir()) == ["team-les-castors.ics"]  # no feed written at all


def test_a_dangling_link_is_refused_too(store, standup, members, folder, tmp_path, capsys):
    (folder / "member-les-castors-ana.ics").symlink_to(tmp_path / "not-yet")
    assert _publish(store, folder, capsys)[0] == 2
    assert not (tmp_path / "not-yet").exists()


def test_a_named_pipe_or_a_folder_in_place_of_a_feed_is_refused_without_blocking(store, standup, members,
                                                                                  folder, capsys):
    os.mkfifo(folder / "member-les-castors-ana.ics")
    (folder / "team-les-castors.ics").mkdir()
    done = threading.Event()
    result = {}

    def run():
        result["value"] = _publish(store, folder, capsys)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(20), "publish blocked on a named pipe"
    status, _, err = result["value"]
    assert status == 2 and "a device, pipe or socket" in err and "a folder" in err


def test_a_link_planted_after_the_check_is_not_written_through(store, standup, members, folder, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("my notes")
    (folder / "team-les-castors.ics").symlink_to(precious)
    with pytest.raises(InvalidInput, match="symbolic link"):
        write_atomically(folder / "team-les-castors.ics", b"BEGIN:VCALENDAR", follow_links=False)
    assert precious.read_text() == "my notes"


def test_export_to_a_single_file_still_writes_through_a_link(store, standup, tmp_path):
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    (tmp_path / "team.ics").symlink_to(real)
    export_file(store, Scope(date(2026, 3, 2), date(2026, 3, 13)), tmp_path / "team.ics", now=NOW)
    assert real.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_temporary_files_a_killed_publish_left_are_removed_by_the_next_one(store, standup, members, folder):
    stale = folder / ".team-les-castors.ics.ritualdesk-0123456789ab.tmp"
    stale.write_bytes(b"BEGIN:VCAL")  # half written, its writer gone
    writing = folder / ".member-les-castors-ana.ics.ritualdesk-ba9876543210.tmp"
    writing.write_bytes(b"BEGIN")
    other_program = folder / ".team-les-castors.ics.x1y2z3.tmp"
    other_program.write_bytes(b"not ours")
    handle = os.open(writing, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)  # another publisher still writing this one
    try:
        publish(store, folder, now=NOW, today=date(2026, 3, 18))
    finally:
        os.close(handle)
    names = {p.name for p in folder.iterdir()}
    assert stale.name not in names
    assert writing.name in names and other_program.name in names
    assert not [n for n in names if n.endswith(".tmp") and n not in (writing.name, other_program.name)]


def test_temporary_files_a_killed_backup_left_are_removed_by_the_next_one(store, team, tmp_path):
    target = tmp_path / "copy.sqlite3"
    stale = tmp_path / ".copy.sqlite3.ritualdesk-00aa11bb22cc.tmp"
    stale.write_bytes(b"SQLite format 3\x00")
    (tmp_path / f"{stale.name}-journal").write_bytes(b"")
    store.backup(target)
    assert target.exists() and not stale.exists() and not (tmp_path / f"{stale.name}-journal").exists()
