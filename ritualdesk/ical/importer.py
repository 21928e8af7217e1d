"""Importing .ics files: absences, ritual series and our own exports, all or nothing, with a report.

The file is checked whole before anything is written (size, binary junk, huge lines, bad
dates, unknown time zones, missing UIDs); then everything is written in one transaction.
Our own UIDs are recognised, so importing an export back duplicates nothing.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from .. import operations
from ..agenda import TeamPlan, parse_occurrence_uid
from ..errors import InvalidInput, RitualDeskError
from ..i18n import _
from ..localize import status_name, things
from ..model import (
    Absence,
    ActionItem,
    ActionStatus,
    Member,
    OccurrenceKey,
    OccurrenceState,
    OccurrenceStatus,
    PastWorkweek,
    Ritual,
    RitualKind,
    Role,
    Schedule,
    ScheduleKind,
    Sprint,
    Team,
    Verdict,
    zone,
)
from ..os_reasons import os_reason
from ..store import Store
from ..workdays import WorkCalendar, check_holiday_calendar
from .feed import legacy_action_uid
from .ledger import KnownUid, known_uids, ledger_entries, remember_uids
from .reading import MAX_BYTES, Entry, parse_calendar, read_entries, short
from .series import described_series, guess_kind, schedule_from_rrule, schedule_from_text

MODES = ("auto", "absences", "rituals")


@dataclass(frozen=True, slots=True)
class Line:
    """One entry of the import report."""

    uid: str
    summary: str
    what: str  # "absence", "ritual", "occurrence", "action", "team", "member"
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import wrote and what it left out, and why."""

    mode: str
    imported: tuple[Line, ...]
    skipped: tuple[Line, ...]
    dry_run: bool = False

    def summary(self) -> str:
        """One line for a person: counts by kind of thing."""
        counts: dict[str, int] = {}
        for line in self.imported:
            counts[line.what] = counts.get(line.what, 0) + 1
        done = ", ".join(things(what, n) for what, n in sorted(counts.items())) or _("nothing")
        return (_("would import {things}; skipped {count}") if self.dry_run else
                _("imported {things}; skipped {count}")).format(things=done, count=len(self.skipped))

    def as_json(self) -> dict:
        """The report as plain data (for `import --json` and the desktop app)."""
        def rows(lines: Sequence[Line]) -> list[dict]:
            return [{"uid": x.uid, "summary": x.summary, "what": x.what, "reason": x.reason} for x in lines]
        return {"mode": self.mode, "dry_run": self.dry_run, "imported": rows(self.imported),
                "skipped": rows(self.skipped)}


# -- importing -----------------------------------------------------------------------------


class _DryRun(Exception):
    pass


