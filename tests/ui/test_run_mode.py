"""Run mode over a real store, on an injected clock and timer (no sleeps), and resumed after `kill -9`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from ritualdesk.meetings import load_meeting
from ritualdesk.model import Absence, OccurrenceKey, OccurrenceStatus
from ui.run_mode.window import RunWindow

START = datetime(2026, 3, 18, 8, 30, tzinfo=UTC)  # Wednesday 18 March, 09:30 in Paris


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


class ManualTimer(QObject):
    """A timer that fires only when the test says so."""

    timeout = Signal()

    def start(self, *_args) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False

    def fire(self) -> None:
        self.timeout.emit()


def _standup_key(session, day=18):
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    return OccurrenceKey(ritual.id, datetime(2026, 3, day, 9, 30))


@pytest.fixture
def clock():
    return Clock(START)


@pytest.fixture
def run(session, qtbot, clock):
    def open_window(key):
        timer = ManualTimer()
        window = RunWindow(session, key, clock=clock, timer=timer)
        qtbot.addWidget(window)
        window.show()
        return window, timer
    return open_window


def test_attendance_leaves_absent_members_out_of_the_order(session, store, run):
    chloe = next(m for m in session.members() if m.name == "Chloé")
    store.add_absence(Absence(None, chloe.id, date(2026, 3, 18), date(2026, 3, 18)))
    window, _ = run(_standup_key(session))
    names = [window.attendance_list.item(i).text() for i in range(window.attendance_list.count())]
    chloe_item = window.attendance_list.item(names.index("Chloé"))
    assert chloe_item.checkState() == Qt.CheckState.Unchecked
    assert chloe_item.foreground().color() == window.palette().placeholderText().color()  # greyed out
    assert chloe.id not in window.meeting.speakers and len(window.meeting.speakers) == 3
    ana = window.attendance_list.item(names.index("Ana"))
    ana.setCheckState(Qt.CheckState.Unchecked)
    ana_id = ana.data(Qt.ItemDataRole.UserRole)
    assert ana_id not in window.meeting.speakers
    assert ana_id not in load_meeting(store, window.key).present  # saved at once


def test_space_moves_to_the_next_speaker_and_the_timebox_flashes_and_beeps(session, run, clock, qtbot,
                                                                          monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window, timer = run(_standup_key(session))
    first = window.speaker_label.text()
    clock.advance(seconds=60)
    timer.fire()
    assert window.speaker_clock.state == "ok" and window.speaker_clock.text() == "0:30"
    clock.advance(seconds=15)
    timer.fire()
    assert window.speaker_clock.state == "soon"
    clock.advance(seconds=20)
    timer.fire()
    assert window.speaker_clock.state == "over" and window.speaker_clock.text() == "+0:05"
    assert window.speaker_clock.flashes == 1 and beeps == [1]
    timer.fire()
    assert window.speaker_clock.flashes == 1  # once per timebox
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.speaker_label.setFocus()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    assert window.speaker_label.text() != first and window.meeting.speaker == 1
    assert window.speaker_clock.text() == "1:30"


def test_phases_follow_skip_and_extend_and_the_meeting_clock_turns_red(session, run, clock):
    window, timer = run(_standup_key(session))
    window.toggle_full_screen()
    assert window.isFullScreen()
    window.toggle_full_screen()
    assert not window.isFullScreen()
    assert window.phase_list.count() == 2 and window.meeting.current_phase.name == "round"
    window.extend_button.click()
    assert window.meeting.phase_box() == timedelta(minutes=14)
    window.skip_button.click()
    assert window.meeting.current_phase.name == "parking_lot" and 0 in window.meeting.skipped
    assert window.phase_list.item(0).font().strikeOut()
    clock.advance(minutes=16)
    timer.fire()
    assert window.meeting_clock.state == "over" and window.phase_clock.state == "over"


def test_a_parking_note_becomes_an_action_in_one_step_and_undo_removes_it(session, run, qtbot):
    window, _ = run(_standup_key(session))
    qtbot.keyClicks(window.parking_edit, "Choisir la date de release")
    qtbot.keyClick(window.parking_edit, Qt.Key.Key_Return)
    assert [n.text for n in window.meeting.parking] == ["Choisir la date de release"]
    window.owner_combo.setCurrentIndex(window.owner_combo.findText("Bruno"))
    qtbot.keyClicks(window.due_edit, "2026-03-25")
    window.action_button.click()
    actions = session.actions_from(window.key)
    assert [(a.title, session.member(a.owner_id).name) for a in actions] == [("Choisir la date de release", "Bruno")]
    assert actions[0].due == date(2026, 3, 25)
    assert window.meeting.parking[0].action_id == actions[0].id and not window.action_button.isEnabled()
    session.undo_stack.undo()
    assert session.actions_from(window.key) == []
    window.parking_list.setCurrentRow(0)
    assert window.action_button.isEnabled()  # the undone action is gone: the note can become one again


def test_finish_marks_held_with_times_attendance_and_notes_and_undo_resumes(session, store, run, clock, qtbot):
    window, timer = run(_standup_key(session))
    window.notes_edit.insertPlainText("Démo prête")  # QTest types ASCII only
    clock.advance(minutes=14)
    window.finish_button.click()
    key = window.key
    found = session.occurrence(key)
    assert found.status is OccurrenceStatus.HELD and found.notes == "Démo prête"
    assert found.facilitator_source == "recorded"
    assert load_meeting(store, key).ended == START + timedelta(minutes=14)
    assert not window.finish_button.isEnabled() and "Finished at 09:44" in window.status_label.text()
    assert session.undo_stack.undoText() == "Finish meeting"
    assert window.minutes_button.isVisible()  # the end screen offers the minutes
    window.minutes_button.click()
    target = store.path.parent / "stand-up.md"
    assert window.minutes_dialog.export_to(str(target))
    assert "Démo prête" in target.read_text(encoding="utf-8") and "Started–ended:** 09:30–09:44" in \
        target.read_text(encoding="utf-8")
    window.minutes_dialog.close()
    session.undo_stack.undo()
    assert session.occurrence(key).status is OccurrenceStatus.PLANNED
    assert window.meeting.ended is None and window.finish_button.isEnabled()
    assert not window.minutes_button.isVisible()


def test_closing_the_window_keeps_the_meeting_and_reopening_resumes_it(session, store, run, clock, qtbot):
    window, _ = run(_standup_key(session))
    window.next_button.click()
    window.notes_edit.insertPlainText("Tapé juste avant de fermer")
    window.close()  # before the pause that saves the notes: closing saves them
    again, _ = run(_standup_key(session))
    assert again.meeting.speaker == 1 and again.notes_edit.toPlainText() == "Tapé juste avant de fermer"
    assert again.meeting.speakers == window.meeting.speakers  # drawn once, kept


def test_run_mode_opens_from_the_panel_the_menu_f5_and_the_context_menu(window, session, qtbot):
    key = _standup_key(session)
    window.reveal_occurrence(key)
    window._on_selected(key)
    window.panel.run_button.click()
    assert key in window.run_windows
    window.run_windows.pop(key).close()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert key in window.run_windows
    window.run_windows.pop(key).close()
    view = window.week_view
    rect = view.block_rect(key)
    view.customContextMenuRequested.emit(rect.center().toPoint())
    assert window.run_action in window.last_menu.actions()
    window.last_menu.close()
    other = _standup_key(session, day=19)
    window.show_view("month")
    month = window.month_view
    month.customContextMenuRequested.emit(month.item_rect(other).center().toPoint())
    assert window.selected == other  # the menu acts on the ritual right-clicked
    window.last_menu.close()


def test_a_meeting_of_a_later_day_cannot_be_run_yet(window, session, qtbot, monkeypatch):
    """Its clocks would start now and it could not be finished before its day: the panel and F5 refuse it."""
    tomorrow = _standup_key(session, day=19)  # the session's clock is Wednesday 18 March
    window.reveal_occurrence(tomorrow)
    window._on_selected(tomorrow)
    assert not window.panel.run_button.isEnabled()
    assert window.panel.run_button.toolTip() == "It can be run from its day on"
    shown = []
    monkeypatch.setattr("ui.feedback.show_error", lambda parent, error, **_kw: shown.append(str(error)))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert tomorrow not in window.run_windows
    assert shown == ["this occurrence is on 2026-03-19; its meeting can be run from that day on"]
    assert load_meeting(session.store, tomorrow) is None
    today = _standup_key(session)
    window._on_selected(today)
    assert window.panel.run_button.isEnabled()


SCRIPT = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from ui.qt_workarounds import protect_none
    protect_none()
    from ritualdesk.model import OccurrenceKey
    from ritualdesk.store import Store
    from ui.session import Session
    from ui.run_mode.window import RunWindow
    app = QApplication([])
    store = Store.open(sys.argv[1])
    session = Session(store, clock=lambda: datetime(2026, 3, 18, 8, 31, tzinfo=UTC))
    window = RunWindow(session, OccurrenceKey(int(sys.argv[2]), datetime(2026, 3, 18, 9, 30)))
    window.show()
    window.next_speaker()
    QTest.keyClicks(window.parking_edit, "Migration du serveur")
    window.add_parking_note()
    window.notes_edit.insertPlainText("Noté avant le kill")
    window.saved.connect(lambda: (print("saved", flush=True)))
    app.exec()
""")


