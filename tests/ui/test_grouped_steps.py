"""A step of several edits (one Edit › Undo entry) is all or nothing when one of its edits fails half-way."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ritualdesk.model import ActionStatus, OccurrenceKey
from tests.ui.conftest import two_absences_selected
from ui.actions_board import ActionsBoard
from ui.editors.members_editor import MembersEditor
from ui.editors.ritual_editor import RitualEditor

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def other(store):
    """Another program's connection to the same file, giving up at once when the file is busy."""
    connection = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    yield connection
    connection.close()


@pytest.fixture
def standup(session) -> OccurrenceKey:
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    return OccurrenceKey(ritual.id, datetime(2026, 3, 16, 9, 30))


@pytest.fixture
def three_open(session, standup):
    """Three open actions of Monday's stand-up, and an edit that was undone (Edit › Redo offers it)."""
    items = [session.add_action(standup, title, due=date(2026, 3, 27))
             for title in ("Fix the flaky test", "Book a room", "Write the runbook")]
    session.add_action(standup, "Undone since")
    session.undo_stack.undo()
    return items


def _board(qtbot, session):
    board = ActionsBoard(session)
    qtbot.addWidget(board)
    board.resize(1000, 500)
    board.show()
    board.activateWindow()
    board.table.setFocus()
    qtbot.waitUntil(board.table.hasFocus)
    board.table.selectAll()
    assert len(board.selected_items()) == 3
    return board


def _error_boxes(widget) -> list[QMessageBox]:
    return widget.findChildren(QMessageBox, "errorMessage")


def _statuses(session, items) -> list[ActionStatus]:
    return [a.status for a in session.actions() if a.id in {i.id for i in items}]


