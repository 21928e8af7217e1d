"""What a calendar view shows for a range of days: occurrences, names, holidays and absences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ritualdesk.localize import time_span
from ritualdesk.model import Member, Occurrence, OccurrenceKey, Ritual, RitualKind, Team

from .labels import kind_label, status_label
from .session import Change, ChangeSet, Session

# Anything that changes what a calendar shows (actions do not).
CALENDAR_CHANGES = Change.TEAMS | Change.MEMBERS | Change.RITUALS | Change.OCCURRENCES | Change.SPRINTS


kind_name, status_name = kind_label, status_label  # the names the views use (one spelling: ui/labels.py)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def local_text(day: date, fmt: str) -> str:
    """A day in a Qt date format, with day and month names in the user's language."""
    return QLocale().toString(qdate(day), fmt)


def day_text(day: date, fmt: QLocale.FormatType = QLocale.FormatType.LongFormat, *,
             locale: QLocale | None = None) -> str:
    """A day in the user's language, e.g. 'Wednesday, 18 March 2026', « mardi 1er décembre 2026 »."""
    locale = locale or QLocale()
    text = locale.toString(qdate(day), fmt)
    if day.day == 1 and fmt == QLocale.FormatType.LongFormat and locale.language() == QLocale.Language.French:
        text = re.sub(r"(?<!\d)1(?= )", "1er", text, count=1)  # French writes the first of a month 1er (as minutes)
    return text


def touches(changes: ChangeSet, team_ids: Sequence[int]) -> bool:
    """Whether an edit changes what a calendar of these teams shows."""
    if not changes.what & CALENDAR_CHANGES:
        return False
    return not changes.team_ids or any(t in changes.team_ids for t in team_ids) or bool(changes.what & Change.TEAMS)


class SelectsOccurrence:
    """Mixin for a painted calendar: one selected occurrence, repainted and announced on change."""

    def select(self, key: OccurrenceKey | None) -> None:
        """Select an occurrence (None clears) and announce it."""
        if key == self.selected:
            return
        self.selected = key
        self.update()
        self.occurrence_selected.emit(key)


def occurrences_only(changes: ChangeSet) -> bool:
    """Whether of what a calendar shows, an edit changed only occurrences (no name, team, ritual, sprint)."""
    return changes.what & CALENDAR_CHANGES == Change.OCCURRENCES


class RefreshWhenShown:
    """Mixin for a calendar view: reload at once for an edit it shows, or when next shown if hidden.

    The view has `team_ids`, `reload()` and a `_stale` flag that `reload()` clears; an edit of
    occurrences only calls `reload_occurrences()` instead, which a view may make cheaper.
    """

    def reload_occurrences(self) -> None:
        """Read the occurrences again after an edit of occurrences only (here: everything)."""
        self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if touches(changes, self.team_ids):
            if not self.isVisible():
                self._stale = True
            elif occurrences_only(changes) and not self._stale:
                self.reload_occurrences()
            else:
                self.reload()

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)


@dataclass(slots=True)
class CalendarData:
    """A range of days as the views paint it; names resolved once."""

    first: date
    last: date
    occurrences: list[Occurrence] = field(default_factory=list)
    teams: dict[int, Team] = field(default_factory=dict)
    team_index: dict[int, int] = field(default_factory=dict)  # position in the sidebar, for colours
    rituals: dict[int, Ritual] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    holidays: dict[date, list[tuple[str, str]]] = field(default_factory=dict)  # day -> (team, holiday)
    absences: dict[date, list[str]] = field(default_factory=dict)  # day -> who is away

    @classmethod
    def load(cls, session: Session, first: date, last: date, team_ids: Sequence[int]) -> CalendarData:
        """Read what the views need for `first`..`last` and these teams."""
        data = cls(first, last)
        all_teams = session.teams()
        data.team_index = {t.id: i for i, t in enumerate(all_teams)}
        data.teams = {t.id: t for t in all_teams if t.id in team_ids}
        ids = list(data.teams)
        if not ids:
            return data
        data.occurrences = session.agenda(first, last, ids)
        data.rituals = {r.id: r for r in session.rituals_of(ids)}  # one read each, whatever the number of teams
        data.members = {m.id: m for m in session.members_of(ids)}
        for team_id in ids:
            for day, name in session.holidays_of(data.teams[team_id], first, last).items():
                data.holidays.setdefault(day, []).append((data.teams[team_id].name, name))
        for member, absence in session.absences_between(ids, first, last):
            day = max(absence.start, first)
            while day <= min(absence.end, last):
                data.absences.setdefault(day, []).append(member.name)
                day += timedelta(days=1)
        return data

    def with_occurrences(self, session: Session) -> CalendarData:
        """The same days, names, holidays and absences, with the occurrences read again (after their edit)."""
        occurrences = session.agenda(self.first, self.last, list(self.teams)) if self.teams else []
        return replace(self, occurrences=occurrences)

    def local_now(self, now: datetime) -> datetime:
        """Now, in the zone the shown teams share, or in this computer's zone when they differ."""
        zones = {team.timezone for team in self.teams.values()}
        if len(zones) == 1:
            return now.astimezone(next(iter(self.teams.values())).tz)
        return now.astimezone()

    def ritual(self, occurrence: Occurrence) -> Ritual | None:
        return self.rituals.get(occurrence.key.ritual_id)

    def title(self, occurrence: Occurrence) -> str:
        ritual = self.ritual(occurrence)
        return ritual.title if ritual else ""

    def kind(self, occurrence: Occurrence) -> RitualKind:
        ritual = self.ritual(occurrence)
        return ritual.kind if ritual else RitualKind.CUSTOM

    def facilitator(self, occurrence: Occurrence) -> str:
        member = self.members.get(occurrence.facilitator_id)
        return member.name if member else ""

    def team_name(self, occurrence: Occurrence) -> str:
        team = self.teams.get(occurrence.team_id)
        return team.name if team else ""

    def find(self, key: OccurrenceKey | None) -> Occurrence | None:
        return next((o for o in self.occurrences if o.key == key), None)

    def tooltip(self, occurrence: Occurrence) -> str:
        """Everything about an occurrence in a few lines."""
        import html  # on the first tooltip, not before the first week is painted

        ritual = self.ritual(occurrence)
        esc = html.escape
        lines = [
            f"<b>{esc(self.title(occurrence))}</b> — {esc(self.team_name(occurrence))}",
            f"{time_span(occurrence.start, occurrence.end)} · {status_name(occurrence.status)}",
        ]
        if self.facilitator(occurrence):
            lines.append(
                QCoreApplication.translate("calendar", "Facilitator: %1").replace(
                    "%1", esc(self.facilitator(occurrence))
                )
            )
        if occurrence.moved:
            lines.append(
                QCoreApplication.translate("calendar", "Moved from %1").replace(
                    "%1", f"{occurrence.key.planned:%d/%m %H:%M}"
                )
            )
        if ritual and ritual.location:
            lines.append(esc(ritual.location))
        return "<br>".join(lines)
