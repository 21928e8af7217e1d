"""The team and ritual editors open with the focus in their first field; Save and Cancel come last with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import shown_active
from ui.editors.ritual_editor import RitualEditor
from ui.editors.team_editor import TeamEditor


def _tab(qtbot) -> object:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_the_ritual_editor_opens_in_its_first_field_and_tabs_to_save_last(qtbot, session):
    team = session.teams()[0]
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    editor = shown_active(qtbot, RitualEditor(session, team.id, standup.id))
    assert QApplication.focusWidget() is editor.kind_combo  # it was Save: typing went nowhere
    editor.delete_button.setFocus()  # the last field, bottom left
    assert _tab(qtbot) is editor.save_button
    assert _tab(qtbot) is editor.buttons.button(editor.buttons.StandardButton.Cancel)
    assert _tab(qtbot) is editor.kind_combo


def test_a_new_team_is_typed_at_once(qtbot, session):
    editor = shown_active(qtbot, TeamEditor(session, None))
    assert QApplication.focusWidget() is editor.name_edit
    qtbot.keyClicks(editor.name_edit, "Phoenix")
    assert editor.save_button.isEnabled()
    editor.language_combo.setFocus()
    assert _tab(qtbot) is editor.save_button
