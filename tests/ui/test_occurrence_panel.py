"""The occurrence panel drives real edits on the fixture team's rituals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox

from ritualdesk.model import (
    Absence,
    ActionStatus,
    OccurrenceKey,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    Schedule,
    ScheduleKind,
    Verdict,
)
from ui.actions_model import VERDICT

LEFT = Qt.MouseButton.LeftButton


def _ritual_id(session, title: str) -> int:
    return next(r.id for r in session.rituals() if r.title == title)


@pytest.fixture
def standup(session) -> OccurrenceKey:
    """Today's stand-up (Wednesday 18 March 2026, 09:30)."""
    return OccurrenceKey(_ritual_id(session, "Mêlée"), datetime(2026, 3, 18, 9, 30))


@pytest.fixture
def coming(session) -> OccurrenceKey:
    """Tomorrow's stand-up (Thursday 19 March 2026, 09:30): its turn can still change."""
    return OccurrenceKey(_ritual_id(session, "Mêlée"), datetime(2026, 3, 19, 9, 30))


@pytest.fixture
def retro(session) -> OccurrenceKey:
    """The retrospective on the last day of sprint 2 (Friday 27 March 2026)."""
    return OccurrenceKey(_ritual_id(session, "Rétro"), datetime(2026, 3, 27, 15, 0))


def _errors(widget) -> list[str]:
    """The error messages a widget is showing (non-blocking boxes from ui.feedback)."""
    return [box.informativeText() for box in widget.findChildren(QMessageBox, "errorMessage")]


def _name(session, member_id: int) -> str:
    return session.member(member_id).name


def test_marking_held_records_the_facilitator_and_advances_the_rotation(qtbot, session, panel, standup):
    tomorrow = OccurrenceKey(standup.ritual_id, datetime(2026, 3, 19, 9, 30))
    due = session.occurrence(standup).facilitator_id
    panel.show_occurrence(standup)
    assert panel.held_button.isEnabled()
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(panel.held_button, LEFT)
    held = session.occurrence(standup)
    assert held.status is OccurrenceStatus.HELD and held.facilitator_id == due
    assert held.facilitator_source == "recorded"
    assert session.occurrence(tomorrow).facilitator_id != due
    assert panel.status_label.text() == "Held"
    # a held occurrence is a fact (issue 10, #6): neither restored nor given another facilitator here (Undo is)
    assert not panel.held_button.isEnabled() and not panel.restore_button.isEnabled()
    assert not panel.override_button.isEnabled() and not panel.member_combo.isEnabled()


def test_a_future_occurrence_cannot_be_marked_held(panel, retro):
    panel.show_occurrence(retro)
    assert not panel.held_button.isEnabled()


def test_cancel_then_restore(qtbot, session, panel, standup):
    panel.show_occurrence(standup)
    qtbot.mouseClick(panel.cancel_button, LEFT)
    assert session.occurrence(standup).status is OccurrenceStatus.CANCELLED
    assert "cancelled" in panel.facilitator_label.text()
    qtbot.mouseClick(panel.restore_button, LEFT)
    assert session.occurrence(standup).status is OccurrenceStatus.PLANNED


def test_moving_keeps_the_identity_and_can_be_undone(qtbot, session, panel, standup):
    panel.show_occurrence(standup)
    panel.move_edit.set_wall(datetime(2026, 3, 18, 11, 0))
    qtbot.mouseClick(panel.move_button, LEFT)
    moved = session.occurrence(standup)
    assert moved.start.replace(tzinfo=None) == datetime(2026, 3, 18, 11, 0) and moved.key == standup
    assert "Moved from" in panel.when_label.text()
    session.undo_stack.undo()
    assert not session.occurrence(standup).moved
    assert "Moved from" not in panel.when_label.text()


def test_override_with_a_reason_then_undo(qtbot, session, panel, standup):
    due = session.occurrence(standup).facilitator_id
    other = next(m for m in session.members() if m.id != due)
    panel.show_occurrence(standup)
    panel.member_combo.setCurrentIndex(panel.member_combo.findData(other.id))
    qtbot.keyClicks(panel.reason_edit, "presents the demo")
    qtbot.mouseClick(panel.override_button, LEFT)
    changed = session.occurrence(standup)
    assert (changed.facilitator_id, changed.facilitator_source, changed.reason) == (
        other.id, "override", "presents the demo")
    assert other.name in panel.facilitator_label.text() and "presents the demo" in panel.facilitator_label.text()
    assert panel.clear_override_button.isEnabled() and not panel.swap_button.isEnabled()
    session.undo_stack.undo()
    assert session.occurrence(standup).facilitator_id == due
    assert _name(session, due) in panel.facilitator_label.text()


