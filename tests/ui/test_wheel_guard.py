"""A mouse wheel passing over the occurrence panel, the retrospective board or the reminder settings edits nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QPushButton, QWidget

from ritualdesk.model import OccurrenceKey
from ui.occurrence_panel import OccurrencePanel


def wheel(widget: QWidget, notches: int = -3) -> list[bool]:
    """Turn the mouse wheel over the middle of `widget`, one real QWheelEvent per notch (negative: down).

    Says, for each notch, whether the widget accepted (used) the event.
    """
    accepted = []
    for _ in range(abs(notches)):
        middle = QPointF(widget.rect().center())
        event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
                            QPoint(0, 120 if notches > 0 else -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)
        accepted.append(event.isAccepted())
    return accepted


@pytest.fixture
def retro(session) -> OccurrenceKey:
    """The retrospective on the last day of sprint 2 (Friday 27 March 2026)."""
    return OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Rétro"), datetime(2026, 3, 27, 15, 0))


@pytest.fixture
def panel(qtbot, session, retro):
    widget = OccurrencePanel(session)
    qtbot.addWidget(widget)
    widget.resize(420, 500)  # shorter than its content: it scrolls
    widget.show()
    widget.show_occurrence(retro)
    return widget


def test_the_wheel_over_every_widget_of_a_retro_panel_edits_and_saves_nothing(qtbot, session, panel, retro):
    # Resting the pointer on "Format…" and turning the wheel pasted templates into the notes and saved them.
    before = session.occurrence(retro)
    member, move_to = panel.member_combo.currentIndex(), panel.move_edit.dateTime()
    owner = panel.action_owner_combo.currentIndex()
    touched = [w for w in panel.findChildren(QWidget) if w.isVisible()]
    assert panel.format_button in touched
    for widget in touched:
        wheel(widget, -3)
        wheel(widget, 3)
    panel.save_notes()  # what leaving the field would save
    assert panel.notes_edit.toPlainText() == ""
    assert session.occurrence(retro) == before
    assert session.undo_stack.count() == 0
    assert (panel.member_combo.currentIndex(), panel.move_edit.dateTime()) == (member, move_to)
    assert panel.action_owner_combo.currentIndex() == owner


def test_the_wheel_over_an_unfocused_box_is_left_to_the_panel(qtbot, panel):
    # A wheel the box does not accept is offered to its parents by QApplication: the panel scrolls.
    # (Only a spontaneous event propagates, so this test checks the refusal; its parents are Qt's part.)
    combo = panel.member_combo
    index = combo.currentIndex()
    assert not combo.hasFocus()
    assert wheel(combo, -1) == [False]
    assert combo.currentIndex() == index


def test_a_focused_box_still_turns_with_the_wheel(qtbot, panel):
    panel.activateWindow()
    combo = panel.member_combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    index = combo.currentIndex()
    assert wheel(combo, -1) == [True]
    assert combo.currentIndex() == index + 1


def test_boxes_of_the_panel_take_the_focus_by_click_or_tab_only(panel):
    boxes = panel.findChildren(QComboBox) + panel.findChildren(QAbstractSpinBox)
    assert boxes and all(box.focusPolicy() == Qt.FocusPolicy.StrongFocus for box in boxes)


def test_a_format_is_inserted_from_a_menu_as_one_undoable_edit(qtbot, session, panel, retro):
    button = panel.format_button
    assert isinstance(button, QPushButton) and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    panel.notes_edit.setPlainText("Idées")
    names = [action.text() for action in button.menu().actions()]
    assert names[0] == "Start / Stop / Continue"
    button.menu().actions()[0].trigger()
    assert panel.notes_edit.toPlainText() == "Idées\n\n## Start\n\n## Stop\n\n## Continue\n"
    panel.notes_edit.undo()
    assert panel.notes_edit.toPlainText() == "Idées"
    button.menu().actions()[0].trigger()
    panel.save_notes()
    assert session.undo_stack.count() == 1 and session.occurrence(retro).notes.endswith("## Continue\n")


def test_a_french_retro_gets_its_format_in_french(qtbot, french, session, retro):
    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_occurrence(retro)
    assert panel.format_button.text() == "In&sérer un format…"
    actions = {action.data(): action for action in panel.format_button.menu().actions()}
    assert actions["start_stop_continue"].text() == "Commencer / Arrêter / Continuer"
    actions["start_stop_continue"].trigger()
    assert panel.notes_edit.toPlainText() == "## Commencer\n\n## Arrêter\n\n## Continuer\n"
    panel.notes_edit.clear()
    actions["mad_sad_glad"].trigger()
    assert "## Start" not in panel.notes_edit.toPlainText() and "## Mad" not in panel.notes_edit.toPlainText()


def test_the_wheel_over_the_board_format_does_not_change_it(qtbot, session, retro):
    from ritualdesk import retro_board as core
    from ui.retro_board import RetroBoard

    board = RetroBoard(session, retro)
    qtbot.addWidget(board)
    board.show()
    chosen = core.board(session.store, retro).format
    wheel(board.format_combo, -3)
    assert core.board(session.store, retro).format == chosen
    assert session.undo_stack.count() == 0


def test_the_wheel_over_the_reminder_settings_changes_no_choice(qtbot, session, settings):
    from ui.reminder_prefs import RemindersPage

    page = RemindersPage(settings, session)
    qtbot.addWidget(page)
    page.show()
    boxes = page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox)
    before = [box.currentIndex() if isinstance(box, QComboBox) else box.value() for box in boxes]
    for box in boxes:
        wheel(box, -2)
    assert [box.currentIndex() if isinstance(box, QComboBox) else box.value() for box in boxes] == before
