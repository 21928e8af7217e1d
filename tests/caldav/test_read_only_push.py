"""A push from a database that cannot be written is refused before any request: it could not record what it sent."""

from __future__ import annotations

import json

import pytest

from tests.core.test_reads_write_nothing import snapshot, unwritable

from .readback import events, server_calendars

TEAM = "Les Castors (RitualDesk)"


@pytest.mark.parametrize("pushed_before", [False, True])
def test_a_push_from_a_read_only_database_sends_nothing_and_says_why(desk, radicale, proxy, user, monkeypatch,
                                                                      pushed_before):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    if pushed_before:
        desk.ok("caldav", "push", "srv")
    held = server_calendars(radicale.url, user).get(TEAM)
    held = events(held) if held is not None else None
    proxy.reset()
    before = snapshot(desk.db.parent)
    with unwritable(desk.db, monkeypatch, folder_too=False):
        status, out, err = desk.run("caldav", "push", "srv")
    assert proxy.count() == 0  # not even a listing: the first request of a push may create the calendar
    assert status == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    assert err == (f"ritualdesk: error: {desk.db} cannot be written, and a push must record in it what it sends; "
                   "nothing was sent (push from a copy of the database that can be written)\n")
    assert snapshot(desk.db.parent) == before
    now = server_calendars(radicale.url, user).get(TEAM)
    assert (events(now) if now is not None else None) == held


def test_the_refusal_is_said_in_french(desk, radicale, proxy, user, monkeypatch):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    monkeypatch.setenv("LANGUAGE", "fr")
    proxy.reset()
    with unwritable(desk.db, monkeypatch, folder_too=False):
        status, _, err = desk.run("caldav", "push", "srv")
    assert status == 2 and proxy.count() == 0
    assert "et un envoi doit y enregistrer ce qu’il envoie\u00a0; rien n’a été envoyé" in err, err


def test_removing_an_account_from_a_read_only_database_keeps_its_password(desk, test_keyring, monkeypatch):
    desk.ok("caldav", "add", "work", "--url", "https://cal.example.org/", "--user", "alice", "--password-stdin",
            stdin="s3cret\n")
    kept = json.loads(test_keyring.read_text())
    assert "s3cret" in kept.values()
    before = snapshot(desk.db.parent)
    with unwritable(desk.db, monkeypatch, folder_too=False):
        status, _, err = desk.run("caldav", "remove", "work")
        assert status == 2 and "cannot be written" in err and "Traceback" not in err, err
        assert [a["name"] for a in desk.json("caldav", "list")] == ["work"]
    assert json.loads(test_keyring.read_text()) == kept  # the account is still there, and still works
    assert {name: state for name, state in snapshot(desk.db.parent).items() if name != "keyring.json"} == {
        name: state for name, state in before.items() if name != "keyring.json"}


def test_a_dry_run_pull_of_absences_works_on_a_read_only_database(desk, radicale, user, monkeypatch):
    from .test_pull_absences import holiday_calendar

    holiday_calendar(radicale.url, user)
    desk.ok("caldav", "add", "srv", "--url", radicale.url, "--user", user)  # its calendar home not known yet
    before = snapshot(desk.db.parent)
    with unwritable(desk.db, monkeypatch, folder_too=False):
        report = desk.json("caldav", "pull-absences", "srv", "--calendar", "conges", "--team", "Les Castors",
                           "--dry-run")
        status, _, err = desk.run("caldav", "pull-absences", "srv", "--calendar", "conges", "--team", "Les Castors")
    assert report["dry_run"] and sorted(line["reason"].split(",")[0] for line in report["imported"]) == ["Ana", "Bruno"]
    assert status == 2 and "cannot be written" in err, err  # for real: refused, nothing changed
    assert {n: s for n, s in snapshot(desk.db.parent).items() if n != "keyring.json"} == {
        n: s for n, s in before.items() if n != "keyring.json"}
