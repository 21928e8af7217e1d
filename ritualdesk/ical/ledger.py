"""What calendar exchange remembers in the database: SEQUENCE per UID, published feeds, known UIDs.

Rows become dataclasses here and nowhere else in `ical/`; each write is one transaction
(nested in the caller's when there is one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..store import Store


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """What was last exported for one UID: its SEQUENCE, a hash of what it said, and when that changed."""

    uid: str
    sequence: int
    content_hash: str
    modified: datetime  # aware, UTC, whole seconds
    rendered: bytes | None = None  # the component's bytes as last written (a cache; re-rendered when stale)
    rendered_by: str = ""  # which renderer wrote them


@dataclass(frozen=True, slots=True)
class PublishedEvent:
    """One event of a feed as it was last published."""

    uid: str
    content_hash: str
    summary: str
    start: str  # ISO 8601 with offset, or '' for a to-do


@dataclass(frozen=True, slots=True)
class FeedOwner:
    """Whose feed a published file is: a team's (`member_id` None), or one of its members'."""

    team_id: int
    member_id: int | None = None


@dataclass(frozen=True, slots=True)
class KnownUid:
    """A UID that belongs to something in this store (imported, or assigned at export)."""

    uid: str
    what: str  # "absence", "ritual", "action", "occurrence"
    target_id: int
    origin: str  # "import" or "export"


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def utc_text(moment: datetime) -> str:
    """How an instant is written in the ledger."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def ledger_entries(store: Store, uids: Iterable[str]) -> dict[str, LedgerEntry]:
    """The ledger rows of the given UIDs (those ever exported), with their last SEQUENCE and content hash."""
    wanted = list(uids)
    found = {}
    for index in range(0, len(wanted), 500):
        chunk = wanted[index:index + 500]
        marks = ",".join("?" * len(chunk))
        for uid, sequence, content_hash, modified, rendered, rendered_by in store.conn.execute(
                "SELECT uid, sequence, content_hash, modified, rendered, rendered_by FROM calendar_ledger "
                f"WHERE uid IN ({marks})", chunk):
            found[uid] = LedgerEntry(uid=uid, sequence=sequence, content_hash=content_hash, modified=_utc(modified),
                                     rendered=rendered, rendered_by=rendered_by or "")
    return found


def save_ledger(store: Store, entries: Iterable[LedgerEntry]) -> None:
    """Record (or replace) the ledger rows of several UIDs."""
    rows = [{"uid": e.uid, "sequence": e.sequence, "content_hash": e.content_hash, "modified": utc_text(e.modified),
             "rendered": e.rendered, "rendered_by": e.rendered_by} for e in entries]
    if rows:
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO calendar_ledger (uid, sequence, content_hash, modified, rendered, rendered_by) "
                "VALUES (:uid, :sequence, :content_hash, :modified, :rendered, :rendered_by) ON CONFLICT (uid) DO UPDATE "
                "SET sequence = excluded.sequence, content_hash = excluded.content_hash, modified = excluded.modified, "
                "rendered = excluded.rendered, rendered_by = excluded.rendered_by", rows)


def published_events(store: Store, feed: str) -> dict[str, PublishedEvent] | None:
    """The events of `feed` as last published (None if it never was)."""
    if store.conn.execute("SELECT 1 FROM calendar_feeds WHERE feed = ?", [feed]).fetchone() is None:
        return None
    return {
        uid: PublishedEvent(uid=uid, content_hash=content_hash, summary=summary, start=start)
        for uid, content_hash, summary, start in store.conn.execute(
            "SELECT uid, content_hash, summary, start FROM calendar_feed_events WHERE feed = ?", [feed])
    }


def published_feeds(store: Store) -> list[str]:
    """The names of every feed ever published."""
    return [row[0] for row in store.conn.execute("SELECT feed FROM calendar_feeds ORDER BY feed")]


def feed_owners(store: Store) -> dict[str, FeedOwner]:
    """The owner of every published feed that has a known one (not those published before it was recorded).

    A deleted team's or member's feeds have none (their owners went with them, and come back with an undo).
    """
    return {feed: FeedOwner(team_id=team_id, member_id=member_id) for feed, team_id, member_id in store.conn.execute(
                "SELECT feed, team_id, member_id FROM calendar_feed_owners")
            if (member_id is not None) == feed.startswith("member-")}


def set_feed_owner(store: Store, feed: str, owner: FeedOwner) -> None:
    """Remember whose feed `feed` (published already) is, when it is not what the ledger says."""
    with store.transaction():
        store.conn.execute(
            "INSERT INTO calendar_feed_owners (feed, team_id, member_id) SELECT feed, ?, ? FROM calendar_feeds "
            "WHERE feed = ? ON CONFLICT (feed) DO UPDATE SET team_id = excluded.team_id, member_id = excluded.member_id "
            "WHERE team_id IS NOT excluded.team_id OR member_id IS NOT excluded.member_id",
            [owner.team_id, owner.member_id, feed])


def published_file_hash(store: Store, feed: str) -> str | None:
    """The hash of the file last published for `feed`."""
    row = store.conn.execute("SELECT file_hash FROM calendar_feeds WHERE feed = ?", [feed]).fetchone()
    return row[0] if row else None


def save_publication(
    store: Store, feed: str, *, file_hash: str, events: Iterable[PublishedEvent], now: datetime,
    owner: FeedOwner | None = None,
) -> None:
    """Remember what `feed` now contains (and whose feed it is, when `owner` is given)."""
    with store.transaction():
        store.conn.execute(
            "INSERT INTO calendar_feeds (feed, file_hash, published) VALUES (?, ?, ?) ON CONFLICT (feed) DO UPDATE "
            "SET file_hash = excluded.file_hash, published = excluded.published", [feed, file_hash, utc_text(now)])
        if owner is not None:
            set_feed_owner(store, feed, owner)
        store.conn.execute("DELETE FROM calendar_feed_events WHERE feed = ?", [feed])
        store.conn.executemany(
            "INSERT INTO calendar_feed_events (feed, uid, content_hash, summary, start) VALUES (?, ?, ?, ?, ?)",
            [(feed, e.uid, e.content_hash, e.summary, e.start) for e in events])


def known_uids(store: Store, what: str | None = None) -> dict[str, KnownUid]:
    """The UIDs this store has recorded (of one kind of thing, or all)."""
    where, args = ("WHERE what = ?", [what]) if what else ("", [])
    return {
        uid: KnownUid(uid=uid, what=kind, target_id=target, origin=origin)
        for uid, kind, target, origin in store.conn.execute(
            f"SELECT uid, what, target_id, origin FROM calendar_uids {where}", args)
    }


def remember_uids(store: Store, known: Iterable[KnownUid], *, now: datetime) -> None:
    """Record UIDs that now belong to things of this store."""
    rows = [{"uid": k.uid, "what": k.what, "target_id": k.target_id, "origin": k.origin, "recorded": utc_text(now)}
            for k in known]
    if rows:
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO calendar_uids (uid, what, target_id, origin, recorded) "
                "VALUES (:uid, :what, :target_id, :origin, :recorded) ON CONFLICT (uid) DO UPDATE "
                "SET what = excluded.what, target_id = excluded.target_id, origin = excluded.origin, "
                "recorded = excluded.recorded", rows)
