"""The command-line contract of ARCHITECTURE.md, on real database files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from ritualdesk.cli import main
from ritualdesk.store import Store


@pytest.fixture
def db(tmp_path):
    return tmp_path / "cli.sqlite3"


def run(db, *args, capsys):
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def team_db(db, capsys):
    for args in (
        ["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR",
         "--sprint-weeks", "2", "--sprint-start", "2026-03-02"],
        ["member", "add", "Les Castors", "Ana", "--email", "ana@castors.example", "--role", "product-owner"],
        ["member", "add", "Les Castors", "Bruno", "--role", "scrum-master"],
        ["member", "add", "Les Castors", "Chloé"],
        ["ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30", "--minutes", "15",
         "--every-working-day", "--from", "2026-03-02"],
        ["ritual", "add", "Les Castors", "retrospective", "Rétro", "--at", "15:00", "--minutes", "90",
         "--sprint-day", "last", "--from", "2026-03-02"],
    ):
        assert run(db, *args, capsys=capsys)[0] == 0
    return db


def agenda_json(db, capsys, *args):
    status, out, _ = run(db, "agenda", "--json", *args, capsys=capsys)
    assert status == 0
    return json.loads(out)


def test_agenda_json_has_the_contract_fields(team_db, capsys):
    rows = agenda_json(team_db, capsys, "--from", "2026-03-27", "--to", "2026-03-30")
    assert [(r["ritual"], r["start"]) for r in rows] == [
        ("Mêlée", "2026-03-27T09:30:00+01:00"),
        ("Rétro", "2026-03-27T15:00:00+01:00"),
        ("Mêlée", "2026-03-30T09:30:00+02:00"),
    ]
    first = rows[0]
    assert {"uid", "team", "ritual", "kind", "start", "end", "status", "facilitator"} <= first.keys()
    assert first["team"] == "Les Castors" and first["kind"] == "standup" and first["status"] == "planned"
    assert first["end"] == "2026-03-27T09:45:00+01:00"
    assert first["facilitator"] in {"Ana", "Bruno", "Chloé"}
    assert first["uid"].endswith("-20260327T0930@ritualdesk")


def test_occurrence_commands_change_the_agenda(team_db, capsys):
    rows = agenda_json(team_db, capsys, "--from", "2026-03-02", "--to", "2026-03-04")
    uid = rows[0]["uid"]
    status, out, _ = run(team_db, "occurrence", uid, "--held", capsys=capsys)
    assert status == 0 and json.loads(out)["status"] == "held"
    status, out, _ = run(team_db, "occurrence", rows[1]["uid"], "--cancel", capsys=capsys)
    assert json.loads(out)["status"] == "cancelled"
    status, out, _ = run(team_db, "occurrence", rows[2]["uid"], "--move", "2026-03-04T11:00", capsys=capsys)
    moved = json.loads(out)
    assert (moved["uid"], moved["start"], moved["moved"]) == (rows[2]["uid"], "2026-03-04T11:00:00+01:00", True)
    status, out, _ = run(team_db, "occurrence", rows[2]["uid"], "--facilitator", "Bruno", "--reason", "demo day",
                         capsys=capsys)
    assert json.loads(out)["facilitator"] == "Bruno"
    after = agenda_json(team_db, capsys, "--from", "2026-03-02", "--to", "2026-03-04")
    assert [r["status"] for r in after] == ["held", "cancelled", "planned"]


def test_actions_are_listed_as_json(team_db, capsys):
    retro = next(r for r in agenda_json(team_db, capsys, "--from", "2026-03-13", "--to", "2026-03-13")
                 if r["kind"] == "retrospective")
    assert run(team_db, "action", "add", retro["uid"], "Limit WIP", "--owner", "Chloé", "--due", "2026-03-20",
               capsys=capsys)[0] == 0
    status, out, _ = run(team_db, "actions", "--open", "--json", capsys=capsys)
    items = json.loads(out)
    assert [(i["title"], i["owner"], i["due"], i["status"], i["origin"]) for i in items] == [
        ("Limit WIP", "Chloé", "2026-03-20", "open", retro["uid"])]


@pytest.mark.parametrize("args, message", [
    (["team", "add", "X", "--timezone", "Mars/Olympus"], "unknown time zone"),
    (["team", "add", "X", "--holidays", "ZZ"], "unknown holiday calendar"),
    (["team", "add", "X", "--sprint-start", "2026-02-30"], "there is no 2026-02-30"),
    (["member", "add", "Les Castors", "Zoé", "--role", "boss"], "unknown role"),
    (["member", "add", "Nobody", "Zoé"], "no team called"),
    (["ritual", "add", "Les Castors", "standup", "X", "--at", "25:00", "--minutes", "15", "--every-working-day"],
     "invalid time"),
    (["ritual", "add", "Les Castors", "dance", "X", "--at", "09:00", "--minutes", "15", "--every-working-day"],
     "unknown ritual kind"),
    (["ritual", "add", "Les Castors", "standup", "X", "--at", "09:00", "--minutes", "0", "--every-working-day"],
     "between 1 minute"),
    (["ritual", "add", "Les Castors", "standup", "X", "--at", "09:00", "--minutes", "15", "--weekly", "XX"],
     "unknown weekday"),
    (["agenda", "--from", "tomorrow"], "invalid date"),
    (["agenda", "--from", "2026-03-10", "--to", "2026-03-01"], "must not be before"),
    (["occurrence", "nope@ritualdesk", "--held"], "no occurrence"),
    (["ritual", "add", "Les Castors", "standup", "X", "--minutes", "15", "--every-working-day"], "--at"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_input_is_one_clear_line_exit_2_and_changes_nothing(team_db, capsys, args, message):
    before = team_db.read_bytes(), sorted(p.name for p in team_db.parent.iterdir())
    status, out, err = run(team_db, *args, capsys=capsys)
    assert status == 2
    assert message in err and err.startswith("ritualdesk: error:") and err.count("\n") == 1
    store = Store.open(team_db)
    assert len(store.teams()) == 1 and len(store.members()) == 3 and len(store.rituals()) == 2
    store.close()
    assert before[1] == sorted(p.name for p in team_db.parent.iterdir())


@pytest.mark.parametrize("args", [["--facilitator", ""], ["--facilitator", " ", "--reason", "x"], ["--swap", ""]])
def test_an_empty_member_name_is_a_usage_error_not_a_silent_no_op(team_db, capsys, args):
    uid = agenda_json(team_db, capsys, "--from", "2026-03-09", "--to", "2026-03-09")[0]["uid"]
    before = team_db.read_bytes()
    status, out, err = run(team_db, "occurrence", uid, *args, capsys=capsys)
    assert (status, out, err.count("\n")) == (2, "", 1)
    assert err.startswith(f"ritualdesk: error: argument {args[0]}: expected a member's name, not an empty text")
    assert team_db.read_bytes() == before


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "ritualdesk", *args], capture_output=True, text=True,
                          timeout=120, env=env)


def test_corrupt_database_gets_a_message_not_a_traceback(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"\x00junk" * 2000)
    before = path.read_bytes()
    result = _cli("--db", str(path), "agenda")
    assert result.returncode == 2
    assert "not a RitualDesk database" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_newer_database_is_refused_by_the_cli(db):
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    result = _cli("--db", str(db), "team", "add", "X")
    assert result.returncode == 2 and "newer version" in result.stderr and "Traceback" not in result.stderr


def test_database_path_from_the_environment(tmp_path):
    import os

    path = tmp_path / "env.sqlite3"
    result = _cli("team", "add", "Phoenix", "--timezone", "Europe/London", "--holidays", "GB-ENG",
                  env={**os.environ, "RITUALDESK_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert [t.name for t in Store.open(path).teams()] == ["Phoenix"]


def test_demo_check_and_backup(db, tmp_path, capsys):
    status, out, _ = run(db, "demo", "--teams", "2", "--years", "1", "--seed", "7", capsys=capsys)
    assert status == 0 and "added 2 demo teams" in out
    assert run(db, "check", capsys=capsys)[0] == 0
    copy = tmp_path / "copy.sqlite3"
    assert run(db, "backup", str(copy), capsys=capsys)[0] == 0
    today = date.today()
    rows = agenda_json(copy, capsys, "--from", (today - timedelta(days=60)).isoformat(), "--to", today.isoformat())
    assert {r["team"] for r in rows} == {"Les Castors", "Phoenix"}
    past = [r for r in rows if datetime.fromisoformat(r["end"]) < datetime.now().astimezone() - timedelta(days=1)]
    assert past and all(r["status"] in ("held", "cancelled") for r in past)
    assert all(r["facilitator"] for r in past if r["status"] == "held")
    status, out, _ = run(copy, "actions", "--json", capsys=capsys)
    assert any(a["retros_survived"] > 0 for a in json.loads(out))


def test_fairness_lists_every_rostered_member(team_db, capsys):
    status, out, _ = run(team_db, "fairness", "Les Castors", "Mêlée", "--json", capsys=capsys)
    assert status == 0
    assert [r["member"] for r in json.loads(out)] == ["Ana", "Bruno", "Chloé"]


def test_team_defaults_come_from_the_machine(tmp_path):
    import os

    path = tmp_path / "defaults.sqlite3"
    env = {**os.environ, "TZ": "America/Montreal", "LANG": "fr_CA.UTF-8", "LC_ALL": "", "LC_TIME": ""}
    result = _cli("--db", str(path), "team", "add", "Les Étoiles", env=env)
    assert result.returncode == 0, result.stderr
    team = Store.open(path).teams()[0]
    assert (team.timezone, team.holidays_country) == ("America/Montreal", "CA")


def test_an_edit_says_what_it_changed_and_leaves_stdout_as_scripts_know_it(team_db, capsys):
    uid = agenda_json(team_db, capsys, "--from", "2026-03-03", "--to", "2026-03-03")[0]["uid"]
    status, out, err = run(team_db, "occurrence", uid, "--cancel", capsys=capsys)
    assert status == 0 and err == ""
    row = json.loads(out)
    assert row["status"] == "cancelled" and row["changed"] == {"what": ["occurrences"], "teams": ["Les Castors"]}
    status, out, err = run(team_db, "--changes", "member", "add", "Les Castors", "Dana", capsys=capsys)
    assert status == 0 and out.startswith("added Dana to Les Castors")
    assert err.startswith("changed: members, occurrences of Les Castors (1 row)")
    status, out, _ = run(team_db, "occurrence", uid, capsys=capsys)  # a read changes nothing, says nothing
    assert "changed" not in json.loads(out)


@pytest.mark.parametrize(("clock", "expected"), [
    ("2026-12-01T08:00:00+00:00", "next: Tue 2026-12-01 09:30"),  # 09:00 in Paris: today's is still to come
    ("2026-12-01T13:45:00+00:00", "next: Wed 2026-12-02 09:30"),  # 14:45 in Paris: today's has begun
])
def test_a_new_ritual_s_next_occurrence_is_one_still_to_come(db, capsys, monkeypatch, clock, expected):
    import ritualdesk.cli

    monkeypatch.setattr(ritualdesk.cli, "now", lambda: datetime.fromisoformat(clock))
    assert run(db, "team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR",
               capsys=capsys)[0] == 0
    assert run(db, "member", "add", "Les Castors", "Ana", capsys=capsys)[0] == 0
    status, out, _ = run(db, "ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30",
                         "--minutes", "15", "--every-working-day", capsys=capsys)
    assert status == 0
    assert expected in out.splitlines()


def test_clear_facilitator_removes_an_override_as_the_app_s_clear_does(team_db, capsys):
    row = agenda_json(team_db, capsys, "--from", "2026-03-02", "--to", "2026-03-02")[0]
    other = next(name for name in ("Ana", "Bruno", "Chloé") if name != row["facilitator"])
    status, out, _ = run(team_db, "occurrence", row["uid"], "--facilitator", other, "--reason", "demo day",
                         capsys=capsys)
    assert (status, json.loads(out)["facilitator_source"]) == (0, "override")
    status, out, _ = run(team_db, "occurrence", row["uid"], "--clear-facilitator", capsys=capsys)
    cleared = json.loads(out)
    assert status == 0
    assert (cleared["facilitator"], cleared["facilitator_source"]) == (row["facilitator"], "rotation")
    assert cleared["changed"]["what"]  # an edit, said as such
    status, _, err = run(team_db, "occurrence", row["uid"], "--clear-facilitator", "--facilitator", other,
                         capsys=capsys)
    assert status == 2 and "not allowed with argument" in err
