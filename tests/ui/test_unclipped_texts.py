"""Texts a new user found clipped show whole (issue 10, #5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from ritualdesk.model import OccurrenceKey, OccurrenceStatus
from ui.actions_model import TITLE
from ui.agenda_model import STATUS
from ui.calendar_data import status_name
from ui.occurrence_panel import OccurrencePanel

LONG = "Les Castors de la plateforme de paiement et de facturation internationale"


def test_a_long_team_name_gives_no_horizontal_scroll_bar(qtbot, window, session):
    team = session.teams()[0]
    session.update_team(replace(team, name=LONG))
    qtbot.waitUntil(lambda: window.team_list.model().index(0, 0).data() == LONG)
    assert window.team_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not window.team_list.horizontalScrollBar().isVisible()
    assert window.team_list.textElideMode() == Qt.TextElideMode.ElideRight


def test_the_agenda_status_column_shows_the_whole_status(qtbot, window):
    window.show_view("agenda")
    view = window.current_view()
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(status_name(s)) for s in OccurrenceStatus)
    window.resize(500, 600)  # narrower than the other columns: the status used to get what was left
    qtbot.wait(10)
    assert view.header().sectionSize(STATUS) >= widest + 8


def test_action_titles_wrap_and_the_zone_is_never_split(qtbot, session):
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    key = OccurrenceKey(ritual.id, datetime(2026, 3, 16, 9, 30))
    title = "Automatiser le déploiement de la préproduction chaque vendredi"
    session.add_action(key, title)
    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.resize(380, 900)
    panel.show()
    panel.show_occurrence(key)
    qtbot.waitExposed(panel)
    view = panel.actions_view
    rect = view.visualRect(view.model().index(0, TITLE))
    needed = view.fontMetrics().boundingRect(rect.adjusted(4, 0, -4, 0), Qt.TextFlag.TextWordWrap, title)
    assert view.wordWrap() and needed.height() <= rect.height()
    assert "(Europe/\u2060Paris)" in panel.when_label.text()


def test_the_shortcuts_dialog_fits_the_screen_and_starts_at_its_top(qtbot, window):
    from PySide6.QtWidgets import QDialog, QTextBrowser

    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    browser = dialog.findChild(QTextBrowser)
    assert browser.verticalScrollBar().value() == 0 and "Undo" in browser.toPlainText()
    dialog.close()


def test_three_teams_meeting_at_once_keep_readable_week_blocks(qtbot, session):
    # three stand-ups side by side were each a few pixels wide, their titles cut to "A…"
    from datetime import date, time

    from ritualdesk.model import Ritual, RitualKind, Schedule, ScheduleKind, Team
    from ui.week_view import WeekView

    for name in ("Alpha", "Bravo"):
        team = session.store.add_team(Team(None, name, timezone="Europe/Paris"))
        session.store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Stand-up", time(9, 30), 15,
                                        Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)))
    view = WeekView(session)
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.show()
    view.show_period(date(2026, 3, 16), [t.id for t in session.teams()])
    at_once = [b for b in view._blocks if b.occurrence.start.date() == date(2026, 3, 17)
               and b.occurrence.start.time() == time(9, 30)]
    readable = 10 * view.fontMetrics().averageCharWidth() - 8
    assert at_once and all(b.rect.width() >= readable for b in at_once)
    assert sum(len(b.occurrence_keys()) for b in at_once) == 3  # all three still there, as one group
