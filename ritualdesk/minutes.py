"""Minutes of an occurrence or of a whole sprint, as a Document (Markdown or HTML). Reads, never writes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from .agenda import Availability, TeamPlan
from .document import Bullets, Document, Facts, Heading, Notes, Paragraph, Table
from .errors import NotFound
from .i18n import _
from .localize import time_span
from .meeting import Meeting
from .meetings import caught_up, load_meeting
from .model import ActionItem, Occurrence, OccurrenceKey, OccurrenceStatus, Ritual, RitualKind, Team
from .operations import occurrence, team_sprints
from .store import Store

LANGUAGES = ("en", "fr")

_LABELS = {
    "en": {
        "minutes": "Minutes", "real_times": "Started–ended", "when": "When", "date": "Date", "sprint": "Sprint",
        "facilitator": "Facilitator", "attendees": "Attendees",
        "absent": "Absent", "expected": "Expected", "away": "Away", "status": "Status", "notes": "Notes",
        "parking": "Parking lot", "created": "Actions created", "reviewed": "Actions reviewed",
        "board": "Retrospective board", "action": "Action", "owner": "Owner", "due": "Due",
        "verdict": "Verdict", "nobody": "nobody", "none": "none", "page": "page", "goal": "Goal",
        "no_goal": "no goal recorded", "dates": "Dates", "rituals": "Rituals", "votes": "votes",
        "vote": "vote", "held_at": "Held", "no_notes": "Nothing was recorded for this occurrence.",
        "cancelled_list": "Cancelled", "by": "by",
        "planned": "planned", "held": "held", "cancelled": "cancelled",
        "open": "open", "done": "done", "dropped": "dropped",
        "keep": "keep", "drop": "drop",
        "standup": "Stand-up", "planning": "Sprint planning", "review": "Sprint review",
        "retrospective": "Retrospective", "refinement": "Backlog refinement", "custom": "Ritual",
        "days": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "months": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"),
    },
    "fr": {
        "minutes": "Compte rendu", "real_times": "Début–fin réels",
        "when": "Date et heure", "date": "Date", "sprint": "Sprint",
        "facilitator": "Animation", "attendees": "Présents",
        "absent": "Absents", "expected": "Attendus", "away": "Absents prévus", "status": "Statut",
        "notes": "Notes", "parking": "Parking", "created": "Actions décidées", "reviewed": "Actions revues",
        "board": "Tableau de la rétrospective", "action": "Action", "owner": "Responsable", "due": "Échéance",
        "verdict": "Décision", "nobody": "personne", "none": "aucun", "page": "page", "goal": "Objectif",
        "no_goal": "pas d’objectif noté", "dates": "Dates", "rituals": "Rituels", "votes": "votes",
        "vote": "vote", "held_at": "Tenue", "no_notes": "Rien n’a été noté pour cette occurrence.",
        "cancelled_list": "Annulés", "by": "par",
        "planned": "prévue", "held": "tenue", "cancelled": "annulée",
        "open": "ouverte", "done": "faite", "dropped": "abandonnée",
        "keep": "garder", "drop": "abandonner",
        "standup": "Mêlée", "planning": "Planification de sprint", "review": "Revue de sprint",
        "retrospective": "Rétrospective", "refinement": "Affinage du backlog", "custom": "Rituel",
        "days": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "months": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                   "octobre", "novembre", "décembre"),
    },
}


COLUMN_NAMES = {"fr": {  # the built-in formats' columns, as a French team names them
    "Start": "Commencer", "Stop": "Arrêter", "Continue": "Continuer", "Mad": "Fâché", "Sad": "Triste",
    "Glad": "Content", "Liked": "Aimé", "Learned": "Appris", "Lacked": "Manqué", "Longed for": "Souhaité",
    "Wind": "Vent", "Anchor": "Ancre", "Rocks": "Rochers", "Island": "Île", "Keep": "Garder", "More": "Plus",
    "Less": "Moins", "Drop": "Abandonner", "Add": "Ajouter", "Improve": "Améliorer",
}}


def long_day(day: date, language: str) -> str:
    """'Friday 27 March 2026' / 'vendredi 27 mars 2026'."""
    words = _LABELS[language]
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{words['days'][day.weekday()]} {first} {words['months'][day.month - 1]} {day.year}"


class _Reader:
    """What the minutes need from the store, read once per team."""

    def __init__(self, store: Store, team: Team, language: str) -> None:
        self.store, self.team, self.language = store, team, language
        self.words = _LABELS[language]
        self.members = {m.id: m for m in store.members(team.id)}
        self.availability = Availability(self.members.values(), store.absences(list(self.members)))
        self.actions = store.actions(team.id)

    def name(self, member_id: int | None) -> str:
        member = self.members.get(member_id)
        return member.name if member else self.words["nobody"]

    def section(self, found: Occurrence, ritual: Ritual, *, level: int) -> list:
        """The blocks of one occurrence's minutes, its heading at `level`."""
        w = self.words
        day = found.start.date()
        zone = getattr(found.start.tzinfo, "key", self.team.timezone)  # the team's zone then (it may have changed)
        when = f"{long_day(day, self.language)}, {time_span(found.start, found.end)} ({zone})"
        title = f"{ritual.title} — {long_day(day, self.language)}" if level > 1 else ritual.title
        blocks: list = [Heading(level, title)]
        if level == 1:
            sprint = f" · {w['sprint']} {found.sprint_number}" if found.sprint_number else ""
            blocks.append(Paragraph(f"{self.team.name} · {w[ritual.kind.value]}{sprint}", emphasis=True))
        meeting = load_meeting(self.store, found.key)
        facts = [(w["when"], when), (w["status"], w[found.status.value])]
        if meeting is not None:
            tz = found.start.tzinfo  # the zone its day was in (the team's may have changed since)
            end = f"{meeting.ended.astimezone(tz):%H:%M}" if meeting.ended else "…"
            facts.append((w["real_times"], f"{meeting.started.astimezone(tz):%H:%M}–{end}"))
        if found.status is not OccurrenceStatus.CANCELLED:
            facts.append((w["facilitator"], self.name(found.facilitator_id)))
            present, away = self.attendance(found, meeting)
            held = found.status is OccurrenceStatus.HELD
            facts.append((w["attendees"] if held else w["expected"], ", ".join(present) or w["none"]))
            if away:
                facts.append((w["absent"] if held else w["away"], ", ".join(away)))
        blocks.append(Facts(tuple(facts)))
        # A meeting still running keeps its notes as they are typed (with those saved meanwhile); Finish makes them
        # the occurrence's.
        notes = caught_up(meeting, found.notes).notes if meeting is not None and meeting.ended is None else found.notes
        if notes.strip():
            blocks += [Heading(level + 1, w["notes"]), Notes(notes)]
        blocks += self._board(found, ritual, level=level + 1)
        if meeting is not None and meeting.parking:
            blocks += [Heading(level + 1, w["parking"]), Bullets(tuple(n.text for n in meeting.parking))]
        created = [a for a in self.actions if a.origin == found.key]
        if created:
            blocks += [Heading(level + 1, w["created"]), self._actions_table(created)]
        reviewed = [(a, verdict) for a in self.actions for k, verdict in a.reviews if k == found.key]
        if reviewed:
            blocks += [Heading(level + 1, w["reviewed"]), Table(
                (w["action"], w["owner"], w["verdict"]),
                tuple((a.title, self.name(a.owner_id) if a.owner_id else "—", w[v.value]) for a, v in reviewed),
                widths=(11, 4, 3))]
        return blocks

    def _board(self, found: Occurrence, ritual: Ritual, *, level: int) -> list:
        """The retrospective's cards per column, most votes first, grouped cards under their head."""
        if ritual.kind is not RitualKind.RETROSPECTIVE:
            return []
        from .retro_board import board, cards, for_discussion

        found_cards = cards(self.store, found.key)
        if not found_cards:
            return []
        w = self.words
        shown = board(self.store, found.key)
        blocks: list = [Heading(level, w["board"])]
        ranked = for_discussion(found_cards)
        for index, column in enumerate(shown.columns):
            items = []
            for head, total, group in ranked:
                if shown.column_of(head) != index:  # a card of a column the format has no more: in the last
                    continue
                votes = f" ({total} {w['vote'] if total == 1 else w['votes']})" if total else ""
                items.append(head.text + votes + "".join(f" / {g.text}" for g in group))
            if items:
                blocks += [Heading(level + 1, COLUMN_NAMES.get(self.language, {}).get(column, column)),
                           Bullets(tuple(items))]
        return blocks

    def attendance(self, found: Occurrence, meeting: Meeting | None) -> tuple[list[str], list[str]]:
        """Who was there (ticked in run mode) or is expected, and who was or is away, by name."""
        day = found.start.date()
        members = sorted((m for m in self.members.values() if m.is_member_on(day)), key=lambda m: m.name.casefold())
        if meeting is not None:
            return ([m.name for m in members if m.id in meeting.present],
                    [m.name for m in members if m.id not in meeting.present])
        present = [m.name for m in members if self.availability(m.id, day)]
        return present, [m.name for m in members if not self.availability(m.id, day)]

    def _actions_table(self, actions: Sequence[ActionItem]) -> Table:
        w = self.words
        rows = tuple((a.title, self.name(a.owner_id) if a.owner_id else "—",
                      a.due.isoformat() if a.due else "—", w[a.status.value]) for a in actions)
        return Table((w["action"], w["owner"], w["due"], w["status"]), rows,
                     widths=(11, 4, 4, 3))


