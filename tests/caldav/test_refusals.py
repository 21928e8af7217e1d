"""What a server refuses is said with its real cause and what to do: a wrong address, a wrong password, no keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from .conftest import PASSWORD


@pytest.fixture
def alice(desk, radicale_auth):
    desk.ok("caldav", "add", "work", "--url", radicale_auth.url, "--user", "alice", "--password-stdin",
            stdin=PASSWORD + "\n")
    desk.ok("caldav", "test", "work")  # Radicale makes alice's collection when it is first asked for
    return desk


def test_an_address_the_user_may_not_read_is_not_called_a_wrong_password(desk, radicale_auth):
    desk.ok("caldav", "add", "other", "--url", f"{radicale_auth.url}bob/", "--user", "alice", "--password-stdin",
            stdin=PASSWORD + "\n")
    for command in ("test", "push"):
        status, _, err = desk.run("caldav", command, "other")
        assert status == 1 and len(err.strip().splitlines()) == 1, err
        assert "user name or password" not in err, err
        assert "refused alice access to /bob/ (HTTP 403)" in err and "--url" in err, err


def test_a_wrong_password_says_how_to_give_the_right_one(desk, radicale_auth):
    desk.ok("caldav", "add", "work", "--url", radicale_auth.url, "--user", "alice", "--password-stdin",
            stdin="wrong\n")
    status, _, err = desk.run("caldav", "push", "work")
    assert status == 1 and "refused the user name or password" in err
    assert "to give the right password, remove the account and add it again" in err, err


def test_a_keyring_that_cannot_be_read_is_said_first(alice, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        status, _, err = alice.run("caldav", "push", "work")
    finally:
        keyring.set_keyring(previous)
    assert status == 1 and len(err.strip().splitlines()) == 1, err
    assert err.startswith("ritualdesk: error: work: the server asks for a password and the system keyring cannot "
                          "be read"), err
    assert "unlock the system keyring (or set one up), then try again" in err, err
    assert "refused the user name or password" not in err, err


def test_a_server_that_is_down_is_said_in_french(desk, monkeypatch):
    from .servers import free_port

    desk.ok("caldav", "add", "down", "--url", f"http://127.0.0.1:{free_port()}/", "--user", "u")
    monkeypatch.setenv("LANGUAGE", "fr")
    status, _, err = desk.run("caldav", "test", "down")
    assert status == 1 and "(connexion refusée)" in err and "Connection refused" not in err, err


@pytest.mark.parametrize("seconds", ["0", "-1", "nan", "1e309", "inf", "soon", "7200"])
def test_a_timeout_out_of_bounds_is_refused_in_one_line(desk, seconds):
    desk.ok("caldav", "add", "srv", "--url", "http://127.0.0.1:9/", "--user", "u")
    for command in (["push", "srv"], ["test", "srv"], ["pull-absences", "srv", "--calendar", "x", "--team",
                                                       "Les Castors"]):
        status, _, err = desk.run("caldav", *command, "--timeout", seconds)
        assert status == 2 and err.count("\n") == 1 and "Traceback" not in err, err
        assert "argument --timeout: expected a number of seconds above 0 and at most 3600" in err, err


def test_a_calendar_given_as_plain_http_to_another_machine_is_refused_as_the_address_is(desk):
    status, _, err = desk.run("caldav", "add", "x", "--url", "https://cloud.example.com/", "--user", "u",
                              "--calendar", "http://192.0.2.10/cal/")
    assert status == 2 and "is plain http://" in err and "--insecure" in err, err
    assert desk.json("caldav", "list") == []
    desk.ok("caldav", "add", "y", "--url", "http://127.0.0.1:9/", "--user", "u")
    status, _, err = desk.run("caldav", "pull-absences", "y", "--calendar", "http://192.0.2.10/conges/", "--team",
                              "Les Castors")
    assert status == 2 and "is plain http://" in err, err


def test_a_server_that_points_to_plain_http_elsewhere_is_not_followed(desk, radicale, proxy, user):
    def elsewhere(seen, headers, data):  # a hostile or misconfigured server: the principal is on another machine
        if seen.method == "PROPFIND":
            data = data.replace(f"<href>/{user}/</href>".encode(), b"<href>http://192.0.2.10/evil/</href>")
        return headers, data

    proxy.rewrite = elsewhere
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    status, _, err = desk.run("caldav", "test", "srv")
    assert status == 1 and "the server pointed to http://192.0.2.10/evil/" in err, err
    assert all("192.0.2.10" not in s.path for s in proxy.seen)


@pytest.mark.parametrize("name, user, said", [
    ("a\tb\x1b[31m", "u", "an account name cannot hold a tab, a line break or another control character"),
    ("n" * 5000, "u", "an account name is at most 200 characters"),
    ("work", "u\x1b]0;title\x07", "a user name cannot hold a tab, a line break or another control character"),
    ("   ", "u", "an account needs a name"),
])
def test_an_account_name_or_user_that_would_garble_the_terminal_is_refused(desk, name, user, said):
    status, _, err = desk.run("caldav", "add", name, "--url", "http://127.0.0.1:9/", "--user", user)
    assert status == 2 and said in err and err.count("\n") == 1, err
    assert desk.json("caldav", "list") == []
