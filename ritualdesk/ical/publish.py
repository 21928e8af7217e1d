"""Publishing: one feed per team and per member in a folder, rewritten only when it changed, and its diff.

A feed whose team or member is gone is emptied once (ical/gone.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Component

from ..errors import InvalidInput
from ..files import planted, read_regular, write_atomically
from ..i18n import _
from ..store import Store
from .export import WRITTEN_LIMIT, Export, export_feed
from .feed import FeedCache, Item, collect
from .feed_specs import EventChange, FeedDiff, FeedSpec, Published, changes, feed_specs, slug
from .gone import empty_gone_feed, gone_diff, gone_specs
from .ledger import PublishedEvent, published_events, published_file_hash, save_publication, set_feed_owner
from .on_disk import written_components


def _events(items: list[Item]) -> dict[str, PublishedEvent]:
    """A feed's events as its subscribers see them, by UID."""
    return {item.uid: PublishedEvent(uid=item.uid, content_hash=item.content_hash, summary=item.summary,
                                     start=item.start.isoformat() if item.start else "") for item in items}


def _diff(store: Store, key: str, now: dict[str, PublishedEvent], *, absent: bool = False) -> FeedDiff:
    """What changes for subscribers from the feed as last published to its events `now` (by UID).

    `absent`: its file is not in the folder (published elsewhere before, or removed): every event is new there.
    """
    before = None if absent else published_events(store, key)
    old = before or {}
    added = [e for uid, e in now.items() if uid not in old]
    changed = [e for uid, e in now.items() if uid in old and old[uid].content_hash != e.content_hash]
    removed = [e for uid, e in old.items() if uid not in now]
    return FeedDiff(feed=key, added=changes(added), changed=changes(changed), removed=changes(removed),
                    first_time=before is None)


def _file_diff(store: Store, key: str, now: dict[str, PublishedEvent], *, data: bytes, before: bytes) -> FeedDiff:
    """What subscribers of the file `before` see change when it becomes `data`.

    For a database that records nothing: its ledger still says what was last recorded, but what
    subscribers have is the file, which its earlier publications rewrote.
    """
    old, new = written_components(before), written_components(data)
    added = [now[uid] for uid in new if uid not in old and uid in now]
    changed = [now[uid] for uid in new if uid in old and old[uid].data != new[uid].data and uid in now]
    recorded = published_events(store, key) or {}
    removed = [recorded.get(uid) or _event_in(uid, old[uid].data) for uid in old if uid not in new]
    return FeedDiff(feed=key, added=changes(added), changed=changes(changed), removed=changes(removed),
                    first_time=False)


def _event_in(uid: str, data: bytes) -> PublishedEvent:
    """An event of a file as a diff names it (its title and start, if they can be read)."""
    try:
        component = Component.from_ical(data.decode())
        start = component.get("DTSTART")
        return PublishedEvent(uid=uid, content_hash="", summary=str(component.get("SUMMARY", "")),
                              start=start.dt.isoformat() if start is not None else "")
    except (ValueError, UnicodeDecodeError):
        return PublishedEvent(uid=uid, content_hash="", summary=uid, start="")


def diff_feed(store: Store, spec: FeedSpec, *, cache: FeedCache | None = None,
              folder: str | os.PathLike[str] | None = None) -> FeedDiff:
    """Which events publishing `spec` now (into `folder`, if given) would add, change and remove; writes nothing."""
    path = Path(folder) / spec.file_name if folder is not None else None
    before = read_regular(path, limit=WRITTEN_LIMIT) if path is not None and store.read_only else None
    if before is not None:  # nothing recorded: subscribers have what the file says
        result = export_feed(store, spec.scope, now=datetime.now(UTC), cache=cache, written=before)
        return replace(_file_diff(store, spec.key, _events(result.feed.items), data=result.data, before=before),
                       renamed_to=spec.renamed_to)
    absent = path is not None and not os.path.lexists(path)
    diff = _diff(store, spec.key, _events(collect(store, spec.scope, cache=cache).items), absent=absent)
    return replace(diff, renamed_to=spec.renamed_to)