def test_a_meeting_survives_kill_9_and_resumes(session, store, tmp_path, run):
    key = _standup_key(session)
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(store.path), str(key.ritual_id)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    guard = threading.Timer(90, process.kill)  # a child that never answers fails the test, never hangs it
    guard.start()
    try:
        assert process.stdout.readline().strip() == "saved"  # the notes, saved after the pause in typing
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        guard.cancel()
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    window, _ = run(key)
    assert window.meeting.speaker == 1
    assert [n.text for n in window.meeting.parking] == ["Migration du serveur"]
    assert window.notes_edit.toPlainText() == "Noté avant le kill"


def test_phase_minutes_are_edited_per_ritual_and_undoable(session, store, run):
    from ritualdesk.meetings import run_settings

    window, _ = run(_standup_key(session))
    window.phases_button.click()
    dialog = window.phases_dialog
    dialog.spins[0].setValue(10)
    dialog.speaker_spin.setValue(60)
    assert "13 min in all" in dialog.total_label.text()
    dialog.accept()
    ritual = session.ritual(window.key.ritual_id)
    assert run_settings(store, ritual).phases[0].minutes == 10 and run_settings(store, ritual).speaker_seconds == 60
    assert window.meeting.phase_box() == timedelta(minutes=10) and window.meeting.settings.speaker_seconds == 60
    session.undo_stack.undo()
    assert run_settings(store, ritual).phases[0].minutes == 12


