"""A store with four teams around the world, moved and cancelled occurrences, across DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.model import (
    HolidayRule,
    Member,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    Role,
    Schedule,
    ScheduleKind,
    Team,
)
from ritualdesk.store import Store

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
FIRST, LAST = date(2026, 2, 1), date(2026, 11, 30)  # crosses every DST change of the year, both hemispheres

# name, zone, holidays (country, subdivision), stand-up time
TEAMS = [
    ("Les Castors", "Europe/Paris", ("FR", None), time(9, 30)),
    ("Orion", "America/New_York", ("US", "NY"), time(9, 0)),
    ("Kookaburra", "Australia/Sydney", ("AU", "NSW"), time(8, 45)),
    ("Monsoon", "Asia/Kolkata", ("IN", None), time(10, 15)),
]


def build_world(store: Store) -> dict[str, Team]:
    """Four teams with stand-ups, weekly refinements, sprint reviews and retros; some moved, some cancelled."""
    teams = {}
    for index, (name, tz, (country, subdivision), at) in enumerate(TEAMS):
        team = store.add_team(Team(None, name, timezone=tz, holidays_country=country,
                                   holidays_subdivision=subdivision, sprint_weeks=2,
                                   sprint_start=date(2026, 1, 5)))
        teams[name] = team
        people = [store.add_member(Member(None, team.id, f"{name[:3]}{i}", email=f"p{i}@{index}.example",
                                          role=Role.DEVELOPER)) for i in range(4)]
        roster = [p.id for p in people]
        start = date(2026, 1, 5)
        store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Daily stand-up", at, 15,
                                Schedule(ScheduleKind.WORKING_DAYS), start, location="https://meet.example/x"),
                         roster)
        store.add_ritual(Ritual(None, team.id, RitualKind.REFINEMENT, "Refinement", time(14, 0), 60,
                                Schedule(ScheduleKind.WEEKLY, weekdays=(1, 3)), start, location="Room 2"), roster)
        store.add_ritual(Ritual(None, team.id, RitualKind.REVIEW, "Sprint review", time(16, 0), 60,
                                Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), start), roster)
        store.add_ritual(Ritual(None, team.id, RitualKind.RETROSPECTIVE, "Retro", time(17, 0), 90,
                                Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), start,
                                agenda="Start / stop / continue"), roster)
    # the Paris team also has a night ritual at 02:30, every day: it meets the spring gap and the autumn fold
    paris = teams["Les Castors"]
    night = store.add_team(Team(None, "Night shift", timezone="Europe/Paris", working_days=tuple(range(7)),
                                holidays_country=None))
    teams["Night shift"] = night
    owl = store.add_member(Member(None, night.id, "Owl"))
    store.add_ritual(Ritual(None, night.id, RitualKind.CUSTOM, "Night handover", time(2, 30), 30,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 20), ends_on=date(2026, 11, 5)),
                     [owl.id])
    # the night team also checks the clocks on the last Sunday of each month at 02:30: twice a DST day
    store.add_ritual(Ritual(None, night.id, RitualKind.CUSTOM, "Clock check", time(2, 30), 20,
                            Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(6,), ordinal=-1), date(2026, 1, 1)),
                     [owl.id])
    build_cadence(store, teams)
    # moves (one across the spring change, one across the autumn change) and cancellations
    found = agenda(store, first=FIRST, last=LAST, team_ids=[paris.id, teams["Orion"].id, teams["Kookaburra"].id])
    standups = [o for o in found if store.ritual(o.key.ritual_id).kind is RitualKind.STANDUP]
    for team_id in {o.team_id for o in standups}:
        mine = [o for o in standups if o.team_id == team_id]
        operations.cancel(store, mine[3].key, now=NOW)
        operations.cancel(store, mine[40].key, now=NOW)
        march = next(o for o in mine if o.start.date() >= date(2026, 3, 26))
        operations.move(store, march.key, march.key.planned + timedelta(days=5, hours=1), now=NOW)
        autumn = next(o for o in mine if o.start.date() >= date(2026, 10, 22))
        operations.move(store, autumn.key, autumn.key.planned + timedelta(days=12, minutes=30), now=NOW)
        operations.set_facilitator(store, mine[10].key, mine[10].facilitator_id, reason="kept", now=NOW)
    for o in agenda(store, first=FIRST, last=NOW.date() - timedelta(days=90))[:60]:
        if o.status is OccurrenceStatus.PLANNED:
            operations.mark_held(store, o.key, now=NOW)
    return teams




CADENCE = "Cadence"


def build_cadence(store: Store, teams: dict[str, Team]) -> None:
    """A Berlin team on every-other-week, monthly and holiday-moving schedules (German holidays)."""
    team = store.add_team(Team(None, CADENCE, timezone="Europe/Berlin", holidays_country="DE",
                               holidays_subdivision="BY", sprint_weeks=2, sprint_start=date(2026, 1, 5)))
    teams[CADENCE] = team
    people = [store.add_member(Member(None, team.id, f"Cad{i}")) for i in range(3)]
    roster = [p.id for p in people]
    start = date(2026, 1, 5)
    for kind, title, at, minutes, schedule in [
        (RitualKind.REVIEW, "Demo", time(16, 0), 60,
         Schedule(ScheduleKind.WEEKLY, weekdays=(3,), every=2, on_holiday=HolidayRule.BEFORE)),
        (RitualKind.CUSTOM, "PO/PM sync", time(10, 0), 45,
         Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(0,), ordinal=1, on_holiday=HolidayRule.AFTER)),
        (RitualKind.CUSTOM, "Health check", time(15, 0), 30,
         Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(4,), ordinal=-1)),
        (RitualKind.PLANNING, "Budget", time(11, 0), 30,
         Schedule(ScheduleKind.MONTHLY_DAY, month_day=15, on_holiday=HolidayRule.BEFORE)),
        (RitualKind.REFINEMENT, "Quarterly refinement", time(9, 0), 120,
         Schedule(ScheduleKind.MONTHLY_DAY, month_day=-1, every=3, on_holiday=HolidayRule.BEFORE)),
    ]:
        store.add_ritual(Ritual(None, team.id, kind, title, at, minutes, schedule, start), roster)