def publish_feed(
    store: Store, spec: FeedSpec, folder: Path, *, now: datetime, cache: FeedCache | None = None
) -> Published:
    """Write one feed into `folder` if its content changed (or the file is missing or differs)."""
    path = folder / spec.file_name
    with store.transaction():
        # a database that records nothing takes the time stamps of unrecorded changes from the file published
        before = read_regular(path, limit=WRITTEN_LIMIT) if store.read_only else None
        result: Export = export_feed(store, spec.scope, now=now, cache=cache, written=before)
        events = _events(result.feed.items)
        if before is not None:
            diff = _file_diff(store, spec.key, events, data=result.data, before=before)
        else:
            diff = _diff(store, spec.key, events, absent=not os.path.lexists(path))
        on_disk = before if store.read_only else read_regular(path, limit=len(result.data))
        written = on_disk != result.data
        if written:
            write_atomically(path, result.data, follow_links=False)
        recorded = result.recorded  # a database opened read-only: the feed is written, and nothing recorded
        if recorded and (written or published_file_hash(store, spec.key) != result.file_hash):
            save_publication(store, spec.key, file_hash=result.file_hash,
                             events=events.values(), now=now, owner=spec.owner)
        elif recorded:  # published before its owner was recorded: a later rename is then told from a deletion
            set_feed_owner(store, spec.key, spec.owner)
    return Published(spec=spec, path=path, written=written, diff=replace(diff, renamed_to=spec.renamed_to),
                     events=len(result.feed.events), recorded=recorded)


def publish(store: Store, folder: str | os.PathLike[str], *, now: datetime, today: date,
            todos: bool = False, team_ids: Sequence[int] | None = None) -> list[Published]:
    """Write or refresh the feed of every team and every current member in `folder`.

    After an edit, the desktop app may pass the `team_ids` it touched: other feeds cannot have changed.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput(_("{folder} is not a folder (create it first)").format(folder=folder))
    specs = folder_specs(store, folder, today=today, todos=todos, team_ids=team_ids)
    planted_here = [(spec.file_name, what) for spec in specs if (what := planted(folder / spec.file_name))]
    if planted_here:  # in a shared folder, anyone may plant a link to make us overwrite its target
        names = ", ".join(_("{name} is {what}").format(name=name, what=what) for name, what in planted_here[:3])
        more = " " + _("and {count} more").format(count=len(planted_here) - 3) if len(planted_here) > 3 else ""
        raise InvalidInput(_("{folder} holds what is not a feed RitualDesk wrote ({names}{more}); links and "
                             "special files are never followed nor replaced; remove them and publish again "
                             "(nothing was written)").format(folder=folder, names=names, more=more))
    cache = FeedCache()  # a team's feed and its members' feeds share one computation
    results = [publish_feed(store, spec, folder, now=now, cache=cache) for spec in specs]
    return results + publish_gone(store, folder, now=now, today=today)


def folder_specs(store: Store, folder: str | os.PathLike[str] | None, *, today: date, todos: bool = False,
                 team_ids: Sequence[int] | None = None) -> list[FeedSpec]:
    """The feeds publishing into `folder` writes: a renamed team's or member's earlier name only while its file is
    there."""
    return [spec for spec in feed_specs(store, today=today, todos=todos, team_ids=team_ids)
            if not spec.former or (folder is not None and os.path.lexists(Path(folder) / spec.file_name))]


def publish_gone(store: Store, folder: Path, *, now: datetime, today: date) -> list[Published]:
    """Empty, once, the files in `folder` of feeds whose team or member is gone (whichever teams are published)."""
    return [found for spec in gone_specs(store, today=today)
            if (found := empty_gone_feed(store, spec, folder, now=now)) is not None]


def pending_changes(
    store: Store, *, today: date, todos: bool = False, team_ids: Sequence[int] | None = None,
    folder: str | os.PathLike[str] | None = None,
) -> list[FeedDiff]:
    """For every feed `publish` would write (into `folder`), what its subscribers would see change; writes nothing."""
    cache = FeedCache()
    current = [diff_feed(store, spec, cache=cache, folder=folder)
               for spec in folder_specs(store, folder, today=today, todos=todos, team_ids=team_ids)]
    return current + [diff for spec in gone_specs(store, today=today)
                      if (diff := gone_diff(store, spec, folder=folder)) is not None]


__all__ = ["EventChange", "FeedCache", "FeedDiff", "FeedSpec", "Published", "diff_feed", "feed_specs",
           "folder_specs", "pending_changes", "publish", "publish_feed", "publish_gone", "slug"]