def occurrence_minutes(store: Store, key: OccurrenceKey, *, language: str = "en") -> Document:
    """The minutes of one occurrence: when, who, notes, actions created and reviewed."""
    found = occurrence(store, key)
    ritual = store.ritual(key.ritual_id)
    team = store.team(ritual.team_id)
    reader = _Reader(store, team, language)
    day = found.start.date()
    footer = f"{team.name} · {ritual.title} · {long_day(day, language)}"
    return Document(tuple(reader.section(found, ritual, level=1)), language=language, footer=footer,
                    title=f"{_LABELS[language]['minutes']} — {ritual.title} — {day.isoformat()}")


def sprint_minutes(store: Store, team_id: int, number: int, *, language: str = "en",
                   today: date | None = None) -> Document:
    """Every ritual of one sprint in one document, chronological; cancelled ones listed at the end."""
    team = store.team(team_id)
    w = _LABELS[language]
    horizon = (today or date.today()) + timedelta(days=400)
    sprints = team_sprints(store, team_id, until=horizon)
    sprint = next((s for s in sprints if s.number == number), None)
    if sprint is None:
        last = sprints[-1].number if sprints else 0
        if last:
            raise NotFound(_("{team} has no Sprint {number} (Sprints 1 to {last})").format(
                team=team.name, number=number, last=last))
        raise NotFound(_("{team} has no Sprint {number} (the team has no sprint cadence)").format(
            team=team.name, number=number))
    plan = TeamPlan(store, team, until=sprint.end)
    found: list[tuple[Occurrence, Ritual]] = []
    for ritual in plan.rituals:
        found += [(o, ritual) for o in plan.plan(ritual).between(sprint.start, sprint.end)]
    found.sort(key=lambda pair: (pair[0].start, pair[1].id))
    reader = _Reader(store, team, language)
    dates = f"{long_day(sprint.start, language)} – {long_day(sprint.end, language)}"
    blocks: list = [
        Heading(1, f"{w['sprint']} {sprint.number} — {team.name}"),
        Facts(((w["dates"], dates), (w["goal"], sprint.goal or w["no_goal"]),
               (w["rituals"], str(sum(1 for o, _ in found if o.status is not OccurrenceStatus.CANCELLED))))),
    ]
    # The longer rituals first within the sprint's chronology would hide the story: keep time order,
    # but stand-ups with nothing recorded become one line each in a table rather than a section.
    quiet = [(o, r) for o, r in found if r.kind is RitualKind.STANDUP and o.status is not OccurrenceStatus.CANCELLED
             and not o.notes.strip() and not any(a.origin == o.key for a in reader.actions)]
    if quiet:
        blocks += [Heading(2, w["standup"]), Table(
            (w["date"], w["status"], w["facilitator"]),
            tuple((f"{long_day(o.start.date(), language)} {o.start:%H:%M}", w[o.status.value],
                   reader.name(o.facilitator_id)) for o, _ in quiet), widths=(5, 2, 3))]
    for o, ritual in found:
        if (o, ritual) in quiet or o.status is OccurrenceStatus.CANCELLED:
            continue
        blocks += reader.section(o, ritual, level=2)
    cancelled = [(o, r) for o, r in found if o.status is OccurrenceStatus.CANCELLED]
    if cancelled:
        blocks += [Heading(2, w["cancelled_list"]), Bullets(tuple(
            f"{r.title} — {long_day(o.start.date(), language)} {o.start:%H:%M}" for o, r in cancelled))]
    return Document(tuple(blocks), language=language, footer=f"{team.name} · {w['sprint']} {sprint.number}",
                    title=f"{w['minutes']} — {team.name} — {w['sprint']} {sprint.number}")

