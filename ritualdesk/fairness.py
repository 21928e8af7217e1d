"""Fairness over a period, the history of turn changes, and a forecast with "what if" absences. Reads only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .agenda import Availability, TeamPlan, occurrence_uid
from .dbfile import _sort_key as sort_key
from .model import Absence, OccurrenceKey, OccurrenceStatus, Ritual
from .rotation import Fairness, fairness
from .store import Store


def _rituals(store: Store, team_id: int, ritual_ids: Sequence[int] | None) -> list[Ritual]:
    return [r for r in store.rituals(team_id) if ritual_ids is None or r.id in ritual_ids]


def _plan(store: Store, team_id: int, ritual_ids: Sequence[int] | None, last: date, today: date) -> TeamPlan:
    return TeamPlan(store, store.team(team_id), until=max(last, today), rituals=_rituals(store, team_id, ritual_ids))


def period_fairness(store: Store, team_id: int, *, ritual_ids: Sequence[int] | None = None, first: date,
                    last: date, today: date, plan: TeamPlan | None = None) -> list[Fairness]:
    """Per member, over the rituals given (None: all the team's): turns held between `first` and `last`,
    turns planned from `today` to `last`, and the fair share of the held ones (summed over rituals).

    `plan` (from `period_plan`) lets the history of the same period reuse the replayed rotation.
    """
    plan = plan or _plan(store, team_id, ritual_ids, last, today)
    rituals = plan.rituals
    totals: dict[int, list[float]] = {}
    for ritual in rituals:
        whole = plan.plan(ritual)
        pairs = [(t, a) for t, a in zip(whole.turns, whole.assignments, strict=True) if first <= t.day <= last]
        for row in fairness([t for t, _ in pairs], [a for _, a in pairs], roster=plan.rosters.get(ritual.id, ()),
                            available=plan.availability, today=today):
            held, planned, share = totals.setdefault(row.member_id, [0, 0, 0.0])
            totals[row.member_id] = [held + row.held, planned + row.planned, share + row.share]
    names = {m.id: sort_key(m.name) for m in plan.members}  # 'Élodie' with the E's
    rows = [Fairness(m, int(h), int(p), round(s, 2)) for m, (h, p, s) in totals.items()]
    return sorted(rows, key=lambda f: names.get(f.member_id, ("", "")))


@dataclass(frozen=True, slots=True)
class TurnEvent:
    """A change to who facilitates one occurrence: an override, a swap, a pass or a defer."""

    key: OccurrenceKey
    start: datetime
    ritual: str
    what: str  # "override", or a TurnChange value
    facilitator_id: int | None  # who facilitated (or is to)
    member_id: int | None  # who was due (for a swap, pass or defer)
    other_id: int | None  # who took the turn in a swap
    reason: str


def period_plan(store: Store, team_id: int, *, ritual_ids: Sequence[int] | None = None, last: date,
                today: date) -> TeamPlan:
    """The rotation of the rituals given, replayed once for `period_fairness` and `turn_history`."""
    return _plan(store, team_id, ritual_ids, last, today)


def turn_history(store: Store, team_id: int, *, ritual_ids: Sequence[int] | None = None, first: date,
                 last: date, plan: TeamPlan | None = None) -> list[TurnEvent]:
    """Every override, swap, pass and defer between two days, latest first."""
    plan = plan or TeamPlan(store, store.team(team_id), until=last, rituals=_rituals(store, team_id, ritual_ids))
    rituals = plan.rituals
    events = []
    for ritual in rituals:
        whole = plan.plan(ritual)
        by_key = {o.key: o for o in whole.between(first, last)}
        for _local, planned, state, assignment in whole.rows:
            key = OccurrenceKey(ritual.id, planned)
            found = by_key.get(key)
            if found is None or state is None or found.status is OccurrenceStatus.CANCELLED:
                continue
            who = assignment.member_id if assignment else None
            if state.change is not None:
                events.append(TurnEvent(key, found.start, ritual.title, state.change.value, who,
                                        state.change_member_id, state.change_other_id, state.reason))
            elif state.reason:
                events.append(TurnEvent(key, found.start, ritual.title, "override", who, None, None, state.reason))
    return sorted(events, key=lambda e: e.start, reverse=True)


@dataclass(frozen=True, slots=True)
class ForecastTurn:
    """One coming occurrence and who would facilitate it."""

    key: OccurrenceKey
    uid: str
    ritual: str
    start: datetime
    facilitator_id: int | None


def forecast(store: Store, team_id: int, *, ritual_ids: Sequence[int] | None = None, count: int, now: datetime,
             away: Sequence[Absence] = ()) -> list[ForecastTurn]:
    """Who facilitates the next `count` occurrences (from `now`), given known absences and holidays and,
    for a "what if", the absences in `away` as if they were recorded. Nothing is written."""
    team = store.team(team_id)
    rituals = _rituals(store, team_id, ritual_ids)
    today = now.astimezone(team.tz).date()
    horizon = 62
    while True:
        plan = TeamPlan(store, team, until=today + timedelta(days=horizon), rituals=rituals)
        if away:
            recorded = store.absences([m.id for m in plan.members])
            plan.availability = Availability(plan.members, [*recorded, *away])
        coming = []
        for ritual in rituals:
            coming += [(o, ritual) for o in plan.plan(ritual).between(today, plan.until)
                       if o.start >= now and o.status is not OccurrenceStatus.CANCELLED]
        if len(coming) >= count or horizon >= 3660:
            break
        horizon *= 2
    coming.sort(key=lambda pair: (pair[0].start, pair[1].id))
    return [ForecastTurn(o.key, occurrence_uid(r, o.key.planned), r.title, o.start, o.facilitator_id)
            for o, r in coming[:count]]
