"""The occurrence panel's commands work from the keyboard alone, in English and French (Alt+letter)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ritualdesk.model import ActionStatus, OccurrenceKey

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def coming(session) -> OccurrenceKey:
    """Tomorrow's stand-up (Thursday 19 March 2026, 09:30)."""
    return OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Mêlée"), datetime(2026, 3, 19, 9, 30))


def _window(request, language: str):
    """The main window, built in `language`."""
    request.getfixturevalue(language)
    return request.getfixturevalue("window")


def _shown(window, qtbot, key):
    window.reveal_occurrence(key)
    window._on_selected(key)
    qtbot.waitUntil(lambda: window.panel.key == key)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.panel


@pytest.mark.parametrize(("language", "letter"), [("english", Qt.Key.Key_O), ("french", Qt.Key.Key_C)])
def test_alt_letter_moves_the_occurrence_to_the_typed_start(request, qtbot, session, coming, language, letter):
    window = _window(request, language)
    panel = _shown(window, qtbot, coming)
    panel.move_edit.setFocus()
    panel.move_edit.set_wall(datetime(2026, 3, 19, 11, 0))
    qtbot.keyClick(panel.move_edit, letter, ALT)  # the button is pressed as a click is shown, in a moment
    qtbot.waitUntil(lambda: session.occurrence(coming).start.replace(tzinfo=None) == datetime(2026, 3, 19, 11, 0))


@pytest.mark.parametrize(("language", "letter"), [("english", Qt.Key.Key_N), ("french", Qt.Key.Key_T)])
def test_alt_letter_marks_the_selected_action_done(request, qtbot, session, coming, language, letter):
    window = _window(request, language)
    item = session.add_action(coming, "Book a room")
    panel = _shown(window, qtbot, coming)
    panel.actions_view.setFocus()
    panel.actions_view.selectRow(0)
    qtbot.keyClick(panel.actions_view, letter, ALT)
    qtbot.waitUntil(lambda: session.actions()[0].status is ActionStatus.DONE)
    assert session.actions()[0].id == item.id


@pytest.mark.parametrize(("language", "letter"), [("english", Qt.Key.Key_K), ("french", Qt.Key.Key_U)])
def test_alt_letter_marks_todays_occurrence_held(request, qtbot, session, language, letter):
    window = _window(request, language)
    today = OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Mêlée"), datetime(2026, 3, 18, 9, 30))
    panel = _shown(window, qtbot, today)
    panel.notes_edit.setFocus()
    qtbot.keyClick(panel.notes_edit, letter, ALT)
    qtbot.waitUntil(lambda: session.occurrence(today).status.value == "held")


@pytest.mark.parametrize(("language", "letter"), [("english", Qt.Key.Key_S), ("french", Qt.Key.Key_G)])
def test_alt_letter_saves_the_notes_being_typed(request, qtbot, session, coming, language, letter):
    window = _window(request, language)
    panel = _shown(window, qtbot, coming)
    panel.notes_edit.setFocus()
    panel.notes_edit.insertPlainText("Salle réservée")
    qtbot.keyClick(panel.notes_edit, letter, ALT)
    qtbot.waitUntil(lambda: session.occurrence(coming).notes == "Salle réservée")
