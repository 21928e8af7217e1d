"""What stays settled when a team or its sprints change: the past's calendar, sprint-anchored identities."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .model import PastWorkweek, ScheduleKind, Team
from .schedule import sprint_planned_days
from .sprints import sprints_until
from .store import Store
from .workdays import WorkCalendar

SPRINT_REACH = timedelta(weeks=26)  # how far after the edited sprint identities are kept (the sprints after move too)


def sprint_identities(store: Store, team: Team, *, first: date, last: date) -> dict[tuple[int, int], datetime]:
    """The identity (planned local start) of each sprint-anchored occurrence from `first` to `last`, by (ritual, sprint)."""
    rituals = [r for r in store.rituals(team.id) if r.schedule.kind is ScheduleKind.SPRINT_DAY]
    if not rituals:
        return {}
    calendar = WorkCalendar(team, store.past_workweeks(team.id))
    sprints = sprints_until(team, store.sprints(team.id), last + timedelta(days=120))
    anchors = store.sprint_anchors([r.id for r in rituals])
    found: dict[tuple[int, int], datetime] = {}
    for ritual in rituals:
        kept = anchors.get(ritual.id, {})
        for day, number in sprint_planned_days(ritual, working_days=team.working_days, calendar=calendar,
                                               sprints=sprints, first=first, last=last):
            found[(ritual.id, number)] = kept.get(number, datetime.combine(day, ritual.start_time))
    return found


def keep_sprint_identities(store: Store, before: dict[tuple[int, int], datetime],
                           after: dict[tuple[int, int], datetime]) -> list[tuple[int, int]]:
    """Store the identity of each occurrence a sprint edit moved (once: a kept one stays); the pairs stored."""
    moved = [(ritual_id, number, planned) for (ritual_id, number), planned in before.items()
             if after.get((ritual_id, number)) != planned]
    return store.save_sprint_anchors(moved)


def settle_past_calendar(store: Store, before: Team, after: Team, *, today: date) -> PastWorkweek | None:
    """Before working days, holidays or the time zone change, keep the old ones for the days before `today`."""
    old = (tuple(sorted(before.working_days)), before.holidays_country, before.holidays_subdivision)
    new = (tuple(sorted(after.working_days)), after.holidays_country, after.holidays_subdivision)
    moved = before.timezone != after.timezone
    if old == new and not moved:
        return None
    working_days, country, subdivision = old
    week = PastWorkweek(team_id=before.id, until=today - timedelta(days=1), working_days=working_days,
                        holidays_country=country, holidays_subdivision=subdivision,
                        timezone=before.timezone if moved else None)
    store.save_past_workweek(week)
    return week