def test_a_status_change_of_several_actions_keeps_none_when_another_program_deleted_one(qtbot, session, three_open,
                                                                                         other):
    board = _board(qtbot, session)
    other.execute("DELETE FROM actions WHERE id = ?", [three_open[-1].id])  # the board still lists it
    count, redo_text = session.undo_stack.count(), session.undo_stack.redoText()
    qtbot.keyClick(board.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _statuses(session, three_open) == [ActionStatus.OPEN, ActionStatus.OPEN]  # the first two were done
    assert (session.undo_stack.count(), session.undo_stack.redoText()) == (count, redo_text)  # Redo still offered
    (box,) = _error_boxes(board)
    assert box.text() == ("“Change the status of 3 actions” could not be made as a whole: nothing of it was kept, "
                          "everything is as it was.")
    assert "no action" in box.informativeText()


def test_a_step_cut_short_by_a_busy_file_keeps_none_of_its_edits(qtbot, session, three_open, other):
    """Before, the views heard of each edit as it was made, and another program could take the file meanwhile."""
    board = _board(qtbot, session)
    taken = []

    def another_program_writes(_changes) -> None:
        if not taken:
            try:
                other.execute("BEGIN IMMEDIATE")
                taken.append(True)
            except sqlite3.OperationalError:  # the step holds the file: the other program waits its turn
                taken.append(False)

    session.changed.connect(another_program_writes)
    where = session.undo_stack.index()
    with session.store.waiting(0.05):
        board.set_status_of_selection(ActionStatus.DONE)
    if other.in_transaction:
        other.execute("ROLLBACK")
    done = _statuses(session, three_open)
    assert done in ([ActionStatus.DONE] * 3, [ActionStatus.OPEN] * 3)  # all or nothing
    assert session.undo_stack.index() == where + (1 if done[0] is ActionStatus.DONE else 0)  # the stack says so
    if done[0] is ActionStatus.DONE:
        session.undo_stack.undo()
        assert _statuses(session, three_open) == [ActionStatus.OPEN] * 3
        session.undo_stack.redo()
        assert _statuses(session, three_open) == [ActionStatus.DONE] * 3


def test_a_step_refused_by_a_busy_file_says_so_in_french(qtbot, french, session, three_open, other):
    board = _board(qtbot, session)
    other.execute("BEGIN IMMEDIATE")
    try:
        with session.store.waiting(0.05):
            board.set_status_of_selection(ActionStatus.DONE)
    finally:
        other.execute("ROLLBACK")
    assert _statuses(session, three_open) == [ActionStatus.OPEN] * 3
    (box,) = _error_boxes(board)
    assert box.text().startswith("«\u00a0Changer le statut de 3 actions\u00a0» n’a pas pu être fait en entier")
    assert "occupé" in box.informativeText()


def test_a_ritual_edit_whose_roster_is_refused_keeps_nothing(qtbot, session, other):
    team = session.teams()[0]
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    editor = RitualEditor(session, team.id, standup.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText("Mêlée du matin")
    editor.roster_model.item(0).setCheckState(Qt.CheckState.Unchecked)  # Ana no longer facilitates
    david = next(m for m in session.members(team.id) if m.name == "David")
    other.execute("DELETE FROM members WHERE id = ?", [david.id])  # meanwhile, in another window
    rosters, count = session.roster(standup.id), session.undo_stack.count()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert session.ritual(standup.id) == standup  # the title was not kept without the roster
    assert session.roster(standup.id) == rosters and session.undo_stack.count() == count
    assert editor.isVisible() and editor.title_edit.text() == "Mêlée du matin"  # the edit is still there to retry
    (box,) = _error_boxes(editor)
    assert box.text() == "The ritual was not saved: nothing of this edit was kept. It is still here, to try again."
    assert "not in the ritual's team" in box.informativeText()


def test_removing_several_absences_is_one_step_even_if_another_program_deletes_one_meanwhile(qtbot, session, other):
    """Before, the views heard of the first removal before the second was made: another program could delete it."""
    team = session.teams()[0]
    editor = MembersEditor(session, team.id)
    qtbot.addWidget(editor)
    editor.show()
    member_id = editor.members_model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    two_absences_selected(qtbot, editor)
    later = max(a.id for a in session.absences([member_id]))

    def another_program_deletes(_changes) -> None:
        session.changed.disconnect(another_program_deletes)
        other.execute("DELETE FROM absences WHERE id = ?", [later])

    session.changed.connect(another_program_deletes)
    where = session.undo_stack.index()
    qtbot.mouseClick(editor.remove_absence_button, LEFT)
    assert session.absences([member_id]) == [] and _error_boxes(editor) == []
    assert session.undo_stack.index() == where + 1 and session.undo_stack.undoText() == "Remove 2 absences"
    session.undo_stack.undo()  # both come back, as they went
    assert len(session.absences([member_id])) == 2


def test_completing_several_actions_in_the_panel_keeps_none_when_another_program_deleted_one(qtbot, session,
                                                                                             three_open, standup,
                                                                                             other):
    from ui.occurrence_panel import OccurrencePanel

    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    panel.show_occurrence(standup)
    panel.actions_view.selectAll()
    other.execute("DELETE FROM actions WHERE id = ?", [three_open[1].id])
    where = session.undo_stack.index()
    qtbot.mouseClick(panel.complete_button, LEFT)
    assert _statuses(session, three_open) == [ActionStatus.OPEN, ActionStatus.OPEN]
    assert session.undo_stack.index() == where
    (box,) = _error_boxes(panel)
    assert box.text().startswith("“Complete actions” could not be made as a whole")


def test_a_refused_ritual_edit_says_so_in_french(qtbot, french, session, other):
    team = session.teams()[0]
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    editor = RitualEditor(session, team.id, standup.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.minutes_spin.setValue(20)
    editor.roster_model.item(0).setCheckState(Qt.CheckState.Unchecked)
    other.execute("DELETE FROM members WHERE name = 'David'")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert session.ritual(standup.id) == standup
    (box,) = _error_boxes(editor)
    assert box.text().startswith("Le rituel n’a pas été enregistré\u00a0: rien de cette modification n’a été gardé.")
