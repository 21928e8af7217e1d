"""The actions board lists, filters, sorts, edits and exports the fixture team's action items."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QStyleOptionViewItem

from ritualdesk.model import ActionStatus, OccurrenceKey, Team
from ui.actions_board import ActionsBoard
from ui.actions_model import DUE, ORIGIN, OWNER, STATUS, TITLE, ActionFilter
from ui.date_field import DateField


def _member(session, name: str):
    return next(m for m in session.members() if m.name == name)


@pytest.fixture
def standup(session) -> OccurrenceKey:
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    return OccurrenceKey(ritual.id, datetime(2026, 3, 16, 9, 30))


@pytest.fixture
def actions(session, standup):
    """Four actions from Monday's stand-up: one overdue, one done, one without an owner."""
    ana, bruno = _member(session, "Ana"), _member(session, "Bruno")
    fix = session.add_action(standup, "Fix the flaky login test", owner_id=ana.id, due=date(2026, 3, 17))
    book = session.add_action(standup, "Book a room for the review", owner_id=bruno.id, due=date(2026, 3, 26))
    wip = session.add_action(standup, "Limit WIP to three stories", owner_id=bruno.id)
    session.set_action_status(wip.id, ActionStatus.DONE)
    runbook = session.add_action(standup, "Write the runbook", due=date(2026, 4, 3))
    return fix, book, wip, runbook


@pytest.fixture
def board(qtbot, session, actions):
    widget = ActionsBoard(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget


def _errors(widget) -> list[str]:
    """The error messages a widget is showing (non-blocking boxes from ui.feedback)."""
    return [box.informativeText() for box in widget.findChildren(QMessageBox, "errorMessage")]


def _titles(board) -> list[str]:
    return [board.model.index(row, TITLE).data() for row in range(board.model.rowCount())]


def _choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_open_actions_are_shown_by_due_date_with_undated_ones_last(board):
    assert _titles(board) == ["Fix the flaky login test", "Book a room for the review", "Write the runbook"]
    assert board.count_label.text() == "3 of 4 actions shown"


def test_filter_by_status_owner_overdue_and_text(qtbot, session, board):
    _choose(board.status_combo, None)
    assert len(_titles(board)) == 4
    _choose(board.owner_combo, _member(session, "Bruno").id)
    assert _titles(board) == ["Book a room for the review", "Limit WIP to three stories"]
    _choose(board.owner_combo, 0)
    assert _titles(board) == ["Write the runbook"]
    _choose(board.owner_combo, None)
    board.overdue_check.setChecked(True)
    assert _titles(board) == ["Fix the flaky login test"]
    board.overdue_check.setChecked(False)
    qtbot.keyClicks(board.search_edit, "ROOM")
    assert _titles(board) == ["Book a room for the review"]
    board.search_edit.clear()
    qtbot.keyClicks(board.search_edit, "ana")  # owners are searched too
    assert _titles(board) == ["Fix the flaky login test"]
    board.search_edit.clear()
    qtbot.keyClicks(board.search_edit, "melee")  # and where they come from, accents or not
    assert len(_titles(board)) == 4


def test_filter_by_team(session, board):
    other = session.add_team(Team(None, "Phoenix", timezone="Europe/London"))
    assert board.team_combo.findData(other.id) >= 0
    _choose(board.team_combo, other.id)
    assert _titles(board) == []
    _choose(board.team_combo, session.teams()[0].id)
    assert len(_titles(board)) == 3


def test_the_main_window_can_set_the_team_filter(session, board):
    board.set_team_filter(session.teams()[0].id)
    assert board.current_filter().team_id == session.teams()[0].id
    board.set_team_filter(None)
    assert board.current_filter().team_id is None


def test_sorting_by_a_header_click_keeps_the_selection(board):
    board.table.selectRow(0)
    board.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(board) == ["Book a room for the review", "Fix the flaky login test", "Write the runbook"]
    (selected,) = board.table.selectionModel().selectedRows()
    assert selected.data() == "Fix the flaky login test"
    board.table.sortByColumn(OWNER, Qt.SortOrder.AscendingOrder)  # nobody last
    assert _titles(board)[-1] == "Write the runbook"


def test_inline_edit_of_status_owner_and_due_date_goes_through_the_session(qtbot, session, board, actions):
    fix = actions[0]
    david = _member(session, "David")
    view, delegate = board.table, board.table.itemDelegate()
    row = board.model.row_of(fix.id)

    def edit(column, change):
        index = board.model.index(row, column)
        editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
        delegate.setEditorData(editor, index)
        change(editor)
        delegate.setModelData(editor, board.model, index)

    edit(OWNER, lambda combo: combo.setCurrentIndex(combo.findData(david.id)))
    edit(DUE, lambda date_edit: date_edit.setDate(QDate(2026, 3, 30)))
    assert isinstance(delegate.createEditor(view.viewport(), QStyleOptionViewItem(),
                                            board.model.index(row, STATUS)), QComboBox)
    assert isinstance(delegate.createEditor(view.viewport(), QStyleOptionViewItem(),
                                            board.model.index(row, DUE)), DateField)
    edit(STATUS, lambda combo: combo.setCurrentIndex(combo.findData("done")))
    stored = next(a for a in session.actions() if a.id == fix.id)
    assert (stored.owner_id, stored.due, stored.status, stored.closed) == (
        david.id, date(2026, 3, 30), ActionStatus.DONE, date(2026, 3, 18))
    assert board.model.index(row, STATUS).data() == "Done"  # still shown until the filter runs again
    session.undo_stack.undo()
    assert next(a for a in session.actions() if a.id == fix.id).status is ActionStatus.OPEN
    assert "Fix the flaky login test" in _titles(board)


def test_selected_actions_are_completed_together_and_undone_together(qtbot, session, board):
    board.table.selectAll()
    board.table.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(board.table, Qt.Key.Key_D, modifiers)
    assert session.actions(status=ActionStatus.OPEN) == []
    assert [board.model.index(row, STATUS).data() for row in range(3)] == ["Done"] * 3
    session.undo_stack.undo()
    assert len(session.actions(status=ActionStatus.OPEN)) == 3


def test_editing_in_the_view_commits_through_the_delegate(qtbot, session, board, actions):
    row = board.model.row_of(actions[1].id)
    index = board.model.index(row, STATUS)
    board.table.setCurrentIndex(index)
    board.table.edit(index)
    combo = board.table.indexWidget(board.table.currentIndex())
    combo.setCurrentIndex(combo.findData("dropped"))
    combo.activated.emit(combo.currentIndex())  # what picking from the pop-up list does
    assert next(a for a in session.actions() if a.id == actions[1].id).status is ActionStatus.DROPPED
    owner = board.model.index(row, OWNER)
    board.table.setCurrentIndex(owner)
    board.table.edit(owner)
    combo = board.table.indexWidget(board.table.currentIndex())
    combo.setCurrentIndex(combo.findData(0))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: next(a for a in session.actions() if a.id == actions[1].id).owner_id is None)