class _Importer:
    """One import: decisions are collected in the report as things are written (in one transaction)."""

    def __init__(self, store: Store, calendar: Calendar, *, team: Team | None, absences_for: Member | None,
                 mode: str, now: datetime) -> None:
        self.store = store
        self.calendar = calendar
        self.team = team
        self.absences_for = absences_for
        self.mode = mode
        self.now = now
        self.imported: list[Line] = []
        self.skipped: list[Line] = []
        self.remembered: list[KnownUid] = []
        self.known = known_uids(store)

    def done(self, entry: Entry | None, what: str, reason: str = "", *, uid: str = "", summary: str = "") -> None:
        """Record something imported."""
        self.imported.append(Line(uid=entry.uid if entry else uid, summary=entry.summary if entry else summary,
                                  what=what, reason=reason))

    def skip(self, entry: Entry, what: str, reason: str) -> None:
        """Record something left out, and why."""
        self.skipped.append(Line(uid=entry.uid, summary=entry.summary, what=what, reason=reason))

    def ours_here(self, entry: Entry) -> bool:
        """Whether the entry is an occurrence this database exported (whatever the import mode)."""
        parsed = parse_occurrence_uid(entry.uid)
        return parsed is not None and self.store.ritual_by_uid(parsed[0]) is not None

    def is_known(self, uid: str, what: str) -> bool:
        """Whether `uid` was imported before as a `what` that still exists."""
        known = self.known.get(uid)
        if known is None or known.what != what:
            return False
        table = {"absence": "absences", "ritual": "rituals", "action": "actions"}[what]
        return self.store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [known.target_id]).fetchone() is not None

    # -- absences -----------------------------------------------------------------

    def _member_for(self, entry: Entry, members: list[Member]) -> tuple[Member | None, str]:
        if self.absences_for is not None:
            return self.absences_for, ""
        by_email = {m.email.lower(): m for m in members if m.email}
        matched = {by_email[e].id: by_email[e] for e in entry.emails if e in by_email}
        if not matched and entry.names:
            named = {name.casefold() for name in entry.names}
            matched = {m.id: m for m in members if m.name.casefold() in named}
        if not matched:
            words = entry.summary.casefold()
            matched = {m.id: m for m in members
                       if re.search(rf"(?<!\w){re.escape(m.name.casefold())}(?!\w)", words)}
        if len(matched) == 1:
            return next(iter(matched.values())), ""
        if not matched:
            return None, _("no member matches its attendees' emails or names, or a name in its title")
        names = ", ".join(sorted(m.name for m in matched.values()))
        return None, _("several members match ({names})").format(names=names)

    def absences(self, entries: list[Entry]) -> None:
        """Import every event as an absence of the member it names (or --absences-for)."""
        members = self.store.members(self.team.id if self.team else None)
        teams = {t.id: t for t in self.store.teams()}
        frozen: set[int] = set()
        for entry in entries:
            if entry.component != "VEVENT":
                self.skip(entry, "absence", _("a to-do is not an absence"))
                continue
            if entry.status == "CANCELLED":
                self.skip(entry, "absence", _("the event is cancelled"))
                continue
            if entry.rrule or entry.recurrence_id is not None:
                self.skip(entry, "absence", _("repeating absences are not supported; add them one by one"))
                continue
            if self.is_known(entry.uid, "absence"):
                self.skip(entry, "absence", _("already imported"))
                continue
            if self.ours_here(entry):
                self.skip(entry, "absence", _("an occurrence exported by this database, not an absence"))
                continue
            member, why = self._member_for(entry, members)
            if member is None:
                self.skip(entry, "absence", why)
                continue
            tz = teams[member.team_id].tz
            if entry.all_day:
                first = entry.start
                last = entry.end - timedelta(days=1) if entry.end is not None and entry.end > entry.start else first
                note = ""
            else:
                first = entry.start.astimezone(tz).date()
                end = entry.end or entry.start
                last = max(first, (end.astimezone(tz) - timedelta(microseconds=1)).date())
                note = (_("timed event: recorded for the whole days") if last > first else
                        _("timed event: recorded for the whole day"))
            if (last - first).days > 366:
                self.skip(entry, "absence", _("longer than a year; not an absence"))
                continue
            absence = Absence(id=None, member_id=member.id, start=first, end=last,
                              reason=(entry.summary or "Imported absence")[:200])
            if member.team_id not in frozen:  # past facilitations become facts before absences change the rotation
                stored = operations.add_absence(self.store, absence, now=self.now).value
                frozen.add(member.team_id)
            else:
                stored = self.store.add_absence(absence)
            self.remembered.append(KnownUid(uid=entry.uid, what="absence", target_id=stored.id, origin="import"))
            span = _("{member}, {first} to {last}").format(member=member.name, first=first, last=last)
            self.done(entry, "absence", span + (f" ({note})" if note else ""))

    # -- ritual series from another calendar ------------------------------------------------

    def rituals(self, entries: list[Entry]) -> None:
        """Import series as rituals, single events as one-off rituals, and their exceptions."""
        team = self.require_team("rituals")
        tz = team.tz
        calendar = WorkCalendar(team)
        roster = [m.id for m in self.store.members(team.id) if m.left is None or m.left >= self.now.date()]
        series = {e.uid: e for e in entries if e.component == "VEVENT" and e.recurrence_id is None}
        overrides = [e for e in entries if e.component == "VEVENT" and e.recurrence_id is not None]
        made: dict[str, Ritual] = {}
        for entry in entries:
            if entry.component != "VEVENT":
                self.skip(entry, "ritual", _("a to-do is not a ritual"))
                continue
            if entry.recurrence_id is not None:
                continue
            if self.is_known(entry.uid, "ritual"):
                self.skip(entry, "ritual", _("already imported"))
                continue
            if self.ours_here(entry):
                self.skip(entry, "ritual", _("already in this database (same UID)"))
                continue
            if entry.status == "CANCELLED":
                self.skip(entry, "ritual", _("the event is cancelled"))
                continue
            if entry.all_day:
                self.skip(entry, "ritual", _("an all-day event is not a ritual (import it --as absences?)"))
                continue
            start = entry.start.astimezone(tz)
            minutes = round(((entry.end or entry.start + timedelta(minutes=30)) - entry.start).total_seconds() / 60)
            if not 0 < minutes <= 24 * 60:
                self.skip(entry, "ritual", _("lasts {minutes} minutes; a ritual lasts between 1 minute and 24 hours").format(
                                               minutes=minutes))
                continue
            if entry.rrule:
                schedule, ends_on, why = schedule_from_rrule(entry.rrule, entry.start, tz)
                if schedule is None:
                    self.skip(entry, "ritual", why)
                    continue
            else:
                if not calendar.is_working_day(start.date()):
                    self.skip(entry, "ritual", _("{date} is not a working day of {team}").format(
                                                   date=start.date(), team=team.name))
                    continue
                schedule, ends_on, why = Schedule(ScheduleKind.ONCE, on=start.date()), None, ""
            ritual = self.store.add_ritual(Ritual(
                id=None, team_id=team.id, kind=guess_kind(entry.summary), title=entry.summary or _("Imported ritual"),
                start_time=start.time().replace(second=0, microsecond=0, tzinfo=None), minutes=minutes,
                schedule=schedule,
                starts_on=start.date(), ends_on=ends_on, location=entry.location[:500],
                agenda=entry.description,
            ), roster)
            made[entry.uid] = ritual
            self.remembered.append(KnownUid(uid=entry.uid, what="ritual", target_id=ritual.id, origin="import"))
            source_zone = getattr(entry.start.tzinfo, "key", None)
            if source_zone and source_zone not in (team.timezone, "UTC"):
                why = "; ".join(filter(None, [why, _("times converted from {source} to {zone}").format(
                    source=source_zone, zone=team.timezone)]))
            self.done(entry, "ritual", _("{schedule} at {time:%H:%M}, {minutes} min").format(
                schedule=schedule.describe(), time=ritual.start_time, minutes=minutes) + (f" ({why})" if why else ""))

        def here(moment: date | datetime, uid: str) -> datetime:
            """An EXDATE or RECURRENCE-ID as the team's wall-clock time (a date: at the series' start time)."""
            if not isinstance(moment, datetime):
                first = series[uid].start
                moment = datetime.combine(moment, first.time(), tzinfo=first.tzinfo)
            return moment.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)

        changed: dict[str, list[datetime]] = {}
        for entry in entries:
            if entry.component == "VEVENT" and entry.uid in made:
                moments = entry.exdates if entry.recurrence_id is None else (entry.recurrence_id,)
                changed.setdefault(entry.uid, []).extend(here(m, entry.uid) for m in moments)
        planned: dict[str, set[OccurrenceKey]] = {}
        for uid, moments in changed.items():
            if moments:
                plan = TeamPlan(self.store, team, until=max(moments).date(), rituals=[made[uid]])
                planned[uid] = {o.key for o in plan.plan(made[uid]).occurrences}
        missing = _("which the imported series does not have here (a non-working day, or a time that differs here)")
        states = []
        for entry in series.values():
            ritual = made.get(entry.uid)
            for excluded in entry.exdates if ritual is not None else ():
                key = OccurrenceKey(ritual.id, here(excluded, entry.uid))
                if key in planned[entry.uid]:
                    states.append(OccurrenceState(key, status=OccurrenceStatus.CANCELLED))
                else:
                    self.skip(entry, "occurrence", _("excludes {planned:%Y-%m-%d %H:%M}, {missing}").format(
                                                       planned=key.planned, missing=missing))
        for entry in overrides:
            ritual = made.get(entry.uid)
            if ritual is None:
                self.skip(entry, "occurrence", _("changes an occurrence of a series that was not imported"))
                continue
            key = OccurrenceKey(ritual.id, here(entry.recurrence_id, entry.uid))
            if key not in planned[entry.uid]:
                self.skip(entry, "occurrence", _("changes {planned:%Y-%m-%d %H:%M}, {missing}").format(
                                                   planned=key.planned, missing=missing))
            elif entry.status == "CANCELLED":
                states.append(OccurrenceState(key, status=OccurrenceStatus.CANCELLED))
                self.done(entry, "occurrence", status_name(OccurrenceStatus.CANCELLED))
            elif isinstance(entry.start, datetime) and _second_pass(entry.start.astimezone(tz)):
                self.skip(entry, "occurrence", _(
                    "moves the occurrence of {planned:%Y-%m-%d %H:%M} to the second {time} of the night the clocks go "
                    "back, and an occurrence moves to the first one only").format(
                        planned=key.planned, time=f"{entry.start.astimezone(tz):%H:%M}"))
            elif isinstance(entry.start, datetime):
                moved = entry.start.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
                states.append(OccurrenceState(key, moved_to=None if moved == key.planned else moved))
                self.done(entry, "occurrence", _("moved to {moment:%Y-%m-%d %H:%M}").format(moment=moved))
            else:
                self.skip(entry, "occurrence", _("moves the occurrence of {planned:%Y-%m-%d %H:%M} to a whole day; "
                                                 "an occurrence has a start time").format(planned=key.planned))
        if states:
            self.store.save_states(states)

    def require_team(self, what: str) -> Team:
        """The --team, or InvalidInput."""
        if self.team is None:
            raise InvalidInput(_("importing {what} needs --team TEAM (the team they belong to)").format(what=what))
        return self.team

    # -- our own exports ---------------------------------------------------------------------

    def own(self, entries: list[Entry]) -> None:
        """Import one of our exports: known UIDs are skipped, unknown series restored."""
        definitions = described_series(self.calendar)
        rituals_by_uid = {r.uid: r for r in self.store.rituals()}
        groups: dict[str, list[tuple[Entry, datetime]]] = {}
        todos = []
        for entry in entries:
            if entry.component == "VTODO":
                todos.append(entry)
                continue
            parsed = parse_occurrence_uid(entry.uid)
            if parsed is None:
                self.skip(entry, "occurrence", _("not an occurrence exported by RitualDesk"))
                continue
            ritual_uid, planned = parsed
            if ritual_uid in rituals_by_uid:
                self.skip(entry, "occurrence", _("already in this database (same UID)"))
                continue
            groups.setdefault(ritual_uid, []).append((entry, planned))
        for ritual_uid, group in groups.items():
            definition = definitions["rituals"].get(ritual_uid)
            if definition is None:
                for entry, _planned in group:
                    self.skip(entry, "occurrence", _("its series is not described in the file"))
                continue
            self._restore_series(definition, definitions, group)
        self._restore_todos(todos, definitions)

    def _team_named(self, name: str, definitions: dict) -> Team:
        if self.team is not None:
            return self.team
        team = self.store.find_team(name)
        if team is not None:
            return team
        spec = definitions["teams"].get(name)
        if spec is None:
            raise InvalidInput(_("the file does not describe the team {name!r}; import it with --team TEAM").format(
                                   name=name))
        country, subdivision = (list(spec.get("holidays") or []) + [None, None])[:2]
        try:
            check_holiday_calendar(country, subdivision)
        except RitualDeskError:
            country = subdivision = None
        sprints = sorted(definitions["sprints"].get(name, []), key=lambda s: s["number"])
        earlier_zones = _earlier_zones(spec)
        team = self.store.add_team(Team(
            id=None, name=name, timezone=spec["timezone"], working_days=tuple(spec["working_days"]),
            holidays_country=country, holidays_subdivision=subdivision, sprint_weeks=int(spec["sprint_weeks"]),
            language=spec.get("language") if spec.get("language") in ("en", "fr") else "en",
        ))
        self.done(None, "team", f"{team.timezone}", uid="", summary=team.name)
        for until, name_of_zone in earlier_zones:  # its past took place in these zones
            self.store.save_past_workweek(PastWorkweek(
                team_id=team.id, until=until, working_days=team.working_days, holidays_country=country,
                holidays_subdivision=subdivision, timezone=name_of_zone))
        for member_name, role in spec.get("members", []):
            self._member_named(team, member_name, role)
        if sprints:
            self.store.save_sprints([Sprint(team_id=team.id, number=int(s["number"]),
                                            start=date.fromisoformat(s["start"]),
                                            end=date.fromisoformat(s["end"]),
                                            goal=str(s.get("goal", ""))) for s in sprints])
        return team

    def _member_named(self, team: Team, name: str, role: str = "developer") -> Member:
        member = self.store.find_member(team.id, name)
        if member is None:
            known_role = Role(role) if role in {r.value for r in Role} else Role.OTHER
            member = self.store.add_member(Member(id=None, team_id=team.id, name=name, role=known_role))
            self.done(None, "member", team.name, summary=name)
        return member

    def _restore_series(self, spec: dict, definitions: dict, group: list[tuple[Entry, datetime]]) -> None:
        team = self._team_named(spec["team"], definitions)
        first, last = definitions["range"] or (min(p.date() for _, p in group), max(p.date() for _, p in group))
        existing = {s.number for s in self.store.sprints(team.id)}
        sprints = [s for s in definitions["sprints"].get(spec["team"], []) if int(s["number"]) not in existing]
        if sprints:
            self.store.save_sprints([Sprint(team_id=team.id, number=int(s["number"]),
                                            start=date.fromisoformat(s["start"]),
                                            end=date.fromisoformat(s["end"]),
                                            goal=str(s.get("goal", ""))) for s in sprints])
        roster = [self._member_named(team, name).id for name in spec.get("roster", [])]
        schedule = schedule_from_text(spec["schedule"])
        starts_on = max(date.fromisoformat(spec["starts_on"]), first)
        starts_on = min([starts_on] + [p.date() for _, p in group])
        ends_on = date.fromisoformat(spec["ends_on"]) if spec.get("ends_on") else None
        ritual = self.store.add_ritual(Ritual(
            id=None, team_id=team.id, kind=RitualKind(spec["kind"]), title=spec["title"],
            start_time=time.fromisoformat(spec["at"]),
            minutes=int(spec["minutes"]), schedule=schedule, starts_on=starts_on, ends_on=ends_on,
            location=spec.get("location", ""),
            agenda=spec.get("agenda", ""), uid=spec["uid"],
        ), roster)
        self.remembered.append(KnownUid(uid=ritual.uid, what="ritual", target_id=ritual.id, origin="import"))
        self.done(None, "ritual", _("{schedule} at {time:%H:%M}").format(schedule=schedule.describe(),
                                                                         time=ritual.start_time), uid=ritual.uid,
                  summary=ritual.title)
        plan = TeamPlan(self.store, team, until=last, rituals=[ritual])
        planned_keys = {o.key for o in plan.plan(ritual).occurrences}
        states = []
        seen = set()
        for entry, planned in group:
            key = OccurrenceKey(ritual.id, planned)
            seen.add(key)
            if key not in planned_keys:
                self.skip(entry, "occurrence", _("the restored series does not plan it (holidays or sprints differ)"))
                continue
            # on the clock of its day: an earlier zone of the team for a day before its zone changed
            local = entry.start.astimezone(plan.calendar.zone_on(planned.date()))
            if _second_pass(local):
                self.skip(entry, "occurrence", _(
                    "moves the occurrence of {planned:%Y-%m-%d %H:%M} to the second {time} of the night the clocks go "
                    "back, and an occurrence moves to the first one only").format(
                        planned=planned, time=f"{local:%H:%M}"))
                continue
            start = local.replace(tzinfo=None)
            facilitator = entry.extra.get("X-RITUALDESK-FACILITATOR")
            member_id = self._member_named(team, facilitator).id if facilitator else None
            held = entry.extra.get("X-RITUALDESK-STATUS") == "held"
            states.append(OccurrenceState(
                key, status=OccurrenceStatus.HELD if held else OccurrenceStatus.PLANNED,
                moved_to=start if start != planned else None, facilitator_id=member_id,
                reason="" if held or member_id is None else _("from an imported calendar"),
            ))
            self.done(entry, "occurrence")
        # cancelled there: the file names them (a missing occurrence may just have moved out of the range)
        for uid in sorted(definitions["cancelled"]):
            parsed = parse_occurrence_uid(uid)
            if parsed is not None and parsed[0] == ritual.uid:
                key = OccurrenceKey(ritual.id, parsed[1])
                if key in planned_keys and key not in seen:
                    states.append(OccurrenceState(key, status=OccurrenceStatus.CANCELLED))
                    self.done(None, "occurrence", status_name(OccurrenceStatus.CANCELLED), uid=uid,
                              summary=ritual.title)
        self.store.save_states(states)

    def _restore_todos(self, todos: list[Entry], definitions: dict) -> None:
        if not todos:
            return
        rituals = {r.id: r for r in self.store.rituals()}
        # actions exported before UIDs were recorded: their id-based UID, if this store exported it
        legacy = {legacy_action_uid(a, rituals) for a in self.store.actions()} - set(self.known)
        existing = set(ledger_entries(self.store, legacy)) if legacy else set()
        for entry in todos:
            if entry.uid in existing or self.is_known(entry.uid, "action"):
                self.skip(entry, "action", _("already in this database (same UID)"))
                continue
            origin = None
            related = parse_occurrence_uid(entry.extra.get("RELATED-TO", ""))
            if related is not None:
                ritual = self.store.ritual_by_uid(related[0])
                origin = OccurrenceKey(ritual.id, related[1]) if ritual else None
            team = self.team
            if origin is not None and team is None:
                team = self.store.team(self.store.ritual(origin.ritual_id).team_id)
            if team is None:
                self.skip(entry, "action", _("its team is unknown; import it with --team TEAM"))
                continue
            owner_name = entry.extra.get("X-RITUALDESK-OWNER")
            owner = self._member_named(team, owner_name).id if owner_name else None
            status = {"COMPLETED": ActionStatus.DONE, "CANCELLED": ActionStatus.DROPPED}.get(
                entry.status, ActionStatus.OPEN)
            created = _day(entry.extra.get("X-RITUALDESK-CREATED"))
            closed = _day(entry.extra.get("X-RITUALDESK-CLOSED"))
            stored = self.store.add_actions([ActionItem(
                id=None, team_id=team.id, title=entry.summary or _("Imported action"), origin=origin, owner_id=owner,
                due=entry.extra.get("DUE"), status=status, created=created,
                closed=closed if status is not ActionStatus.OPEN else None)])[0]
            reviews = []
            for text in entry.extra["X-RITUALDESK-REVIEW"]:
                retro_uid, _space, verdict = text.partition(" ")
                parsed = parse_occurrence_uid(retro_uid)
                retro = self.store.ritual_by_uid(parsed[0]) if parsed else None
                if retro is not None and verdict in {v.value for v in Verdict}:
                    reviews.append((stored.id, OccurrenceKey(retro.id, parsed[1]), Verdict(verdict)))
            if reviews:
                self.store.record_reviews(reviews, closed=closed or self.now.date())
                self.store.update_action(stored)  # the reviews replay history; the file says where it ended
            self.remembered.append(KnownUid(uid=entry.uid, what="action", target_id=stored.id, origin="import"))
            self.done(entry, "action", status_name(status))


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _looks_ours(calendar: Calendar, entries: list[Entry]) -> bool:
    if str(calendar.get("PRODID", "")).startswith("-//RitualDesk//"):
        return True
    return bool(entries) and all(
        parse_occurrence_uid(e.uid) is not None or e.component == "VTODO" for e in entries)


