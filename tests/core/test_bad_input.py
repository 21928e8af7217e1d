"""Bad input and odd files: a clear message, a non-zero status, and nothing changed (found in review)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput, NotARitualDeskDatabase, StoreError
from ritualdesk.model import Team
from ritualdesk.store import Store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "bad.sqlite3"
    assert main(["--db", str(path), "demo", "--teams", "1", "--years", "1"]) == 0
    return path


def test_reading_commands_leave_the_file_byte_for_byte_unchanged(db, capsys):
    before = digest(db), db.stat().st_mtime_ns
    for args in (["team", "list"], ["ritual", "list"], ["actions", "--open"], ["check"]):
        assert main(["--db", str(db), *args]) == 0
    assert (digest(db), db.stat().st_mtime_ns) == before


def test_check_reports_a_damaged_page_without_touching_the_file(db, capsys):
    store = Store.open(db)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    before = digest(db)
    assert main(["--db", str(db), "check"]) == 1
    out, err = capsys.readouterr()
    assert "problem" in err and "Traceback" not in err
    assert digest(db) == before


def test_a_file_with_another_application_id_is_refused(tmp_path):
    path = tmp_path / "theirs.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE VIEW v AS SELECT 1")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotARitualDeskDatabase):
        Store.open(path)
    assert digest(path) == before


def test_reading_a_missing_database_creates_nothing(tmp_path, capsys):
    path = tmp_path / "typo" / "new.sqlite3"
    assert main(["--db", str(path), "agenda"]) == 2
    assert "no database" in capsys.readouterr().err
    assert not path.exists()


def test_a_failed_first_command_leaves_no_database_behind(tmp_path, capsys):
    path = tmp_path / "new.sqlite3"
    assert main(["--db", str(path), "team", "add", "X", "--timezone", "Mars/Olympus"]) == 2
    assert not path.exists() and not list(tmp_path.iterdir())


def test_a_fifo_is_not_a_database(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        Store.open(fifo)


def test_backup_never_overwrites_the_database_or_another_file(db, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    assert main(["--db", str(db), "backup", str(notes)]) == 2
    assert notes.read_text() == "my notes"
    before = digest(db)
    assert main(["--db", str(db), "backup", str(db)]) == 2
    assert digest(db) == before
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    assert main(["--db", str(db), "backup", str(copy)]) == 0  # refreshing an earlier backup is fine


@pytest.mark.parametrize("args", [
    ["agenda", "--from", "+99999999"], ["agenda", "--from", "+²"], ["agenda", "--from", "9999-12-31"],
    ["agenda", "--from", "0001-01-01", "--to", "0001-01-10"], ["fairness", "Les Castors", "x", "--days", "999999999"],
])
def test_extreme_values_are_refused_cleanly(db, capsys, args):
    assert main(["--db", str(db), *args]) == 2
    assert capsys.readouterr().err.startswith("ritualdesk: error:")


@pytest.mark.parametrize("name", ["right/Europe/Paris", "posixrules", "localtime", "Factory", "Europe/Pariss"])
def test_only_real_iana_zones_are_accepted(name):
    with pytest.raises(InvalidInput, match="time zone"):
        Team(None, "X", timezone=name)


def test_names_match_whatever_their_case_or_unicode_form(tmp_path, capsys):
    path = tmp_path / "names.sqlite3"
    assert main(["--db", str(path), "team", "add", "Équipe Mistral", "--timezone", "Europe/Paris"]) == 0
    assert main(["--db", str(path), "member", "add", "équipe mistral", "Le\u0301a"]) == 0  # NFD é
    assert main(["--db", str(path), "member", "add", "ÉQUIPE MISTRAL", "Léa"]) == 2
    assert "already has a member called 'Léa'" in capsys.readouterr().err
    assert main(["--db", str(path), "team", "add", "Phoenix", "--timezone", "Europe/London"]) == 0
    assert [t.name for t in Store.open(path).teams()] == ["Équipe Mistral", "Phoenix"]


def test_output_that_the_terminal_cannot_encode_is_replaced_not_a_traceback(db):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "ritualdesk", "--db", str(db), "team", "list"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Les Castors" in result.stdout


def test_time_accepts_h_mm_and_a_move_needs_a_time(db, capsys):
    from ritualdesk.parsing import parse_local_datetime, parse_time

    assert parse_time("9:30").hour == 9 and parse_time("14h05").minute == 5
    with pytest.raises(InvalidInput, match="give a time"):
        parse_local_datetime("2026-12-01", time_required=True)


def test_a_closed_pipe_after_a_first_command_keeps_the_new_database(tmp_path, monkeypatch):
    import ritualdesk.cli as cli

    original = cli.cmd_team_add

    def add_then_lose_the_reader(store, args):  # `ritualdesk team add X | head -c 0`
        original(store, args)
        raise BrokenPipeError

    monkeypatch.setattr(cli, "cmd_team_add", add_then_lose_the_reader)
    path = tmp_path / "piped.sqlite3"
    assert main(["--db", str(path), "team", "add", "Phoenix", "--timezone", "Europe/London"]) == 0
    assert [t.name for t in Store.open(path).teams()] == ["Phoenix"]


def test_check_of_a_folder_says_it_is_a_folder_as_every_other_command_does(tmp_path, capsys):
    folder = tmp_path / "team.sqlite3"
    folder.mkdir()
    for command in (["check"], ["agenda"]):
        assert main(["--db", str(folder), *command]) == 2
        err = capsys.readouterr().err
        assert "is a folder, not a database file" in err and err.count("\n") == 1, (command, err)


def test_a_link_to_a_missing_file_says_so_and_creates_nothing(tmp_path, capsys):
    link = tmp_path / "team.sqlite3"
    link.symlink_to(tmp_path / "elsewhere" / "gone.sqlite3")
    assert main(["--db", str(link), "team", "add", "Les Castors"]) == 2
    err = capsys.readouterr().err
    assert "is a link to" in err and "which does not exist" in err and "already exists" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.sqlite3"] and link.is_symlink()


@pytest.mark.parametrize("number", ["99999999999999999999", "9223372036854775808", "-5", "0", "abc"])
def test_an_action_number_out_of_range_is_refused_in_one_line(db, capsys, number):
    before = digest(db)
    assert main(["--db", str(db), "action", "set", number, "done"]) == 2
    err = capsys.readouterr().err
    assert "expected an action's number as `ritualdesk actions` lists it" in err and err.count("\n") == 1, err
    assert digest(db) == before


def test_an_action_number_is_taken_as_actions_lists_it(db, capsys):
    assert main(["--db", str(db), "actions", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]["id"]
    assert main(["--db", str(db), "action", "set", f"#{first}", "dropped"]) == 0


@pytest.mark.parametrize("text", ["tomorrow 10:00", "next monday", "10:00"])
def test_a_move_that_is_not_a_date_and_time_says_the_format_without_gluing_a_time_to_it(text):
    from ritualdesk.parsing import parse_local_datetime

    with pytest.raises(InvalidInput) as raised:
        parse_local_datetime(text, time_required=True)
    assert str(raised.value) == f"invalid date and time {text!r} (expected YYYY-MM-DDTHH:MM)"


def test_an_occurrence_across_the_autumn_clock_change_shows_each_end_with_its_offset(tmp_path, capsys):
    path = tmp_path / "night.sqlite3"
    for args in (["team", "add", "Nuit", "--timezone", "Europe/Paris", "--holidays", "none",
                  "--working-days", "MO,TU,WE,TH,FR,SA,SU"], ["member", "add", "Nuit", "Ana"],
                 ["ritual", "add", "Nuit", "standup", "Veille", "--at", "2:30", "--minutes", "30",
                  "--every-working-day", "--from", "2027-10-25"]):
        assert main(["--db", str(path), *args]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "agenda", "--from", "2027-10-30", "--to", "2027-10-31"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Sat 2027-10-30 02:30-03:00 +0200  Nuit: Veille")
    assert lines[1].startswith("Sun 2027-10-31 02:30 +0200-02:00 +0100  Nuit: Veille"), lines[1]


@pytest.mark.parametrize("text, message", [
    ("2027-02-29", "there is no 2027-02-29: 2027-02 has 28 days"),
    ("2026-04-31", "there is no 2026-04-31: 2026-04 has 30 days"),
])
def test_a_day_past_the_end_of_its_month_says_how_long_the_month_is(text, message):
    from ritualdesk.parsing import parse_date, parse_local_datetime

    with pytest.raises(InvalidInput) as raised:
        parse_date(text)
    assert str(raised.value) == message  # it said "invalid date '2027-02-29' (expected YYYY-MM-DD)"
    with pytest.raises(InvalidInput) as raised:
        parse_local_datetime(f"{text}T10:00", time_required=True)
    assert str(raised.value) == message
    assert parse_date("2028-02-29").day == 29  # a leap year has it


@pytest.mark.parametrize("text", ["2027-13-01", "2027-02-30x", "2027-00-10", "2027-2-29"])
def test_other_malformed_dates_keep_the_format_message(text):
    from ritualdesk.parsing import parse_date

    with pytest.raises(InvalidInput, match="expected YYYY-MM-DD"):
        parse_date(text)


@pytest.mark.parametrize("day", ["11", "-11", "99"])
def test_a_sprint_day_past_the_sprint_s_working_days_is_refused_as_the_app_refuses_it(tmp_path, capsys, day):
    db = tmp_path / "sprints.sqlite3"
    assert main(["--db", str(db), "team", "add", "Les Castors", "--timezone", "Europe/Paris",
                 "--sprint-start", "2026-03-02"]) == 0  # two-week sprints of five working days a week
    before = digest(db)
    capsys.readouterr()
    status = main(["--db", str(db), "ritual", "add", "Les Castors", "review", "Revue", "--at", "14:00", "--minutes",
                   "60", "--sprint-day", day])
    err = capsys.readouterr().err
    assert status == 2 and err == ("ritualdesk: error: a sprint of Les Castors has only 10 working days: use "
                                   "--sprint-day first, last, or a day number from 1 to 10 (-1 to -10 from the "
                                   "end)\n")
    assert digest(db) == before
    assert main(["--db", str(db), "ritual", "add", "Les Castors", "review", "Revue", "--at", "14:00", "--minutes",
                 "60", "--sprint-day", "-10"]) == 0  # the first day, counted from the end


@pytest.mark.parametrize("names", ["Ana,", ",Ana", "Ana,,Bruno", " "])
def test_a_roster_with_an_empty_name_says_so_and_changes_nothing(db, capsys, names):
    store = Store.open(db)
    team = store.teams()[0]
    ritual, member = store.rituals(team.id)[0], store.members(team.id)[0]
    store.close()
    before = digest(db)
    capsys.readouterr()
    assert main(["--db", str(db), "roster", team.name, ritual.title, names.replace("Ana", member.name)]) == 2
    err = capsys.readouterr().err
    assert "expected members' names separated by commas, with no empty one (such as Ana,Bruno)" in err
    assert "no member called ''" not in err and digest(db) == before


@pytest.mark.parametrize("option", [["--goal", "Ship it"], ["--start", "+30"], ["--end", "+40"]])
def test_a_sprint_edit_without_the_sprint_to_edit_is_refused_not_ignored(db, capsys, option):
    team = Store.open(db)
    name = team.teams()[0].name
    team.close()
    before = digest(db)
    capsys.readouterr()
    assert main(["--db", str(db), "sprints", name, *option]) == 2
    assert "--goal, --start and --end go with --set N (the sprint to edit)" in capsys.readouterr().err
    assert digest(db) == before


def test_a_sprint_goal_on_several_lines_is_listed_on_one(db, capsys):
    store = Store.open(db)
    team = store.teams()[0]
    store.close()
    capsys.readouterr()
    assert main(["--db", str(db), "sprints", team.name]) == 0
    number = capsys.readouterr().out.splitlines()[-1].split("\t")[0]
    assert main(["--db", str(db), "sprints", team.name, "--set", number, "--goal", "Ship\nit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{number}\t" in "\n".join(lines) and all(line.count("\t") == 3 for line in lines)


def test_a_one_off_ritual_beginning_after_its_day_is_refused(db, capsys):
    store = Store.open(db)
    team = store.teams()[0]
    store.close()
    before = digest(db)
    capsys.readouterr()
    assert main(["--db", str(db), "ritual", "add", team.name, "custom", "Kick-off", "--at", "10:00", "--minutes",
                 "60", "--once", "2027-03-02", "--from", "2027-03-10"]) == 2
    assert capsys.readouterr().err == (
        "ritualdesk: error: a one-off ritual on 2027-03-02 cannot begin on 2027-03-10: --once gives its day "
        "(--from goes with a repeating schedule)\n")
    assert digest(db) == before


def test_a_backup_is_not_put_over_a_database_whose_last_edits_wait_beside_it(db, tmp_path, capsys):
    """Regression: the copy went in its place and SQLite laid that database's -wal over it: two databases mixed."""
    live = tmp_path / "live.sqlite3"
    assert main(["--db", str(live), "team", "add", "Live", "--timezone", "UTC"]) == 0
    holder = sqlite3.connect(live)  # another program has it open, its last edit still in the -wal
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE teams SET name = 'Live, edited'")
    holder.commit()
    wal = tmp_path / "live.sqlite3-wal"
    assert wal.stat().st_size
    before = digest(live), digest(wal)
    capsys.readouterr()
    try:
        assert main(["--db", str(db), "backup", str(live)]) == 2
        err = capsys.readouterr().err
        assert "is in use, or was not closed properly (its live.sqlite3-wal file is beside it)" in err
        assert (digest(live), digest(wal)) == before
        assert holder.execute("SELECT name FROM teams").fetchall() == [("Live, edited",)]
    finally:
        holder.close()  # closed: its -wal is folded into it and removed, and a backup may replace it
    assert not wal.exists() and main(["--db", str(db), "backup", str(live)]) == 0
    names = []
    for path in (live, db):
        store = Store.open(path)
        names.append([t.name for t in store.teams()])
        store.close()
    assert names[0] == names[1]