def test_clearing_an_override_gives_the_turn_back_to_the_rotation(qtbot, session, panel, standup):
    due = session.occurrence(standup).facilitator_id
    other = next(m for m in session.members() if m.id != due)
    session.set_facilitator(standup, other.id, "holiday cover")
    panel.show_occurrence(standup)
    qtbot.mouseClick(panel.clear_override_button, LEFT)
    assert session.occurrence(standup).facilitator_id == due


def test_swap_gives_the_turn_to_the_chosen_member(qtbot, session, panel, coming):
    standup = coming
    due = session.occurrence(standup).facilitator_id
    other = next(m for m in session.members() if m.id != due)
    panel.show_occurrence(standup)
    panel.member_combo.setCurrentIndex(panel.member_combo.findData(other.id))
    qtbot.mouseClick(panel.swap_button, LEFT)
    swapped = session.occurrence(standup)
    assert (swapped.facilitator_id, swapped.facilitator_source) == (other.id, "swap")
    assert not panel.pass_button.isEnabled()


def test_pass_moves_the_due_member_on(qtbot, session, panel, coming):
    standup = coming
    due = session.occurrence(standup).facilitator_id
    panel.show_occurrence(standup)
    qtbot.mouseClick(panel.pass_button, LEFT)
    assert session.occurrence(standup).facilitator_id != due
    session.undo_stack.undo()
    assert session.occurrence(standup).facilitator_id == due


def test_notes_are_saved_on_focus_out_and_undoable(qtbot, session, panel, standup):
    panel.show_occurrence(standup)
    panel.notes_edit.setFocus()
    qtbot.keyClicks(panel.notes_edit, "Blocked on staging")
    panel.reason_edit.setFocus()  # leaving the field saves
    qtbot.waitUntil(lambda: session.occurrence(standup).notes == "Blocked on staging")
    session.undo_stack.undo()
    assert session.occurrence(standup).notes == ""
    assert panel.notes_edit.toPlainText() == ""


def test_notes_save_button_and_switching_occurrence_save_pending_notes(qtbot, session, panel, standup, retro):
    panel.show_occurrence(standup)
    panel.notes_edit.setPlainText("First")
    qtbot.mouseClick(panel.save_notes_button, LEFT)
    assert session.occurrence(standup).notes == "First"
    panel.notes_edit.setPlainText("Second")
    panel.show_occurrence(retro)
    assert session.occurrence(standup).notes == "Second"
    assert panel.notes_edit.toPlainText() == ""


def test_add_then_complete_an_action(qtbot, session, panel, standup):
    bruno = next(m for m in session.members() if m.name == "Bruno")
    panel.show_occurrence(standup)
    assert not panel.add_action_button.isEnabled()
    qtbot.keyClicks(panel.action_title_edit, "Fix the flaky login test")
    panel.action_owner_combo.setCurrentIndex(panel.action_owner_combo.findData(bruno.id))
    panel.action_due_edit.setDate(QDate(2026, 3, 20))
    qtbot.mouseClick(panel.add_action_button, LEFT)
    (item,) = session.actions_from(standup)
    assert (item.title, item.owner_id, item.due, item.status) == (
        "Fix the flaky login test", bruno.id, date(2026, 3, 20), ActionStatus.OPEN)
    assert panel.actions_model.rowCount() == 1 and panel.action_title_edit.text() == ""
    panel.actions_view.selectRow(0)
    assert panel.complete_button.isEnabled()
    qtbot.mouseClick(panel.complete_button, LEFT)
    assert session.actions_from(standup)[0].status is ActionStatus.DONE
    session.undo_stack.undo()
    assert session.actions_from(standup)[0].status is ActionStatus.OPEN


def test_an_action_is_edited_in_place(qtbot, session, panel, standup):
    session.add_action(standup, "Book a room")
    panel.show_occurrence(standup)
    model = panel.actions_model
    assert model.setData(model.index(0, 0), "Book the big room")
    assert session.actions_from(standup)[0].title == "Book the big room"


def test_an_empty_title_is_refused_with_a_message(session, panel, standup):
    session.add_action(standup, "Book a room")
    panel.show_occurrence(standup)
    model = panel.actions_model
    assert not model.setData(model.index(0, 0), "   ")
    assert _errors(panel) == ["An action needs a title."]
    assert session.actions_from(standup)[0].title == "Book a room"


