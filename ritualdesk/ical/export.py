"""Calendar files from the store: a Feed rendered with icalendar 7, SEQUENCE from the ledger, written atomically.

The bytes depend only on the store (and the ledger), never on the clock, so re-exporting an
unchanged store gives an identical file; the ledger bumps SEQUENCE and LAST-MODIFIED of an
event only when what it says changes, and keeps each component's bytes so that only what
changed is rendered again.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
from icalendar import Alarm, Calendar, Event, Todo, vDuration

from .. import __version__
from ..files import read_regular, write_atomically
from ..store import Store
from .feed import Feed, FeedCache, Item, Scope, collect, default_horizon
from .ledger import LedgerEntry, ledger_entries, remember_uids, save_ledger
from .on_disk import Written, written_components
from .render import component_bytes, ordered, property_lines
from .vtimezone import vtimezone_ical

PRODID = f"-//RitualDesk//RitualDesk {__version__}//EN"
RENDERER = f"ritualdesk-1/icalendar-{icalendar.__version__}"  # cached bytes from another renderer are remade
REFRESH = timedelta(hours=1)
WRITTEN_LIMIT = 256 * 1024 * 1024  # a file larger than this was not written by us: no memory taken from it


def stamp(
    feed: Feed, ledger: dict[str, LedgerEntry], *, now: datetime
) -> tuple[dict[str, LedgerEntry], list[LedgerEntry]]:
    """Each item's ledger entry (SEQUENCE, LAST-MODIFIED), and the entries that changed since last time."""
    now = now.astimezone(UTC).replace(microsecond=0)
    entries, changed = {}, []
    for item in feed.items:
        entry = ledger.get(item.uid)
        if entry is None:
            entry = LedgerEntry(uid=item.uid, sequence=0, content_hash=item.content_hash, modified=now)
            changed.append(entry)
        elif entry.content_hash != item.content_hash:
            entry = LedgerEntry(uid=item.uid, sequence=entry.sequence + 1, content_hash=item.content_hash,
                                modified=max(now, entry.modified))
            changed.append(entry)
        entries[item.uid] = entry
    return entries, changed


def as_written(feed: Feed, entries: dict[str, LedgerEntry], written: dict[str, Written], *,
               now: datetime) -> dict[str, LedgerEntry]:
    """The entries of an export that records nothing, each as the file `written` holds its event if it says the same.

    An event that changed since that file is stamped now, with a SEQUENCE above the file's.
    """
    now = now.astimezone(UTC).replace(microsecond=0)
    settled = dict(entries)
    for item in feed.items:
        old = written.get(item.uid)
        entry = entries[item.uid]
        if old is None or (entry.rendered == old.data and entry.rendered_by == RENDERER):
            continue
        kept = replace(entry, sequence=old.sequence, modified=old.stamp)
        data = render_component(item, kept)
        if data == old.data:
            settled[item.uid] = replace(kept, rendered=data, rendered_by=RENDERER)
        elif entry.sequence <= old.sequence:
            settled[item.uid] = replace(entry, sequence=old.sequence + 1, modified=max(now, old.stamp),
                                        rendered=None)
    return settled


def render_component(item: Item, entry: LedgerEntry) -> bytes:
    """The bytes of one VEVENT or VTODO with its SEQUENCE and time stamps.

    Written directly when `render.component_bytes` can (the same bytes as icalendar's, several
    times faster), else by icalendar (alarms, for one).
    """
    direct = None if item.alarms else component_bytes(item.component, [*item.properties, ("DTSTAMP", entry.modified),
                                              ("LAST-MODIFIED", entry.modified), ("SEQUENCE", entry.sequence)])
    if direct is not None:
        return direct
    return icalendar_component(item, entry)


def icalendar_component(item: Item, entry: LedgerEntry) -> bytes:
    """The bytes of one VEVENT or VTODO as icalendar writes them."""
    component = Event() if item.component == "VEVENT" else Todo()
    for name, value in item.properties:
        component.add(name, value)
    component.add("DTSTAMP", entry.modified)
    component.add("LAST-MODIFIED", entry.modified)
    component.add("SEQUENCE", entry.sequence)
    for alarm in item.alarms:
        valarm = Alarm()
        valarm.add("ACTION", alarm.action)
        valarm.add("TRIGGER", timedelta(minutes=-alarm.minutes))
        if alarm.action == "DISPLAY":
            valarm.add("DESCRIPTION", alarm.description)
        component.add_component(valarm)
    return component.to_ical()


def _header(feed: Feed) -> bytes:
    """The calendar's properties: the fixed ones as icalendar writes them, the X- ones (long JSON) directly."""
    fixed = _fixed_header(feed.name)
    extra = property_lines("VCALENDAR", feed.extra)
    if extra is None or fixed.keys() & extra.keys():
        return icalendar_header(feed)
    return ("\r\n".join(["BEGIN:VCALENDAR", *ordered("VCALENDAR", {**fixed, **extra})]) + "\r\n").encode()


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("NAME", name)
    calendar.add("X-WR-CALNAME", name)
    calendar.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    # no X-WR-TIMEZONE: every time has its TZID, and readers of X-WR-TIMEZONE move UTC times into it
    return calendar


