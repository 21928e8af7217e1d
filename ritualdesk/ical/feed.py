"""What a calendar feed says: one event per occurrence, one to-do per action, computed from the store.

Nothing here writes or renders; `export` turns a Feed into bytes with SEQUENCE from the ledger.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import uuid
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from .. import i18n
from ..agenda import UID_DOMAIN, TeamPlan, checkpoint_fingerprint, occurrence_uid
from ..errors import InvalidInput
from ..i18n import _, translation
from ..localize import short_date_time
from ..model import (
    WEEKDAY_CODES,
    ActionItem,
    ActionStatus,
    HolidayRule,
    Member,
    Occurrence,
    OccurrenceKey,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    ScheduleKind,
    Sprint,
    Team,
    tidy_name,
)
from ..rotation import roster_on
from ..store import Store
from .ledger import KnownUid, known_uids, ledger_entries

DAYS_BACK = 30
MONTHS_AHEAD = 6
MAX_ALARM_MINUTES = 7 * 24 * 60
DAY_BEFORE = 24 * 60  # a facilitator's own turn is announced the day before too


def default_horizon(today: date) -> tuple[date, date]:
    """The default span of a feed: 30 days back to 6 months ahead."""
    return today - timedelta(days=DAYS_BACK), today + relativedelta(months=MONTHS_AHEAD)


@dataclass(frozen=True, slots=True)
class Scope:
    """What a calendar file shows: which teams, member or kinds, over which days, with or without to-dos."""

    first: date
    last: date
    team_ids: tuple[int, ...] | None = None
    member_id: int | None = None
    kinds: tuple[RitualKind, ...] | None = None
    todos: bool = False
    name: str = ""
    alarms: int | None = None  # minutes before each event for a VALARM (None: no alarm)

    def __post_init__(self) -> None:
        if self.name:  # one line in the file's header: a line break would make it invalid iCalendar
            object.__setattr__(self, "name", tidy_name(self.name, "calendar"))
        if self.alarms is not None and not 0 <= self.alarms <= MAX_ALARM_MINUTES:
            raise InvalidInput(_("alarms go from 0 to {max_alarm_minutes} minutes before an event (a week)").format(
                                   max_alarm_minutes=MAX_ALARM_MINUTES))
        if self.last < self.first:
            raise InvalidInput(_("the end of the export (--to) must not be before its start (--from)"))
        if (self.last - self.first).days > 366 * 5:
            raise InvalidInput(_("an export spans at most five years"))


@dataclass(frozen=True, slots=True)
class Item:
    """One VEVENT or VTODO of a feed, as its properties before SEQUENCE and time stamps."""

    uid: str
    component: str  # "VEVENT" or "VTODO"
    properties: tuple[tuple[str, object], ...]
    content_hash: str
    summary: str
    start: datetime | None = None
    end: datetime | None = None
    alarms: tuple[Alarm, ...] = ()


@dataclass(frozen=True, slots=True)
class Alarm:
    """One VALARM of an event: how it reminds (DISPLAY or AUDIO), how long before, and what it says."""

    action: str
    minutes: int
    description: str


def alarms_for(title: str, minutes: int, *, own_turn: bool,
               tr: gettext.NullTranslations | None = None) -> tuple[Alarm, ...]:
    """The alarms of an event: one `minutes` before; on the member's own turn a stronger set (in `tr`'s language)."""
    tr = tr or translation("en")
    if not own_turn:
        return (Alarm(action="DISPLAY", minutes=minutes,
                      description=tr.ngettext("{title} in {n} minute", "{title} in {n} minutes", minutes)
                      .format(title=title, n=minutes) if minutes else title),)
    soon = (tr.ngettext("You facilitate {title} in {n} minute", "You facilitate {title} in {n} minutes", minutes)
            if minutes else tr.gettext("You facilitate {title} now")).format(title=title, n=minutes)
    return (Alarm(action="DISPLAY", minutes=DAY_BEFORE,
                  description=tr.gettext("Tomorrow you facilitate {title}").format(title=title)),
            Alarm(action="DISPLAY", minutes=minutes, description=soon),
            Alarm(action="AUDIO", minutes=minutes, description=soon))


def with_alarms(item: Item, alarms: tuple[Alarm, ...]) -> Item:
    """The item with these alarms, its content hash covering them (a new alarm is a change)."""
    marks = [("VALARM", f"{a.action} {a.minutes} {a.description}") for a in alarms]
    return replace(item, alarms=alarms, content_hash=content_hash([*item.properties, *marks]))


@dataclass(frozen=True, slots=True)
class Feed:
    """Everything that goes into one calendar file, computed from the store without writing."""

    name: str
    scope: Scope
    items: list[Item]
    timezones: tuple[str, ...]
    extra: tuple[tuple[str, str], ...] = field(default=())  # calendar-level X- properties
    checkpoints: tuple = ()  # rotation checkpoints the computation offers to save (a cache)
    new_uids: tuple[KnownUid, ...] = ()  # UIDs given to actions for the first time, to record when saved

    @property
    def events(self) -> list[Item]:
        """The VEVENTs."""
        return [i for i in self.items if i.component == "VEVENT"]

    @property
    def todos(self) -> list[Item]:
        """The VTODOs."""
        return [i for i in self.items if i.component == "VTODO"]


def _canonical(value: object) -> str:
    if type(value) is str:  # most values: what the last line gives them, sooner
        return "str:" + value
    if isinstance(value, datetime):
        return f"{value.isoformat()}[{getattr(value.tzinfo, 'key', '')}]"
    if isinstance(value, list | tuple):
        return "|".join(_canonical(v) for v in value)
    return f"{type(value).__name__}:{value}"


def content_hash(properties: Sequence[tuple[str, object]]) -> str:
    """A hash of what an event says (its properties but SEQUENCE and time stamps)."""
    text = "\n".join(f"{name}={_canonical(value)}" for name, value in properties)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _is_link(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def schedule_text(ritual: Ritual) -> str:
    """The schedule as written in our calendar files, e.g. 'weekly MO WE' or 'weekly TH every 2 from 2026-01-05'."""
    schedule = ritual.schedule
    if schedule.kind is ScheduleKind.WEEKLY:
        text = "weekly " + " ".join(WEEKDAY_CODES[d] for d in schedule.weekdays)
    elif schedule.kind is ScheduleKind.SPRINT_DAY:
        text = f"sprint_day {schedule.sprint_day}"
    elif schedule.kind is ScheduleKind.ONCE:
        text = f"once {schedule.on.isoformat()}"
    elif schedule.kind is ScheduleKind.MONTHLY_DAY:
        text = f"monthly_day {schedule.month_day}"
    elif schedule.kind is ScheduleKind.MONTHLY_WEEKDAY:
        text = f"monthly_weekday {schedule.ordinal} {WEEKDAY_CODES[schedule.weekdays[0]]}"
    else:
        text = "working_days"
    if schedule.every > 1:
        text += f" every {schedule.every} from {schedule.anchor.isoformat()}"
    if schedule.on_holiday is not HolidayRule.SKIP:
        text += f" on_holiday {schedule.on_holiday.value}"
    return text


def legacy_action_uid(action: ActionItem, rituals: dict[int, Ritual]) -> str:
    """The UID earlier versions derived from an action's local id (kept for actions already exported with it)."""
    if action.origin is not None and action.origin.ritual_id in rituals:
        return f"{rituals[action.origin.ritual_id].uid}-action-{action.id}@{UID_DOMAIN}"
    return f"team{action.team_id}-action-{action.id}@{UID_DOMAIN}"


