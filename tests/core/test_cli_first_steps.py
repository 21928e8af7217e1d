"""A newcomer's first commands, as the README shows them: what they print is true and says what to do next."""

from __future__ import annotations

import pytest

from ritualdesk.cli import main


def run(db, *args, capsys):
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def team_without_sprints(tmp_path, capsys):
    db = tmp_path / "first.sqlite3"
    assert run(db, "team", "add", "Phoenix", "--timezone", "Europe/London", capsys=capsys)[0] == 0
    return db


def test_a_team_added_without_a_sprint_start_is_listed_with_no_sprints(team_without_sprints, capsys):
    status, out, _ = run(team_without_sprints, "team", "list", capsys=capsys)
    assert status == 0
    assert out.split("\t")[3] == "no sprints"  # it said '2-week sprints' of a team that has none


def test_a_sprint_day_ritual_on_a_team_without_sprints_says_where_to_give_it_some(team_without_sprints, capsys):
    status, _, err = run(team_without_sprints, "ritual", "add", "Phoenix", "retro", "Retro", "--at", "15:30",
                         "--minutes", "90", "--sprint-day", "last", capsys=capsys)
    assert status == 2
    # It said 'add one with --sprint-start on the team', which no command does to an existing team.
    assert "Team › Edit team…" in err and "on the team" not in err
    status, out, _ = run(team_without_sprints, "sprints", "Phoenix", capsys=capsys)
    assert status == 0 and "Team › Edit team…" in out
