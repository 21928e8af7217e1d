"""Notes typed in the occurrence panel while its meeting runs are kept: Finish merges them, never drops them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from ritualdesk.meetings import load_meeting
from ritualdesk.model import OccurrenceKey, OccurrenceStatus
from ui.occurrence_panel import OccurrencePanel
from ui.run_mode.window import RunWindow

from tests.ui.test_run_mode import Clock, ManualTimer

START = datetime(2026, 3, 18, 8, 30, tzinfo=UTC)  # Wednesday 18 March, 09:30 in Paris


@pytest.fixture
def key(session) -> OccurrenceKey:
    return OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Mêlée"), datetime(2026, 3, 18, 9, 30))


@pytest.fixture
def panel(qtbot, session, key):
    widget = OccurrencePanel(session)
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    widget.show_occurrence(key)
    return widget


@pytest.fixture
def run(qtbot, session, key):
    def open_window():
        window = RunWindow(session, key, clock=Clock(START), timer=ManualTimer())
        qtbot.addWidget(window)
        window.show()
        return window
    return open_window


def _type_in_panel(panel, text: str, *, save: bool = True) -> None:
    panel.notes_edit.moveCursor(panel.notes_edit.textCursor().MoveOperation.End)
    panel.notes_edit.insertPlainText(text)
    if save:
        panel.save_notes()


def _type_in_run(window, text: str) -> None:
    window.notes_edit.moveCursor(window.notes_edit.textCursor().MoveOperation.End)
    window.notes_edit.insertPlainText(text)
    window.save_notes()


def test_notes_saved_in_the_panel_during_the_meeting_are_kept_at_finish(session, panel, run, key):
    window = run()
    _type_in_run(window, "Décidé : livrer vendredi")
    _type_in_panel(panel, "Bloqué : la CI")  # while the meeting runs
    assert window.notes_edit.toPlainText() == "Bloqué : la CI\nDécidé : livrer vendredi"  # shown there at once
    window.finish_button.click()
    found = session.occurrence(key)
    assert found.status is OccurrenceStatus.HELD
    assert found.notes == "Bloqué : la CI\nDécidé : livrer vendredi"  # was the meeting's alone
    assert panel.notes_edit.toPlainText() == found.notes


def test_notes_saved_in_the_panel_while_the_run_window_is_closed_are_there_when_it_opens_again(
        session, store, panel, run, key):
    window = run()
    _type_in_run(window, "Ordre du jour vu")
    window.close()
    _type_in_panel(panel, "Salle 2")
    again = run()
    assert again.notes_edit.toPlainText() == "Salle 2\nOrdre du jour vu"
    again.finish_button.click()
    assert session.occurrence(key).notes == "Salle 2\nOrdre du jour vu"


def test_notes_typed_in_the_panel_and_not_saved_survive_finish_and_keep_the_meetings(session, panel, run, key):
    window = run()
    _type_in_run(window, "Décidé : livrer")
    panel.notes_edit.setFocus()
    _type_in_panel(panel, "Encore en train d'écrire", save=False)
    window.finish_button.click()
    assert panel.notes_edit.toPlainText() == "Encore en train d'écrire"  # not replaced under the typing
    panel.save_notes()  # leaving the field
    assert session.occurrence(key).notes == "Décidé : livrer\nEncore en train d'écrire"  # the saved ones first
    assert panel.notes_edit.toPlainText() == session.occurrence(key).notes


def test_undoing_the_panels_notes_takes_its_lines_out_of_the_running_meetings(session, store, panel, run, key):
    window = run()
    _type_in_run(window, "Décidé : livrer")
    _type_in_panel(panel, "Une ligne de trop")
    assert "Une ligne de trop" in window.notes_edit.toPlainText()
    session.undo_stack.undo()
    assert window.notes_edit.toPlainText() == "Décidé : livrer"
    assert load_meeting(store, key).notes == "Décidé : livrer"
    window.finish_button.click()
    assert session.occurrence(key).notes == "Décidé : livrer"


def test_the_meeting_starts_from_the_notes_saved_before_and_finish_keeps_them(session, panel, run, key):
    _type_in_panel(panel, "Préparé la veille")
    window = run()
    assert window.notes_edit.toPlainText() == "Préparé la veille"
    _type_in_run(window, "\nFait")
    window.finish_button.click()
    assert session.occurrence(key).notes == "Préparé la veille\nFait"


def test_notes_tidied_on_the_end_screen_merge_with_those_saved_in_the_panel_meanwhile(session, panel, run, key):
    window = run()
    _type_in_run(window, "Décidé : livrer")
    window.finish_button.click()
    window.notes_edit.moveCursor(window.notes_edit.textCursor().MoveOperation.End)
    window.notes_edit.insertPlainText("\nRelu")  # saved after a pause in typing, or on closing
    _type_in_panel(panel, "\nAjouté dans le panneau")  # meanwhile
    assert window.notes_edit.toPlainText() == "Décidé : livrer\nRelu"  # not replaced under the typing
    window.close()
    assert session.occurrence(key).notes == "Décidé : livrer\nAjouté dans le panneau\nRelu"


def test_the_panel_says_when_the_meeting_runs_in_run_mode_and_no_more_once_finished(qtbot, session, panel, run,
                                                                                     key):
    assert not panel.meeting_hint.isVisibleTo(panel)
    window = run()  # opened from the menu (F5): no change announced
    panel.activateWindow()
    panel.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.notes_edit.setFocus()  # going to type there
    qtbot.waitUntil(lambda: panel.meeting_hint.isVisibleTo(panel))  # "its notes are there; what you save here joins them"
    window.finish_button.click()
    assert not panel.meeting_hint.isVisibleTo(panel)
    session.undo_stack.undo()  # running again
    assert panel.meeting_hint.isVisibleTo(panel)
