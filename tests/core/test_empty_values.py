"""An option given an empty value is a mistake, said so, never a traceback nor taken as not given."""

from __future__ import annotations

import hashlib

import pytest

from ritualdesk.cli import main


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "empty.sqlite3"
    assert main(["--db", str(path), "demo", "--teams", "1", "--years", "1"]) == 0
    capsys.readouterr()
    return path


RITUAL = ["ritual", "add", "Les Castors", "standup", "X", "--at", "9:00", "--minutes", "15"]


@pytest.mark.parametrize("args", [
    [*RITUAL, "--weekly", ""], [*RITUAL, "--monthly", ""], [*RITUAL, "--monthly-day", " "],
    [*RITUAL, "--sprint-day", ""], [*RITUAL, "--once", ""],
    [*RITUAL, "--weekly", "MO", "--from", ""], [*RITUAL, "--weekly", "MO", "--until", ""],
    [*RITUAL, "--weekly", "MO", "--roster", ""],
    ["team", "add", "Autre", "--timezone", ""], ["team", "add", "Autre", "--working-days", ""],
    ["team", "add", "Autre", "--holidays", ""], ["agenda", "--team", ""], ["agenda", "--from", ""],
    ["actions", "--team", ""],
], ids=lambda a: " ".join(a[-2:]))
def test_an_empty_option_value_is_refused_with_one_line_and_nothing_written(db, capsys, args):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["--db", str(db), *args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert f"argument {args[-2]}: expected a value, not an empty text" in err, err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_free_text_options_still_take_an_empty_value(db, capsys):
    assert main(["--db", str(db), *RITUAL, "--weekly", "MO", "--location", "", "--agenda", ""]) == 0


def test_the_refusal_is_said_in_french(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    assert main(["--db", str(db), *RITUAL, "--weekly", ""]) == 2
    assert "argument --weekly\u00a0: une valeur est attendue, pas un texte vide" in capsys.readouterr().err
