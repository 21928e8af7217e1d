"""Tab leaves a table for the next field (arrows move within it): a keyboard user is not held one press per cell."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from ritualdesk.model import Absence, OccurrenceKey
from tests.ui.conftest import shown_active

TAB = Qt.Key.Key_Tab


def _tab_from_first_cell(qtbot, view: QTableView):
    """Press Tab in the table's first cell; the widget that has the focus then."""
    assert view.model().rowCount() > 0 and view.model().columnCount() > 1
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, TAB)
    return QApplication.focusWidget()


def _standup(session) -> OccurrenceKey:
    return OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Mêlée"), datetime(2026, 3, 19, 9, 30))


def test_tab_leaves_the_list_of_sprints(qtbot, session):
    from ui.editors.sprints_editor import SprintsEditor

    editor = shown_active(qtbot, SprintsEditor(session, session.teams()[0].id))
    assert _tab_from_first_cell(qtbot, editor.view) is not editor.view


def test_tab_leaves_the_absences(qtbot, session):
    from ui.editors.members_editor import MembersEditor

    member = session.members()[0]
    session.add_absence(Absence(id=None, member_id=member.id, start=date(2026, 3, 23), end=date(2026, 3, 24)))
    editor = shown_active(qtbot, MembersEditor(session, member.team_id))
    assert editor.absences_model.rowCount() == 1
    assert _tab_from_first_cell(qtbot, editor.absences_view) is not editor.absences_view


def test_tab_leaves_the_actions_board_and_the_panels_actions(qtbot, session):
    from ui.actions_board import ActionsBoard
    from ui.occurrence_panel import OccurrencePanel

    for title in ("Book a room", "Write the runbook"):
        session.add_action(_standup(session), title, due=date(2026, 3, 27))
    board = shown_active(qtbot, ActionsBoard(session))
    assert _tab_from_first_cell(qtbot, board.table) is not board.table
    panel = shown_active(qtbot, OccurrencePanel(session))
    panel.show_occurrence(_standup(session))
    assert _tab_from_first_cell(qtbot, panel.actions_view) is not panel.actions_view


def test_no_table_of_the_app_but_the_new_members_grid_walks_its_cells_with_tab(qtbot, session, window):
    from ui.retro_board import RetroBoard

    retro = OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Rétro"), datetime(2026, 3, 27, 15, 0))
    board = RetroBoard(session, retro)
    qtbot.addWidget(board)
    window.show_view("actions")
    window.show_view("fairness")
    views = window.findChildren(QTableView) + board.findChildren(QTableView)
    assert len(views) >= 5 and [v.objectName() or type(v.model()).__name__ for v in views if v.tabKeyNavigation()] == []
