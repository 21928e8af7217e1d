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


def _row(account: str, calendar: str, resource: Resource) -> dict:
    row = {name: getattr(resource, name) for name in _FIELDS}
    for flag in ("confirmed", "cancelled", "pending_cancel"):
        row[flag] = int(row[flag])
    return {"account": account, "calendar": calendar, **row}


def calendar_row(store: Store, account: str, url: str) -> tuple[str, str | None] | None:
    """(feed, sync token) of a calendar we push to, or None if we never did."""
    row = store.db.execute("SELECT feed, sync_token FROM caldav_calendars WHERE account = ? AND url = ?",
                           [account, url]).fetchone()
    return (row[0], row[1]) if row else None


def save_calendar(store: Store, account: str, url: str, *, feed: str, token: str | None) -> None:
    """Remember a calendar we push to and its sync token."""
    with store.transaction():
        store.db["caldav_calendars"].upsert({"account": account, "url": url, "feed": feed, "sync_token": token},
                                            pk=("account", "url"))


def resources(store: Store, account: str, calendar: str) -> dict[str, Resource]:
    """The resources we know in one calendar, by UID."""
    columns = ", ".join(_FIELDS)
    found = {}
    for row in store.db.execute(f"SELECT {columns} FROM caldav_resources WHERE account = ? AND calendar = ?",
                                [account, calendar]):
        values = dict(zip(_FIELDS, row, strict=True))
        for flag in ("confirmed", "cancelled", "pending_cancel"):
            values[flag] = bool(values[flag])
        found[values["uid"]] = Resource(**values)
    return found


def save(store: Store, account: str, calendar: str, items: list[Resource]) -> None:
    """Record (or replace) resources, in one transaction."""
    if items:
        with store.transaction():
            store.db["caldav_resources"].upsert_all([_row(account, calendar, r) for r in items],
                                                    pk=("account", "calendar", "uid"), batch_size=200)


def forget(store: Store, account: str, calendar: str, uids: list[str]) -> None:
    """Forget resources (no longer on the server, or never written)."""
    if uids:
        with store.transaction():
            store.db.conn.executemany("DELETE FROM caldav_resources WHERE account = ? AND calendar = ? AND uid = ?",
                                 [(account, calendar, uid) for uid in uids])