def test_retro_reviews_carried_actions_keep_done_drop(qtbot, session, panel, standup, retro):
    titles = ["Keep me", "Finish me", "Drop me"]
    for title in titles:
        session.add_action(standup, title)
    panel.show_occurrence(retro)
    assert panel.carried_box.isVisibleTo(panel)
    model = panel.carried_model
    assert [model.item(row).title for row in range(model.rowCount())] == titles
    for row, button in enumerate((panel.keep_button, panel.done_button, panel.drop_button)):
        panel.carried_view.clearSelection()
        panel.carried_view.selectRow(row)
        assert button.isEnabled()
        button.click()  # a mouse click at the button's centre was lost now and then in a loaded run
    by_title = {a.title: a for a in session.actions()}
    assert by_title["Keep me"].status is ActionStatus.OPEN and by_title["Keep me"].retros_survived == 1
    assert by_title["Finish me"].status is ActionStatus.DONE
    assert by_title["Drop me"].status is ActionStatus.DROPPED
    assert [model.index(row, VERDICT).data() for row in range(3)] == ["Kept", "Done", "Dropped"]
    assert dict(by_title["Finish me"].reviews) == {retro: Verdict.DONE}
    session.undo_stack.undo()
    assert session.actions(status=ActionStatus.DROPPED) == []


def test_a_standup_has_no_carried_actions(panel, standup):
    panel.show_occurrence(standup)
    assert not panel.carried_box.isVisibleTo(panel)


def test_without_a_selection_the_panel_shows_a_hint(session, panel, standup):
    panel.show_occurrence(None)
    assert panel.stack.currentIndex() == 0
    panel.show_occurrence(standup)
    assert panel.stack.currentIndex() == 1


def test_item_models_pass_the_model_tester(qtmodeltester, session, panel, standup, retro):
    session.add_action(standup, "Something to carry")
    panel.show_occurrence(retro)
    qtmodeltester.check(panel.carried_model)
    panel.show_occurrence(standup)
    qtmodeltester.check(panel.actions_model)


def test_the_panel_follows_edits_made_elsewhere(session, panel, standup):
    panel.show_occurrence(standup)
    session.cancel(standup)  # e.g. from the calendar's context menu
    assert panel.status_label.text() == "Cancelled" and panel.restore_button.isEnabled()
    session.undo_stack.undo()
    assert panel.status_label.text() == "Planned"


def test_defer_keeps_the_due_member_next(qtbot, session, panel, coming):
    standup = coming
    tomorrow = OccurrenceKey(standup.ritual_id, datetime(2026, 3, 20, 9, 30))
    due = session.occurrence(standup).facilitator_id
    panel.show_occurrence(standup)
    qtbot.mouseClick(panel.defer_button, LEFT)
    deferred = session.occurrence(standup)
    assert deferred.facilitator_id != due and deferred.facilitator_source == "defer"
    assert session.occurrence(tomorrow).facilitator_id == due
    assert "after a deferral" in panel.facilitator_label.text()


def test_an_occurrence_that_disappears_empties_the_panel(session, panel):
    team = session.teams()[0]
    demo = session.add_ritual(Ritual(None, team.id, RitualKind.CUSTOM, "Démo", clock(16), 30,
                                     Schedule(ScheduleKind.ONCE, on=date(2026, 3, 20)), date(2026, 3, 2)), [])
    panel.show_occurrence(OccurrenceKey(demo.id, datetime(2026, 3, 20, 16, 0)))
    assert panel.stack.currentIndex() == 1 and panel.facilitator_label.text() == "Nobody is available."
    session.undo_stack.undo()  # the ritual is gone
    assert panel.stack.currentIndex() == 0 and panel.key is None


def test_keyboard_shortcut_marks_held(qtbot, session, panel, standup):
    panel.show_occurrence(standup)
    panel.notes_edit.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_H, modifiers)
    assert session.occurrence(standup).status is OccurrenceStatus.HELD


def test_only_current_members_are_offered_and_absences_are_shown(session, panel, standup):
    david = next(m for m in session.members() if m.name == "David")
    chloe = next(m for m in session.members() if m.name == "Chloé")
    session.update_member(replace(david, left=date(2026, 3, 10)))
    session.add_absence(Absence(None, chloe.id, date(2026, 3, 16), date(2026, 3, 20), "Congés"))
    panel.show_occurrence(standup)
    offered = [panel.member_combo.itemText(i) for i in range(panel.member_combo.count())]
    assert offered == ["Ana", "Bruno", "Chloé (absent)"]
    owners = [panel.action_owner_combo.itemText(i) for i in range(panel.action_owner_combo.count())]
    assert owners == ["No owner", "Ana", "Bruno", "Chloé"]