class ActionUids:
    """Each action's own UID: the one recorded for it, else a new random one (recorded when the feed is saved).

    A UID derived from the local id could collide with an imported action's UID (another store's
    id); a random one cannot. An action exported before with its id-based UID keeps it, unless
    that UID already belongs to something else. A database opened read-only cannot record a new
    UID: there it is derived from what the action is, so that every export of it gives the same.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.stable = store.read_only
        known = known_uids(store)
        self.claimed = set(known)
        self.assigned: dict[int, str] = {}
        for uid in sorted(k.uid for k in known.values() if k.what == "action"):
            self.assigned.setdefault(known[uid].target_id, uid)
        self.new: dict[str, KnownUid] = {}

    def uids(self, actions: Sequence[ActionItem], rituals: dict[int, Ritual]) -> dict[int, str]:
        """The UID of each action, assigning new ones where needed."""
        missing = [a for a in actions if a.id not in self.assigned]
        legacy = {a.id: legacy_action_uid(a, rituals) for a in missing}
        exported = ledger_entries(self.store, legacy.values()) if legacy else {}
        for action in missing:
            uid = legacy[action.id]
            if uid not in exported or uid in self.claimed:
                uid = self._stable_uid(action, uid) if self.stable else f"action-{uuid.uuid4()}@{UID_DOMAIN}"
            self.assigned[action.id] = uid
            self.claimed.add(uid)
            self.new[uid] = KnownUid(uid=uid, what="action", target_id=action.id, origin="export")
        return {a.id: self.assigned[a.id] for a in actions}

    def _stable_uid(self, action: ActionItem, legacy: str) -> str:
        """A UID that is the same at each export of an unchanging database, and not one already claimed."""
        seed = [legacy, self.store.team(action.team_id).name, action.title,
                action.created.isoformat() if action.created else ""]
        for attempt in range(1000):
            name = "\n".join([*seed, str(attempt)])
            uid = f"action-{uuid.uuid5(uuid.NAMESPACE_URL, name)}@{UID_DOMAIN}"
            if uid not in self.claimed:
                return uid
        return f"action-{uuid.uuid4()}@{UID_DOMAIN}"  # never in practice: a thousand claimed in a row


def carried_over(
    actions: Sequence[ActionItem], retro: Occurrence, origin_start: dict[OccurrenceKey, datetime]
) -> list[ActionItem]:
    """The actions a retrospective reviews (same rule as operations.carried_actions, on loaded data)."""
    carried = []
    for action in actions:
        reviewed_here = any(key == retro.key for key, _ in action.reviews)
        if action.origin is not None:
            start = origin_start.get(action.origin)
            created_before = start is not None and start < retro.start
        else:
            created_before = action.created is not None and action.created <= retro.start.date()
        if created_before and action.origin != retro.key and (action.status is ActionStatus.OPEN or reviewed_here):
            carried.append(action)
    return carried


class _TeamView:
    """One team's data loaded once for a feed."""

    def __init__(self, store: Store, team: Team, scope: Scope, rituals: dict[int, Ritual],
                 zones: dict[int, ZoneInfo]) -> None:
        self.team = team
        self.tr = translation(team.language)  # its calendars read in its language, whoever exports them
        wanted = [r for r in store.rituals(team.id) if scope.kinds is None or r.kind in scope.kinds]
        # `since`: rotations resume from stored checkpoints instead of replaying years of history
        self.plan = TeamPlan(store, team, until=scope.last, rituals=wanted, since=scope.first)
        self.members: dict[int, Member] = {m.id: m for m in self.plan.members}
        self.sprints: dict[int, Sprint] = {s.number: s for s in self.plan.sprints}  # the occurrences know theirs
        self.actions = store.actions(team.id)
        self.rituals = rituals
        def zone_of(origin: OccurrenceKey) -> ZoneInfo:  # the team's zone on its day (it may have changed since)
            team_id = rituals[origin.ritual_id].team_id
            return self.plan.calendar.zone_on(origin.planned.date()) if team_id == team.id else zones[team_id]

        self.origin_start = {  # when each action's origin was planned, as an instant
            action.origin: action.origin.planned.replace(tzinfo=zone_of(action.origin))
            for action in self.actions
            if action.origin is not None and action.origin.ritual_id in rituals
        }
        # Only open actions and those a retrospective reviewed can be carried into it: looked up
        # once here rather than every action at every retrospective.
        self._open = [i for i, action in enumerate(self.actions) if action.status is ActionStatus.OPEN]
        self._reviewed_at: dict[OccurrenceKey, list[int]] = {}
        for i, action in enumerate(self.actions):
            for key, _verdict in action.reviews:
                self._reviewed_at.setdefault(key, []).append(i)

    def carried(self, retro: Occurrence) -> list[ActionItem]:
        """What `carried_over` gives for this retrospective, from the only actions that can be."""
        candidates = sorted({*self._open, *self._reviewed_at.get(retro.key, ())})
        return carried_over([self.actions[i] for i in candidates], retro, self.origin_start)


