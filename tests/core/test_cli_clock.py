"""The CLI's days come from its one clock, in the team's zone: closing an action near midnight, 'today' anywhere."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import ritualdesk.cli
from ritualdesk.cli import main

LATE = "2026-03-18T23:30:00+00:00"  # Wednesday 23:30 on a computer on UTC, already Thursday 00:30 in Paris


def run(db, *args, capsys):
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


@pytest.fixture
def late(monkeypatch):
    monkeypatch.setattr(ritualdesk.cli, "now", lambda: datetime.fromisoformat(LATE))


def test_an_action_closed_after_midnight_in_its_team_s_zone_is_closed_that_day(tmp_path, capsys, late):
    db = tmp_path / "cli.sqlite3"
    run(db, "team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "none", capsys=capsys)
    run(db, "member", "add", "Les Castors", "Ana", capsys=capsys)
    run(db, "ritual", "add", "Les Castors", "retro", "Rétro", "--at", "15:00", "--minutes", "60",
        "--once", "2026-03-18", "--from", "2026-03-18", capsys=capsys)
    uid = json.loads(run(db, "agenda", "--team", "Les Castors", "--from", "2026-03-18", "--json",
                         capsys=capsys))[0]["uid"]
    run(db, "action", "add", uid, "Fix the build", capsys=capsys)
    run(db, "action", "set", "1", "done", capsys=capsys)
    action, = json.loads(run(db, "actions", "--json", capsys=capsys))
    assert action["closed"] == "2026-03-19"  # the app's date for it; the CLI took this computer's calendar


def test_today_without_a_team_is_the_clock_s_day_on_this_computer(tmp_path, capsys, late):
    db = tmp_path / "cli.sqlite3"
    run(db, "team", "add", "Nuit", "--timezone", "UTC", "--holidays", "none",
        "--working-days", "MO,TU,WE,TH,FR,SA,SU", capsys=capsys)
    run(db, "member", "add", "Nuit", "Ana", capsys=capsys)
    run(db, "ritual", "add", "Nuit", "standup", "Veille", "--at", "23:45", "--minutes", "10",
        "--every-working-day", "--from", "2026-03-01", capsys=capsys)
    rows = json.loads(run(db, "agenda", "--json", "--to", "today", capsys=capsys))
    local_day = datetime.fromisoformat(LATE).astimezone().date().isoformat()
    assert [row["start"][:10] for row in rows] == [local_day]  # the wall clock's day, whatever the clock said