def import_calendar(
    store: Store,
    data: bytes,
    *,
    team: Team | None = None,
    absences_for: Member | None = None,
    mode: str = "auto",
    now: datetime,
    dry_run: bool = False,
    source: str = "the file",
) -> ImportReport:
    """Import an .ics file all or nothing, and say what was imported and what was skipped, and why.

    `mode` is 'auto' (our own exports are recognised; a file of mostly all-day events, or
    --absences-for, means absences; otherwise ritual series), 'absences' or 'rituals'.
    """
    if mode not in MODES:
        raise InvalidInput(_("unknown import mode {mode!r} (use {modes})").format(
                               mode=mode, modes=', '.join(MODES)))
    if absences_for is not None and team is not None and absences_for.team_id != team.id:
        raise InvalidInput(_("{absences_for} is not in {team}").format(
                               absences_for=absences_for.name, team=team.name))
    if dry_run and store.read_only:  # a dry run writes and rolls back: on a file that takes no write, a copy
        scratch = store.scratch_copy()
        try:
            return import_calendar(scratch, data, team=team, absences_for=absences_for, mode=mode, now=now,
                                   dry_run=True, source=source)
        finally:
            scratch.close()
    calendar = parse_calendar(data, source=source)
    tz = team.tz if team is not None else (
        store.team(absences_for.team_id).tz if absences_for is not None else ZoneInfo("UTC"))
    entries = read_entries(calendar, tz=tz, source=source)
    events = [e for e in entries if e.component == "VEVENT" and e.recurrence_id is None]  # overrides follow
    if mode == "auto":
        if _looks_ours(calendar, entries) and absences_for is None:
            chosen = "own"
        elif absences_for is not None or 2 * sum(e.all_day for e in events) >= len(events) > 0:
            chosen = "absences"
        else:
            chosen = "rituals"
    else:
        chosen = mode
    try:
        with store.transaction():
            # what is already imported is read with the write lock held: another program importing the same
            # file meanwhile has either finished (and is seen) or waits for us
            importer = _Importer(store, calendar, team=team, absences_for=absences_for, mode=chosen, now=now)
            if chosen == "own":
                importer.own(entries)
            elif chosen == "absences":
                importer.absences(entries)
            else:
                importer.rituals(entries)
            remember_uids(store, importer.remembered, now=now)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except RitualDeskError:
        raise
    except Exception as error:  # untrusted data we did not foresee: nothing was written (rolled back)
        raise InvalidInput(_("{source} cannot be imported ({type}: {error}); nothing was imported").format(
                               source=source, type=type(error).__name__, error=short(error))) from None
    return ImportReport(mode=chosen, imported=tuple(importer.imported), skipped=tuple(importer.skipped),
                        dry_run=dry_run)


