"""The status bar says what Undo did; exports say where the file went (issue 10, #10)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox

from ritualdesk.model import OccurrenceKey
from ui.actions_board import ActionsBoard


def _standup(session) -> OccurrenceKey:
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    return OccurrenceKey(ritual.id, datetime(2026, 3, 19, 9, 30))


def test_after_undo_the_status_bar_says_what_was_undone(window, session):
    session.cancel(_standup(session))
    assert window.statusBar().currentMessage().startswith("Last edit: ")
    edit = window.statusBar().currentMessage().removeprefix("Last edit: ")
    session.undo_stack.undo()
    assert window.statusBar().currentMessage() == f"Undone: {edit}"
    session.undo_stack.redo()
    assert window.statusBar().currentMessage() == f"Last edit: {edit}"


def _done(widget) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox, "doneMessage")]


def test_a_calendar_export_says_where_the_file_went(window, session, tmp_path):
    target = tmp_path / "castors.ics"
    assert window.export_to(session.teams()[0].id, str(target))
    (text,) = _done(window)
    assert str(target) in text and target.exists()


def test_an_actions_export_says_where_the_file_went(qtbot, session, tmp_path):
    session.add_action(_standup(session), "Write the runbook")
    board = ActionsBoard(session)
    qtbot.addWidget(board)
    board.show()
    target = tmp_path / "actions.md"
    assert board.export_to(target, kind="md")
    (text,) = _done(board)
    assert text == f"Exported 1 action to {target}"
