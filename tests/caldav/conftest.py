"""A real Radicale for the CalDAV tests (one per session, no authentication and htpasswd), a test keyring."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import uuid
from datetime import date, datetime, timedelta

import keyring
import pytest

from ritualdesk.cli import main

from .keyring_file import FileKeyring
from .servers import Proxy, Radicale

# every process the tests start uses the test keyring, never the user's
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.caldav.keyring_file.FileKeyring"
PASSWORD = "s3cret-Pässword"


@pytest.fixture(autouse=True)
def test_keyring(tmp_path, monkeypatch):
    """A keyring in a file of the test's own folder."""
    monkeypatch.setenv("RITUALDESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "keyring.json"
    keyring.set_keyring(previous)


def _server(users=None):
    server = Radicale(users=users).start()
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def radicale():
    """Radicale without authentication (each test is its own user)."""
    yield from _server()


@pytest.fixture(scope="session")
def radicale_auth():
    """Radicale with htpasswd authentication: users alice and bob."""
    yield from _server({"alice": PASSWORD, "bob": "other"})


@pytest.fixture
def proxy(radicale):
    """A counting proxy in front of the session's Radicale."""
    counting = Proxy(radicale.port)
    yield counting
    counting.close()


@pytest.fixture
def user():
    """A user name of its own, so that tests sharing the server never see each other's calendars."""
    return f"u{uuid.uuid4().hex[:10]}"


class Desk:
    """The `ritualdesk` command line on one database file (in this process)."""

    def __init__(self, db, capsys, monkeypatch) -> None:
        self.db = db
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def run(self, *args, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        status = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        return status, out, err

    def ok(self, *args, stdin: str | None = None) -> str:
        status, out, err = self.run(*args, stdin=stdin)
        assert status == 0, err
        return out

    def json(self, *args):
        return json.loads(self.ok(*args, "--json"))

    def agenda(self, first: date, last: date, team: str = "Les Castors"):
        return self.json("agenda", "--team", team, "--from", first.isoformat(), "--to", last.isoformat())


@pytest.fixture
def desk(tmp_path, capsys, monkeypatch):
    """A database with one Paris team of three: three-week sprints opened by a review, closed by a retrospective."""
    desk = Desk(tmp_path / "desk.sqlite3", capsys, monkeypatch)
    start = (datetime.now().date() - timedelta(days=45)).isoformat()
    for args in (
        ["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR",
         "--sprint-weeks", "3", "--sprint-start", start],
        ["member", "add", "Les Castors", "Ana", "--email", "ana@castors.example"],
        ["member", "add", "Les Castors", "Bruno", "--email", "bruno@castors.example"],
        ["member", "add", "Les Castors", "Chloé", "--email", "chloe@castors.example"],
        ["ritual", "add", "Les Castors", "retrospective", "Rétro", "--at", "15:00", "--minutes", "90",
         "--sprint-day", "last", "--from", start],
        ["ritual", "add", "Les Castors", "review", "Revue", "--at", "11:00", "--minutes", "60",
         "--sprint-day", "first", "--from", start],
        ["roster", "Les Castors", "Rétro", "Ana,Bruno,Chloé", "--from", start],
        ["roster", "Les Castors", "Revue", "Ana,Bruno,Chloé", "--from", start],
    ):
        desk.ok(*args)
    return desk