def read_ics(path: str | Path) -> bytes:
    """The bytes of the .ics file at `path`: a regular file (a link to one is fine), at most MAX_BYTES.

    A named pipe, a device (/dev/zero) or a folder is refused without being read or waited on;
    the size is checked while reading, so a file that grows meanwhile cannot make us read more.
    """
    path = Path(path)
    too_big = _("{path} is larger than {max_bytes} MB; is it really a calendar?").format(
        path=path, max_bytes=MAX_BYTES // (1024 * 1024))
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # opening a pipe does not wait
    except FileNotFoundError:
        raise InvalidInput(_("{path} does not exist").format(path=path)) from None
    except IsADirectoryError:
        raise InvalidInput(_("{path} is a folder, not an .ics file").format(path=path)) from None
    except OSError as error:
        raise InvalidInput(_("cannot read {path}: {strerror}").format(path=path, strerror=os_reason(error))) from None
    try:
        status = os.fstat(handle)
        if stat.S_ISDIR(status.st_mode):
            raise InvalidInput(_("{path} is a folder, not an .ics file").format(path=path))
        if not stat.S_ISREG(status.st_mode):
            raise InvalidInput(_("{path} is not a regular file (a pipe, device or socket); it was not read").format(
                path=path))
        if status.st_size > MAX_BYTES:
            raise InvalidInput(too_big)
        chunks, size = [], 0
        while chunk := os.read(handle, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BYTES:
                raise InvalidInput(too_big)
        return b"".join(chunks)
    except OSError as error:
        raise InvalidInput(_("cannot read {path}: {strerror}").format(path=path, strerror=os_reason(error))) from None
    finally:
        os.close(handle)


def import_file(store: Store, path: str | Path, **options) -> ImportReport:
    """Import the .ics file at `path` (see import_calendar)."""
    return import_calendar(store, read_ics(path), source=str(path), **options)


__all__ = ["ImportReport", "Line", "guess_kind", "import_calendar", "import_file", "parse_calendar"]


def _second_pass(local: datetime) -> bool:
    """Whether `local` is in the second pass of an hour the clocks repeat (as a wall time, it would be the first)."""
    return bool(local.fold) and local.utcoffset() != local.replace(fold=0).utcoffset()


def _earlier_zones(spec: dict) -> list[tuple[date, str]]:
    """The (last day, zone) pairs of a team's earlier zones in our export's description of it."""
    try:
        return [(date.fromisoformat(until), zone(name).key) for until, name in spec.get("earlier_zones") or []]
    except (TypeError, ValueError):
        raise InvalidInput(_("the file's RitualDesk series descriptions are damaged")) from None
