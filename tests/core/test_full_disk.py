"""A full disk is not a damaged database: said as such, reads still work, and nothing is left beside the file."""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from ritualdesk.cli import main
from ritualdesk.errors import StoreError
from ritualdesk.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_db(store, standup):
    """A healthy database with a team, members and a stand-up, closed (nothing beside it)."""
    store.close()
    assert not Path(f"{store.path}-wal").exists() and not Path(f"{store.path}-shm").exists()
    return store.path


def _limited(max_bytes: int):
    """Run the child with no file allowed past `max_bytes` (Python ignores SIGXFSZ: writes fail with EFBIG)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    return limit


def _cli_with_no_room(db: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": language}
    return subprocess.run([sys.executable, "-m", "ritualdesk", "--db", str(db), *args], env=env, cwd=db.parent,
                          capture_output=True, text=True, timeout=60, preexec_fn=_limited(4096))


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs POSIX file size limits")
@pytest.mark.parametrize("command", [("agenda", "--from", "2026-03-02"), ("team", "add", "Autre")],
                         ids=lambda c: c[0])
def test_a_file_sqlite_cannot_make_room_beside_is_not_called_damaged_and_nothing_is_left(closed_db, command):
    before = _digest(closed_db)
    for language, words in (("en", "cannot be read or written"), ("fr", "ne peut être ni lu ni modifié")):
        done = _cli_with_no_room(closed_db, *command, language=language)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
        assert "damaged" not in done.stderr and "endommag" not in done.stderr, done.stderr
        assert "backup" not in done.stderr and "sauvegarde" not in done.stderr, done.stderr
        assert words in done.stderr, done.stderr
        assert _digest(closed_db) == before
        assert sorted(p.name for p in closed_db.parent.iterdir() if p.name.startswith(closed_db.name)) == \
            [closed_db.name]  # no -wal, no -shm of a few bytes left behind


class _FullDisk:
    """os.statvfs of a disk with no free block left (what `df` shows for a full tmpfs)."""

    def __init__(self, real) -> None:
        self.real = real

    def __call__(self, path):
        found = self.real(path)
        return os.statvfs_result((found.f_bsize, found.f_frsize, found.f_blocks, 0, 0, found.f_files,
                                  found.f_ffree, found.f_favail, found.f_flag, found.f_namemax))


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="POSIX only")
def test_on_a_full_disk_reading_commands_work_and_edits_say_the_disk_is_full(closed_db, monkeypatch, capsys):
    before = _digest(closed_db)
    monkeypatch.setattr(os, "statvfs", _FullDisk(os.statvfs))
    assert main(["--db", str(closed_db), "agenda", "--from", "2026-03-02", "--to", "2026-03-03"]) == 0
    assert "Mêlée" in capsys.readouterr().out
    assert main(["--db", str(closed_db), "team", "add", "Autre"]) == 2
    err = capsys.readouterr().err
    assert "the disk is full; nothing was changed" in err and "read-only" not in err, err
    assert _digest(closed_db) == before
    assert [p.name for p in closed_db.parent.iterdir() if p.name.startswith(closed_db.name)] == [closed_db.name]


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="POSIX only")
def test_a_new_database_that_cannot_be_made_is_not_left_behind(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(os, "statvfs", _FullDisk(os.statvfs))
    path = tmp_path / "new.sqlite3"
    assert main(["--db", str(path), "team", "add", "Autre"]) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StoreError, match="the disk is full"):  # the app's File › New database… opens it so
        Store.open(path, create=True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_file_system_without_blocks_is_not_taken_for_a_full_disk():
    from ritualdesk.verify_ahead import no_room

    assert not no_room(Path("/proc/self"))  # /proc has no blocks at all; its files are not on a disk


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs POSIX file size limits")
def test_a_backup_that_does_not_fit_names_the_backup_not_the_database(tmp_path):
    db = tmp_path / "team.sqlite3"
    assert main(["--db", str(db), "demo", "--teams", "1", "--years", "1"]) == 0
    assert db.stat().st_size > 128 * 1024
    before = _digest(db)
    target = tmp_path / "copies" / "team-backup.sqlite3"
    target.parent.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "en"}
    done = subprocess.run([sys.executable, "-m", "ritualdesk", "--db", str(db), "backup", str(target)], env=env,
                          capture_output=True, text=True, timeout=60, preexec_fn=_limited(96 * 1024))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert f"cannot write the backup to {target}" in done.stderr, done.stderr
    assert f"{db} cannot be written" not in done.stderr
    assert _digest(db) == before and list(target.parent.iterdir()) == []  # no partial copy, no temporary
