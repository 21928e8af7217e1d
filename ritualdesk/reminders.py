"""Reminders before the rituals the user attends: who the user is in each team, how long before, what is due.

Pure reading over the store and a given instant (no clock, no timer): the desktop app asks
what is due when its injected timer fires, the CLI lists what is coming. Occurrences are
those of the agenda, so moves, cancellations, absences and holidays are followed as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .agenda import TeamPlan, occurrence_uid
from .errors import InvalidInput
from .i18n import _
from .model import Occurrence, OccurrenceKey, OccurrenceStatus, Ritual, RitualKind, Team
from .rotation import roster_on
from .store import Store

DEFAULT_LEAD = 10  # minutes before a ritual
MAX_LEAD = 7 * 24 * 60
DAY_BEFORE = timedelta(days=1)  # a facilitation turn is announced the day before too


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder: of which occurrence, for which member, when it is due, and whether they facilitate."""

    uid: str
    key: OccurrenceKey
    team_id: int
    team: str
    ritual: str
    kind: RitualKind
    member_id: int
    member: str
    start: datetime  # aware, in the team's zone
    remind_at: datetime
    facilitates: bool
    day_before: bool = False  # the reminder the day before a facilitation turn

    @property
    def ident(self) -> tuple[str, bool]:
        """What identifies the reminder across recomputations (the occurrence and which of its reminders)."""
        return self.uid, self.day_before

    def as_json(self) -> dict:
        """Plain data for `reminders --json`."""
        return {"uid": self.uid, "team": self.team, "ritual": self.ritual, "kind": self.kind.value,
                "member": self.member, "start": self.start.isoformat(), "remind_at": self.remind_at.isoformat(),
                "facilitates": self.facilitates, "day_before": self.day_before}


# -- who am I, and how long before ---------------------------------------------------------


def me(store: Store) -> dict[int, int]:
    """The member the user is in each team that has one: team id -> member id."""
    return {row[0]: row[1] for row in store.conn.execute("SELECT team_id, member_id FROM me").fetchall()}


def set_me(store: Store, team_id: int, member_id: int | None) -> None:
    """Say which member of the team the user is (None: nobody, no reminders for that team)."""
    with store.transaction():
        store.team(team_id)
        if member_id is None:
            store.conn.execute("DELETE FROM me WHERE team_id = ?", [team_id])
            return
        if store.member(member_id).team_id != team_id:
            raise InvalidInput(_("that member is not in this team"))
        store.conn.execute("INSERT INTO me (team_id, member_id) VALUES (?, ?) "
                         "ON CONFLICT(team_id) DO UPDATE SET member_id = excluded.member_id", [team_id, member_id])


def leads(store: Store) -> dict[int, int]:
    """The rituals whose reminder is not DEFAULT_LEAD minutes before: ritual id -> minutes."""
    return {row[0]: row[1] for row in store.conn.execute("SELECT ritual_id, minutes FROM reminder_leads").fetchall()}


def lead(store: Store, ritual_id: int) -> int:
    """How many minutes before this ritual its reminder comes."""
    return leads(store).get(ritual_id, DEFAULT_LEAD)


def set_lead(store: Store, ritual_id: int, minutes: int | None) -> None:
    """Remind this many minutes before the ritual (None: the default)."""
    if minutes is not None and not 0 <= minutes <= MAX_LEAD:
        raise InvalidInput(_("a reminder comes 0 to {max_lead} minutes (a week) before a ritual").format(
                               max_lead=MAX_LEAD))
    with store.transaction():
        store.ritual(ritual_id)
        store.conn.execute("DELETE FROM reminder_leads WHERE ritual_id = ?", [ritual_id])
        if minutes is not None and minutes != DEFAULT_LEAD:
            store.conn.execute("INSERT INTO reminder_leads (ritual_id, minutes) VALUES (?, ?)", [ritual_id, minutes])


# -- what is due ------------------------------------------------------------------------------


def _attends(plan: TeamPlan, ritual: Ritual, found: Occurrence, member_id: int) -> bool:
    """The same rule as a member's calendar feed: their turn, or on the roster and not away."""
    if found.facilitator_id == member_id:
        return True
    day = found.start.date()
    return member_id in roster_on(plan.rosters.get(ritual.id, ()), day) and plan.availability(member_id, day)


def _before(start: datetime, lead: timedelta) -> datetime:
    """`lead` of real time before `start`, in its zone (Python subtracts wall-clock time within one zone)."""
    return (start.astimezone(UTC) - lead).astimezone(start.tzinfo)


