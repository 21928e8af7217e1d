"""Feeds of teams and members that are gone: emptied once, so that subscribers' calendars drop their events.

A team or member deleted (or a member who left) no longer has a feed, but its file is still in
the folder and its subscribers would see its coming meetings forever. Its file becomes an empty
calendar keeping its name, written atomically like any feed, and never again once it is empty.
It is not removed: a calendar whose file disappears shows an error, and some clients then keep
the last copy they read, events included. Nothing is written where the file is not in the folder
(removed by hand, or published elsewhere), nor over a file that is not what this database published.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import InvalidInput
from ..files import read_regular, write_atomically
from ..model import tidy_name
from ..store import Store
from .export import PRODID, WRITTEN_LIMIT, empty_calendar
from .fast_parse import parse
from .feed import Scope
from .feed_specs import FeedDiff, FeedSpec, Published, changes, feed_specs
from .ledger import (
    PublishedEvent,
    ledger_entries,
    published_events,
    published_feeds,
    published_file_hash,
    save_publication,
)

OUR_PRODID = PRODID.split("RitualDesk ")[0]  # '-//RitualDesk//', whatever the version that wrote it


def gone_specs(store: Store, *, today: date) -> list[FeedSpec]:
    """The feeds published once whose team or member is gone (deleted, or a member who left; a renamed member too)."""
    current = {spec.file_name for spec in feed_specs(store, today=today)}
    return [FeedSpec(file_name=name, scope=Scope(today, today), team=None)
            for name in published_feeds(store) if name not in current]


@dataclass(frozen=True, slots=True)
class _OnDisk:
    """A gone feed's file as it is in the folder."""

    data: bytes
    name: str  # its calendar name ('' if unreadable)
    events: dict[str, PublishedEvent]  # what its subscribers see in it, by UID
    ours: bool  # what this database published there (its last publication, or only UIDs it exported)

    def emptied(self, file_name: str) -> bytes:
        """The bytes of this feed once emptied: a calendar with its name and nothing in it."""
        try:
            name = tidy_name(self.name, "calendar")
        except InvalidInput:
            name = file_name.removesuffix(".ics")
        return empty_calendar(name)


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _on_disk(store: Store, key: str, path: Path) -> _OnDisk | None:
    """What the file of feed `key` holds in its folder, or None if it is not there (or not a regular file)."""
    data = read_regular(path, limit=WRITTEN_LIMIT)
    if data is None:
        return None
    last_published = published_file_hash(store, key) == _hash(data)
    try:
        calendar = parse(data.decode())[0]
    except (ValueError, UnicodeDecodeError, IndexError):
        return _OnDisk(data=data, name="", events={}, ours=last_published)
    events = {}
    for component in calendar.walk():
        if component.name in ("VEVENT", "VTODO"):
            uid = str(component.get("UID", ""))
            start = component.get("DTSTART")
            events[uid] = PublishedEvent(uid=uid, content_hash="", summary=str(component.get("SUMMARY", "")),
                                         start=start.dt.isoformat() if start is not None else "")
    name = str(calendar.get("X-WR-CALNAME") or calendar.get("NAME") or "")
    ours = last_published or (str(calendar.get("PRODID", "")).startswith(OUR_PRODID) and bool(events)
                              and len(ledger_entries(store, events)) == len(events))
    return _OnDisk(data=data, name=name, events=events, ours=ours)


def gone_diff(store: Store, spec: FeedSpec, *, folder: str | Path | None = None) -> FeedDiff | None:
    """What emptying a gone feed (in `folder`, if given) would remove for its subscribers; None if it would not.

    A file to empty that holds no event is listed too (it is rewritten: the team's data goes).
    """
    if folder is None:
        removed = (published_events(store, spec.key) or {}).values()
        if not removed:
            return None
    else:
        found = _on_disk(store, spec.key, Path(folder) / spec.file_name)
        if found is None or not found.ours or found.data == found.emptied(spec.file_name):
            return None
        removed = found.events.values()
    return FeedDiff(feed=spec.key, added=(), changed=(), removed=changes(removed), first_time=False, gone=True)


def empty_gone_feed(store: Store, spec: FeedSpec, folder: Path, *, now: datetime) -> Published | None:
    """Empty the file of a gone feed in `folder`, once; None when there is nothing to do (absent, already empty)."""
    path = folder / spec.file_name
    recorded = not store.read_only
    with store.transaction():
        found = _on_disk(store, spec.key, path)
        if found is None:
            return None
        data = found.emptied(spec.file_name)
        if found.data == data:  # emptied before (perhaps from a database that could not record it)
            if recorded and published_file_hash(store, spec.key) != _hash(data):
                save_publication(store, spec.key, file_hash=_hash(data), events=(), now=now)
            return None
        diff = FeedDiff(feed=spec.key, added=(), changed=(), removed=changes(found.events.values()),
                        first_time=False, gone=True)
        if not found.ours:
            return Published(spec=spec, path=path, written=False, diff=diff, events=len(found.events),
                             recorded=recorded, left_alone=True)
        write_atomically(path, data, follow_links=False)
        if recorded:
            save_publication(store, spec.key, file_hash=_hash(data), events=(), now=now)
    return Published(spec=spec, path=path, written=True, diff=diff, events=0, recorded=recorded)
