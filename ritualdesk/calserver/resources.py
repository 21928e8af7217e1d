"""What each resource on a calendar server holds, as far as we know: rows of caldav_calendars and caldav_resources.

A write is recorded as pending (what we are about to send) before it is sent, and as confirmed
(with the ETag the server gave) in its own transaction once the server has accepted it; a push
that dies in between leaves a pending row that the next push checks against the server.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Store


@dataclass(frozen=True, slots=True)
class Resource:
    """One event on the server: where it is, what we last confirmed there, and a write not yet confirmed."""

    uid: str
    href: str
    summary: str
    start: str  # ISO instant of the event's start, as last written
    confirmed: bool = False  # the server has accepted a version from us
    etag: str | None = None
    content_hash: str | None = None  # the event's content hash, or 'cancelled'
    sequence: int | None = None
    stamp: str | None = None  # DTSTAMP written
    cancelled: bool = False
    body: bytes | None = None
    pending_hash: str | None = None
    pending_sequence: int | None = None
    pending_stamp: str | None = None
    pending_body: bytes | None = None
    pending_cancel: bool = False
    conflict: str | None = None  # why we leave it alone (changed on the server by someone else)

    @property
    def pending(self) -> bool:
        """A write was sent (or about to be) whose outcome we never heard."""
        return self.pending_hash is not None


_FIELDS = ("uid", "href", "summary", "start", "confirmed", "etag", "content_hash", "sequence", "stamp", "cancelled",
           "body", "pending_hash", "pending_sequence", "pending_stamp", "pending_body", "pending_cancel", "conflict")


def _row(account: str, calendar: str, feed: str, resource: Resource) -> dict:
    row = {name: getattr(resource, name) for name in _FIELDS}
    for flag in ("confirmed", "cancelled", "pending_cancel"):
        row[flag] = int(row[flag])
    return {"account": account, "calendar": calendar, "feed": feed, **row}


def calendar_known(store: Store, account: str, url: str) -> bool:
    """Whether we ever pushed a feed to this calendar (so it exists, or someone removed it)."""
    return store.db.execute("SELECT 1 FROM caldav_calendars WHERE account = ? AND url = ?",
                            [account, url]).fetchone() is not None


def sync_token(store: Store, account: str, url: str, feed: str) -> str | None:
    """The sync token a feed last got from its calendar."""
    row = store.db.execute("SELECT sync_token FROM caldav_calendars WHERE account = ? AND url = ? AND feed = ?",
                           [account, url, feed]).fetchone()
    return row[0] if row else None


def save_calendar(store: Store, account: str, url: str, *, feed: str, token: str | None) -> None:
    """Remember a feed's calendar and its sync token (each feed sharing a calendar keeps its own)."""
    with store.transaction():
        store.db["caldav_calendars"].upsert({"account": account, "url": url, "feed": feed, "sync_token": token},
                                            pk=("account", "url", "feed"))


def resources(store: Store, account: str, calendar: str, feed: str) -> dict[str, Resource]:
    """The resources one feed wrote in a calendar, by UID (several teams may share a calendar)."""
    columns = ", ".join(_FIELDS)
    found = {}
    for row in store.db.execute(f"SELECT {columns} FROM caldav_resources WHERE account = ? AND calendar = ? "
                                "AND feed = ?", [account, calendar, feed]):
        values = dict(zip(_FIELDS, row, strict=True))
        for flag in ("confirmed", "cancelled", "pending_cancel"):
            values[flag] = bool(values[flag])
        found[values["uid"]] = Resource(**values)
    return found


def feeds(store: Store, account: str) -> list[tuple[str, str]]:
    """The (calendar, feed) pairs of every resource an account wrote, in a stable order."""
    return [tuple(row) for row in store.db.execute(
        "SELECT DISTINCT calendar, feed FROM caldav_resources WHERE account = ? ORDER BY calendar, feed", [account])]


def save(store: Store, account: str, calendar: str, feed: str, items: list[Resource]) -> None:
    """Record (or replace) resources, in one transaction."""
    if items:
        with store.transaction():
            store.db["caldav_resources"].upsert_all([_row(account, calendar, feed, r) for r in items],
                                                    pk=("account", "calendar", "uid"), batch_size=200)


def forget(store: Store, account: str, calendar: str, uids: list[str]) -> None:
    """Forget resources (no longer on the server, or never written)."""
    if uids:
        with store.transaction():
            store.db.conn.executemany("DELETE FROM caldav_resources WHERE account = ? AND calendar = ? AND uid = ?",
                                 [(account, calendar, uid) for uid in uids])