def _description(view: _TeamView, ritual: Ritual, found: Occurrence, sprint: Sprint | None) -> str:
    tr, lines = view.tr, []
    facilitator = view.members.get(found.facilitator_id)
    if facilitator is not None:
        lines.append(tr.gettext("Facilitator: {name}").format(name=facilitator.name))
    if sprint is not None:
        lines.append((tr.gettext("Sprint {number}: {goal}") if sprint.goal else tr.gettext("Sprint {number}"))
                     .format(number=sprint.number, goal=sprint.goal))
    if ritual.location:
        lines.append((tr.gettext("Link: {place}") if _is_link(ritual.location) else tr.gettext("Location: {place}"))
                     .format(place=ritual.location))
    if found.moved:
        planned = found.key.planned
        lines.append(tr.gettext("Moved from {moment}").format(moment=short_date_time(planned, view.team.language)))
    if ritual.agenda:
        lines += ["", tr.gettext("Agenda:"), ritual.agenda]
    if ritual.kind is RitualKind.RETROSPECTIVE:
        carried = view.carried(found)
        if carried:
            lines += ["", tr.gettext("Carried-over actions:")]
            for action in carried:
                details = [view.members[action.owner_id].name] if action.owner_id in view.members else []
                if action.due is not None:
                    details.append(tr.gettext("due {day}").format(day=action.due.isoformat()))
                survived = action.retros_survived
                if survived:
                    details.append(tr.ngettext("survived {count} retro", "survived {count} retros", survived)
                                   .format(count=survived))
                lines.append(f"- {action.title}" + (f" ({', '.join(details)})" if details else ""))
    return "\n".join(lines)


