"""Occurrences with their facilitators: schedule expansion + recorded state + rotation."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from .errors import StoreError
from .holiday_cache import HOLIDAYS_VERSION
from .model import (
    Absence,
    FacilitatorSource,
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
from .rotation import Assignment, Checkpoint, Fairness, Line, Rotation, Turn, fairness
from .schedule import anchored_starts, aware, planned_days, sprint_planned_days
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

    _SHORT = 366  # absences up to a year are kept as their days (one set lookup per question)

    def __init__(self, members: Iterable[Member], absences: Iterable[Absence]) -> None:
        self._members = {m.id: m for m in members}
        self._away: dict[int, set[date]] = {}
        self._long: dict[int, list[Absence]] = {}
        for absence in absences:
            length = (absence.end - absence.start).days
            if length < self._SHORT:
                first = absence.start.toordinal()
                self._away.setdefault(absence.member_id, set()).update(
                    date.fromordinal(first + i) for i in range(length + 1))
            else:
                self._long.setdefault(absence.member_id, []).append(absence)

    def __call__(self, member_id: int, day: date) -> bool:
        member = self._members.get(member_id)
        if member is None or not member.is_member_on(day):
            return False
        if day in self._away.get(member_id, ()):
            return False
        return not any(a.start <= day <= a.end for a in self._long.get(member_id, ()))


_SOURCES = {source.value: source for source in FacilitatorSource}
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
    calendar: WorkCalendar | None = None  # the team's days, for its zone on each (None: its zone now)

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
        start = aware(local, self.calendar.zone_on(local.date()) if self.calendar else self.team.tz)
        end = (start.astimezone(UTC) + self.ritual.duration).astimezone(start.tzinfo)  # real minutes across DST
        sprint = sprint_on(self.sprints, local.date())
        return Occurrence(
            key=OccurrenceKey(self.ritual.id, planned), team_id=self.team.id,
            start=start, end=end,
            status=state.status if state else _PLANNED,
            facilitator_id=assignment.member_id if assignment else None,
            facilitator_source=_SOURCES[assignment.source] if assignment else FacilitatorSource.NONE,
            reason=state.reason if state else "", notes=state.notes if state else "",
            sprint_number=sprint.number if sprint else None,
        )


def _local(row) -> datetime:
    return row[0]


CHECKPOINT_LEAD = timedelta(days=35)  # how far before the asked window a new checkpoint is cut
_MOVE_REACH = timedelta(days=14)  # occurrences planned this long before a cut are expanded, in case they moved


RULES_VERSION = 2  # bump when expansion or rotation rules change: stored checkpoints then go stale


def checkpoint_fingerprint() -> str:
    """What, besides the database, a checkpoint depends on: our rules and the holiday calendars."""
    return f"{RULES_VERSION}/{HOLIDAYS_VERSION}"


class TeamPlan:
    """Everything needed to compute a team's occurrences up to a day, loaded once.

    With `since`, only occurrences from that day on are needed: a rotation may then resume from a
    stored checkpoint instead of replaying years of history, and new checkpoints are offered in
    `new_checkpoints` for the caller to save.
    """

    def __init__(self, store: Store, team: Team, *, until: date, rituals: Sequence[Ritual] | None = None,
                 since: date | None = None) -> None:
        self.team = team
        self.until = until
        self.calendar = WorkCalendar(team, store.past_workweeks(team.id))
        self.members = store.members(team.id)
        self.rituals = list(rituals) if rituals is not None else store.rituals(team.id)
        ids = [r.id for r in self.rituals]
        self.rosters: dict[int, list[RosterChange]] = store.rosters(ids) if ids else {}
        self.anchors: dict[int, dict[int, datetime]] = store.sprint_anchors(ids) if ids else {}
        self.checkpoints: dict[int, Checkpoint] = {}
        self.new_checkpoints: list[Checkpoint] = []
        self._cut: datetime | None = None
        if since is not None and ids:
            self._revision, self._fingerprint = store.team_revision(team.id), checkpoint_fingerprint()
            self._cut = datetime.combine(since - CHECKPOINT_LEAD, time())
            start = datetime.combine(since, time())
            self.checkpoints = {
                rid: c for rid, c in store.checkpoints(ids, revision=self._revision, fingerprint=self._fingerprint)
                .items() if c.cut <= start
            }
        resumed = list(self.checkpoints)
        replayed = [rid for rid in ids if rid not in self.checkpoints]
        # Resuming every ritual, nobody's availability is asked before the earliest checkpoint's reach
        # (nor before `since`): older absences are not read (years of them, on an old team).
        away_from = min([since, *(c.cut.date() for c in self.checkpoints.values())]) - _MOVE_REACH \
            if resumed and not replayed else None
        self.availability = Availability(self.members, store.absences(
            [m.id for m in self.members], first=away_from, last=date.max if away_from else None))
        self.states: dict[OccurrenceKey, OccurrenceState] = store.states(replayed) if replayed else {}
        for rid in resumed:  # one query per resumed ritual: each has its own cut
            self.states.update(store.states([rid], since=self.checkpoints[rid].cut - _MOVE_REACH))
        self._by_ritual: dict[int, dict[datetime, OccurrenceState]] = {}
        for key, state in self.states.items():
            self._by_ritual.setdefault(key.ritual_id, {})[key.planned] = state
        # When every ritual resumes, sprints ending before the earliest day looked at are not needed
        # (the reach of the checkpoints, or where a far-moved occurrence was planned).
        ending_from = None
        if resumed and not replayed:
            earliest = [c.cut.date() - _MOVE_REACH for c in self.checkpoints.values()]
            earliest += [key.planned.date() for key in self.states]
            ending_from = min(earliest) - timedelta(days=7)
        stored_sprints = store.sprints(team.id, ending_from=ending_from)
        self.sprints: list[Sprint] = sprints_until(team, stored_sprints, until + timedelta(days=120))
        self._plans: dict[int, RitualPlan] = {}

    def plan(self, ritual: Ritual) -> RitualPlan:
        """The ritual's occurrences and facilitators from its start (or its checkpoint) to `until`."""
        if ritual.id not in self._plans:
            for _ in self.plan_steps(ritual):
                pass
        return self._plans[ritual.id]

    def plan_steps(self, ritual: Ritual, *, pause_every: int = 0) -> Iterator[None]:
        """Make the ritual's plan (see `plan`), pausing after its expansion and every `pause_every` occurrences.

        For a reader that spreads years of history over the event loop's idle moments.
        """
        if ritual.id in self._plans:
            return
        checkpoint = self.checkpoints.get(ritual.id)
        first = ritual.starts_on
        if checkpoint is not None:
            first = max(first, (checkpoint.cut - _MOVE_REACH).date())
        days = sprint_planned_days(
            ritual, working_days=self.team.working_days, calendar=self.calendar,
            sprints=self.sprints, first=first, last=self.until,
        )
        pairs = anchored_starts(ritual, days, self.anchors.get(ritual.id, {}))
        planned = [p for p, _ in pairs]
        start_of = {p: start for p, start in pairs if p != start}  # kept identities of moved sprints
        states = self._by_ritual.get(ritual.id, {})
        expanded = set(planned)
        for p, state in states.items():  # stored occurrences the expansion above did not reach
            if p in expanded or (state.moved_to or p).date() > self.until:
                continue
            # A held occurrence, or a past one whose facilitator was recorded, is a fact even if the
            # schedule, the sprints or the working days no longer plan it; a moved one counts where it
            # went, from however far it came (before `first` or after `until`).
            recorded = state.status is _PLANNED and state.facilitator_id is not None and not state.reason
            if state.status is _HELD or recorded or (state.moved_to is not None and self.plans_at(ritual, p)):
                planned.append(p)
        rows = []
        for p in planned:
            state = states.get(p)
            rows.append(((state.moved_to if state is not None else None) or start_of.get(p, p), p, state))
        rows.sort(key=_local)  # one zone: local order is the instants' order
        if checkpoint is not None:
            rows = rows[bisect_left(rows, checkpoint.cut, key=_local):]
        rotation = Rotation(self.rosters.get(ritual.id, ()), self.availability,
                            checkpoint.line if checkpoint else Line())
        cut = self._cut if checkpoint is None and self._cut is not None and ritual.starts_on < self._cut.date() \
            else None
        yield
        turns, assignments, assigned = [], [], []
        for n, (local, p, state) in enumerate(rows):
            if pause_every and n and not n % pause_every:
                yield
            if cut is not None and local >= cut:
                self.new_checkpoints.append(
                    Checkpoint(ritual_id=ritual.id, cut=cut, line=rotation.line, revision=self._revision,
                               fingerprint=self._fingerprint))
                cut = None
            if state is None:
                turn = Turn(p, local.date())
            elif state.status is _CANCELLED:
                assigned.append((local, p, state, None))
                continue
            else:
                held = state.status is _HELD
                turn = Turn(
                    p, local.date(), held=held, fixed=held or state.facilitator_id is not None,
                    fixed_id=state.facilitator_id,
                    fixed_source="override" if state.reason and not held else "recorded",
                    change=state.change, change_member_id=state.change_member_id,
                    change_other_id=state.change_other_id,
                )
            assignment = rotation.take(turn)
            turns.append(turn)
            assignments.append(assignment)
            assigned.append((local, p, state, assignment))
        self._plans[ritual.id] = RitualPlan(ritual=ritual, team=self.team, sprints=self.sprints, rows=assigned,
                                            turns=turns, assignments=assignments, calendar=self.calendar)

    def revise(self, states: Iterable[OccurrenceState]) -> None:
        """Take edited states into account (as just written): the plans they concern are made again."""
        for state in states:
            self.states[state.key] = state
            self._by_ritual.setdefault(state.key.ritual_id, {})[state.key.planned] = state
            self._plans.pop(state.key.ritual_id, None)

    def plans_at(self, ritual: Ritual, planned: datetime) -> bool:
        """Whether the series plans an occurrence at this local start."""
        day = planned.date()
        return planned.time() == ritual.start_time and bool(planned_days(
            ritual, working_days=self.team.working_days, calendar=self.calendar,
            sprints=self.sprints, first=day, last=day))

    def fairness(self, ritual: Ritual, *, today: date) -> list[Fairness]:
        """Per-member turn counts and fair share for a ritual (over its whole history)."""
        if ritual.id in self.checkpoints:
            raise ValueError("fairness needs the whole history: make the TeamPlan without `since`")
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
    checkpoints: bool = True,
    offer: list[Checkpoint] | None = None,
) -> list[Occurrence]:
    """Every occurrence starting between `first` and `last` (local days, included), by start. Writes nothing.

    Rotations resume from stored checkpoints when they can (`checkpoints=False` replays all history);
    the checkpoints a replay could cut are appended to `offer`, for a writer to save (see `warm`).
    """
    result: list[Occurrence] = []
    for team in store.teams():
        if team_ids is not None and team.id not in team_ids:
            continue
        rituals = [
            r for r in store.rituals(team.id)
            if (kinds is None or r.kind in kinds) and (ritual_ids is None or r.id in ritual_ids)
        ]
        result += team_occurrences(store, team, rituals, first=first, last=last, checkpoints=checkpoints,
                                   offer=offer)
    result.sort(key=_instant_order)
    return result


