"""Calendar server accounts: rows in the database, passwords in the system keyring (never in the database)."""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from ..errors import InvalidInput, NotFound
from ..i18n import N_, _
from ..model import tidy_name
from ..store import Store

KEYRING_SERVICE = "RitualDesk CalDAV"
LOCAL_HOSTS = {"localhost", "localhost.localdomain"}


@dataclass(frozen=True, slots=True)
class Account:
    """A CalDAV account: where the server is, who we are there, and which calendar the teams go to."""

    name: str
    url: str
    username: str
    calendar: str | None = None  # a path (or URL) of one calendar for every team; None: one calendar per team
    insecure: bool = False  # plain http:// to a host other than this machine was allowed
    home: str | None = None  # the calendar home found on the server (a cache)
    last_push: datetime | None = None
    last_result: str = ""

    @property
    def keyring_user(self) -> str:
        """Under which name the password is kept in the keyring: the user at the server."""
        return f"{self.username} {self.url}"

    def last_result_text(self) -> str:
        """What the last push did, in the current language (a database of before kept the line as it was said)."""
        try:
            counts = json.loads(self.last_result)
            from .push import summary_of  # push imports this module

            return summary_of(counts)
        except (ValueError, TypeError, KeyError, AttributeError):
            return self.last_result

    def calendar_url(self) -> str | None:
        """The one calendar every team goes to, as a URL, or None."""
        if not self.calendar:
            return None
        return with_slash(urljoin(self.url, self.calendar))


def with_slash(url: str) -> str:
    """A collection URL ends with a slash."""
    return url if url.endswith("/") else url + "/"