def unambiguous(moment: datetime) -> datetime:
    """`moment` as written with its TZID, or in UTC when its wall-clock time would be read as another instant.

    A local time repeated by a DST fall-back is read as its first occurrence (RFC 5545); a
    meeting that ends in the second 02:30 must then be written in UTC.
    """
    wall = moment.replace(tzinfo=None).replace(tzinfo=moment.tzinfo, fold=0)
    if wall.astimezone(UTC) == moment.astimezone(UTC):
        return moment
    return moment.astimezone(UTC)


def _start_end(start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """DTSTART and DTEND with the team's TZID, or both in UTC when either would be misread.

    Both, because readers add the duration on the wall clock of DTSTART's zone.
    """
    if unambiguous(start) is start and unambiguous(end) is end:
        return [("DTSTART", start), ("DTEND", end)]
    return [("DTSTART", start.astimezone(UTC)), ("DTEND", end.astimezone(UTC))]


def _event(view: _TeamView, ritual: Ritual, found: Occurrence) -> Item:
    uid = occurrence_uid(ritual, found.key.planned)
    facilitator = view.members.get(found.facilitator_id)
    summary = (view.tr.gettext("{title} ({facilitator})").format(title=ritual.title, facilitator=facilitator.name)
               if facilitator else ritual.title)
    sprint = view.sprints.get(found.sprint_number) if found.sprint_number is not None else None
    properties: list[tuple[str, object]] = [
        ("UID", uid),
        *_start_end(found.start, found.end),
        ("SUMMARY", summary),
        ("DESCRIPTION", _description(view, ritual, found, sprint)),
    ]
    if ritual.location:
        properties.append(("LOCATION", ritual.location))
        if _is_link(ritual.location):
            properties.append(("URL", ritual.location))
    properties.append(("CATEGORIES", [ritual.kind.value]))
    if facilitator is not None:
        properties.append(("X-RITUALDESK-FACILITATOR", facilitator.name))
    if found.status is OccurrenceStatus.HELD:
        properties.append(("X-RITUALDESK-STATUS", "held"))
    return Item(uid=uid, component="VEVENT", properties=tuple(properties), content_hash=content_hash(properties),
                summary=summary, start=found.start, end=found.end)


_TODO_STATUS = {ActionStatus.OPEN: "NEEDS-ACTION", ActionStatus.DONE: "COMPLETED", ActionStatus.DROPPED: "CANCELLED"}


def _todo(view: _TeamView, action: ActionItem, uid: str) -> Item:
    owner = view.members.get(action.owner_id)
    tr, lines = view.tr, []
    if owner is not None:
        lines.append(tr.gettext("Owner: {name}").format(name=owner.name))
    if action.origin is not None and action.origin.ritual_id in view.rituals:
        lines.append(tr.gettext("From: {ritual} on {day:%Y-%m-%d}").format(
            ritual=view.rituals[action.origin.ritual_id].title, day=action.origin.planned))
    if action.retros_survived:
        lines.append(tr.ngettext("Survived {count} retrospective", "Survived {count} retrospectives",
                                 action.retros_survived).format(count=action.retros_survived))
    properties: list[tuple[str, object]] = [
        ("UID", uid),
        ("SUMMARY", action.title),
        ("DESCRIPTION", "\n".join(lines)),
        ("STATUS", _TODO_STATUS[action.status]),
    ]
    if action.due is not None:
        properties.append(("DUE", action.due))
    if action.status is ActionStatus.DONE and action.closed is not None:
        closed = datetime.combine(action.closed, time(12), tzinfo=view.team.tz).astimezone(UTC)
        properties += [("COMPLETED", closed), ("PERCENT-COMPLETE", 100)]
    if action.origin is not None and action.origin.ritual_id in view.rituals:
        properties.append(("RELATED-TO", occurrence_uid(view.rituals[action.origin.ritual_id], action.origin.planned)))
    properties.append(("CATEGORIES", ["action"]))
    if owner is not None:
        properties.append(("X-RITUALDESK-OWNER", owner.name))
    if action.created is not None:
        properties.append(("X-RITUALDESK-CREATED", action.created.isoformat()))
    if action.closed is not None:
        properties.append(("X-RITUALDESK-CLOSED", action.closed.isoformat()))
    for key, verdict in action.reviews:  # so a fresh store shows the same carried-over lists
        if key.ritual_id in view.rituals:
            properties.append(("X-RITUALDESK-REVIEW", f"{occurrence_uid(view.rituals[key.ritual_id], key.planned)} "
                                                      f"{verdict.value}"))
    return Item(uid=uid, component="VTODO", properties=tuple(properties), content_hash=content_hash(properties),
                summary=action.title)


def _attends(view: _TeamView, member: Member, ritual: Ritual, found: Occurrence) -> bool:
    if found.facilitator_id == member.id:
        return True
    day = found.start.date()
    on_roster = member.id in roster_on(view.plan.rosters.get(ritual.id, ()), day)
    return on_roster and view.plan.availability(member.id, day)


def _team_extra(view: _TeamView, scope: Scope) -> list[tuple[str, str]]:
    """Calendar-level data that lets an import into a fresh store rebuild the series."""
    team = view.team
    spec = {
        "name": team.name, "timezone": team.timezone, "working_days": list(team.working_days),
        "holidays": [team.holidays_country, team.holidays_subdivision], "sprint_weeks": team.sprint_weeks,
        "language": team.language, "members": [[m.name, m.role.value] for m in view.plan.members],
    }
    earlier = view.plan.calendar.zone_changes()
    if earlier:  # the days each earlier zone of the team ended: its past is rebuilt where it took place
        spec["earlier_zones"] = [[until.isoformat(), name] for until, name in earlier]
    extra = [("X-RITUALDESK-TEAM", _json(spec))]
    for ritual in view.plan.rituals:
        roster = roster_on(view.plan.rosters.get(ritual.id, ()), scope.last)
        extra.append(("X-RITUALDESK-RITUAL", _json({
            "uid": ritual.uid, "team": team.name, "kind": ritual.kind.value, "title": ritual.title,
            "at": ritual.start_time.isoformat(timespec="minutes"), "minutes": ritual.minutes,
            "schedule": schedule_text(ritual), "starts_on": ritual.starts_on.isoformat(),
            "ends_on": ritual.ends_on.isoformat() if ritual.ends_on else None,
            "location": ritual.location, "agenda": ritual.agenda,
            "roster": [view.members[m].name for m in roster if m in view.members],
        })))
    for sprint in view.plan.sprints:
        if sprint.end >= scope.first and sprint.start <= scope.last:
            extra.append(("X-RITUALDESK-SPRINT", _json({
                "team": team.name, "number": sprint.number, "start": sprint.start.isoformat(),
                "end": sprint.end.isoformat(), "goal": sprint.goal})))
    return extra


class FeedCache:
    """Team computations shared by the feeds of one run, and kept from one export to the next while valid.

    Within a run (publish: a team and its members) a team's part is computed once; across runs the
    parts kept for the store (in memory, see `_Kept`) are reused while everything they depend on
    (`_validity`) is unchanged.
    """

    def __init__(self) -> None:
        self._views: dict[tuple, _TeamFeed] = {}
        self._zones: dict[int, ZoneInfo] | None = None
        self._action_uids: ActionUids | None = None
        self._rituals: dict[int, Ritual] | None = None

    def action_uids(self, store: Store) -> ActionUids:
        """The actions' UIDs, shared by every feed of the run (a new one is the same in all of them)."""
        if self._action_uids is None:
            self._action_uids = ActionUids(store)
        return self._action_uids

    def rituals(self, store: Store) -> dict[int, Ritual]:
        """Every ritual by id, read once for the run."""
        if self._rituals is None:
            self._rituals = {r.id: r for r in store.rituals()}
        return self._rituals

    def view(self, store: Store, team: Team, scope: Scope, rituals: dict[int, Ritual]) -> _TeamFeed:
        """The team's loaded data, its events in the scope and its cancelled occurrences, computed once."""
        key = (team.id, scope.first, scope.last, scope.kinds)
        if key not in self._views:
            if self._zones is None:
                self._zones = {t.id: t.tz for t in store.teams()}
            kept = _kept.get(store)
            if kept is None:
                kept = _kept[store] = _Kept()
            validity = _validity(store, team, self._zones)
            found = kept.get(key, validity)
            if found is None:
                found = _team_feed(store, team, scope, rituals, self._zones)
                if store.reads_committed_data():  # computed from uncommitted writes, it could outlive them
                    kept.put(key, validity, replace(found, checkpoints=()))  # offered once is enough
            else:
                found.view.rituals = rituals  # other teams' rituals (origins of to-dos) as they are now
            self._views[key] = found
        return self._views[key]


@dataclass(slots=True)
class _TeamFeed:
    """One team's part of a feed over a scope: its loaded data, events, cancelled occurrences, checkpoints."""

    view: _TeamView
    events: list[tuple[Ritual, Occurrence, Item]]
    cancelled: list[tuple[Ritual, Occurrence]]
    checkpoints: tuple = ()
    extra: list[tuple[str, str]] | None = None  # the calendar-level data of the team (`_team_extra`), once made


def _team_feed(store: Store, team: Team, scope: Scope, rituals: dict[int, Ritual],
               zones: dict[int, ZoneInfo]) -> _TeamFeed:
    view = _TeamView(store, team, scope, rituals, zones)
    events, cancelled = [], []
    for ritual in view.plan.rituals:
        for found in view.plan.plan(ritual).between(scope.first, scope.last):
            if found.status is OccurrenceStatus.CANCELLED:
                cancelled.append((ritual, found))
            else:
                events.append((ritual, found, _event(view, ritual, found)))
    return _TeamFeed(view=view, events=events, cancelled=cancelled, checkpoints=tuple(view.plan.new_checkpoints))


def _validity(store: Store, team: Team, zones: dict[int, ZoneInfo]) -> tuple:
    """Everything a team's part of a feed depends on besides its scope, cheap to read.

    The team's revision grows with each change to the team, its members, absences, rituals,
    rosters, occurrences and sprints (in any process); its actions and their reviews (shown in
    retrospectives) are hashed; the rules and holiday calendars, the teams' zones (an action's
    origin) and the language the program speaks complete it.
    """
    digest = hashlib.sha256()
    for row in store.conn.execute(
            "SELECT a.*, r.ritual_id, r.planned, r.verdict FROM actions a "
            "LEFT JOIN action_reviews r ON r.action_id = a.id WHERE a.team_id = ? "
            "ORDER BY a.id, r.ritual_id, r.planned", [team.id]):
        digest.update(repr(row).encode())
    return (store.team_revision(team.id), digest.hexdigest(), checkpoint_fingerprint(),
            tuple(sorted((t, z.key) for t, z in zones.items())), i18n.language())


class _Kept:
    """The team parts last computed for a store, each with what it was valid for (a few dozen at most)."""

    LIMIT = 64

    def __init__(self) -> None:
        self._parts: dict[tuple, tuple[tuple, _TeamFeed]] = {}

    def get(self, key: tuple, validity: tuple) -> _TeamFeed | None:
        """The part kept for `key` if it was computed for exactly `validity`."""
        kept = self._parts.get(key)
        return kept[1] if kept is not None and kept[0] == validity else None

    def put(self, key: tuple, validity: tuple, part: _TeamFeed) -> None:
        """Keep a part (dropping the oldest beyond the limit)."""
        self._parts.pop(key, None)
        self._parts[key] = (validity, part)
        while len(self._parts) > self.LIMIT:
            self._parts.pop(next(iter(self._parts)))


_kept: weakref.WeakKeyDictionary[Store, _Kept] = weakref.WeakKeyDictionary()  # in memory, per open store


def forget_kept_feeds(store: Store) -> None:
    """Drop the team parts kept for `store` (the next export computes everything again)."""
    _kept.pop(store, None)


def collect(store: Store, scope: Scope, *, cache: FeedCache | None = None) -> Feed:
    """The feed's events and to-dos, computed from the store (nothing is written).

    Pass the same `cache` to collect several feeds of a store that does not change meanwhile.
    """
    cache = cache or FeedCache()
    member = store.member(scope.member_id) if scope.member_id is not None else None
    teams = store.teams()
    if member is not None:
        teams = [t for t in teams if t.id == member.team_id]
    elif scope.team_ids is not None:
        teams = [t for t in teams if t.id in scope.team_ids]
    rituals = cache.rituals(store)
    action_uids = cache.action_uids(store)
    items: list[Item] = []
    todos: list[Item] = []
    checkpoints: list = []
    zones: set[str] = set()
    extra: list[tuple[str, str]] = [("X-RITUALDESK-RANGE", f"{scope.first.isoformat()}/{scope.last.isoformat()}")]
    for team in teams:
        part = cache.view(store, team, scope, rituals)
        view, events, cancelled = part.view, part.events, part.cancelled
        if not view.plan.rituals and not scope.todos:
            continue
        if part.extra is None:  # the same for the team's feed and its members' (same days, same kinds)
            part.extra = _team_extra(view, scope)
        extra += part.extra
        # cancelled occurrences are left out of the events but named here, so an import restores them
        # (a gap means nothing: the occurrence may have moved out of the range)
        extra += [("X-RITUALDESK-CANCELLED", occurrence_uid(ritual, found.key.planned))
                  for ritual, found in cancelled if member is None or _attends(view, member, ritual, found)]
        for ritual, found, item in events:
            if member is None or _attends(view, member, ritual, found):
                if scope.alarms is not None:
                    own_turn = member is not None and found.facilitator_id == member.id
                    title = view.tr.gettext("{team}'s {ritual}").format(team=team.name, ritual=ritual.title)
                    item = with_alarms(item, alarms_for(title, scope.alarms, own_turn=own_turn, tr=view.tr))
                items.append(item)
                zones.add(getattr(found.start.tzinfo, "key", team.timezone))  # an earlier zone, before it changed
        checkpoints += part.checkpoints
        if scope.todos:
            uids = action_uids.uids(view.actions, rituals)
            for action in view.actions:
                if member is not None and action.owner_id != member.id:
                    continue
                if scope.kinds is not None and (
                        action.origin is None or action.origin.ritual_id not in rituals
                        or rituals[action.origin.ritual_id].kind not in scope.kinds):
                    continue
                if action.status is not ActionStatus.OPEN and (
                        action.closed is None or not scope.first <= action.closed <= scope.last):
                    continue
                todos.append(_todo(view, action, uids[action.id]))
    items.sort(key=lambda i: (i.start, i.uid))
    seen: set[str] = set()
    for item in items + todos:
        if item.uid in seen:  # clients would merge them, and the render cache is keyed by UID
            raise InvalidInput(_("two entries of the calendar would share the UID {uid}; nothing was exported").format(
                                   uid=item.uid))
        seen.add(item.uid)
    used = {t.uid for t in todos}
    new_uids = tuple(k for uid, k in action_uids.new.items() if uid in used)
    return Feed(name=scope.name or _feed_name(store, scope, member), scope=scope, items=items + todos,
                timezones=tuple(sorted(zones)),
                extra=tuple(extra), checkpoints=tuple(checkpoints), new_uids=new_uids)


def _feed_name(store: Store, scope: Scope, member: Member | None) -> str:
    parts = []
    if member is not None:
        parts.append(f"{member.name} ({store.team(member.team_id).name})")
    elif scope.team_ids is not None:
        parts.append(", ".join(store.team(t).name for t in scope.team_ids))
    if scope.kinds is not None:
        parts.append(", ".join(k.value for k in scope.kinds))
    return "RitualDesk" + (" - " + " - ".join(parts) if parts else "")


