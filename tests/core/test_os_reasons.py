"""What the file system refused is said in the user's language, and a backup never waits on a pipe."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ritualdesk import i18n
from ritualdesk.cli import main
from ritualdesk.os_reasons import os_reason

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "team.sqlite3"
    assert main(["--db", str(path), "team", "add", "Les Castors", "--timezone", "Europe/Paris"]) == 0
    capsys.readouterr()
    return path


def _french(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")


def test_a_backup_into_a_missing_folder_says_why_in_french(db, tmp_path, monkeypatch, capsys):
    _french(monkeypatch)
    assert main(["--db", str(db), "backup", str(tmp_path / "missing" / "copy.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "aucun fichier ou dossier de ce nom" in err and "No such file" not in err, err


def test_publishing_under_a_file_says_why_in_french(db, tmp_path, monkeypatch, capsys):
    (tmp_path / "plain").write_text("x")
    _french(monkeypatch)
    assert main(["--db", str(db), "publish", str(tmp_path / "plain" / "feeds")]) == 2
    err = capsys.readouterr().err
    assert "une partie du chemin n’est pas un dossier" in err and "Not a directory" not in err, err


def test_a_reason_the_table_does_not_know_is_the_c_librarys():
    i18n.set_language("fr")
    try:
        assert os_reason(OSError(errno.EPERM, "Operation not permitted")) == "opération non permise"
        assert os_reason(OSError(errno.ECHILD, "No child processes")) == "No child processes"
    finally:
        i18n.set_language("en")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_backup_onto_a_named_pipe_is_refused_at_once_not_waited_on(db, tmp_path):
    pipe = tmp_path / "backup.sqlite3"
    os.mkfifo(pipe)
    done = subprocess.run([sys.executable, "-m", "ritualdesk", "--db", str(db), "backup", str(pipe)],
                          env={**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "en"}, capture_output=True,
                          text=True, timeout=30)  # before the fix: blocked on opening the pipe, forever
    assert done.returncode == 2, done.stderr
    assert "is not a regular file" in done.stderr and done.stderr.count("\n") == 1
    assert pipe.exists() and not pipe.is_file()  # left as it was


def test_a_name_too_long_for_the_file_system_is_said_in_french_with_the_name_clipped(tmp_path, monkeypatch, capsys):
    _french(monkeypatch)
    name = str(tmp_path / ("x" * 300))
    assert main(["--db", name, "agenda"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ritualdesk: erreur\u00a0: ") and "\u00a0: le nom est trop long\n" in err, err
    assert len(err) < 260 and "Traceback" not in err


def test_a_new_database_whose_folder_is_a_file_says_so(tmp_path, capsys):
    (tmp_path / "plain").write_text("x")
    assert main(["--db", str(tmp_path / "plain" / "team.sqlite3"), "team", "add", "Les Castors"]) == 2
    err = capsys.readouterr().err
    assert "a part of the path is not a folder" in err and "already exists" not in err, err
    assert (tmp_path / "plain").read_text() == "x"
