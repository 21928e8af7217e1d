"""Due-date fields take a typed date, let Tab leave, and open their calendar on the date or today (issue 10)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ritualdesk.model import OccurrenceKey
from ui.actions_board import ActionsBoard
from ui.actions_model import DUE
from ui.date_field import DateField
from ui.occurrence_panel import OccurrencePanel


@pytest.fixture
def panel(qtbot, session):
    widget = OccurrencePanel(session)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    widget.show_occurrence(OccurrenceKey(standup.id, datetime(2026, 3, 18, 9, 30)))
    return widget


def test_typing_a_due_date_gives_that_date_and_tab_leaves_the_field(qtbot, panel):
    # #2: it used to show "ate20261130", then ".3020261130", and Tab stayed in the field
    field = panel.action_due_edit
    panel.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "2026-11-30")
    assert field.text() == "2026-11-30" and field.date() == QDate(2026, 11, 30)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus() and QApplication.focusWidget() is not None
    field.setDate(None)
    qtbot.keyClicks(field, "abc20261201")  # letters are not taken; the digits make a date
    field.editingFinished.emit()
    assert field.text() == "2026-12-01" and field.is_valid()


def test_an_action_gets_the_typed_due_date(qtbot, session, panel):
    panel.action_title_edit.setText("Automatiser le déploiement")
    qtbot.keyClicks(panel.action_due_edit, "20260415")
    qtbot.mouseClick(panel.add_action_button, Qt.MouseButton.LeftButton)
    (added,) = [a for a in session.actions() if a.title == "Automatiser le déploiement"]
    assert added.due == date(2026, 4, 15)


def test_the_calendar_opens_on_today_or_on_the_date_shown(qtbot, panel):
    # #3: every date pop-up opened on January 2000
    field = panel.action_due_edit
    field.show_calendar()
    calendar = field.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3) and calendar.selectedDate() == QDate(2026, 3, 18)
    calendar.clicked.emit(QDate(2026, 3, 27))
    assert field.date() == QDate(2026, 3, 27) and field.text() == "2026-03-27"
    field.setDate(QDate(2026, 9, 2))
    field.show_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 9)
    field._menu.hide()


def test_editing_a_due_date_in_the_board_with_the_keyboard(qtbot, session):
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    session.add_action(OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30)), "Write the runbook")
    board = ActionsBoard(session)
    qtbot.addWidget(board)
    board.resize(1000, 500)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    index = board.table.model().index(0, DUE)
    board.table.setCurrentIndex(index)
    board.table.edit(index)
    editor = board.table.indexWidget(index) or board.table.findChild(DateField)
    assert isinstance(editor, DateField) and editor.text() == ""
    qtbot.keyClicks(editor, "2026-11-30")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert next(a for a in session.actions() if a.title == "Write the runbook").due == date(2026, 11, 30)