def test_ctrl_z_in_the_run_window_undoes_finish_and_ctrl_shift_z_redoes_it(session, run, clock, qtbot):
    window, timer = run(_standup_key(session))
    clock.advance(minutes=12)
    timer.fire()  # the clocks as they are when Finish is pressed
    window.finish_button.click()
    assert session.occurrence(window.key).status is OccurrenceStatus.HELD
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.order_list.setFocus()  # not a text field: those keep Ctrl+Z for their own typing
    qtbot.keyClick(window.order_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.occurrence(window.key).status is OccurrenceStatus.PLANNED
    assert window.meeting.ended is None and window.finish_button.isEnabled()  # running again
    qtbot.keyClick(window.order_list, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.occurrence(window.key).status is OccurrenceStatus.HELD


def test_a_finish_undone_can_be_redone_until_the_meeting_goes_on(session, run, clock, qtbot):
    failed = []
    session.failed.connect(failed.append)
    window, timer = run(_standup_key(session))
    clock.advance(minutes=5)
    timer.fire()  # the clocks as they are when Finish is pressed
    window.finish_button.click()
    session.undo_stack.undo()
    assert window.meeting.ended is None
    session.undo_stack.redo()  # straight back: the same Finish
    assert session.occurrence(window.key).status is OccurrenceStatus.HELD and window.meeting.ended is not None
    session.undo_stack.undo()
    clock.advance(minutes=5)
    timer.fire()  # the meeting goes on: its speaker's timebox runs out, and that is saved
    window.next_speaker()
    assert not session.undo_stack.canRedo()  # not a Redo that would be refused as "changed since"
    assert session.undo_stack.undoText() != "Finish meeting" and failed == []
    window.finish_button.click()  # finished again, as it is now
    assert session.occurrence(window.key).status is OccurrenceStatus.HELD and window.meeting.speaker == 1


def test_a_meeting_opened_ahead_of_time_starts_over_keeping_what_was_typed(session, store, run, clock, qtbot):
    from PySide6.QtWidgets import QMessageBox

    window, timer = run(_standup_key(session))
    window.notes_edit.setPlainText("Ordre du jour vu")
    window.save_notes()
    window.next_speaker()
    clock.advance(minutes=40)  # opened at 09:30 to check attendance, run at 10:10
    timer.fire()
    assert window.meeting_clock.state == "over"
    qtbot.mouseClick(window.restart_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "restartQuestion")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert window.meeting.started == START  # nothing changes on No
    window.restart_button.click()
    box = next(b for b in window.findChildren(QMessageBox, "restartQuestion") if b.isVisible())
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    saved = load_meeting(store, window.key)
    assert saved.started == clock.now and saved.phase == 0 and saved.speaker == 0 and saved.timeouts == frozenset()
    assert saved.notes == "Ordre du jour vu" and saved.speakers == window.meeting.speakers
    assert window.meeting_clock.state == "ok" and window.speaker_clock.text() == "1:30"
    window.finish_button.click()
    assert not window.restart_button.isVisible()  # a held meeting is a fact: nothing to start over


def test_a_finished_meeting_keeps_its_notes_tidied_afterwards_and_shows_its_clocks_stopped(session, store, run,
                                                                                            clock, qtbot):
    window, _ = run(_standup_key(session))
    window.next_button.click()
    clock.advance(minutes=12)
    window.finish_button.click()
    # The end screen: the notes can still be tidied up, and they are kept (an undoable edit of the occurrence).
    window.notes_edit.insertPlainText("Blocage levé")
    window.close()
    key = window.key
    assert session.occurrence(key).notes == "Blocage levé"
    assert session.undo_stack.undoText() == "Edit notes"
    clock.advance(days=1)
    again, _ = run(key)  # reopened the next day: what it was when it ended
    assert again.notes_edit.toPlainText() == "Blocage levé"
    assert again.phase_clock.text() == "0:00" and again.meeting_clock.text() == "3:00"
    assert again.speaker_clock.text() == "+10:30"  # over when it ended, not a day over
    # Who was there, the order and the parking lot were kept with Finish: they cannot seem to change after it.
    item = again.attendance_list.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not again.parking_edit.isEnabled() and not again.order_combo.isEnabled()
    session.undo_stack.undo()
    assert again.notes_edit.toPlainText() == ""


def test_a_member_renamed_or_deleted_mid_meeting_is_followed_by_the_lists(session, store, run, qtbot):
    from dataclasses import replace

    from ritualdesk.model import Member

    team = session.teams()[0]
    eve = store.add_member(Member(None, team.id, "Eve"))  # joined this morning, no history: can be deleted
    window, _ = run(_standup_key(session))
    assert eve.id in window.meeting.speakers
    ana = next(m for m in session.members() if m.name == "Ana")
    session.update_member(replace(ana, name="Anaïs"))
    owners = [window.owner_combo.itemText(i) for i in range(window.owner_combo.count())]
    attendance = [window.attendance_list.item(i).text() for i in range(window.attendance_list.count())]
    order = [window.order_list.item(i).text() for i in range(window.order_list.count())]
    assert "Anaïs" in owners and "Anaïs" in attendance and "Anaïs" in order and "Ana" not in owners + order
    session.delete_member(eve.id)
    owners = [window.owner_combo.itemText(i) for i in range(window.owner_combo.count())]
    attendance = [window.attendance_list.item(i).text() for i in range(window.attendance_list.count())]
    assert "Eve" not in owners and "Eve" not in attendance  # an owner who no longer exists cannot be picked
    assert eve.id not in window.meeting.speakers and eve.id not in load_meeting(store, window.key).present


def test_space_ticks_the_attendance_or_the_checkbox_that_has_the_focus_not_the_next_speaker(session, run, qtbot):
    window, _ = run(_standup_key(session))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attendance_list.setFocus()
    window.attendance_list.setCurrentRow(0)
    ana = window.attendance_list.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(window.attendance_list, Qt.Key.Key_Space)
    assert ana not in window.meeting.present and window.meeting.speaker == 0  # unticked, nobody skipped
    qtbot.keyClick(window.attendance_list, Qt.Key.Key_Space)
    assert ana in window.meeting.present
    window.last_check.setFocus()
    qtbot.keyClick(window.last_check, Qt.Key.Key_Space)
    assert window.last_check.isChecked() and window.meeting.settings.facilitator_last
    assert window.meeting.speaker == 0
    window.speaker_label.setFocus()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)  # elsewhere, Space is Next speaker
    assert window.meeting.speaker == 1


def test_facilitator_speaks_last_and_another_order_are_kept_and_the_meeting_goes_on(session, store, run, qtbot):
    window, _ = run(_standup_key(session))
    window.last_check.click()
    facilitator = session.occurrence(window.key).facilitator_id
    assert window.meeting.settings.facilitator_last and window.meeting.speakers[-1] == facilitator
    saved = load_meeting(store, window.key)
    assert saved.settings.facilitator_last and saved.speakers == window.meeting.speakers
    window.order_combo.setCurrentIndex(window.order_combo.findText("Roster order"))
    window.order_combo.activated.emit(window.order_combo.currentIndex())
    assert load_meeting(store, window.key).settings.order.value == "roster"
    window.next_button.click()  # the meeting goes on (it raised at every change after the tick)
    assert load_meeting(store, window.key).speaker == 1


def test_the_ritual_renamed_or_made_longer_mid_meeting_is_followed_by_the_title_and_the_clock(session, run, clock):
    from dataclasses import replace

    window, timer = run(_standup_key(session))
    clock.advance(minutes=10)
    timer.fire()
    assert window.meeting_clock.text() == "5:00"
    ritual = session.ritual(window.key.ritual_id)
    session.update_ritual(replace(ritual, title="Mêlée du matin", minutes=30))
    assert window.meeting_clock.text() == "20:00"  # the meeting lasts 30 minutes now
    assert "Mêlée du matin" in window.title_label.text() and window.windowTitle() == "Run: Mêlée du matin"


def test_a_long_parking_lot_topic_wraps_in_its_column(session, run, qtbot):
    window, _ = run(_standup_key(session))
    window.resize(1024, 700)
    topic = ("Revoir avec l'équipe sécurité la procédure de rotation des clés de l'API de facturation avant la "
             "mise en production de vendredi, et prévenir le support")
    window.parking_edit.setText(topic)
    window.add_parking_note()
    listing = window.parking_list
    qtbot.waitUntil(lambda: listing.viewport().width() < listing.fontMetrics().horizontalAdvance(topic))
    qtbot.waitUntil(lambda: listing.visualItemRect(listing.item(0)).height() > 2 * listing.fontMetrics().height())
    assert listing.visualItemRect(listing.item(0)).right() <= listing.viewport().width()
    assert listing.horizontalScrollBar().maximum() == 0


def test_pause_stops_the_clocks_until_resume_and_is_kept_when_the_window_closes(session, store, run, clock, qtbot):
    window, timer = run(_standup_key(session))
    clock.advance(seconds=30)
    window.pause_button.click()  # Pa&use
    assert window.meeting.paused == clock.now and window.pause_button.text() == "Res&ume"
    assert "Paused at 09:30" in window.status_label.text()
    clock.advance(minutes=20)  # the meeting is interrupted
    timer.fire()
    assert (window.speaker_clock.text(), window.phase_clock.text(), window.meeting_clock.text()) == (
        "1:00", "11:30", "14:30")
    assert window.speaker_clock.flashes == 0
    window.close()
    again, timer = run(window.key)  # closed and opened again during the pause: still paused
    assert again.meeting.paused is not None and again.speaker_clock.text() == "1:00"
    again.pause_button.click()  # Resume
    clock.advance(seconds=10)
    timer.fire()
    assert again.speaker_clock.text() == "0:50" and again.meeting_clock.text() == "14:20"
    assert load_meeting(store, again.key).paused is None


def test_an_occurrence_cancelled_during_its_meeting_says_so_and_cannot_be_finished(session, run, qtbot):
    window, _ = run(_standup_key(session))
    window.notes_edit.insertPlainText("Gardé")
    session.cancel(window.key)  # from the panel, or the CLI noticed
    assert not window.finish_button.isEnabled() and "cancelled" in window.status_label.text()
    session.restore(window.key)
    assert window.finish_button.isEnabled() and window.notes_edit.toPlainText() == "Gardé"


def test_an_occurrence_moved_while_its_meeting_runs_says_when_it_is_now(session, run, clock):
    window, _ = run(_standup_key(session))
    key = window.key
    session.move(key, datetime(2026, 3, 18, 11, 0))  # from the panel, meanwhile
    assert "2026-03-18 11:00" in window.title_label.text()
    assert window.finish_button.isEnabled()
    session.move(key, datetime(2026, 3, 19, 10, 0))  # to tomorrow: finished from that day on
    assert "2026-03-19 10:00" in window.title_label.text()
    assert not window.finish_button.isEnabled() and "moved to 2026-03-19" in window.status_label.text()
    session.undo_stack.undo()
    assert "2026-03-18 11:00" in window.title_label.text() and window.finish_button.isEnabled()
