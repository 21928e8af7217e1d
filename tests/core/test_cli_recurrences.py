"""`ritual add` with every N weeks, monthly days and holiday moves; `ritual list` shows them; exports restore them."""

from __future__ import annotations

import json

import pytest

from ritualdesk.cli import main


def run(db, *args, capsys):
    status = main(["--db", str(db), *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "cli.sqlite3"
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR"],
                 ["member", "add", "Les Castors", "Ana"]):
        assert run(path, *args, capsys=capsys)[0] == 0
    return path


ADDS = [
    (["review", "Demo", "--weekly", "TH", "--every-weeks", "2", "--on-holiday", "before"],
     "every 2 weeks on Thursday from the week of 2026-01-05 (a holiday moves it to the working day before)"),
    (["custom", "PO sync", "--monthly", "1MO"], "monthly on the 1st Monday"),
    (["custom", "Health check", "--monthly", "-1FR", "--on-holiday", "after"],
     "monthly on the last Friday (a holiday moves it to the working day after)"),
    (["custom", "Budget", "--monthly-day", "15", "--every-months", "2"], "every 2 months on day 15 from 2026-01"),
    (["custom", "Close", "--monthly-day", "last"], "monthly on the last day"),
]


def test_new_schedules_are_added_and_listed(db, capsys):
    for args, described in ADDS:
        status, out, err = run(db, "ritual", "add", "Les Castors", *args, "--at", "14:00", "--minutes", "30",
                               "--from", "2026-01-05", capsys=capsys)
        assert status == 0, err
        assert described in out
    status, out, _ = run(db, "ritual", "list", capsys=capsys)
    assert status == 0 and all(described in out for _, described in ADDS)
    status, out, _ = run(db, "agenda", "--from", "2026-05-11", "--to", "2026-05-15", "--json", capsys=capsys)
    assert [(r["ritual"], r["start"][:10]) for r in json.loads(out)] == [("Demo", "2026-05-13"),
                                                                       ("Budget", "2026-05-15")]


@pytest.mark.parametrize(("args", "message"), [
    (["--monthly-day", "32"], "invalid day of the month"),
    (["--monthly", "6MO"], "invalid monthly day"),
    (["--monthly", "1XX"], "invalid monthly day"),
    (["--every-working-day", "--every-weeks", "2"], "--every-weeks goes with --weekly"),
    (["--weekly", "TH", "--every-weeks", "0"], "expected a whole number from 1"),
    (["--every-working-day", "--on-holiday", "after"], "cannot move off a holiday"),
    (["--weekly", "TH", "--on-holiday", "later"], "invalid choice"),
    (["--weekly", "TH", "--monthly", "1MO"], "not allowed with argument"),
])
def test_bad_schedules_are_one_line_and_status_2(db, capsys, args, message):
    status, out, err = run(db, "ritual", "add", "Les Castors", "custom", "X", "--at", "10:00", "--minutes", "30",
                           *args, capsys=capsys)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_export_restores_the_new_schedules_in_a_fresh_database(db, tmp_path, capsys):
    for args, _ in ADDS:
        assert run(db, "ritual", "add", "Les Castors", *args, "--at", "14:00", "--minutes", "30",
                   "--from", "2026-01-05", capsys=capsys)[0] == 0
    target = tmp_path / "all.ics"
    assert run(db, "export", "--from", "2026-01-05", "--to", "2026-12-31", "-o", target, capsys=capsys)[0] == 0
    fresh = tmp_path / "fresh.sqlite3"
    status, _, err = run(fresh, "import", target, capsys=capsys)
    assert status == 0, err
    listed = run(fresh, "ritual", "list", capsys=capsys)[1]
    assert all(described in listed for _, described in ADDS)
    before = run(db, "agenda", "--from", "2026-01-05", "--to", "2026-12-31", "--json", capsys=capsys)[1]
    after = run(fresh, "agenda", "--from", "2026-01-05", "--to", "2026-12-31", "--json", capsys=capsys)[1]
    assert [(r["uid"], r["start"]) for r in json.loads(before)] == [(r["uid"], r["start"]) for r in json.loads(after)]
