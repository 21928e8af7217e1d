"""The run mode window: phases with their timer, the speaker and their timebox, attendance, parking lot, notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.errors import RitualDeskError
from ritualdesk.meeting import Meeting, ParkingNote, SpeakingOrder
from ritualdesk.meetings import (
    caught_up,
    finish_meeting,
    load_meeting,
    present_on,
    redraw,
    save_meeting,
    start_meeting,
)
from ritualdesk.model import OccurrenceKey, OccurrenceStatus, RitualKind
from ritualdesk.notes_merge import merge_notes
from ritualdesk.store import planned_text

from ..date_field import DateField
from ..feedback import show_error
from ..flow_layout import FlowLayout
from ..undo_keys import add_undo_keys
from ..wheel_guard import guard_wheel
from .fit_label import FitLabel
from .labels import phase_label
from .timebox import TimeboxLabel


class RunWindow(QWidget):
    """A focused window a facilitator shares on screen; every change is saved at once (notes after a pause)."""

    saved = Signal()
    finished = Signal(object)  # the OccurrenceKey, once marked held
    board_requested = Signal(object)  # the OccurrenceKey of a retrospective: open its board
    _gone = False  # its ritual was deleted

    def __init__(self, session, key: OccurrenceKey, *, clock: Callable[[], datetime] | None = None,
                 timer: QObject | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session, self.key = session, key
        self._clock = clock or session.now
        self.ritual = session.ritual(key.ritual_id)
        self.occurrence = session.occurrence(key)
        team = session.team(self.ritual.team_id)
        self._names = {m.id: m.name for m in session.members(team.id)}  # kept for who spoke, deleted since or not
        self._members = set(self._names)  # the team's members now
        self.setWindowTitle(self.tr("Run: %1").replace("%1", self.ritual.title))
        self.setObjectName("runWindow")
        meeting = load_meeting(session.store, key)
        if meeting is None:
            meeting = start_meeting(session.store, key, now=self._clock(), found=self.occurrence)
        elif meeting.ended is None and (caught := caught_up(meeting, self.occurrence.notes)) != meeting:
            meeting = caught  # notes saved in the panel while this window was closed: merged in, and kept
            save_meeting(session.store, key, meeting)
        self.meeting: Meeting = meeting
        self._notes_base = ""  # once finished: the occurrence's notes the editor was last in step with
        self._live_actions: set[int] = set()
        self._build(team.name)
        guard_wheel(self)  # a passing wheel neither redraws the speaking order nor changes an owner
        self.timer = timer if timer is not None else QTimer(self)
        self.timer.timeout.connect(self.tick)
        if isinstance(self.timer, QTimer):
            self.timer.setInterval(250)
        if self.meeting.ended is None:
            self.timer.start()
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(600)
        self._notes_timer.timeout.connect(self.save_notes)
        self._show_notes()
        self._show_all()
        session.changed.connect(self._session_changed)

    def _session_changed(self, changes) -> None:
        from ritualdesk.changes import Change

        if changes.what & (Change.RITUALS | Change.TEAMS) and not self._session.has_ritual(self.key.ritual_id):
            self._gone = True  # deleted, its meeting with it: nothing to save, nothing to show
            self.timer.stop()
            self._notes_timer.stop()
            self.close()
            return
        if changes.what & (Change.RITUALS | Change.TEAMS):
            self._ritual_changed()
        if changes.concerns(Change.MEMBERS, self.ritual.team_id):
            self._members_changed()
        if changes.concerns(Change.OCCURRENCES | Change.ACTIONS, self.ritual.team_id):
            self.reload()

    def _title(self, team_name: str) -> str:
        return f"{self.ritual.title} · {team_name} · {self.occurrence.start:%Y-%m-%d %H:%M}"

    def _ritual_changed(self) -> None:
        """Its ritual renamed or made longer (or its team renamed) while the meeting runs: title and clock follow."""
        self.ritual = self._session.ritual(self.key.ritual_id)
        self.setWindowTitle(self.tr("Run: %1").replace("%1", self.ritual.title))
        self.title_label.setText(self._title(self._session.team(self.ritual.team_id).name))
        self.tick()

    def _members_changed(self) -> None:
        """A member renamed, added or deleted while the meeting runs: the lists follow; one deleted leaves it."""
        current = {m.id: m.name for m in self._session.members(self.ritual.team_id)}
        self._names.update(current)
        self._members = set(current)
        self._fill_owners()
        self.attendance_list.clear()  # made again from the team as it is now
        gone = [m for m in self.meeting.present if m not in current]
        if self.meeting.ended is None and gone:
            meeting = self.meeting
            for member_id in gone:
                meeting = meeting.with_presence(member_id, False, self._clock())
            self._change(meeting)
        else:
            self._show_all()

    def _fill_owners(self) -> None:
        chosen = self.owner_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("No owner"), 0)
        for member_id in sorted(self._members, key=lambda m: self._names[m].casefold()):
            self.owner_combo.addItem(self._names[member_id], member_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)))

    # -- building ---------------------------------------------------------------------------------

    def _build(self, team_name: str) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title_label = title = QLabel(self._title(team_name), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # a long title takes two lines rather than widening the window past the screen
        head.addWidget(title, 1)
        self.meeting_clock = TimeboxLabel(16, self)
        self.meeting_clock.setToolTip(self.tr("Time left in the whole meeting"))
        head.addWidget(QLabel(self.tr("Meeting:"), self))
        head.addWidget(self.meeting_clock)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setToolTip(self.tr("Mark held, keep the notes, times and attendance (Ctrl+Enter)"))
        self.finish_button.clicked.connect(self.finish)
        head.addWidget(self.finish_button)
        self.pause_button = QPushButton(self.tr("Pa&use"), self)
        self.pause_button.setToolTip(self.tr("Stop every clock until Resume (the meeting is interrupted)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        head.addWidget(self.pause_button)
        self.restart_button = QPushButton(self.tr("Start o&ver…"), self)
        self.restart_button.setToolTip(self.tr("Start the clocks again from now (a meeting opened ahead of time); "
                                               "attendance, order, notes and parking lot stay"))
        self.restart_button.clicked.connect(self.ask_restart)
        head.addWidget(self.restart_button)
        self.minutes_button = QPushButton(self.tr("Export &minutes…"), self)
        self.minutes_button.setToolTip(self.tr("The minutes of this meeting, as PDF or Markdown"))
        self.minutes_button.clicked.connect(self.export_minutes)
        head.addWidget(self.minutes_button)
        outer.addLayout(head)
        self.status_label = QLabel(self)
        outer.addWidget(self.status_label)

        grid = QGridLayout()
        outer.addLayout(grid, 1)
        grid.addWidget(self._build_phases(), 0, 0, 2, 1)
        grid.addWidget(self._build_speaker(), 0, 1)
        grid.addWidget(self._build_notes(), 1, 1)
        grid.addWidget(self._build_attendance(), 0, 2)
        grid.addWidget(self._build_parking(), 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)

        self._shortcut(self.tr("Next speaker"), "Space", self.next_speaker)
        self._shortcut(self.tr("Next phase"), "Ctrl+Right", self.next_phase)
        self._shortcut(self.tr("Finish the meeting"), "Ctrl+Return", self.finish)
        self._shortcut(self.tr("Extend the phase by 2 minutes"), "Ctrl++", lambda: self.extend(2))
        self._shortcut(self.tr("Full screen on or off"), "F11", self.toggle_full_screen)
        # Finish, a parking note made an action, new phases: undone from the window being shared too.
        self.undo_action, self.redo_action = add_undo_keys(self, self._session.undo_stack)
        # Where Space has a meaning of its own (ticking someone there, the checkbox, opening the list of orders),
        # it keeps it: the keyboard is the only way to tick attendance without a mouse.
        for widget in (self.attendance_list, self.last_check, self.order_combo, self.owner_combo):
            widget.installEventFilter(self)

    def _shortcut(self, text: str, keys: str, slot) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # Space must not tick a checkbox or type in the notes: it only counts outside text fields.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _build_phases(self) -> QGroupBox:
        box = QGroupBox(self.tr("Phases"), self)
        layout = QVBoxLayout(box)
        self.phase_clock = TimeboxLabel(28, box)
        self.phase_clock.setToolTip(self.tr("Time left in this phase"))
        layout.addWidget(self.phase_clock)
        self.phase_list = QListWidget(box)
        self.phase_list.setAccessibleName(self.tr("Phases"))
        self.phase_list.itemActivated.connect(lambda item: self.go_to_phase(self.phase_list.row(item)))
        layout.addWidget(self.phase_list, 1)
        row = FlowLayout()  # the rows below wrap in a narrow window (1024 px, longer French labels)
        self.skip_button = QPushButton(self.tr("&Skip / next phase"), box)
        self.skip_button.setToolTip(self.tr("Go to the next phase (Ctrl+Right)"))
        self.skip_button.clicked.connect(self.next_phase)
        self.extend_button = QPushButton(self.tr("+&2 min"), box)
        self.extend_button.setToolTip(self.tr("Give this phase two more minutes (Ctrl++)"))
        self.extend_button.clicked.connect(lambda: self.extend(2))
        self.phases_button = QPushButton(self.tr("P&hases…"), box)
        self.phases_button.setToolTip(self.tr("Minutes of each phase and the speaker's timebox, for this ritual"))
        self.phases_button.clicked.connect(self.edit_phases)
        row.addWidget(self.skip_button)
        row.addWidget(self.extend_button)
        layout.addLayout(row)
        layout.addWidget(self.phases_button)
        if self.ritual.kind is RitualKind.RETROSPECTIVE:
            self.board_button = QPushButton(self.tr("Retrospective &board…"), box)
            self.board_button.setToolTip(self.tr("Open actions, cards, dot votes and discussion (Ctrl+B)"))
            self.board_button.setShortcut(QKeySequence("Ctrl+B"))
            self.board_button.clicked.connect(lambda: self.board_requested.emit(self.key))
            layout.addWidget(self.board_button)
        return box

    def _build_speaker(self) -> QGroupBox:
        box = QGroupBox(self.tr("Speaking"), self)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        self.speaker_label = FitLabel(box)  # a long name gets smaller rather than widening the window
        self.speaker_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.speaker_label.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.speaker_label.set_base_font(font)
        layout.addWidget(self.speaker_label)
        self.speaker_clock = TimeboxLabel(24, box)
        self.speaker_clock.setToolTip(self.tr("Time left for this speaker"))
        layout.addWidget(self.speaker_clock, 0, Qt.AlignmentFlag.AlignHCenter)
        self.next_button = QPushButton(self.tr("&Next speaker (Space)"), box)
        self.next_button.clicked.connect(self.next_speaker)
        self.next_button.setMinimumHeight(40)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        self.order_list = QListWidget(box)
        self.order_list.setAccessibleName(self.tr("Speaking order"))
        self.order_list.setFlow(QListWidget.Flow.LeftToRight)
        self.order_list.setWrapping(True)
        self.order_list.setMaximumHeight(72)
        layout.addWidget(self.order_list)
        row = FlowLayout()
        self.order_combo = QComboBox(box)
        self.order_combo.setAccessibleName(self.tr("Speaking order"))
        self.order_combo.addItem(self.tr("Random order"), SpeakingOrder.RANDOM)
        self.order_combo.addItem(self.tr("Roster order"), SpeakingOrder.ROSTER)
        self.order_combo.addItem(self.tr("No order (walk the board)"), SpeakingOrder.NONE)
        self.order_combo.activated.connect(self._order_chosen)
        self.last_check = QCheckBox(self.tr("Facilitator speaks &last"), box)
        self.last_check.toggled.connect(self._order_chosen)
        self.redraw_button = QPushButton(self.tr("Re&draw"), box)
        self.redraw_button.setToolTip(self.tr("Draw the speaking order again"))
        self.redraw_button.clicked.connect(self.redraw)
        row.addWidget(self.order_combo)
        row.addWidget(self.last_check)
        row.addWidget(self.redraw_button)
        layout.addLayout(row)
        return box

    def _build_notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"), self)
        layout = QVBoxLayout(box)
        self.notes_edit = QPlainTextEdit(box)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Decisions, blockers… (saved as you type)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.textChanged.connect(lambda: self._notes_timer.start())
        layout.addWidget(self.notes_edit)
        return box

    def _build_attendance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Attendance"), self)
        layout = QVBoxLayout(box)
        self.attendance_list = QListWidget(box)
        self.attendance_list.setAccessibleName(self.tr("Attendance"))
        self.attendance_list.itemChanged.connect(self._attendance_ticked)
        layout.addWidget(self.attendance_list)
        return box

    def _build_parking(self) -> QGroupBox:
        box = QGroupBox(self.tr("Parking lot"), self)
        layout = QVBoxLayout(box)
        self.parking_edit = QLineEdit(box)
        self.parking_edit.setPlaceholderText(self.tr("A topic for later… (Enter)"))
        self.parking_edit.returnPressed.connect(self.add_parking_note)
        layout.addWidget(self.parking_edit)
        self.parking_list = QListWidget(box)
        self.parking_list.setAccessibleName(self.tr("Parking lot"))
        # A long topic wraps in the column instead of hiding its end behind a horizontal scroll bar.
        self.parking_list.setWordWrap(True)
        self.parking_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.parking_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parking_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.parking_list, 1)
        row = FlowLayout()
        self.owner_combo = QComboBox(box)
        self.owner_combo.setAccessibleName(self.tr("Owner of the action"))
        self._fill_owners()
        self.due_edit = DateField(box, placeholder=self.tr("No due date"),
                                  today=lambda: QDate(self._session.today(self.ritual.team_id)))
        self.due_edit.setAccessibleName(self.tr("Due date of the action"))
        self.action_button = QPushButton(self.tr("→ &Action"), box)
        self.action_button.setToolTip(self.tr("Make the selected note an action item with this owner and due date"))
        self.action_button.clicked.connect(self.make_action)
        row.addWidget(self.owner_combo)
        row.addWidget(self.due_edit)
        row.addWidget(self.action_button)
        row.set_stretch(self.owner_combo)
        layout.addLayout(row)
        return box

    # -- showing ---------------------------------------------------------------------------------------

    def _show_all(self) -> None:
        m = self.meeting
        # Items are updated in place: a list must not lose the item whose signal is being handled.
        while self.phase_list.count() < len(m.settings.phases):
            self.phase_list.addItem("")
        while self.phase_list.count() > len(m.settings.phases):
            self.phase_list.takeItem(self.phase_list.count() - 1)
        for index, phase in enumerate(m.settings.phases):
            minutes = int(m.phase_box(index).total_seconds() // 60)
            item = self.phase_list.item(index)
            item.setText(f"{phase_label(phase.name)} · {minutes} min")
            font = item.font()
            font.setBold(index == m.phase)
            font.setStrikeOut(index in m.skipped)
            item.setFont(font)
        self.phase_list.setCurrentRow(m.phase)
        # Whole, never under a scroll bar: "Round of speakers · 12 min" in bold is the column's least width.
        self.phase_list.setMinimumWidth(self.phase_list.sizeHintForColumn(0) + 2 * self.phase_list.frameWidth() + 8)
        self.attendance_list.blockSignals(True)
        if self.attendance_list.count() == 0:
            expected, away = self._session_present()
            for member_id in [*expected, *away]:
                item = QListWidgetItem(self._names.get(member_id, "?"), self.attendance_list)
                item.setData(Qt.ItemDataRole.UserRole, member_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                if member_id in away:
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(self.tr("Away that day (absence recorded)"))
        for row in range(self.attendance_list.count()):
            item = self.attendance_list.item(row)
            present = item.data(Qt.ItemDataRole.UserRole) in m.present
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            # Who was there is recorded with Finish: a tick after it would show a change that is never kept.
            checkable = Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(item.flags() | checkable if m.ended is None else item.flags() & ~checkable)
        self.attendance_list.blockSignals(False)
        row = self.parking_list.currentRow()
        self.parking_list.clear()
        self._live_actions = {a.id for a in self._session.actions_from(self.key)}  # an undone one is gone
        for note in m.parking:
            converted = note.action_id in self._live_actions
            item = QListWidgetItem(note.text + (self.tr("  → action") if converted else ""), self.parking_list)
            if converted:
                item.setForeground(self.palette().placeholderText())
        self.parking_list.setCurrentRow(min(row, self.parking_list.count() - 1))
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(m.settings.order)))
        self.last_check.blockSignals(True)
        self.last_check.setChecked(m.settings.facilitator_last)
        self.last_check.blockSignals(False)
        self._show_order()
        self.tick()

    def _saved_notes(self) -> str:
        """The notes as saved: the meeting's while it runs, the occurrence's once it is held (edited since, maybe)."""
        return self.meeting.notes if self.meeting.ended is None else self.occurrence.notes

    def _show_notes(self) -> None:
        """Put the saved notes in the editor: only when opening or reloading, never over what is being typed."""
        self._notes_timer.stop()
        self._notes_base = self._saved_notes()
        self.notes_edit.blockSignals(True)
        if self.notes_edit.toPlainText() != self._saved_notes():
            at = self.notes_edit.textCursor().position()
            self.notes_edit.setPlainText(self._saved_notes())
            cursor = self.notes_edit.textCursor()
            cursor.setPosition(min(at, len(self._saved_notes())))
            self.notes_edit.setTextCursor(cursor)
        self.notes_edit.blockSignals(False)

    def _session_present(self) -> tuple[list[int], list[int]]:
        return present_on(self._session.store, self.key, found=self.occurrence)

    def _show_order(self) -> None:
        m = self.meeting
        self.order_list.clear()
        room = max(60, self.order_list.viewport().width() - 16)  # a long name is elided, whole in its tooltip
        for index, member_id in enumerate(m.speakers):
            name = self._names.get(member_id, "?")
            item = QListWidgetItem(self.order_list)
            font = item.font()
            if index == m.speaker and m.in_round:
                font.setBold(True)
            elif index < m.speaker:
                item.setForeground(self.palette().placeholderText())
            item.setFont(font)
            shown = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, room)
            item.setText(shown)
            item.setToolTip(name if shown != name else "")

    def tick(self) -> None:
        """Redraw the clocks from the clock given; flash and beep for a timebox that just ran out."""
        m, now = self.meeting, self._clock()
        total = m.elapsed(now).total_seconds()
        self.meeting_clock.show_left(self.ritual.minutes * 60 - total, self.ritual.minutes * 60)
        self.phase_clock.show_left((m.phase_box() - m.phase_elapsed(now)).total_seconds(),
                                   m.phase_box().total_seconds())
        box = m.settings.speaker_seconds if m.in_round else 0
        self.speaker_clock.show_left(box - m.speaker_elapsed(now).total_seconds(), box)
        speaker = m.current_speaker
        if speaker is not None:
            self.speaker_label.setText(self._names.get(speaker, "?"))
        elif m.current_phase.round and m.speakers:
            self.speaker_label.setText(self.tr("Everyone has spoken"))
        else:
            self.speaker_label.setText(phase_label(m.current_phase.name))
        ended = m.ended_timeboxes(now)
        if ended:
            for tag in ended:
                (self.speaker_clock if tag.startswith("speaker") else self.phase_clock).flash()
            self._change(m.signalled(ended), redraw=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = self.meeting
        running = m.ended is None
        self.next_button.setEnabled(running and m.in_round)
        self.skip_button.setEnabled(running and m.phase < len(m.settings.phases) - 1)
        self.extend_button.setEnabled(running)
        cancelled = self.occurrence.status is OccurrenceStatus.CANCELLED  # from the panel or the CLI, meanwhile
        later = self.occurrence.start.date() > self._clock().astimezone(self.occurrence.start.tzinfo).date()
        self.finish_button.setEnabled(running and not cancelled and not later)
        note = self.parking_list.currentRow()
        self.action_button.setEnabled(running and 0 <= note < len(m.parking)
                                      and m.parking[note].action_id not in self._live_actions)
        self.redraw_button.setEnabled(running and m.settings.order is SpeakingOrder.RANDOM)
        for widget in (self.order_combo, self.last_check, self.parking_edit):  # the meeting's own, kept with Finish
            widget.setEnabled(running)
        self.minutes_button.setVisible(not running)  # the end screen
        self.restart_button.setVisible(running)
        self.pause_button.setVisible(running)
        self.pause_button.setText(self.tr("Res&ume") if m.paused else self.tr("Pa&use"))
        if not running:
            ended = m.ended.astimezone(self.occurrence.start.tzinfo)
            self.status_label.setText(self.tr("Finished at %1: the occurrence is marked held.").replace(
                "%1", f"{ended:%H:%M}"))
        elif cancelled:
            self.status_label.setText(self.tr("This occurrence was cancelled meanwhile: restore it to finish the "
                                              "meeting (nothing typed here is lost)."))
        elif later:  # moved to a later day meanwhile
            self.status_label.setText(self.tr("This occurrence was moved to %1: its meeting can be finished from "
                                              "that day on (nothing typed here is lost).").replace(
                "%1", self.occurrence.start.date().isoformat()))
        elif m.paused is not None:
            paused = m.paused.astimezone(self.occurrence.start.tzinfo)
            self.status_label.setText(self.tr("Paused at %1: the clocks stand still until Resume.").replace(
                "%1", f"{paused:%H:%M}"))
        else:
            self.status_label.setText(self.tr("Saved as you go: closing this window loses nothing."))

    # -- edits ----------------------------------------------------------------------------------------------

    def _change(self, meeting: Meeting, *, redraw: bool = True) -> None:
        self.meeting = meeting
        try:
            save_meeting(self._session.store, self.key, meeting)
        except RitualDeskError as error:
            show_error(self, error)
            return
        self._forget_redo()
        self.saved.emit()
        if redraw:
            self._show_all()

    def _forget_redo(self) -> None:
        """A Finish undone, then the meeting going on: that Finish can no longer be redone as it was."""
        self._session.forget_redo_of("meetings", ritual_id=self.key.ritual_id, planned=planned_text(self.key.planned))

    def next_speaker(self) -> None:
        if self.meeting.ended is None and self.meeting.in_round:
            self._change(self.meeting.next_speaker(self._clock()))

    def next_phase(self) -> None:
        if self.meeting.ended is None:
            self.go_to_phase(self.meeting.phase + 1, skip=True)

    def go_to_phase(self, index: int, *, skip: bool = False) -> None:
        if self.meeting.ended is None and index != self.meeting.phase:
            self._change(self.meeting.go_to_phase(index, self._clock(), skip_current=skip and not self._phase_done()))

    def _phase_done(self) -> bool:
        m = self.meeting
        return m.phase_elapsed(self._clock()) >= m.phase_box()

    def toggle_pause(self) -> None:
        """Stop the clocks, or start them again from where they stood."""
        if self.meeting.ended is None:
            now = self._clock()
            self._change(self.meeting.resumed(now) if self.meeting.paused else self.meeting.paused_at(now))

    def extend(self, minutes: int) -> None:
        if self.meeting.ended is None:
            self._change(self.meeting.extend(minutes))

    def ask_restart(self) -> None:
        """Ask before the clocks start again (nothing typed is lost either way)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start over"),
                          self.tr("Start the meeting over from now?"), parent=self)
        box.setInformativeText(self.tr("Its clocks start again at the first phase and the first speaker. "
                                       "Attendance, speaking order, notes and parking lot stay as they are."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("restartQuestion")
        box.accepted.connect(self.restart)
        box.finished.connect(box.deleteLater)
        box.open()

    def restart(self) -> None:
        """The clocks from now, at the first phase and speaker."""
        if self.meeting.ended is None:
            self._change(self.meeting.restarted(self._clock()))

    def toggle_full_screen(self) -> None:
        """The whole screen for the meeting (F11), to share it; F11 again gives the window back."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def edit_phases(self) -> None:
        """Change this ritual's phase minutes and speaker timebox; this meeting follows them too."""
        from .phases_dialog import PhasesDialog

        dialog = PhasesDialog(self.meeting.settings, ritual_title=self.ritual.title,
                              ritual_minutes=self.ritual.minutes, parent=self)
        dialog.setObjectName("phasesDialog")
        dialog.accepted.connect(lambda: self.apply_phases(dialog.settings()))
        dialog.open()
        self.phases_dialog = dialog

    def apply_phases(self, settings) -> None:
        from ritualdesk.meetings import save_run_settings

        stored = replace(settings, order=self.meeting.settings.order,
                         facilitator_last=self.meeting.settings.facilitator_last)
        try:
            self._session.perform(self.tr("Change phases"),
                                  lambda: save_run_settings(self._session.store, self.ritual.id, stored))
        except RitualDeskError as error:
            show_error(self, error)
            return
        if self.meeting.ended is None:  # a finished meeting keeps the phases it was run with
            self._change(replace(self.meeting, settings=stored))

    def redraw(self) -> None:
        if self.meeting.ended is None:
            self.meeting = redraw(self._session.store, self.key, self.meeting, now=self._clock(),
                                  facilitator_id=self.occurrence.facilitator_id)
            self._forget_redo()
            self.saved.emit()
            self._show_all()

    def _order_chosen(self) -> None:
        order = SpeakingOrder(self.order_combo.currentData())  # Qt gives item data back as a plain str
        settings = replace(self.meeting.settings, order=order, facilitator_last=self.last_check.isChecked())
        if settings != self.meeting.settings and self.meeting.ended is None:
            self.meeting = replace(self.meeting, settings=settings)
            self.redraw()

    def _attendance_ticked(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        if self.meeting.ended is None and (member_id in self.meeting.present) != present:
            self._change(self.meeting.with_presence(member_id, present, self._clock()))

    def add_parking_note(self) -> None:
        text = self.parking_edit.text().strip()
        if text and self.meeting.ended is None:
            self._change(replace(self.meeting, parking=(*self.meeting.parking, ParkingNote(text))))
            self.parking_edit.clear()
            self.parking_list.setCurrentRow(len(self.meeting.parking) - 1)

    def make_action(self) -> None:
        """The selected parking-lot note becomes an action item (owner, due date) in one undoable step."""
        row = self.parking_list.currentRow()
        if not 0 <= row < len(self.meeting.parking) or self.meeting.parking[row].action_id in self._live_actions:
            return
        note = self.meeting.parking[row]
        if not self.due_edit.is_valid():
            show_error(self, ValueError(self.tr("The due date is not a date: type it as 2026-11-30, or leave it "
                                                "empty.")))
            return
        due = self.due_edit.date()
        try:
            item = self._session.add_action(self.key, note.text, owner_id=self.owner_combo.currentData() or None,
                                            due=due.toPython() if due.isValid() else None)
        except RitualDeskError as error:
            show_error(self, error)
            return
        notes = list(self.meeting.parking)
        notes[row] = replace(note, action_id=item.id)
        self._change(replace(self.meeting, parking=tuple(notes)))

    def save_notes(self) -> None:
        """Keep what was typed in the notes (called after a pause in typing, and on closing); once the meeting
        is finished they are the occurrence's notes, and tidying them up is an edit Edit › Undo takes back."""
        self._notes_timer.stop()
        text = self.notes_edit.toPlainText()
        if text == self._saved_notes():
            return
        if self.meeting.ended is None:
            self._change(replace(self.meeting, notes=text), redraw=False)
            return
        saved = self.occurrence.notes
        if saved != self._notes_base:  # saved elsewhere (the panel) while this was typed: both kept
            text = merge_notes(self._notes_base, text, saved)
        try:
            self._session.set_notes(self.key, text)
        except RitualDeskError as error:
            show_error(self, error)
            return
        self._notes_base = text

    def finish(self) -> None:
        """Mark the occurrence held with what happened; Edit › Undo puts the meeting back to running."""
        if self.meeting.ended is not None or not self.finish_button.isEnabled():
            return
        self.save_notes()
        meeting, now = self.meeting, self._clock()
        try:
            self.meeting = self._session.perform(
                self.tr("Finish meeting"), lambda: finish_meeting(self._session.store, self.key, meeting, now=now))
        except RitualDeskError as error:
            show_error(self, error)
            return
        self.timer.stop()
        self.finished.emit(self.key)
        self._show_all()

    def export_minutes(self) -> None:
        """The end screen's way to the minutes (the same dialog as File › Export minutes…)."""
        from ..minutes_export import MinutesExport

        dialog = MinutesExport(self._session, key=self.key, team_id=self.ritual.team_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.minutes_dialog = dialog

    def reload(self) -> None:
        """Read the meeting again (after an undo of Finish, for instance)."""
        found = load_meeting(self._session.store, self.key)
        if found is not None:
            was = self.occurrence.start
            self.occurrence = self._session.occurrence(self.key)
            if self.occurrence.start != was:  # moved meanwhile (the panel, the CLI): the title says when it is now
                self.title_label.setText(self._title(self._session.team(self.ritual.team_id).name))
            if found.ended is None:
                typing = self.meeting.ended is None and self._notes_timer.isActive()
                # What is being typed here counts as the meeting's: notes saved meanwhile (the panel) merge with it.
                mine = replace(found, notes=self.notes_edit.toPlainText()) if typing else found
                caught = caught_up(mine, self.occurrence.notes)
                if caught != found:
                    self._notes_timer.stop()
                    self._change(caught, redraw=False)
                    found = caught
                self.timer.start()
            self.meeting = found
            if not self._notes_timer.isActive():  # else kept as typed (saved after the pause, merged if need be)
                self._show_notes()
            self._show_all()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Space
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            event.accept()  # the focused list, checkbox or box gets its Space; "Next speaker" does not
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._show_order)  # once the list has its new width: names elided to fit it

    def closeEvent(self, event) -> None:
        if not self._gone:
            self.save_notes()
        self.timer.stop()
        super().closeEvent(event)

