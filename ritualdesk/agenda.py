"""Occurrences with their facilitators: schedule expansion + recorded state + rotation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .model import (
    Absence,
    Member,
    Occurrence,
    OccurrenceKey,
    OccurrenceState,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    RosterChange,
    Sprint,
    Team,
)
from .rotation import Assignment, Fairness, Turn, assign, fairness
from .schedule import aware, planned_days, planned_starts
from .sprints import sprint_on, sprints_until
from .store import Store
from .workdays import WorkCalendar

UID_DOMAIN = "ritualdesk"


def occurrence_uid(ritual: Ritual, planned: datetime) -> str:
    """The stable iCalendar UID of an occurrence: its ritual and its originally planned local start."""
    return f"{ritual.uid}-{planned:%Y%m%dT%H%M}@{UID_DOMAIN}"


def parse_occurrence_uid(uid: str) -> tuple[str, datetime] | None:
    """The ritual uid and planned local start encoded in `uid`, or None if it is not one of ours."""
    head, at, domain = uid.strip().rpartition("@")
    ritual_uid, dash, stamp = head.rpartition("-")
    if not at or domain != UID_DOMAIN or not dash:
        return None
    try:
        return ritual_uid, datetime.strptime(stamp, "%Y%m%dT%H%M")
    except ValueError:
        return None


class Availability:
    """Whether a member can facilitate on a day: in the team then, and not absent."""

    def __init__(self, members: Iterable[Member], absences: Iterable[Absence]) -> None:
        self._members = {m.id: m for m in members}
        self._absences: dict[int, list[Absence]] = {}
        for absence in absences:
            self._absences.setdefault(absence.member_id, []).append(absence)

    def __call__(self, member_id: int, day: date) -> bool:
        member = self._members.get(member_id)
        if member is None or not member.is_member_on(day):
            return False
        return not any(a.start <= day <= a.end for a in self._absences.get(member_id, ()))

    def absent(self, member_id: int, day: date) -> Absence | None:
        """The absence covering `day`, if any."""
        return next((a for a in self._absences.get(member_id, ()) if a.start <= day <= a.end), None)


@dataclass(frozen=True, slots=True)
class _Row:
    local: datetime
    start: datetime
    key: OccurrenceKey
    state: OccurrenceState
    assignment: Assignment | None = None


@dataclass(frozen=True, slots=True)
class RitualPlan:
    """A ritual's every occurrence from its first day to the plan's end, with turns and assignments."""

    ritual: Ritual
    team_id: int
    sprints: list[Sprint]
    rows: list[_Row]  # chronological, cancelled ones included
    turns: list[Turn]  # the non-cancelled occurrences, same order
    assignments: list[Assignment]

    @property
    def occurrences(self) -> list[Occurrence]:
        """Every occurrence of the plan, chronological, cancelled ones included."""
        return [self._occurrence(row) for row in self.rows]

    def between(self, first: date, last: date) -> list[Occurrence]:
        """The occurrences starting from local day `first` to `last` included."""
        lo = bisect_left(self.rows, first, key=lambda row: row.local.date())
        hi = bisect_right(self.rows, last, key=lambda row: row.local.date())
        return [self._occurrence(row) for row in self.rows[lo:hi]]

    def _occurrence(self, row: _Row) -> Occurrence:
        sprint = sprint_on(self.sprints, row.start.date())
        assignment = row.assignment
        return Occurrence(
            key=row.key, team_id=self.team_id, start=row.start, end=row.start + self.ritual.duration,
            status=row.state.status,
            facilitator_id=assignment.member_id if assignment else None,
            facilitator_source=assignment.source if assignment else "",
            reason=row.state.reason, notes=row.state.notes,
            sprint_number=sprint.number if sprint else None,
        )


class TeamPlan:
    """Everything needed to compute a team's occurrences up to a day, loaded once."""

    def __init__(self, store: Store, team: Team, *, until: date, rituals: Sequence[Ritual] | None = None) -> None:
        self.team = team
        self.until = until
        self.calendar = WorkCalendar(team)
        self.members = store.members(team.id)
        self.availability = Availability(self.members, store.absences([m.id for m in self.members]))
        self.rituals = list(rituals) if rituals is not None else store.rituals(team.id)
        self.sprints: list[Sprint] = sprints_until(team, store.sprints(team.id), until + timedelta(days=120))
        ids = [r.id for r in self.rituals]
        self.rosters: dict[int, list[RosterChange]] = store.rosters(ids) if ids else {}
        self.states: dict[OccurrenceKey, OccurrenceState] = store.states(ids) if ids else {}
        self._held: dict[int, list[OccurrenceKey]] = {}
        for key, state in self.states.items():
            if state.status is OccurrenceStatus.HELD:
                self._held.setdefault(key.ritual_id, []).append(key)
        self._plans: dict[int, RitualPlan] = {}

    def plan(self, ritual: Ritual) -> RitualPlan:
        """The ritual's occurrences and facilitators from its start to `until`."""
        if ritual.id in self._plans:
            return self._plans[ritual.id]
        tz = self.team.tz
        days = planned_days(
            ritual, working_days=self.team.working_days, calendar=self.calendar,
            sprints=self.sprints, first=ritual.starts_on, last=self.until,
        )
        keys = [OccurrenceKey(ritual.id, planned) for planned in planned_starts(ritual, days)]
        expanded = set(keys)
        # A held occurrence is a fact even if the schedule no longer plans it.
        keys += [
            key for key in self._held.get(ritual.id, ())
            if key not in expanded and key.planned.date() <= self.until
        ]
        rows = []
        for key in keys:
            state = self.states.get(key) or OccurrenceState(key)
            local = state.moved_to or key.planned
            rows.append(_Row(local, aware(local, tz), key, state))
        rows.sort(key=lambda row: row.local)  # one zone: local order is the instants' order
        taking_place = [row for row in rows if row.state.status is not OccurrenceStatus.CANCELLED]
        turns = [
            Turn(
                key=row.key, day=row.local.date(), held=row.state.status is OccurrenceStatus.HELD,
                fixed_id=row.state.facilitator_id,
                fixed_source="override" if row.state.reason and row.state.status is not OccurrenceStatus.HELD
                else "recorded",
                change=row.state.change, change_member_id=row.state.change_member_id,
                change_other_id=row.state.change_other_id,
            )
            for row in taking_place
        ]
        assignments = assign(turns, roster=self.rosters.get(ritual.id, ()), available=self.availability)
        by_key = {turn.key: a for turn, a in zip(turns, assignments, strict=True)}
        rows = [_Row(row.local, row.start, row.key, row.state, by_key.get(row.key)) for row in rows]
        plan = RitualPlan(ritual, self.team.id, self.sprints, rows, turns, assignments)
        self._plans[ritual.id] = plan
        return plan

    def fairness(self, ritual: Ritual, *, today: date) -> list[Fairness]:
        """Per-member turn counts and fair share for a ritual."""
        plan = self.plan(ritual)
        return fairness(plan.turns, plan.assignments, roster=self.rosters.get(ritual.id, ()),
                        available=self.availability, today=today)


def agenda(
    store: Store,
    *,
    first: date,
    last: date,
    team_ids: Sequence[int] | None = None,
    kinds: Sequence[RitualKind] | None = None,
    ritual_ids: Sequence[int] | None = None,
) -> list[Occurrence]:
    """Every occurrence starting between `first` and `last` (local days, included), by start."""
    result = []
    for team in store.teams():
        if team_ids is not None and team.id not in team_ids:
            continue
        rituals = [
            r for r in store.rituals(team.id)
            if (kinds is None or r.kind in kinds) and (ritual_ids is None or r.id in ritual_ids)
        ]
        if not rituals:
            continue
        plan = TeamPlan(store, team, until=last, rituals=rituals)
        for ritual in rituals:
            result += plan.plan(ritual).between(first, last)
    result.sort(key=_instant_order)
    return result


def _instant_order(occurrence: Occurrence) -> tuple[datetime, int]:
    return occurrence.start.astimezone(UTC).replace(tzinfo=None), occurrence.key.ritual_id
