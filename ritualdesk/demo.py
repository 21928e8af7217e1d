"""Realistic demo data: teams, members, rituals, years of held history and a planned future."""

from __future__ import annotations

import contextlib
import gc
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from .agenda import TeamPlan
from .model import (
    Absence,
    ActionItem,
    ActionStatus,
    Member,
    OccurrenceKey,
    OccurrenceState,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    Role,
    Schedule,
    ScheduleKind,
    Team,
    Verdict,
)
from .schedule import aware, planned_days, planned_starts
from .sprints import cadence_sprints
from .store import Store

# (name, time zone, holidays, French-speaking)
TEAMS = [
    ("Les Castors", "Europe/Paris", ("FR", None), True),
    ("Phoenix", "Europe/London", ("GB", "ENG"), False),
    ("Équipe Mistral", "Europe/Paris", ("FR", None), True),
    ("Orion", "America/New_York", ("US", "NY"), False),
    ("Les Goélands", "Europe/Paris", ("FR", None), True),
    ("Kookaburra", "Australia/Sydney", ("AU", "NSW"), False),
    ("Tisserands", "Europe/Brussels", ("BE", None), True),
    ("Monsoon", "Asia/Kolkata", ("IN", None), False),
    ("Les Étoiles", "America/Montreal", ("CA", "QC"), True),
    ("Nightingale", "Europe/Paris", ("FR", None), False),
]
FRENCH_NAMES = ["Camille", "Léa", "Hugo", "Chloé", "Lucas", "Manon", "Théo", "Inès", "Julien", "Sarah",
                "Nicolas", "Élodie", "Mathis", "Zoé", "Antoine", "Margaux", "Yanis", "Océane", "Baptiste", "Clémence"]
ENGLISH_NAMES = ["Olivia", "Jack", "Amelia", "Harry", "Isla", "George", "Ava", "Noah", "Mia", "Oscar",
                 "Priya", "Liam", "Grace", "Ethan", "Sophie", "Ravi", "Chloe", "Daniel", "Emily", "Samuel"]
# What a team writes, in its own language: sprint goals, meeting notes, action items.
GOALS = {
    "en": ["Ship the new onboarding flow", "Stabilise the billing export", "Offline mode for the mobile app",
           "Cut the p95 search latency in half", "Accessibility audit fixes", "First public API release",
           "Migrate the reports to the new data store", "Self-service password reset"],
    "fr": ["Refonte du tableau de bord", "Livrer la facturation mensuelle", "Mode hors ligne de l’application",
           "Diviser par deux le temps de recherche", "Corrections de l’audit d’accessibilité",
           "Première version publique de l’API", "Migrer les rapports vers le nouvel entrepôt",
           "Réinitialisation du mot de passe en libre-service"],
}
NOTES = {
    "en": ["Blocked on the staging database; pairing to unblock it.", "Demo went well; stakeholders asked for CSV export.",
           "Velocity back to normal after the holidays.", "Good energy, two stories done.",
           "Release to production postponed to Monday.", "Discussed flaky tests in CI.",
           "New ideas for backlog refinement."],
    "fr": ["Bloqués par la base de recette ; on travaille en binôme pour avancer.",
           "Bonne démo ; les parties prenantes demandent un export CSV.",
           "Vélocité revenue à la normale après les vacances.", "Bonne énergie, deux stories terminées.",
           "On a reporté la mise en production à lundi.", "On a parlé des tests instables de l’intégration continue.",
           "Nouvelles idées pour l’affinage du backlog."],
}
ACTIONS = {
    "en": ["Write the runbook for the release", "Fix the flaky login test", "Book a room for the review",
           "Clarify acceptance criteria with the PO", "Update the definition of done",
           "Automate the staging deployment", "Pair on the payment module", "Limit WIP to three stories",
           "Timebox the stand-up to 15 minutes", "Invite support to the review"],
    "fr": ["Rédiger la procédure de mise en production", "Corriger le test de connexion instable",
           "Réserver une salle pour la revue", "Préciser les critères d’acceptation avec le PO",
           "Mettre à jour la définition de « terminé »", "Automatiser le déploiement de recette",
           "Travailler en binôme sur le module de paiement", "Limiter le travail en cours à trois stories",
           "Limiter la mêlée à 15 minutes", "Inviter le support à la revue"],
}


def _team_name(index: int) -> tuple[str, str, tuple[str, str | None], bool]:
    name, tz, holidays, french = TEAMS[index % len(TEAMS)]
    return (name if index < len(TEAMS) else f"{name} {index // len(TEAMS) + 1}"), tz, holidays, french