@functools.lru_cache(maxsize=256)
def _fixed_header(name: str) -> dict[str, list[str]]:
    """The fixed calendar properties as icalendar folds them, by property name."""
    lines: dict[str, list[str]] = {}
    last = ""  # the property a folded continuation line belongs to
    text = _calendar(name).to_ical().decode()
    for line in text.split("\r\n")[1:-2]:  # without BEGIN, END and the final empty line
        if line.startswith(" "):
            lines[last][-1] += "\r\n" + line
            continue
        last = line.split(":", 1)[0].split(";", 1)[0]
        lines.setdefault(last, []).append(line)
    return lines


def empty_calendar(name: str) -> bytes:
    """A calendar named `name` with nothing in it: what the feed of a deleted team or member becomes."""
    return ("\r\n".join(["BEGIN:VCALENDAR", *ordered("VCALENDAR", _fixed_header(name)), "END:VCALENDAR"])
            + "\r\n").encode()


def icalendar_header(feed: Feed) -> bytes:
    """The calendar's properties, every one written by icalendar."""
    calendar = _calendar(feed.name)
    for name, value in feed.extra:
        calendar.add(name, value)
    return calendar.to_ical().removesuffix(b"END:VCALENDAR\r\n")


def render(feed: Feed, entries: dict[str, LedgerEntry]) -> tuple[bytes, list[LedgerEntry]]:
    """The .ics bytes of a stamped feed, and the entries whose rendered bytes were (re)made.

    A component whose ledger entry already holds its bytes (same content, same renderer) is
    not rendered again: after an edit, publishing renders only what changed.
    """
    parts = [_header(feed)]
    events = feed.events
    if events and feed.timezones:
        first_year = min(e.start.year for e in events)
        last_year = max(e.end.year for e in events)
        parts += [vtimezone_ical(tzid, first_year=first_year, last_year=last_year) for tzid in feed.timezones]
    rendered = []
    for item in feed.items:
        entry = entries[item.uid]
        if entry.rendered is None or entry.rendered_by != RENDERER:
            entry = replace(entry, rendered=render_component(item, entry), rendered_by=RENDERER)
            entries[item.uid] = entry
            rendered.append(entry)
        parts.append(entry.rendered)
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts), rendered


@dataclass(frozen=True, slots=True)
class Export:
    """A rendered feed: its bytes, how many events and to-dos, and which UIDs changed since last export."""

    feed: Feed
    data: bytes
    changed: tuple[str, ...]
    recorded: bool = True  # whether the ledger now holds this export (not on a database that cannot be written)

    @property
    def unrecorded(self) -> bool:
        """Whether something new (a SEQUENCE, an action's UID) went unrecorded: a dry run, or a read-only database."""
        return not self.recorded and bool(self.changed or self.feed.new_uids)

    @property
    def file_hash(self) -> str:
        """A hash of the bytes."""
        return hashlib.sha256(self.data).hexdigest()


def export_feed(
    store: Store, scope: Scope, *, now: datetime, dry_run: bool = False, cache: FeedCache | None = None,
    written: bytes | None = None,
) -> Export:
    """Render the feed, recording new SEQUENCE numbers in the ledger (unless `dry_run`).

    From a database opened read-only the feed is the same (SEQUENCE as the ledger gives it now),
    and nothing is recorded: `recorded` says so. There `written`, the file as this feed last wrote
    it, remembers what the ledger cannot: an event it holds unchanged keeps its DTSTAMP and
    SEQUENCE, so that exporting an unchanged database again gives the same bytes.
    """
    feed = collect(store, scope, cache=cache)
    entries, changed = stamp(feed, ledger_entries(store, (i.uid for i in feed.items)), now=now)
    recorded = not dry_run and not store.read_only
    if not recorded and written:
        entries = as_written(feed, entries, written_components(written), now=now)
    data, rendered = render(feed, entries)
    if recorded:
        with store.transaction():
            save_ledger(store, rendered)  # new and changed entries are always among the rendered ones
            remember_uids(store, feed.new_uids, now=now)
            if feed.checkpoints:
                store.save_checkpoints(list(feed.checkpoints))
    return Export(feed=feed, data=data, changed=tuple(e.uid for e in changed), recorded=recorded)


def export_file(store: Store, scope: Scope, path: str | os.PathLike[str], *, now: datetime) -> Export:
    """Export the feed to `path` atomically; the ledger is updated in the same transaction."""
    with store.transaction():
        written = read_regular(Path(path), limit=WRITTEN_LIMIT) if store.read_only else None
        result = export_feed(store, scope, now=now, written=written)
        write_atomically(path, result.data)
    return result


__all__ = ["Export", "Feed", "FeedCache", "Item", "Scope", "collect", "default_horizon", "empty_calendar",
           "export_feed", "export_file", "render", "stamp", "write_atomically"]
