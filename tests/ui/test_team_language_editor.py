"""The team editor shows and changes the language of a team's calendars; undo restores it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.editors.team_editor import TeamEditor


def test_the_team_editor_changes_the_calendars_language(qtbot, session):
    team = session.teams()[0]
    assert team.language == "en"
    editor = TeamEditor(session, team.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.language_combo.currentData() == "en"
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("fr"))
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert session.team(team.id).language == "fr"
    session.undo_stack.undo()
    assert session.team(team.id).language == "en"