def _team_reminders(store: Store, team: Team, member_id: int, *, first: datetime, last: datetime,
                    lead_of: Mapping[int, int]) -> list[Reminder]:
    """Every reminder of the member in the team whose occurrence starts between two instants."""
    member = store.member(member_id)
    # a week more than asked: a reminder a week before is due in the window of an occurrence after it
    until = (last + timedelta(minutes=MAX_LEAD) + DAY_BEFORE).astimezone(team.tz).date()
    since = first.astimezone(team.tz).date() - timedelta(days=1)
    plan = TeamPlan(store, team, until=until, since=since)
    found: list[Reminder] = []
    for ritual in plan.rituals:
        minutes = lead_of.get(ritual.id, DEFAULT_LEAD)
        for occurrence in plan.plan(ritual).between(since, until):
            if occurrence.status is not OccurrenceStatus.PLANNED or not first <= occurrence.start <= last + \
                    timedelta(minutes=minutes) + DAY_BEFORE:
                continue
            if not _attends(plan, ritual, occurrence, member_id):
                continue
            facilitates = occurrence.facilitator_id == member_id
            base = Reminder(occurrence_uid(ritual, occurrence.key.planned), occurrence.key, team.id, team.name,
                            ritual.title, ritual.kind, member_id, member.name, occurrence.start,
                            _before(occurrence.start, timedelta(minutes=minutes)), facilitates)
            found.append(base)
            if facilitates and minutes < DAY_BEFORE.total_seconds() // 60:
                found.append(Reminder(base.uid, base.key, team.id, team.name, ritual.title, ritual.kind, member_id,
                                      member.name, occurrence.start, occurrence.start - DAY_BEFORE, True, True))
    return found


def coming(store: Store, *, now: datetime, within: timedelta, team_ids: Sequence[int] | None = None,
           members: Mapping[int, int] | None = None) -> list[Reminder]:
    """The reminders due from now to `now + within` whose ritual has not started, by when they are due.

    `members` says whose reminders (team id -> member id; default: who the user is, see `me`).
    A reminder already due whose ritual has not started yet is included: it is still relevant.
    """
    if within < timedelta(0):
        raise InvalidInput(_("the window of reminders cannot be negative"))
    who = dict(me(store) if members is None else members)
    wanted = sorted(t for t in who if team_ids is None or t in team_ids)
    if not wanted:
        return []  # nobody to remind (no team where the user said who they are): nothing else read
    lead_of = leads(store)
    result: list[Reminder] = []
    for team in store.teams_of_ids(wanted):  # the order does not matter: sorted below
        for reminder in _team_reminders(store, team, who[team.id], first=now, last=now + within, lead_of=lead_of):
            if reminder.start > now and reminder.remind_at <= now + within:
                result.append(reminder)
    result.sort(key=lambda r: (r.remind_at, r.start, r.uid, r.day_before))
    return result


def due_among(found: Sequence[Reminder], *, now: datetime) -> list[Reminder]:
    """What to show now: per occurrence not yet started, only its latest reminder already due.

    After a laptop wakes up, occurrences already begun are not reminded at all, and an
    occurrence whose day-before and minutes-before reminders are both due shows one.
    """
    latest: dict[str, Reminder] = {}
    for reminder in found:
        if not reminder.remind_at <= now < reminder.start:
            continue
        kept = latest.get(reminder.uid)
        if kept is None or reminder.remind_at > kept.remind_at:
            latest[reminder.uid] = reminder
    return sorted(latest.values(), key=lambda r: (r.remind_at, r.uid))


def due(store: Store, *, now: datetime, members: Mapping[int, int] | None = None) -> list[Reminder]:
    """What to show now (see `due_among`)."""
    return due_among(coming(store, now=now, within=timedelta(0), members=members), now=now)


def next_due(store: Store, *, now: datetime, members: Mapping[int, int] | None = None,
             horizon: timedelta = timedelta(days=8)) -> datetime | None:
    """When the next reminder after `now` is due (None: none within the horizon): when to wake up."""
    upcoming = [r.remind_at for r in coming(store, now=now, within=horizon, members=members) if r.remind_at > now]
    return min(upcoming, default=None)


def parse_duration(text: str) -> timedelta:
    """'90m', '2h', '3d', '1w' or a number of minutes, as a duration."""
    text = text.strip().lower()
    units = {"m": 1, "min": 1, "h": 60, "d": 24 * 60, "w": 7 * 24 * 60}
    number, unit = text, "m"
    for suffix in sorted(units, key=len, reverse=True):
        if text.endswith(suffix):
            number, unit = text[: -len(suffix)].strip(), suffix
            break
    try:
        value = int(number)
    except ValueError:
        raise InvalidInput(_("{text!r} is not a duration (use e.g. 30m, 2h, 3d or 1w)").format(text=text)) from None
    if value < 0:
        raise InvalidInput(_("a duration cannot be negative"))
    if value * units[unit] > 366 * 24 * 60:
        raise InvalidInput(_("look at most a year ahead"))
    return timedelta(minutes=value * units[unit])