def test_notes_typed_when_the_panel_is_hidden_are_saved(session, panel, standup):
    panel.show_occurrence(standup)
    panel.notes_edit.setPlainText("Typed, then the window closed")
    panel.hide()
    assert session.occurrence(standup).notes == "Typed, then the window closed"


def test_a_hidden_panel_catches_up_when_shown(session, panel, standup):
    panel.show_occurrence(standup)
    panel.hide()
    session.cancel(standup)
    panel.show()
    assert panel.status_label.text() == "Cancelled"


def test_a_typed_move_date_keeps_its_year_and_a_refused_move_says_why(qtbot, session, panel, standup):
    # issue 10, #1: the field used to clamp to 92 days and turn 2027-01-15 into 2026-12-15 silently
    panel.show_occurrence(standup)
    edit, sections = panel.move_edit, QDateTimeEdit.Section
    edit.setFocus()
    for section, text in ((sections.YearSection, "2027"), (sections.MonthSection, "01"), (sections.DaySection, "16")):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, text)
    assert panel.move_edit.wall() == datetime(2027, 1, 16, 9, 30)  # a Saturday: no stand-up
    qtbot.mouseClick(panel.move_button, LEFT)
    assert session.occurrence(standup).start.date() == date(2026, 3, 18)
    assert any("within 92 days" in text for text in _errors(panel))


def test_moving_onto_a_day_the_ritual_already_meets_asks_first(qtbot, session, panel, standup):
    # issue 10, #1: the stand-up went next to the next day's stand-up without a word
    panel.show_occurrence(standup)
    panel.move_edit.set_wall(datetime(2026, 3, 19, 11, 0))
    qtbot.mouseClick(panel.move_button, LEFT)
    (box,) = panel.findChildren(QMessageBox, "moveConfirmation")
    assert "Mêlée already meets on" in box.text() and "09:30" in box.text()
    assert session.occurrence(standup).start.date() == date(2026, 3, 18)  # nothing moved yet
    box.button(QMessageBox.StandardButton.Yes).click()
    assert session.occurrence(standup).start.replace(tzinfo=None) == datetime(2026, 3, 19, 11, 0)
    # onto a free day: no question
    session.undo_stack.undo()
    panel.move_edit.set_wall(datetime(2026, 3, 21, 10, 0))  # a Saturday
    qtbot.mouseClick(panel.move_button, LEFT)
    assert session.occurrence(standup).start.date() == date(2026, 3, 21)


def test_the_member_box_shows_the_current_facilitator(qtbot, session, panel, standup, retro):
    # issue 10, #12: it kept the person chosen for the previous occurrence
    panel.show_occurrence(standup)
    other = next(panel.member_combo.itemData(i) for i in range(panel.member_combo.count())
                 if panel.member_combo.itemData(i) != session.occurrence(standup).facilitator_id)
    panel.member_combo.setCurrentIndex(panel.member_combo.findData(other))
    panel.show_occurrence(retro)
    assert panel.member_combo.currentData() == session.occurrence(retro).facilitator_id
    panel.show_occurrence(standup)
    assert panel.member_combo.currentData() == session.occurrence(standup).facilitator_id


def test_turns_cannot_change_once_the_occurrence_has_begun(qtbot, session, panel, standup):
    panel.show_occurrence(standup)  # today 09:30; the clock says 13:00 in Paris
    assert not panel.pass_button.isEnabled() and not panel.defer_button.isEnabled()
    assert not panel.swap_button.isEnabled()


def test_the_tooltips_keep_their_shortcut_and_fit_the_occurrence_shown(qtbot, session, panel, standup, coming):
    # The held button's tooltip lost its Ctrl+Shift+H once set again; Restore kept saying "a held occurrence"
    # for the cancelled one shown after a held one.
    panel.show_occurrence(standup)
    assert "Ctrl+Shift+H" in panel.held_button.toolTip()
    session.mark_held(standup)
    assert "held occurrence" in panel.restore_button.toolTip()
    session.cancel(coming)
    panel.show_occurrence(coming)
    assert panel.restore_button.toolTip() == "Make it planned again"
