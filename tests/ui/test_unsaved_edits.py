"""The members and sprints editors save each row on its own: leaving a row or closing asks before an edit is lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.editors.members_editor import ID_ROLE, MembersEditor
from ui.editors.sprints_editor import SprintsEditor

LEFT = Qt.MouseButton.LeftButton
SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


@pytest.fixture
def team(session):
    return session.teams()[0]


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(editor: MembersEditor, name: str) -> int:
    return next(r for r in range(editor.members_model.rowCount())
                if editor.members_model.item(r).text().startswith(name))


def _choose(editor: MembersEditor, name: str) -> None:
    editor.members_view.setCurrentIndex(editor.members_model.index(_row(editor, name), 0))


def _question(editor) -> QMessageBox | None:
    boxes = [box for box in editor.findChildren(QMessageBox, "unsavedChanges") if box.isVisible()]
    assert len(boxes) <= 1
    return boxes[0] if boxes else None


def _answer(qtbot, editor, button) -> None:
    box = _question(editor)
    assert box is not None, "nothing asked: the edit would be dropped"
    qtbot.mouseClick(box.button(button), LEFT)


def _member(session, name: str):
    return next(m for m in session.members() if m.name == name)


def test_choosing_another_member_asks_and_can_save_the_edit_first(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    _choose(editor, "Ana")
    editor.email_edit.setText("ana@new.example")
    _choose(editor, "Bruno")
    assert "Ana" in _question(editor).text()
    assert editor.name_edit.text() == "Ana" and editor.email_edit.text() == "ana@new.example"  # still in the form
    assert editor.members_view.currentIndex().data(ID_ROLE) == _member(session, "Ana").id
    _answer(qtbot, editor, SAVE)
    assert _member(session, "Ana").email == "ana@new.example"
    assert editor.name_edit.text() == "Bruno"
    assert editor.members_view.currentIndex().data(ID_ROLE) == _member(session, "Bruno").id


def test_a_member_edit_can_be_discarded_or_kept_on(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    _choose(editor, "Ana")
    editor.email_edit.setText("ana@new.example")
    _choose(editor, "Chloé")
    _answer(qtbot, editor, CANCEL)
    assert editor.email_edit.text() == "ana@new.example" and editor.name_edit.text() == "Ana"
    _choose(editor, "Chloé")
    _answer(qtbot, editor, DISCARD)
    assert editor.name_edit.text() == "Chloé"
    assert _member(session, "Ana").email == "ana@castors.example"
    _choose(editor, "Ana")  # nothing typed since: no question
    assert _question(editor) is None and editor.email_edit.text() == "ana@castors.example"


def test_closing_the_members_editor_with_an_edit_asks_first(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    _choose(editor, "David")
    editor.left_date.set_value(date(2026, 6, 30))
    editor.reject()  # Close, Escape or the window's close button
    assert editor.isVisible()
    _answer(qtbot, editor, SAVE)
    assert _member(session, "David").left == date(2026, 6, 30)
    assert not editor.isVisible()


def test_a_new_member_typed_but_not_added_is_not_dropped_silently(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    qtbot.mouseClick(editor.new_button, LEFT)
    editor.name_edit.setText("Élodie")
    editor.email_edit.setText("elodie at castors")  # not an address: it cannot be saved as it is
    editor.reject()
    box = _question(editor)
    assert box.button(SAVE) is None and box.button(DISCARD) is not None
    _answer(qtbot, editor, DISCARD)
    assert not editor.isVisible()
    assert "Élodie" not in [m.name for m in session.members()]


def test_an_unchanged_members_editor_closes_without_asking(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    _choose(editor, "Bruno")
    _choose(editor, "Chloé")
    editor.reject()
    assert _question(editor) is None and not editor.isVisible()


def test_choosing_another_sprint_asks_before_dropping_a_goal(qtbot, session, team):
    editor = _open(qtbot, SprintsEditor(session, team.id))
    assert editor.current().number == 2
    editor.goal_edit.setText("Ship the onboarding flow")
    editor.view.selectRow(2)  # sprint 3
    assert "Sprint 2" in _question(editor).text()
    assert editor.current().number == 2 and editor.goal_edit.text() == "Ship the onboarding flow"
    _answer(qtbot, editor, SAVE)
    assert {s.number: s.goal for s in session.sprints(team.id)}[2] == "Ship the onboarding flow"
    assert editor.current().number == 3 and editor.goal_edit.text() == ""
    editor.goal_edit.setText("Polish")
    editor.reject()
    _answer(qtbot, editor, DISCARD)
    assert not editor.isVisible()
    assert 3 not in {s.number for s in session.sprints(team.id)}


def test_saving_a_sprint_does_not_ask_about_the_edit_just_saved(qtbot, session, team):
    editor = _open(qtbot, SprintsEditor(session, team.id))
    editor.goal_edit.setText("Ship the onboarding flow")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert _question(editor) is None and not editor.has_changes()
    editor.reject()
    assert not editor.isVisible()