def test_export_asks_for_a_file(monkeypatch, tmp_path, board):
    target = tmp_path / "chosen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    board.export_csv_action.trigger()
    assert target.read_text(encoding="utf-8-sig").startswith("Action,Owner,Due,Status")


def test_clearing_the_due_date(session, board, actions):
    row = board.model.row_of(actions[0].id)
    assert board.model.setData(board.model.index(row, DUE), QDate())
    assert next(a for a in session.actions() if a.id == actions[0].id).due is None


def test_a_refused_edit_shows_a_message_and_changes_nothing(monkeypatch, session, board, actions):
    row = board.model.row_of(actions[0].id)
    assert not board.model.setData(board.model.index(row, TITLE), "")
    assert _errors(board) == ["An action needs a title."]
    assert next(a for a in session.actions() if a.id == actions[0].id).title == actions[0].title


def test_actions_added_elsewhere_appear(session, board, standup):
    session.add_action(standup, "Invite support to the review")
    assert "Invite support to the review" in _titles(board)
    assert board.count_label.text() == "4 of 5 actions shown"
    session.undo_stack.undo()
    assert "Invite support to the review" not in _titles(board)


def test_a_hidden_board_catches_up_when_shown(session, board, standup):
    board.hide()
    session.add_action(standup, "Added while the calendar was shown")
    assert "Added while the calendar was shown" not in _titles(board)
    board.show()
    assert "Added while the calendar was shown" in _titles(board)


def test_export_markdown_and_csv_of_the_visible_rows(tmp_path, qtbot, board):
    qtbot.keyClicks(board.search_edit, "e")
    _choose(board.owner_combo, 0)
    folder = tmp_path / "exports"
    folder.mkdir()
    markdown, table = folder / "actions.md", folder / "actions.csv"
    assert board.export_to(markdown, kind="md") and board.export_to(table, kind="csv")
    lines = markdown.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| Action | Owner | Due | Status |")
    assert lines[2].startswith("| Write the runbook |  | 2026-04-03 | Open |")
    assert len(lines) == 3
    rows = list(csv.reader(table.open(encoding="utf-8-sig")))
    assert rows[1][:4] == ["Write the runbook", "", "2026-04-03", "Open"] and len(rows) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["actions.csv", "actions.md"]  # no temporary left


def test_a_failed_export_leaves_the_previous_file_whole(monkeypatch, tmp_path, board):
    target = tmp_path / "actions.md"
    target.write_text("last week's export\n", encoding="utf-8")

    def crash(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    assert not board.export_to(target, kind="md")
    assert target.read_text(encoding="utf-8") == "last week's export\n"
    assert [p.name for p in tmp_path.iterdir() if "actions.md" in p.name] == ["actions.md"]  # no temporary left
    [error] = _errors(board)
    assert "disk full" in error


def test_an_export_writes_through_a_symbolic_link_and_syncs_the_folder(monkeypatch, tmp_path, board):
    """The core's one writer: the link stays a link (its target is replaced), the folder is fsync'ed."""
    real = tmp_path / "shared" / "actions.md"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "actions.md"
    link.symlink_to(real)
    synced = []
    fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.path.isdir(f"/proc/self/fd/{fd}")), fsync(fd)))
    assert board.export_to(link, kind="md")
    assert link.is_symlink() and "Mêlée" in real.read_text(encoding="utf-8")
    assert True in synced  # the folder, after the rename


def test_export_to_a_missing_folder_reports_and_writes_nothing(monkeypatch, tmp_path, board):
    assert not board.export_to(tmp_path / "missing" / "actions.md", kind="md")
    assert len(_errors(board)) == 1 and not (tmp_path / "missing").exists()


def test_activating_the_origin_asks_to_show_that_occurrence(qtbot, board, standup):
    index = board.model.index(0, ORIGIN)
    assert index.data() == "2026-03-16 Mêlée"
    with qtbot.waitSignal(board.origin_activated) as shown:
        board.table.activated.emit(index)
    assert shown.args == [standup]


def test_filter_is_a_value(board):
    assert board.current_filter() == ActionFilter(status=ActionStatus.OPEN)


def test_model_passes_the_model_tester(qtmodeltester, board):
    _choose(board.status_combo, None)
    qtmodeltester.check(board.model)
