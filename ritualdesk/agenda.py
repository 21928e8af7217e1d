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


_PLANNED = OccurrenceStatus.PLANNED
_HELD = OccurrenceStatus.HELD
_CANCELLED = OccurrenceStatus.CANCELLED


@dataclass(frozen=True, slots=True)
class RitualPlan:
    """A ritual's every occurrence from its first day to the plan's end, with turns and assignments.

    Years of history are kept as plain tuples; Occurrence values are only made for what is asked.
    """

    ritual: Ritual
    team: Team
    sprints: list[Sprint]
    rows: list[tuple[datetime, datetime, OccurrenceState | None, Assignment | None]]  # local, planned, ...
    turns: list[Turn]  # the non-cancelled occurrences, same order
    assignments: list[Assignment]

    @property
    def occurrences(self) -> list[Occurrence]:
        """Every occurrence of the plan, chronological, cancelled ones included."""
        return [self._occurrence(row) for row in self.rows]

    def between(self, first: date, last: date) -> list[Occurrence]:
        """The occurrences starting from local day `first` to `last` included."""
        lo = bisect_left(self.rows, datetime.combine(first, datetime.min.time()), key=_local)
        hi = bisect_left(self.rows, datetime.combine(last + timedelta(days=1), datetime.min.time()), key=_local)
        return [self._occurrence(row) for row in self.rows[lo:hi]]

    def _occurrence(self, row) -> Occurrence:
        local, planned, state, assignment = row
        start = aware(local, self.team.tz)
        sprint = sprint_on(self.sprints, local.date())
        return Occurrence(
            key=OccurrenceKey(self.ritual.id, planned), team_id=self.team.id,
            start=start, end=start + self.ritual.duration,
            status=state.status if state else _PLANNED,
            facilitator_id=assignment.member_id if assignment else None,
            facilitator_source=assignment.source if assignment else "",
            reason=state.reason if state else "", notes=state.notes if state else "",
            sprint_number=sprint.number if sprint else None,
        )


def _local(row) -> datetime:
    return row[0]


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
        self._by_ritual: dict[int, dict[datetime, OccurrenceState]] = {}
        for key, state in self.states.items():
            self._by_ritual.setdefault(key.ritual_id, {})[key.planned] = state
        self._plans: dict[int, RitualPlan] = {}

    def plan(self, ritual: Ritual) -> RitualPlan:
        """The ritual's occurrences and facilitators from its start to `until`."""
        if ritual.id in self._plans:
            return self._plans[ritual.id]
        days = planned_days(
            ritual, working_days=self.team.working_days, calendar=self.calendar,
            sprints=self.sprints, first=ritual.starts_on, last=self.until,
        )
        planned = planned_starts(ritual, days)
        states = self._by_ritual.get(ritual.id, {})
        expanded = set(planned)
        # A held occurrence is a fact even if the schedule no longer plans it.
        planned += [p for p, state in states.items()
                    if state.status is _HELD and p not in expanded and p.date() <= self.until]
        rows = []
        for p in planned:
            state = states.get(p)
            rows.append((state.moved_to or p if state else p, p, state))
        rows.sort(key=_local)  # one zone: local order is the instants' order
        turns = []
        for local, p, state in rows:
            if state is None:
                turns.append(Turn(p, local.date()))
            elif state.status is not _CANCELLED:
                held = state.status is _HELD
                turns.append(Turn(
                    p, local.date(), held=held, fixed_id=state.facilitator_id,
                    fixed_source="override" if state.reason and not held else "recorded",
                    change=state.change, change_member_id=state.change_member_id,
                    change_other_id=state.change_other_id,
                ))
        assignments = assign(turns, roster=self.rosters.get(ritual.id, ()), available=self.availability)
        assigned = iter(assignments)
        rows = [(local, p, state, None if state is not None and state.status is _CANCELLED else next(assigned))
                for local, p, state in rows]
        plan = RitualPlan(ritual, self.team, self.sprints, rows, turns, assignments)
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