def is_local(host: str) -> bool:
    """Whether `host` is this machine (loopback), where plain HTTP cannot be overheard."""
    host = host.strip("[]").lower()
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, insecure: bool) -> str:
    """The server URL, normalised; plain http:// is refused except to this machine unless `insecure`."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(_("{url!r} is not a server address; give one such as https://cloud.example.com/remote.php/dav/")
                           .format(url=url))
    if parts.username or parts.password:
        raise InvalidInput(_("put the user name in --user and the password in the keyring, not in the URL"))
    if parts.scheme == "http" and not is_local(parts.hostname) and not insecure:
        raise InvalidInput(_("{url} is plain http://: the password and the calendars would cross the network "
                             "unencrypted; use https://, or --insecure if you really mean it").format(url=url))
    return with_slash(url)


def is_plain_elsewhere(url: str, *, insecure: bool) -> bool:
    """Whether a request to `url` would send the password unencrypted to another machine (refused unless insecure)."""
    parts = urlsplit(url)
    return parts.scheme.lower() != "https" and not is_local(parts.hostname or "") and not insecure


def _account(row: tuple) -> Account:
    name, url, username, calendar, insecure, home, last_push, last_result = row
    return Account(name, url, username, calendar, bool(insecure), home,
                   datetime.fromisoformat(last_push) if last_push else None, last_result or "")


_COLUMNS = "name, url, username, calendar, insecure, home, last_push, last_result"


def accounts(store: Store) -> list[Account]:
    """Every account, by name."""
    return [_account(row) for row in store.db.execute(f"SELECT {_COLUMNS} FROM caldav_accounts ORDER BY name")]


def account(store: Store, name: str) -> Account:
    """The account called `name`."""
    row = store.db.execute(f"SELECT {_COLUMNS} FROM caldav_accounts WHERE name = ?", [name]).fetchone()
    if row is None:
        known = ", ".join(a.name for a in accounts(store)) or _("none yet; add one with `ritualdesk caldav add`")
        raise NotFound(_("no calendar server account called {name!r} (accounts: {known})").format(
            name=name, known=known))
    return _account(row)


def add_account(store: Store, new: Account, *, password: str | None) -> Account:
    """Record an account (its password goes to the keyring, if one is given); one transaction."""
    name = tidy_name(new.name, "account")  # shown in lists and messages: one line, as team and member names
    username = tidy_name(new.username, "user")
    url = check_url(new.url, insecure=new.insecure)
    if store.db.execute("SELECT 1 FROM caldav_accounts WHERE name = ?", [name]).fetchone():
        raise InvalidInput(_("there is already an account called {name!r}; remove it first").format(name=name))
    stored = Account(name, url, username, new.calendar or None, new.insecure)
    if stored.calendar:  # a URL of its own: the same rule as the server's address
        check_url(stored.calendar_url(), insecure=stored.insecure)
    with store.transaction():
        store.db.execute(
            "INSERT INTO caldav_accounts (name, url, username, calendar, insecure) VALUES (?, ?, ?, ?, ?)",
            [stored.name, stored.url, stored.username, stored.calendar, int(stored.insecure)])
        if password:  # inside the transaction: a keyring that refuses leaves no account behind
            set_password(stored, password)
    return stored


def remove_account(store: Store, name: str) -> Account:
    """Forget an account, what it pushed, and its password (the server's calendars stay as they are)."""
    found = account(store, name)
    shared = any(a.keyring_user == found.keyring_user and a.name != found.name for a in accounts(store))
    with store.transaction():
        # the row first: a file that takes no write (read-only, full) refuses before the password is gone
        store.db.execute("DELETE FROM caldav_accounts WHERE name = ?", [found.name])
        if not shared:
            delete_password(found)  # inside the transaction: a keyring that refuses leaves the account as it was
    return found


def save_home(store: Store, found: Account, home: str) -> None:
    """Remember the account's calendar home (found once on the server)."""
    with store.transaction():
        store.db.execute("UPDATE caldav_accounts SET home = ? WHERE name = ?", [home, found.name])


def save_last_push(store: Store, name: str, *, when: datetime, result: str) -> None:
    """Remember when the account was last pushed to and what came of it."""
    with store.transaction():
        store.db.execute("UPDATE caldav_accounts SET last_push = ?, last_result = ? WHERE name = ?",
                         [when.isoformat(timespec="seconds"), result, name])


# -- the keyring (imported only when a password is needed: it may talk to a desktop service) --


# keyring's own words when there is none ("No recommended backend was available. Install a recommended 3rd
# party backend package...") are English and speak of its internals: say what is missing, in the user's language.
_WHICH_KEYRING = N_("on Linux: GNOME Keyring, KWallet or another Secret Service, unlocked in your desktop session")


def _keyring():
    import keyring
    import keyring.errors

    return keyring


def set_password(found: Account, password: str) -> None:
    """Keep the account's password in the system keyring."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, found.keyring_user, password)
    except keyring.errors.NoKeyringError:
        raise InvalidInput(_("no system keyring is running to keep the password ({which}); nothing was saved "
                             "(a server that needs no password needs no keyring)").format(
                                 which=_(_WHICH_KEYRING))) from None
    except keyring.errors.KeyringError as error:
        raise InvalidInput(_("the system keyring refused the password ({error}); nothing was saved").format(
            error=error)) from None


def get_password(found: Account) -> str | None:
    """The account's password from the keyring, or None if it has none."""
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, found.keyring_user)
    except keyring.errors.NoKeyringError:
        raise InvalidInput(_("the system keyring cannot be read: none is running ({which})").format(
            which=_(_WHICH_KEYRING))) from None
    except keyring.errors.KeyringError as error:
        raise InvalidInput(_("the system keyring cannot be read ({error})").format(error=error)) from None


def delete_password(found: Account) -> None:
    """Remove the account's password from the keyring (nothing if it has none)."""
    keyring = _keyring()
    try:
        keyring.delete_password(KEYRING_SERVICE, found.keyring_user)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.NoKeyringError:
        pass  # none runs here (a headless machine): none holds a password of this account that we could remove
    except keyring.errors.KeyringError as error:
        raise InvalidInput(_("the system keyring refused to remove the password ({error})").format(error=error)) from None