def team_occurrences(
    store: Store, team: Team, rituals: Sequence[Ritual], *, first: date, last: date, checkpoints: bool = True,
    offer: list[Checkpoint] | None = None,
) -> list[Occurrence]:
    """The occurrences of some of a team's rituals starting between two local days, ritual by ritual.

    For a reader that already holds the team and its rituals (see `agenda`, which reads them).
    """
    if not rituals:
        return []
    plan = TeamPlan(store, team, until=last, rituals=rituals, since=first if checkpoints else None)
    result: list[Occurrence] = []
    for ritual in rituals:
        result += plan.plan(ritual).between(first, last)
    if offer is not None:
        offer += plan.new_checkpoints
    return result


def team_occurrences_in_steps(
    store: Store, team: Team, rituals: Sequence[Ritual], *, first: date, last: date, pause_every: int = 200,
    offer: list[Checkpoint] | None = None,
) -> Generator[None, None, list[Occurrence]]:
    """`team_occurrences`, pausing (yielding) between slices of the work: its value is the generator's return.

    Each ritual is read and planned on its own, `pause_every` occurrences at a time, so that replaying years of
    history fits in many short moments. The store must not change meanwhile (its caller drops the
    generator after an edit).
    """
    result: list[Occurrence] = []
    for ritual in rituals:
        plan = TeamPlan(store, team, until=last, rituals=[ritual], since=first)
        yield
        yield from plan.plan_steps(ritual, pause_every=pause_every)
        result += plan.plan(ritual).between(first, last)
        if offer is not None:
            offer += plan.new_checkpoints
    return result


def _instant_order(occurrence: Occurrence) -> tuple[datetime, int]:
    return occurrence.start.astimezone(UTC).replace(tzinfo=None), occurrence.key.ritual_id


def warm(store: Store, *, first: date, last: date | None = None, team_ids: Sequence[int] | None = None) -> int:
    """Cut and save the checkpoints that let reading from `first` on resume (an explicit write); how many.

    A read-only or busy file keeps its cache as it is: warming is never worth an error.
    """
    offered: list[Checkpoint] = []
    agenda(store, first=first, last=last or first, team_ids=team_ids, offer=offered)
    return keep_offered(store, offered)


def keep_offered(store: Store, offered: Sequence[Checkpoint]) -> int:
    """Save checkpoints a read offered, unless the file is read-only or busy (then skip); how many."""
    if not offered:
        return 0
    with store.waiting(0):  # another program is writing: skip rather than wait
        try:
            return store.save_checkpoints(offered)
        except StoreError:
            return 0