def _rituals(team: Team, start: date, french: bool) -> list[tuple[Ritual, str]]:
    def ritual(kind, title, at, minutes, schedule, roster="all", **extra):
        return Ritual(id=None, team_id=team.id, kind=kind, title=title, start_time=at, minutes=minutes,
                      schedule=schedule, starts_on=start, **extra), roster

    link = f"https://meet.example.org/{team.name.lower().replace(' ', '-')}"
    return [
        ritual(RitualKind.STANDUP, "Mêlée quotidienne" if french else "Daily stand-up", time(9, 30), 15,
               Schedule(ScheduleKind.WORKING_DAYS), location=link, roster="developers",
               agenda="Hier, aujourd’hui, blocages" if french else "Yesterday, today, blockers"),
        ritual(RitualKind.PLANNING, "Planification de sprint" if french else "Sprint planning", time(10, 0), 120,
               Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1), location="Salle Jupiter" if french else "Room 2",
               agenda="Objectif du sprint, capacité, choix dans le backlog" if french
               else "Sprint goal, capacity, backlog selection"),
        ritual(RitualKind.REFINEMENT, "Affinage du backlog" if french else "Backlog refinement", time(14, 0), 60,
               Schedule(ScheduleKind.WEEKLY, weekdays=(2,)), location=link),
        ritual(RitualKind.REVIEW, "Revue de sprint" if french else "Sprint review", time(14, 0), 60,
               Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), location=link,
               agenda="Démonstration de l’incrément" if french else "Demo of the increment"),
        ritual(RitualKind.RETROSPECTIVE, "Rétrospective" if french else "Retrospective", time(15, 30), 90,
               Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1),
               agenda="Commencer / arrêter / continuer" if french else "Start / stop / continue"),
    ]


def generate_demo(store: Store, *, teams: int = 3, years: int = 2, seed: int = 0, now: datetime) -> list[Team]:
    """Add `teams` teams with `years` years of held history and ten weeks of planned future."""
    rng = random.Random(seed)
    made = []
    with _without_cycle_collection(), store.bulk_load(BULK_TABLES) as touched:
        existing = {t.name for t in store.teams()}
        index = 0
        for _ in range(teams):
            while _team_name(index)[0] in existing:
                index += 1
            made.append(_demo_team(store, rng, _team_name(index), years=years, now=now))
            touched.add(made[-1].id)
            index += 1
    return made


BULK_TABLES = ("absences", "sprints", "occurrences", "actions", "action_reviews")  # thousands of rows a team


