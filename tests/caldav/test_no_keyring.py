"""A machine with no keyring running (a server over SSH, a bare container): what `caldav` says and keeps."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest


@pytest.fixture
def no_keyring():
    """keyring's own stand-in when no backend is found: every call raises NoKeyringError."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse test keyring puts the previous one back


class Refusing(keyring.backend.KeyringBackend):
    """A keyring that is there but refuses (locked, or the user said no)."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringError("locked")


def test_a_password_without_a_keyring_says_what_is_missing_in_the_user_s_words(desk, radicale, no_keyring,
                                                                               monkeypatch):
    for language, missing in (("en", "no system keyring is running"), ("fr", "aucun trousseau")):
        monkeypatch.setenv("LANGUAGE", language)
        status, _, err = desk.run("caldav", "add", "work", "--url", radicale.url, "--user", "ann",
                                  "--password-stdin", stdin="s3cret\n")
        assert status == 2 and missing in err
        assert "No recommended backend" not in err  # keyring's own English, about its internals
    assert desk.json("caldav", "list") == []  # nothing was saved


def test_an_account_without_password_is_removed_without_a_keyring(desk, radicale, no_keyring):
    desk.ok("caldav", "add", "local", "--url", radicale.url, "--user", "ann")  # no terminal: no password
    status, out, err = desk.run("caldav", "remove", "local")
    # It failed (exit 2, keyring's 'No recommended backend...') after the account was already removed.
    assert (status, err) == (0, "") and "removed account local" in out
    assert desk.json("caldav", "list") == []


def test_a_keyring_that_refuses_to_forget_the_password_leaves_the_account(desk, radicale):
    desk.ok("caldav", "add", "local", "--url", radicale.url, "--user", "ann", "--password-stdin", stdin="pw\n")
    keyring.set_keyring(Refusing())
    status, _, err = desk.run("caldav", "remove", "local")
    assert status == 2 and "refused to remove the password" in err
    assert [a["name"] for a in desk.json("caldav", "list")] == ["local"]  # it was gone though the command failed


def test_a_push_counts_its_requests_in_good_english(desk, radicale, user):
    desk.ok("caldav", "add", "local", "--url", radicale.url, "--user", user)
    desk.ok("caldav", "push", "local")
    last = desk.ok("caldav", "push", "local").splitlines()[-1]
    assert last == "1 request, 0 writes"  # it said '1 requests'
    assert "1 calendar: " in desk.json("caldav", "list")[0]["last_result"]  # it said '1 calendars'


def test_caldav_test_reads_as_french(desk, radicale, user, monkeypatch):
    desk.ok("caldav", "add", "local", "--url", radicale.url, "--user", user)
    monkeypatch.setenv("LANGUAGE", "fr")
    out = desk.ok("caldav", "test", "local")
    assert "\nDAV\u00a0: " in out and "\nDAV: " not in out  # the one line left as an f-string


def test_the_last_push_is_said_in_the_language_of_whoever_reads_it(desk, radicale, user, monkeypatch):
    desk.ok("caldav", "add", "local", "--url", radicale.url, "--user", user)
    monkeypatch.setenv("LANGUAGE", "fr")
    desk.ok("caldav", "push", "local")
    monkeypatch.setenv("LANGUAGE", "en")
    listed = desk.ok("caldav", "list")
    assert "1 calendar: " in listed and "calendrier" not in listed  # it was the French line of the push
    assert desk.json("caldav", "list")[0]["last_result"].startswith("1 calendar: ")
    monkeypatch.setenv("LANGUAGE", "fr")
    assert "1 calendrier\u00a0: " in desk.ok("caldav", "list")


def test_a_last_push_kept_as_a_line_by_an_older_version_is_shown_as_it_is():
    from ritualdesk.calserver.accounts import Account

    old = Account("work", "http://localhost:5232/", "ann", last_result="1 calendriers : 0 créés ; 1 requêtes")
    assert old.last_result_text() == "1 calendriers : 0 créés ; 1 requêtes"
    assert Account("new", "http://localhost:5232/", "ann").last_result_text() == ""
