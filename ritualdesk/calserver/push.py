"""Pushing feeds to a CalDAV server: one resource per UID, only what changed, never over someone else's edit.

Each occurrence is its own event (its own UID) on the server, as in our files. An event is
created with `If-None-Match: *` and updated with `If-Match` and the ETag last seen; an
occurrence that disappears (cancelled, ritual deleted, member off the roster) is written again
as STATUS:CANCELLED with a higher SEQUENCE, never DELETEd. An event changed on the server by
someone else (a new ETag, or 412) is reported and left alone.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from icalendar import Calendar

from ..errors import InvalidInput
from ..i18n import N_, _, ngettext
from ..ical.export import PRODID, export_feed, render_component
from ..ical.feed import FeedCache, Item, Scope, default_horizon
from ..ical.ledger import LedgerEntry, ledger_entries, utc_text
from ..ical.publish import slug
from ..ical.vtimezone import vtimezone_ical
from ..model import Team
from ..store import Store
from . import resources as state
from .accounts import Account, save_home, save_last_push, with_slash
from .connection import CalendarGone, Connection, path_of
from .resources import Resource

CANCELLED = "cancelled"
BY_SOMEONE_ELSE = N_("changed on the server by someone else")
ALREADY_THERE = N_("already on the server, written by someone else")
SYNC_TOKEN = N_("sync token")
FULL_LISTING = N_("full listing")


@dataclass(frozen=True, slots=True)
class Target:
    """One feed and the calendar it goes to; `team` is None for the feed of a deleted team or member."""

    feed: str
    url: str
    name: str
    scope: Scope
    team: Team | None

    @property
    def gone(self) -> bool:
        """Whether its team or member was deleted: what it wrote that is still to come is cancelled."""
        return self.team is None


@dataclass
class TargetResult:
    """What a push did to one calendar."""

    target: Target
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (summary, why)
    failed: list[tuple[str, str]] = field(default_factory=list)
    listing: str = ""  # "sync token", "full listing"
    made_calendar: bool = False


@dataclass
class PushResult:
    """What a push did, calendar by calendar, and how many requests it sent."""

    targets: list[TargetResult]
    requests: int
    writes: int
    error: str = ""  # set when the push stopped half-way (what was confirmed is kept)

    def counts(self) -> dict:
        """What the push did, as numbers (kept with the account, said in whoever reads it's language)."""
        return {"calendars": len(self.targets), "created": sum(len(t.created) for t in self.targets),
                "updated": sum(len(t.updated) for t in self.targets),
                "cancelled": sum(len(t.cancelled) for t in self.targets),
                "conflicts": sum(len(t.conflicts) for t in self.targets), "requests": self.requests,
                "error": self.error}

    def summary(self) -> str:
        """One line for a status bar or a log."""
        return summary_of(self.counts())


def summary_of(counts: dict) -> str:
    """The one line a push's counts read as, in the current language."""
    text = _("{calendars}: {created} created, {updated} updated, {cancelled} cancelled, "
             "{conflicts} left alone (changed on the server); {requests}").format(
        calendars=ngettext("{count} calendar", "{count} calendars", counts["calendars"]).format(
            count=counts["calendars"]),
        created=counts["created"], updated=counts["updated"], cancelled=counts["cancelled"],
        conflicts=counts["conflicts"],
        requests=ngettext("{count} request", "{count} requests", counts["requests"]).format(count=counts["requests"]))
    error = counts.get("error")
    return _("stopped: {error} ({summary})").format(error=error, summary=text) if error else text


def href_for(calendar_url: str, uid: str) -> str:
    """The path of a UID's resource in a calendar (stable, so a resumed push finds what it wrote)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", uid)
    if safe != uid:
        safe += "-" + hashlib.sha256(uid.encode()).hexdigest()[:8]
    return path_of(calendar_url) + safe + ".ics"


def targets(store: Store, found: Account, connection: Connection, *, today: date,
            team_ids: Sequence[int] | None = None, member_id: int | None = None) -> list[Target]:
    """The calendars a push writes: one per team (or the account's one calendar), and a member's own."""
    first, last = default_horizon(today)
    home = found.home
    needs_home = found.calendar is None or member_id is not None
    if needs_home and home is None:
        home = connection.home()
        save_home(store, found, home)
    chosen = []
    teams = store.teams()
    if member_id is None or team_ids is not None:
        for team in teams:
            if team_ids is not None and team.id not in team_ids:
                continue
            url = found.calendar_url() or with_slash(f"{home}ritualdesk-{slug(team.name)}-{team.id}")
            chosen.append(Target(f"team-{team.id}", url, f"{team.name} (RitualDesk)",
                                 Scope(first, last, team_ids=(team.id,), name=f"{team.name} (RitualDesk)"), team))
    if member_id is not None:
        member = store.member(member_id)
        team = store.team(member.team_id)
        url = with_slash(f"{home}ritualdesk-{slug(team.name)}-{team.id}-{slug(member.name)}-{member.id}")
        name = f"{member.name} - {team.name} (RitualDesk)"
        chosen.append(Target(f"member-{member.id}", url, name, Scope(first, last, member_id=member.id, name=name),
                             team))
    team_urls = {t.url for t in chosen if t.feed.startswith("team-")}
    if any(t.url in team_urls for t in chosen if t.feed.startswith("member-")):
        raise InvalidInput(_("a team's calendar and a member's calendar would be the same; "
                             "push the member's feed with an account that has no --calendar"))
    if team_ids is None and member_id is None:  # a push of everything also cancels what deleted teams left
        chosen += _gone_targets(store, found, teams, today=today)
    return chosen


def _gone_targets(store: Store, found: Account, teams: Sequence[Team], *, today: date) -> list[Target]:
    """The feeds of deleted teams and members that still have coming events on the server, not yet cancelled."""
    team_ids = {team.id for team in teams}
    member_ids = {member.id for member in store.members()}
    since = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    gone = []
    for url, feed in state.feeds(store, found.name):
        kind, _dash, number = feed.partition("-")
        if not number.isdigit() or int(number) in (team_ids if kind == "team" else member_ids):
            continue
        records = state.resources(store, found.name, url, feed).values()
        if any(r.pending or (r.confirmed and not r.cancelled and datetime.fromisoformat(r.start) >= since)
               for r in records):
            name = _("{calendar} (of a deleted team or member)").format(calendar=path_of(url))
            gone.append(Target(feed, url, name, Scope(today, today, name=name), None))
    return gone


class _Bodies:
    """Whole calendar resources (VCALENDAR, VTIMEZONE, one VEVENT) from rendered components."""

    def __init__(self) -> None:
        self._zones: dict[tuple[str, int, int], bytes] = {}

    def body(self, component: bytes, item: Item | None, tzid: str | None) -> bytes:
        """The resource for one component."""
        parts = [b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + PRODID.encode() + b"\r\n"]
        if tzid and item is not None and item.start is not None:
            key = (tzid, item.start.year, item.end.year)
            if key not in self._zones:
                self._zones[key] = vtimezone_ical(tzid, first_year=key[1], last_year=key[2])
            parts.append(self._zones[key])
        parts += [component, b"END:VCALENDAR\r\n"]
        return b"".join(parts)


def _cancelled_body(body: bytes, *, sequence: int, stamp: datetime) -> bytes:
    """The same event written as cancelled, with a higher SEQUENCE."""
    calendar = Calendar.from_ical(body)
    for event in calendar.walk("VEVENT"):
        for name in ("STATUS", "SEQUENCE", "DTSTAMP", "LAST-MODIFIED"):
            event.pop(name, None)
        event.add("STATUS", "CANCELLED")
        event.add("SEQUENCE", sequence)
        event.add("DTSTAMP", stamp)
        event.add("LAST-MODIFIED", stamp)
    return calendar.to_ical()


def _identity(body: str) -> tuple[str, int, str] | None:
    """(UID, SEQUENCE, DTSTAMP) of the event a resource holds, or None if it holds no readable event."""
    try:
        calendar = Calendar.from_ical(body)
    except ValueError:
        return None
    for event in calendar.walk("VEVENT"):
        stamp = event.get("DTSTAMP")
        return (str(event.get("UID", "")), int(event.get("SEQUENCE", 0)),
                utc_text(stamp.dt) if stamp is not None and isinstance(stamp.dt, datetime) else "")
    return None


def _content(body: str | bytes) -> list[tuple[str, bytes]] | None:
    """What the events of a resource say, property by property (to tell our copy from someone else's edit)."""
    try:
        calendar = Calendar.from_ical(body)
    except ValueError:
        return None
    return sorted((name, value.to_ical() if hasattr(value, "to_ical") else str(value).encode())
                  for event in calendar.walk("VEVENT") for name, value in event.property_items(recursive=False)
                  if name not in ("BEGIN", "END"))


def _undated(body: str | bytes | None) -> list[tuple[str, bytes]] | None:
    """`_content` but DTSTAMP, which each push sets to its own time."""
    found = _content(body) if body is not None else None
    return None if found is None else [item for item in found if item[0] != "DTSTAMP"]


@dataclass
class _Write:
    resource: Resource  # with its pending fields set
    create: bool
    what: str  # "created", "updated", "cancelled"


class _Pusher:
    """One calendar's push."""

    def __init__(self, store: Store, connection: Connection, target: Target, *, now: datetime,
                 cache: FeedCache, bodies: _Bodies) -> None:
        self.store = store
        self.connection = connection
        self.target = target
        self.account = connection.account.name
        self.now = now.astimezone(UTC).replace(microsecond=0)
        self.cache = cache
        self.bodies = bodies
        self.result = TargetResult(target)

    def run(self) -> TargetResult:
        target, store = self.target, self.store
        if not state.calendar_known(store, self.account, target.url):
            self.result.made_calendar = self.connection.ensure_calendar(target.url, target.name)
        token = state.sync_token(store, self.account, target.url, target.feed)
        state.save_calendar(store, self.account, target.url, feed=target.feed, token=token)
        if target.gone:  # nothing of it is wanted any more
            items, entries = [], {}
        else:
            export = export_feed(store, target.scope, now=self.now, cache=self.cache)  # SEQUENCE from the ledger
            items = export.feed.events
            entries = ledger_entries(store, (i.uid for i in items))
        records = state.resources(store, self.account, target.url, target.feed)
        try:
            listing = self.connection.listing(target.url, token)
        except CalendarGone:  # deleted on the server since: made again, and every event in it written again
            if target.gone:  # ... unless nothing of it is wanted: its events went with the calendar
                state.forget(store, self.account, target.url, list(records))
                return self.result
            self.result.made_calendar = self.connection.ensure_calendar(target.url, target.name)
            listing = self.connection.listing(target.url, None)
        self.result.listing = SYNC_TOKEN if listing.used_token else FULL_LISTING
        state.save_calendar(store, self.account, target.url, feed=target.feed, token=listing.token)
        records = self._reconcile(records, listing)
        writes = self._plan(items, entries, records)
        if writes:
            self._save([w.resource for w in writes])  # pending, in one go
        for write in writes:
            self._send(write)
        return self.result

    # -- what the server holds --------------------------------------------------------------

    def _save(self, records: list[Resource]) -> None:
        state.save(self.store, self.account, self.target.url, self.target.feed, records)

    def _server_etag(self, listing, href: str) -> tuple[bool, str | None]:
        """(known, ETag): whether the listing tells about `href`, and its ETag there (None: not there)."""
        if href in listing.etags:
            return True, listing.etags[href]
        return listing.complete, None

    def _is_ours(self, resource: Resource, etag: str | None) -> tuple[bool, str | None]:
        """Whether the server holds exactly our pending write (GET and compare); and its ETag."""
        answer = self.connection.get(self.connection.url(resource.href))
        if answer.status == 404:
            return False, None
        identity = _identity(answer.text) if answer.status == 200 else None
        ours = identity == (resource.uid, resource.pending_sequence, resource.pending_stamp)
        return ours, answer.etag or etag

    def _reconcile(self, records: dict[str, Resource], listing) -> dict[str, Resource]:
        """Bring what we know up to date with the listing: resolve pending writes, find others' edits."""
        changed: list[Resource] = []
        gone: list[str] = []
        for uid, record in list(records.items()):
            known, etag = self._server_etag(listing, record.href)
            if record.pending:
                if known and etag is None:
                    landed = False
                elif not known or (record.confirmed and etag == record.etag):
                    landed = False
                else:
                    landed, etag = self._is_ours(record, etag)
                    if not landed and etag is not None:  # someone else's version is there
                        record = replace(record, confirmed=True, etag=etag or None, conflict=BY_SOMEONE_ELSE)
                        record = _clear_pending(record)
                        changed.append(record)
                        records[uid] = record
                        continue
                if landed:
                    record = _confirm(record, etag)
                elif not record.confirmed or (known and etag is None):
                    gone.append(uid)
                    del records[uid]
                    continue
                else:
                    record = _clear_pending(record)
                changed.append(record)
                records[uid] = record
                continue
            if not record.confirmed:
                continue
            if known and etag is None:  # deleted on the server: RitualDesk writes it again
                gone.append(uid)
                del records[uid]
            elif known and record.etag is not None and etag and etag != record.etag and record.conflict is None:
                record = replace(record, etag=etag, conflict=BY_SOMEONE_ELSE)
                changed.append(record)
                records[uid] = record
        self._save(changed)
        state.forget(self.store, self.account, self.target.url, gone)
        return records

    # -- what to write ----------------------------------------------------------------------

    def _plan(self, items: list[Item], entries: dict[str, LedgerEntry], records: dict[str, Resource]) -> list[_Write]:
        writes = []
        tzid = self.target.team.timezone if self.target.team is not None else None
        wanted = set()
        for item in items:
            wanted.add(item.uid)
            record = records.get(item.uid)
            if record is not None and record.conflict:
                self.result.conflicts.append((item.summary, record.conflict))
                continue
            if record is not None and not record.cancelled and record.content_hash == item.content_hash:
                self.result.unchanged += 1
                continue
            entry = entries[item.uid]
            sequence = entry.sequence
            if record is not None and record.sequence is not None and sequence <= record.sequence:
                sequence = record.sequence + 1  # e.g. back after a cancellation
            if sequence == entry.sequence and entry.rendered is not None:
                component, modified = entry.rendered, entry.modified
            else:
                modified = max(self.now, entry.modified)
                component = render_component(item, replace(entry, sequence=sequence, modified=modified))
            body = self.bodies.body(component, item, getattr(item.start and item.start.tzinfo, "key", tzid))
            href = record.href if record is not None else href_for(self.target.url, item.uid)
            base = record or Resource(item.uid, href, item.summary, item.start.isoformat())
            pending = replace(base, summary=item.summary, start=item.start.isoformat(),
                              pending_hash=item.content_hash, pending_sequence=sequence,
                              pending_stamp=utc_text(modified), pending_body=body, pending_cancel=False)
            create = record is None or not record.confirmed
            writes.append(_Write(pending, create, "created" if create else "updated"))
        zone = self.target.team.tz if self.target.team is not None else UTC
        first = datetime.combine(self.target.scope.first, datetime.min.time(), tzinfo=zone)
        for uid, record in records.items():
            if uid in wanted or not record.confirmed or record.cancelled:
                continue
            if record.conflict:
                self.result.conflicts.append((record.summary, record.conflict))
                continue
            if datetime.fromisoformat(record.start) < first or record.body is None:
                continue  # aged out of the feed's span: history stays as it was
            sequence = (record.sequence or 0) + 1
            body = _cancelled_body(record.body, sequence=sequence, stamp=self.now)
            pending = replace(record, pending_hash=CANCELLED, pending_sequence=sequence,
                              pending_stamp=utc_text(self.now), pending_body=body, pending_cancel=True)
            writes.append(_Write(pending, False, "cancelled"))
        return writes

    def _someone_else(self, resource: Resource, url: str) -> bool:
        """For a server that gives no ETags at all: whether the event there is not the one we last wrote."""
        answer = self.connection.get(url)
        if answer.status == 404:
            return False
        return answer.status != 200 or resource.body is None or _content(answer.text) != _content(resource.body)

    def _written_meanwhile(self, resource: Resource, url: str) -> bool:
        """Whether the server holds this very write, made by another push of this database at the same time.

        Two pushes (the app's after an edit, a script's) plan the same writes from the same database;
        the one that comes second gets 412, finds the event saying exactly what it meant to write
        (but for DTSTAMP, the time of each push), and takes it as confirmed instead of someone else's.
        """
        answer = self.connection.get(url)
        if answer.status != 200 or _undated(answer.text) is None or _undated(answer.text) != _undated(
                resource.pending_body):
            return False
        self._save([_confirm(resource, answer.etag or self.connection.etag(url))])
        return True

    def _send(self, write: _Write) -> None:
        resource = write.resource
        url = self.connection.url(resource.href)
        if not write.create and resource.etag is None and self._someone_else(resource, url):
            record = replace(_clear_pending(resource), conflict=BY_SOMEONE_ELSE)
            self._save([record])
            self.result.conflicts.append((resource.summary, BY_SOMEONE_ELSE))
            return
        answer = self.connection.put(url, resource.pending_body, etag=resource.etag, create=write.create)
        if answer.status in (200, 201, 204):
            etag = answer.etag or self.connection.etag(url)  # some servers give no ETag on PUT
            self._save([_confirm(resource, etag)])
            getattr(self.result, write.what).append(resource.summary)
            return
        if answer.status == 412 and self._written_meanwhile(resource, url):
            return
        if answer.status == 412:  # someone else's version is there: leave it alone
            why = ALREADY_THERE if write.create else BY_SOMEONE_ELSE
            etag = self.connection.etag(url)
            record = replace(_clear_pending(resource), confirmed=True, etag=etag, conflict=why)
            self._save([record])
            self.result.conflicts.append((resource.summary, why))
            return
        # refused (403 forbidden, 507 full...): nothing landed; try again next time
        record = _clear_pending(resource)
        if record.confirmed:
            self._save([record])
        else:
            state.forget(self.store, self.account, self.target.url, [record.uid])
        self.result.failed.append((resource.summary, _("refused by the server (HTTP {status})").format(
            status=answer.status)))


def _clear_pending(record: Resource) -> Resource:
    return replace(record, pending_hash=None, pending_sequence=None, pending_stamp=None, pending_body=None,
                   pending_cancel=False)


def _confirm(record: Resource, etag: str | None) -> Resource:
    """The pending write, now known to be on the server with `etag`."""
    return _clear_pending(replace(
        record, confirmed=True, etag=etag or None, content_hash=record.pending_hash, sequence=record.pending_sequence,
        stamp=record.pending_stamp, body=record.pending_body, cancelled=record.pending_cancel, conflict=None))


def push(store: Store, found: Account, *, now: datetime, team_ids: Sequence[int] | None = None,
         member_id: int | None = None, connection: Connection | None = None) -> PushResult:
    """Push the chosen feeds to the account's server; what was confirmed is kept even if the push stops."""
    from ..errors import CalendarServerError, StoreError

    if store.read_only:  # a push records each write before and after it is sent: refused before any request
        raise StoreError(_("{path} cannot be written, and a push must record in it what it sends; nothing was "
                           "sent (push from a copy of the database that can be written)").format(path=store.path))
    own = connection is None
    connection = connection or Connection(found)
    done: list[TargetResult] = []
    error = ""
    try:
        today = now.date()
        chosen = targets(store, found, connection, today=today, team_ids=team_ids, member_id=member_id)
        cache, bodies = FeedCache(), _Bodies()
        for target in chosen:
            scope = target.scope
            if not target.gone:
                local_today = now.astimezone(target.team.tz).date()
                first, last = default_horizon(local_today)
                target = replace(target, scope=replace(scope, first=first, last=last))
            done.append(_Pusher(store, connection, target, now=now, cache=cache, bodies=bodies).run())
    except CalendarServerError as failure:
        error = str(failure)
    finally:
        if own:
            connection.close()
    result = PushResult(done, connection.counter.total, connection.counter.writes, error)
    save_last_push(store, found.name, when=now, result=json.dumps(result.counts(), ensure_ascii=False))
    if error:
        raise CalendarServerError(_("{error}; what was confirmed before is kept, the next push goes on from there")
                                  .format(error=error))
    return result