@contextlib.contextmanager
def _without_cycle_collection():
    """The cyclic garbage collector paused meanwhile (then as it was)."""
    # Years of history are hundreds of thousands of small objects without cycles: the collector
    # would only walk them again and again (about a tenth of the time).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _demo_team(store: Store, rng: random.Random, spec, *, years: int, now: datetime) -> Team:
    name, tz, (country, subdivision), french = spec
    language = "fr" if french else "en"  # what the team writes in: goals, notes, action items
    today = now.date()
    start = today - timedelta(days=365 * years)
    start -= timedelta(days=start.weekday())  # sprints start on Mondays
    team = store.add_team(Team(id=None, name=name, timezone=tz, holidays_country=country,
                               holidays_subdivision=subdivision,
                               sprint_weeks=2, sprint_start=start, language=language))
    names = rng.sample(FRENCH_NAMES if french else ENGLISH_NAMES, rng.randint(5, 8))
    roles = [Role.PRODUCT_OWNER, Role.SCRUM_MASTER] + [Role.DEVELOPER] * (len(names) - 2)
    domain = name.lower().replace(" ", "").replace("é", "e").replace("è", "e")
    members = []
    for person, role in zip(names, roles, strict=True):
        email = f"{person.lower().replace('é', 'e').replace('è', 'e').replace('ë', 'e')}@{domain}.example"
        joined = start if rng.random() < 0.8 else start + timedelta(days=rng.randint(30, 300))
        members.append(store.add_member(Member(id=None, team_id=team.id, name=person, email=email, role=role,
                                               joined=joined)))
    absences = []
    for member in members:
        for year in range(years + 1):
            first = start + timedelta(days=365 * year + rng.randint(0, 330))
            if first < today + timedelta(days=60):
                absences.append(Absence(id=None, member_id=member.id, start=first,
                                        end=first + timedelta(days=rng.randint(2, 9)),
                                        reason="Congés" if french else "Holiday"))
    store.add_absences(absences)
    horizon = today + timedelta(weeks=10)
    sprints = [replace(s, goal=rng.choice(GOALS[language])) for s in cadence_sprints(team, until=horizon)]
    store.save_sprints(sprints)
    developers = [m.id for m in members if m.role is not Role.PRODUCT_OWNER]
    everyone = [m.id for m in members]
    for ritual, roster in _rituals(team, start, french):
        store.add_ritual(ritual, developers if roster == "developers" else everyone)

    # First the cancellations and moves, which the rotation must see; then the held history.
    # Nothing is recorded yet, so the planned starts are the schedule's own (no rotation needed).
    plan = TeamPlan(store, team, until=horizon)
    states, draw = [], rng.random
    for ritual in plan.rituals:
        days = planned_days(ritual, working_days=team.working_days, calendar=plan.calendar, sprints=plan.sprints,
                            first=ritual.starts_on, last=horizon)
        movable = ritual.kind is not RitualKind.STANDUP
        for planned in planned_starts(ritual, days):
            roll = draw()
            if roll < 0.03:
                states.append(OccurrenceState(OccurrenceKey(ritual.id, planned), status=OccurrenceStatus.CANCELLED))
            elif roll < 0.05 and movable:
                # an hour later, but a review moves to the morning: the retrospective follows it
                shift = timedelta(hours=-3) if ritual.kind is RitualKind.REVIEW else timedelta(hours=1)
                states.append(OccurrenceState(OccurrenceKey(ritual.id, planned), moved_to=planned + shift))
    store.save_states(states)
    plan.revise(states)  # nothing else changed since the plan was made, and it has computed no plan yet
    held, retros = [], []
    tz = team.tz
    past = (now.astimezone(tz) - timedelta(days=1)).replace(tzinfo=None)  # surely before now, in local time
    for ritual in plan.rituals:
        noted = ritual.kind is not RitualKind.STANDUP
        for local, planned, state, assignment in plan.plan(ritual).rows:
            if local >= past and aware(local, tz) >= now:
                continue
            if state is not None and state.status is OccurrenceStatus.CANCELLED:
                continue
            notes = rng.choice(NOTES[language]) if noted and draw() < 0.6 else ""
            if state is None:
                state = OccurrenceState(OccurrenceKey(ritual.id, planned), status=OccurrenceStatus.HELD,
                                        facilitator_id=assignment.member_id, notes=notes)
            else:  # moved: it stays where it went
                state = replace(state, status=OccurrenceStatus.HELD, facilitator_id=assignment.member_id, notes=notes)
            held.append(state)
            if ritual.kind is RitualKind.RETROSPECTIVE:
                retros.append((aware(local, tz), state.key))
    store.save_states(held)
    _demo_actions(store, rng, team, retros, [m.id for m in members], titles=ACTIONS[language])
    return team


_STATUS_OF = {Verdict.KEEP: ActionStatus.OPEN, Verdict.DONE: ActionStatus.DONE, Verdict.DROP: ActionStatus.DROPPED}


def _demo_actions(store: Store, rng: random.Random, team: Team, retros, member_ids: list[int], *,
                  titles: list[str]) -> None:
    """Each retrospective reviews the open actions, then creates a few new ones (stored at the end, in one go)."""
    made: list[tuple] = []  # every action as created, in order; an action's place is its index
    reviews: list[list[tuple[OccurrenceKey, Verdict]]] = []
    ends: list[tuple[ActionStatus, date | None]] = []  # status and closing day after the latest review
    open_items: list[int] = []
    retros = sorted(retros, key=lambda retro: retro[0])
    for start, key in retros:
        day = start.date()
        still_open = []
        for index in open_items:
            roll = rng.random()
            verdict = Verdict.DONE if roll < 0.5 else Verdict.DROP if roll < 0.65 else Verdict.KEEP
            status = _STATUS_OF[verdict]  # the latest retrospective's verdict sets the status
            reviews[index].append((key, verdict))
            ends[index] = (status, None if status is ActionStatus.OPEN else min(key.planned.date(), day))
            if verdict is Verdict.KEEP:
                still_open.append(index)
        new = [  # title, owner, due day: made into action items once their fate is known (no title twice)
            (title, rng.choice(member_ids), day + timedelta(days=rng.choice((7, 10, 14))), key, day)
            for title in rng.sample(titles, rng.randint(1, 3))
        ]
        open_items = still_open + list(range(len(made), len(made) + len(new)))
        made += new
        reviews += [[] for _ in new]
        ends += [(ActionStatus.OPEN, None) for _ in new]
    for index in open_items:
        if rng.random() < 0.2:
            ends[index] = (ActionStatus.DONE, retros[-1][0].date())
    store.add_actions([
        ActionItem(id=None, team_id=team.id, title=title, origin=key, owner_id=owner, due=due, status=status,
                   created=day, closed=closed, reviews=tuple(found))
        for (title, owner, due, key, day), found, (status, closed) in zip(made, reviews, ends, strict=True)
    ])
