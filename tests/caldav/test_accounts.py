"""Accounts: the password goes to the (test) keyring only; htpasswd servers; plain HTTP refused; timeouts."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from .conftest import PASSWORD
from .readback import server_calendars


def test_the_password_is_in_the_keyring_never_in_the_database(desk, radicale_auth, test_keyring):
    out = desk.ok("caldav", "add", "work", "--url", radicale_auth.url, "--user", "alice", "--password-stdin",
                  stdin=PASSWORD + "\n")
    assert "password in the system keyring" in out
    assert PASSWORD in json.loads(test_keyring.read_text()).values()
    for path in desk.db.parent.glob("desk.sqlite3*"):
        assert PASSWORD.encode() not in path.read_bytes()
    listed = desk.json("caldav", "list")
    assert listed[0]["name"] == "work" and listed[0]["user"] == "alice" and "password" not in json.dumps(listed)

    assert "no calendars yet" in desk.ok("caldav", "test", "work")
    assert "created" in desk.ok("caldav", "push", "work")
    out = desk.ok("caldav", "test", "work")
    assert "sync tokens: offered" in out and "calendar home: " in out and "Les Castors (RitualDesk)" in out
    assert "Les Castors (RitualDesk)" in server_calendars(radicale_auth.url, "alice", PASSWORD)

    desk.ok("caldav", "remove", "work")
    assert json.loads(test_keyring.read_text()) == {}
    assert desk.json("caldav", "list") == []


def test_a_wrong_password_is_one_line_and_changes_nothing(desk, radicale_auth):
    desk.ok("caldav", "add", "work", "--url", radicale_auth.url, "--user", "bob", "--password-stdin",
            stdin="wrong\n")
    status, out, err = desk.run("caldav", "push", "work")
    assert status == 1 and "refused the user name or password" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("url", ["http://cal.example.com/dav/", "http://192.0.2.10/"])
def test_plain_http_to_another_machine_is_refused_unless_insecure(desk, url):
    status, _, err = desk.run("caldav", "add", "x", "--url", url, "--user", "u")
    assert status == 2 and "--insecure" in err
    assert desk.json("caldav", "list") == []
    desk.ok("caldav", "add", "x", "--url", url, "--user", "u", "--insecure")
    assert desk.json("caldav", "list")[0]["insecure"] is True


@pytest.mark.parametrize("url", ["http://localhost:5232/", "http://127.0.0.1:5232/", "http://[::1]:5232/",
                                 "https://cal.example.com/"])
def test_https_and_this_machine_are_accepted(desk, url):
    desk.ok("caldav", "add", "x", "--url", url, "--user", "u")


def test_a_server_that_never_answers_times_out(desk):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    accepted = []
    stop = threading.Event()

    def hold():  # accept and say nothing
        silent.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(silent.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    try:
        desk.ok("caldav", "add", "mute", "--url", f"http://127.0.0.1:{silent.getsockname()[1]}/", "--user", "u")
        began = time.monotonic()
        status, _, err = desk.run("caldav", "push", "mute", "--timeout", "0.5")
        assert status == 1 and "no answer in time" in err
        assert time.monotonic() - began < 10
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        silent.close()
