"""Editing the actions tables leaves no Qt warning on stderr (issue 10, #9)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from ritualdesk.model import OccurrenceKey
from ui.actions_board import ActionsBoard
from ui.actions_model import DUE, OWNER, STATUS, TITLE
from ui.occurrence_panel import OccurrencePanel

@pytest.fixture
def qt_messages():
    """Every Qt message (categorised ones too, e.g. qt.widgets.abtractitemview) while the test runs."""
    caught: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, message: caught.append(message))
    yield caught
    qInstallMessageHandler(previous)


WARNINGS = ("editing failed", "commitData called with an editor that does not belong to this view")


def _standup(session) -> OccurrenceKey:
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    return OccurrenceKey(ritual.id, datetime(2026, 3, 16, 9, 30))


def _edit_every_column(qtbot, view) -> None:
    model = view.model()
    for column in (TITLE, OWNER, DUE, STATUS):
        index = model.index(0, column)
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        editor = view.indexWidget(index) or view.focusWidget()
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.count() - 1)
            editor.activated.emit(editor.count() - 1)  # as a click in its list does
        elif editor is not None and editor is not view:
            qtbot.keyClick(editor, Qt.Key.Key_End)
            qtbot.keyClicks(editor, "1" if column == DUE else " now")
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        qtbot.keyClick(view, Qt.Key.Key_F2)  # the edit key on a cell, then leave with Escape
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Escape)


@pytest.mark.parametrize("where", ["board", "panel"])
def test_editing_the_actions_tables_prints_no_qt_warning(qtbot, qt_messages, session, where):
    session.add_action(_standup(session), "Automatiser le déploiement de la préproduction")
    if where == "board":
        widget = ActionsBoard(session)
        view = widget.table
    else:
        widget = OccurrencePanel(session)
        widget.show_occurrence(_standup(session))
        view = widget.actions_view
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    _edit_every_column(qtbot, view)
    _edit_every_column(qtbot, view)  # a second round: on data refreshed by the first
    assert not [m for m in qt_messages if any(w in m for w in WARNINGS)], qt_messages



def test_adding_a_member_while_typing_a_name_prints_no_qt_warning(qtbot, qt_messages, empty_session):
    from ui.team_wizard import TeamWizard

    wizard = TeamWizard(empty_session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.team_page.name_edit.setText("Les Castors")
    wizard.next()
    page = wizard.members_page
    wizard.activateWindow()
    first = page.model.index(0, 0)
    page.table.setCurrentIndex(first)  # every edit trigger is on: this opens the editor
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    typing = QApplication.focusWidget()
    qtbot.keyClicks(typing, "Ana")
    page.add_member()  # Alt+A while the name is still being typed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not typing)
    assert page.model.rows[0][0] == "Ana"  # kept
    assert page.table.state() is page.table.State.EditingState and page.table.currentIndex().row() == 3
    assert not [m for m in qt_messages if any(w in m for w in WARNINGS)], qt_messages
