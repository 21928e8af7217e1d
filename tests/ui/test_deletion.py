"""Deleting a team, a ritual or a member from the app: asked first, gone from every view, back with Undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ritualdesk.model import OccurrenceKey
from ui.editors.members_editor import MembersEditor
from ui.editors.ritual_editor import RitualEditor

LEFT = Qt.MouseButton.LeftButton


def _question(qtbot) -> QMessageBox:
    """The confirmation on screen (opened window-modal, without blocking)."""
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "confirmDeletion" and w.isVisible()]
    assert len(found) == 1
    return found[0]


def _answer(qtbot, box: QMessageBox, *, delete: bool) -> None:
    role = QMessageBox.ButtonRole.DestructiveRole if delete else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, LEFT)


def _titles(window) -> set[str]:
    session = window.session
    return {session.ritual(o.key.ritual_id).title for o in window.week_view.data.occurrences}


def test_deleting_the_team_asks_with_what_goes_then_undo_brings_everything_back(qtbot, window, session, tmp_path):
    team = session.teams()[0]
    session.mark_held(OccurrenceKey(session.rituals()[0].id, window.week_view.data.occurrences[0].key.planned))
    before = {"members": session.members(team.id), "rituals": session.rituals(team.id),
              "week": {o.key for o in window.week_view.data.occurrences}}
    window.delete_team_action.trigger()
    box = _question(qtbot)
    assert "Les Castors" in box.text()
    assert "3 rituals, 4 members, 1 held occurrence" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter does not delete
    _answer(qtbot, box, delete=False)
    assert session.teams() == [team]

    window.delete_team_action.trigger()
    _answer(qtbot, _question(qtbot), delete=True)
    assert session.teams() == [] and session.rituals() == [] and session.members() == []
    assert window.pages.currentWidget() is window.welcome  # no team left: the first-run page
    assert window.undo_action.isEnabled() and "Delete team" in window.undo_action.text()

    window.undo_action.trigger()
    assert session.teams() == [team]
    assert session.members(team.id) == before["members"] and session.rituals(team.id) == before["rituals"]
    assert window.pages.currentWidget() is window.workspace
    assert {o.key for o in window.week_view.data.occurrences} == before["week"]
    window.redo_action.trigger()
    assert session.teams() == []


def test_the_team_menu_and_the_sidebar_menu_offer_delete_team(window):
    team_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Team")
    assert window.delete_team_action in team_menu.actions()
    assert window.delete_team_action in window.team_menu_actions()


def test_deleting_a_ritual_from_its_editor_removes_it_from_the_week_and_undo_restores_it(qtbot, window, session):
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    assert "Mêlée" in _titles(window)
    editor = RitualEditor(session, standup.team_id, standup.id, window)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.delete_button.autoDefault()  # Enter saves, never deletes
    qtbot.mouseClick(editor.delete_button, LEFT)
    box = _question(qtbot)
    assert "Mêlée" in box.text() and "held" not in box.informativeText()  # nothing recorded yet
    with qtbot.waitSignal(editor.finished):
        _answer(qtbot, box, delete=True)
    assert standup.id not in {r.id for r in session.rituals()}
    assert "Mêlée" not in _titles(window) and {"Planification", "Rétro"} & _titles(window)
    window.undo_action.trigger()
    assert session.ritual(standup.id) == standup and "Mêlée" in _titles(window)


def test_a_new_ritual_has_no_delete_button(qtbot, session):
    editor = RitualEditor(session, session.teams()[0].id, None)
    qtbot.addWidget(editor)
    assert editor.delete_button is None
    assert not [b for b in editor.findChildren(QPushButton) if "Delete" in b.text()]


def test_a_deleted_ritual_keeps_its_action_items_on_the_board(qtbot, window, session):
    retro = next(r for r in session.rituals() if r.title == "Rétro")
    key = session.agenda(date(2026, 3, 2), date(2026, 3, 31), [retro.team_id])
    key = next(o.key for o in key if o.key.ritual_id == retro.id)
    item = session.add_action(key, "Fix the build")
    editor = RitualEditor(session, retro.team_id, retro.id, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(editor.delete_button, LEFT)
    box = _question(qtbot)
    assert "action items stay" in box.text()
    _answer(qtbot, box, delete=True)
    kept = session.actions(retro.team_id)
    assert [a.title for a in kept] == ["Fix the build"] and kept[0].id == item.id


def test_a_member_with_no_history_is_deleted_and_one_with_history_is_refused(qtbot, session):
    team = session.teams()[0]
    newcomer = session.add_member(session.members(team.id)[0].__class__(id=None, team_id=team.id, name="Zoé"))
    editor = MembersEditor(session, team.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.delete_button.isEnabled()
    editor._show_chosen(newcomer.id)
    qtbot.mouseClick(editor.delete_button, LEFT)
    assert "Zoé" not in {m.name for m in session.members(team.id)}
    assert all("Zoé" not in editor.members_model.item(r).text() for r in range(editor.members_model.rowCount()))
    assert all(newcomer.id not in c.member_ids for r in session.rituals(team.id) for c in session.roster(r.id))

    ana = next(m for m in session.members(team.id) if m.name == "Ana")  # facilitated the first stand-ups
    editor._show_chosen(ana.id)
    qtbot.mouseClick(editor.delete_button, LEFT)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "errorMessage" and w.isVisible())
    assert "leave date" in box.informativeText() and "Ana was not deleted" in box.text()
    box.close()
    assert ana in session.members(team.id)
    session.undo_stack.undo()
    assert session.member(newcomer.id) == newcomer


def test_the_french_question_names_what_goes_in_french(qtbot, window, session, french):
    window.delete_team_action.trigger()
    box = _question(qtbot)
    assert "Supprimer l’équipe «\u00a0Les Castors\u00a0»" in box.text(), box.text()
    assert "3 rituels, 4 membres" in box.informativeText(), box.informativeText()
    assert "Annuler" in box.informativeText() or "Ctrl+Z" in box.informativeText()
    box.reject()


@pytest.mark.parametrize("what", ["run", "board"])
def test_a_meeting_window_of_a_deleted_ritual_closes(qtbot, window, session, what):
    """Run mode on today's stand-up, the board of the coming retrospective: both go with their ritual."""
    ritual = next(r for r in session.rituals() if r.title == ("Mêlée" if what == "run" else "Rétro"))
    found = session.agenda(date(2026, 3, 18), date(2026, 3, 31), [ritual.team_id])
    key = next(o.key for o in found if o.key.ritual_id == ritual.id)
    windows = window.run_windows if what == "run" else window.board_windows
    (window.run_meeting if what == "run" else window.open_board)(key)
    assert key in windows
    if what == "run":
        windows[key].notes_edit.setPlainText("typed, not yet saved")
    session.delete_ritual(ritual.id)
    qtbot.waitUntil(lambda: key not in windows)  # closed, without a message about a ritual that is gone
    session.undo_stack.undo()
    assert session.ritual(ritual.id) == ritual
