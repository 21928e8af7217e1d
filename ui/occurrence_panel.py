"""The occurrence panel: time and status, facilitator, notes and action items of one occurrence."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.dbfile import human_key
from ritualdesk.errors import NotFound, RitualDeskError
from ritualdesk.localize import time_span
from ritualdesk.model import (
    ActionStatus,
    FacilitatorSource,
    OccurrenceKey,
    OccurrenceStatus,
    RitualKind,
    TurnChange,
    Verdict,
)
from ritualdesk.notes_merge import merge_notes
from ritualdesk.retro_board import FORMATS

from .actions_board import ActionDelegate
from .actions_model import DUE, ORIGIN, OWNER, STATUS, SURVIVED, TITLE, VERDICT, ActionsModel, Directory, KeptDirectory
from .calendar_data import day_text
from .date_field import DateField, monday_first
from .feedback import show_error
from .flow_layout import FlowLayout
from .labels import column_label, format_label, kind_label, source_label, status_label
from .session import Change
from .undo_steps import perform_step
from .wall_clock_edit import WallClockEdit
from .wheel_guard import guard_wheel

_NOTES_FORMATS = ("start_stop_continue", "four_ls", "mad_sad_glad")  # the notes' menu of formats


class _NotesEdit(QPlainTextEdit):
    """A plain text editor that says when it gains and loses the focus."""

    focus_gained = Signal()
    focus_lost = Signal()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focus_gained.emit()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _table(parent: QWidget, model: ActionsModel, shown: tuple[int, ...]) -> QTableView:
    view = QTableView(parent)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it: not one press per cell
    view.setModel(model)
    view.setItemDelegate(ActionDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    # A long action title wraps onto a second line rather than "Automatiser l…".
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    for column in range(model.columnCount()):
        view.setColumnHidden(column, column not in shown)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    # Where an action came from is secondary: a fixed, elided column (full text in the tooltip).
    header.setSectionResizeMode(ORIGIN, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(ORIGIN, view.fontMetrics().horizontalAdvance("2026-03-18 Retro…") + 12)
    rows = view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(header.sizeHint().height() + 3 * rows + 4)
    view.setMaximumHeight(header.sizeHint().height() + 6 * rows + 4)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return view


class OccurrencePanel(QWidget):
    """Everything about the selected occurrence, with the edits a facilitator makes during a ritual."""

    run_requested = Signal(object)  # OccurrenceKey: open run mode on it

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._key: OccurrenceKey | None = None
        self._stale = False
        self._occurrence = None
        self._combo_key: OccurrenceKey | None = None  # whose facilitator the member combo was filled for
        self._ritual = None
        self._directory = KeptDirectory()  # teams', members' and rituals' names, kept until an edit of them
        self._names: Directory | None = None  # the names the shown occurrence was read with
        self._status_shown: OccurrenceStatus | None = None  # the badge's status (its style is set on a change)
        self._notes_base = ""  # the saved notes the editor was last in step with: what typing started from

        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(self.tr("Select an occurrence to see its details."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        scroll.setWidget(content)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        layout = QVBoxLayout(content)
        layout.addWidget(self._build_header(content))
        layout.addWidget(self._build_facilitator(content))
        layout.addWidget(self._build_notes(content))
        layout.addWidget(self._build_actions(content))
        self.carried_box = self._build_carried(content)
        layout.addWidget(self.carried_box)
        layout.addStretch(1)
        guard_wheel(content)  # scrolling the panel changes none of its boxes

        session.changed.connect(self._session_changed)
        self.show_occurrence(None)

    # -- building -------------------------------------------------------------------------------

    def _button(self, text: str, slot, parent: QWidget, *, tip: str = "", shortcut: str = "",
                window_wide: bool = False, help_text: str = "") -> QPushButton:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        if shortcut:
            action = QAction(help_text or text.replace("&", ""), self)  # named: the shortcuts help lists it
            action.setShortcut(QKeySequence(shortcut))
            # Mark held works from the calendar too, where the occurrence was selected.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if window_wide
                                      else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda: button.isEnabled() and button.click())
            self.addAction(action)
            tip = f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})".strip()
        if tip:
            button.setToolTip(tip)
        return button

    def _build_header(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(box)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel(box)
        self.subtitle_label.setWordWrap(True)
        self.when_label = QLabel(box)
        self.when_label.setWordWrap(True)
        self.when_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(box)
        self.status_label.setObjectName("status_badge")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wrapped texts take the width they are given: a longer one does not widen (and repaint) the whole panel.
        for label in (self.title_label, self.subtitle_label, self.when_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.when_label)
        self.location_label = QLabel(box)
        self.location_label.setWordWrap(True)
        self.location_label.setOpenExternalLinks(True)
        self.location_label.setTextFormat(Qt.TextFormat.RichText)
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.location_label)

        buttons = FlowLayout()  # the rows below wrap rather than widen the panel (longer in French)
        self.held_button = self._button(self.tr("Mar&k held"), self._mark_held, box,
                                        tip=self.tr("Record that it took place"), shortcut="Ctrl+Shift+H",
                                        window_wide=True)
        self.cancel_button = self._button(self.tr("&Cancel"), self._cancel, box,
                                          tip=self.tr("Cancel this occurrence: it consumes nobody's turn"))
        self.restore_button = self._button(self.tr("&Restore"), self._restore, box,
                                           tip=self.tr("Make it planned again"))
        self.run_button = self._button(self.tr("▶ R&un…"), self._run,
                                       box, tip=self.tr("Run the meeting: attendance, speaking order, timeboxes (F5)"))
        for button in (self.run_button, self.held_button, self.cancel_button, self.restore_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        move = FlowLayout()
        self.move_label = move_label = QLabel(self.tr("Move to:"), box)
        move.addWidget(move_label)
        self.move_edit = WallClockEdit(box)  # the team's wall clock, not this computer's (its jumps are not ours)
        self.move_edit.setCalendarPopup(True)
        monday_first(self.move_edit)
        self.move_edit.setToolTip(self.tr("New local start, in the team's time zone"))
        move_label.setBuddy(self.move_edit)  # read with the field by screen readers
        # Alt+O (Alt+C in French): every other letter of "Move" is a menu's (Meeting, View, Edit).
        self.move_button = self._button(self.tr("M&ove"), self._move, box)
        move.addWidget(self.move_edit)
        move.addWidget(self.move_button)
        move.set_stretch(self.move_edit)
        layout.addLayout(move)
        return box

    def _build_facilitator(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Facilitator"), parent)
        layout = QVBoxLayout(box)
        self.facilitator_label = QLabel(box)
        self.facilitator_label.setWordWrap(True)
        self.facilitator_label.setTextFormat(Qt.TextFormat.RichText)
        self.facilitator_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.facilitator_label)
        form = QFormLayout()
        self.member_combo = QComboBox(box)
        self.member_combo.setToolTip(self.tr("The member to set as facilitator or to swap with"))
        self.member_combo.currentIndexChanged.connect(self._update_buttons)
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setPlaceholderText(self.tr("e.g. Ana is presenting"))
        form.addRow(self.tr("Mem&ber:"), self.member_combo)
        form.addRow(self.tr("Wh&y:"), self.reason_edit)
        layout.addLayout(form)
        buttons = QGridLayout()  # two short rows fit a narrow side panel
        self.override_button = self._button(self.tr("Assi&gn"), self._override, box,
                                            tip=self.tr("Make the chosen member facilitate this one, with a reason"))
        self.swap_button = self._button(self.tr("S&wap"), self._swap, box,
                                        tip=self.tr("The chosen member takes this turn; the due one takes theirs"))
        self.pass_button = self._button(self.tr("&Pass"), self._pass, box,
                                        tip=self.tr("The due member goes to the back of the line"))
        self.defer_button = self._button(self.tr("&Defer"), self._defer, box,
                                         tip=self.tr("The due member skips this one and stays next"))
        self.clear_override_button = self._button(self.tr("C&lear"), self._clear_override, box,
                                                  tip=self.tr("Remove the override: the rotation decides again"))
        buttons.addWidget(self.override_button, 0, 0)
        buttons.addWidget(self.clear_override_button, 0, 1)
        for column, button in enumerate((self.swap_button, self.pass_button, self.defer_button)):
            buttons.addWidget(button, 1, column)
        buttons.setColumnStretch(3, 1)
        layout.addLayout(buttons)
        return box

    def _build_notes(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"), parent)
        layout = QVBoxLayout(box)
        self.notes_edit = _NotesEdit(box)
        self.notes_edit.setPlaceholderText(self.tr("Minutes, decisions, ideas… (saved when you leave the field)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.focus_lost.connect(self.save_notes)
        self.notes_edit.setMinimumHeight(90)
        # Run mode keeps its own notes while the meeting runs: say where they are, and that these join them.
        self.meeting_hint = QLabel(self.tr("This meeting is running in run mode: its notes are there; what you "
                                           "save here joins them."), box)
        self.meeting_hint.setWordWrap(True)
        self.meeting_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meeting_hint.hide()
        self.notes_edit.focus_gained.connect(self._show_meeting_hint)  # a meeting opened since the last refresh
        layout.addWidget(self.meeting_hint)
        layout.addWidget(self.notes_edit)
        row = FlowLayout()
        # A command, not a value: a button and its menu, which neither the wheel nor a passing scroll triggers.
        self.format_button = QPushButton(self.tr("&Insert a format…"), box)
        self.format_button.setToolTip(self.tr("Insert a retrospective format into the notes"))
        menu = QMenu(self.format_button)
        for name in _NOTES_FORMATS:
            action = menu.addAction(format_label(name))
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self._insert_template(n))
        self.format_button.setMenu(menu)
        self.save_notes_button = self._button(self.tr("&Save notes"), self.save_notes, box, shortcut="Ctrl+S")
        row.addWidget(self.format_button)
        row.addWidget(self.save_notes_button)
        layout.addLayout(row)
        if self._session.store.read_only:  # typed notes could never be kept: not typed at all
            self.notes_edit.setReadOnly(True)
            self.notes_edit.setPlaceholderText(self.tr("No notes (this database cannot be written)"))
            self.notes_edit.setToolTip(self.tr("This database cannot be written: its notes can be read, not changed."))
            for button in (self.format_button, self.save_notes_button):
                button.setEnabled(False)
        return box

    def _build_actions(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Action items from this occurrence"), parent)
        layout = QVBoxLayout(box)
        self.actions_model = ActionsModel(self, write=self._session.update_action)
        self.actions_model.failed.connect(lambda error: show_error(self, error))
        self.actions_view = _table(box, self.actions_model, (TITLE, OWNER, DUE, STATUS))
        self.actions_view.setAccessibleName(self.tr("Action items from this occurrence"))
        layout.addWidget(self.actions_view)
        add = FlowLayout()
        self.action_title_edit = QLineEdit(box)
        self.action_title_edit.setPlaceholderText(self.tr("New action…"))
        self.action_title_edit.returnPressed.connect(self._add_action)
        self.action_title_edit.textChanged.connect(self._update_buttons)
        self.action_owner_combo = QComboBox(box)
        self.action_owner_combo.setMinimumContentsLength(7)  # "No owner" and most first names, unclipped
        self.action_owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_owner_combo.setToolTip(self.tr("Owner"))
        self.action_owner_combo.setAccessibleName(self.tr("Owner of the new action"))
        self.action_due_edit = DateField(box, placeholder=self.tr("No due date"),
                                         today=lambda: QDate(self._session.today(self._occurrence.team_id)
                                                             if self._occurrence else self._session.now().date()))
        self.action_due_edit.setToolTip(self.tr("Due date"))
        self.action_due_edit.setAccessibleName(self.tr("Due date of the new action"))
        self.add_action_button = self._button(self.tr("&Add"), self._add_action, box)
        layout.addWidget(self.action_title_edit)
        add.addWidget(self.action_owner_combo)
        add.addWidget(self.action_due_edit)
        add.addWidget(self.add_action_button)
        add.set_stretch(self.action_owner_combo)
        layout.addLayout(add)
        done = FlowLayout()
        hint = QLabel(self.tr("Double-click a cell to edit it."), box)
        hint.setWordWrap(True)
        done.addWidget(hint)
        # The actions board's name for it. Alt+N: with the menus', every other letter of the panel's words is taken
        # (hence Wh&y and Assi&gn too); Keep, Done and Drop have Ctrl+Shift+K, D and X.
        self.complete_button = self._button(self.tr("Mark do&ne"), self._complete, box,
                                            tip=self.tr("Mark the selected actions done"))
        done.addWidget(self.complete_button)
        layout.addLayout(done)
        self.actions_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return box

    def _build_carried(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Carried over from earlier rituals"), parent)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Review each open action: keep it for the next retrospective, or close it."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.carried_model = ActionsModel(self)
        # A side panel has room for what a review needs; due date and origin are on the board.
        self.carried_view = _table(box, self.carried_model, (TITLE, OWNER, SURVIVED, VERDICT))
        self.carried_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carried_view.setAccessibleName(self.tr("Actions carried over"))
        layout.addWidget(self.carried_view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_button = self._button(self.tr("Keep"), lambda: self._review(Verdict.KEEP), box,
                                        tip=self.tr("Still relevant: carry it to the next retrospective"),
                                        shortcut="Ctrl+Shift+K",
                                        help_text=self.tr("Keep the selected carried-over actions (retrospective)"))
        self.done_button = self._button(self.tr("Done"), lambda: self._review(Verdict.DONE), box,
                                        tip=self.tr("It was done"), shortcut="Ctrl+Shift+D",
                                        help_text=self.tr("Close the selected carried-over actions as done"))
        self.drop_button = self._button(self.tr("Drop"), lambda: self._review(Verdict.DROP), box,
                                        tip=self.tr("No longer worth doing"), shortcut="Ctrl+Shift+X",
                                        help_text=self.tr("Drop the selected carried-over actions"))
        for button in (self.keep_button, self.done_button, self.drop_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.carried_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return box

    # -- showing ----------------------------------------------------------------------------------

    @property
    def key(self) -> OccurrenceKey | None:
        """The occurrence shown, if any."""
        return self._key

    def show_occurrence(self, key: OccurrenceKey | None) -> None:
        """Show another occurrence (None: nothing); unsaved notes of the previous one are saved first."""
        if self._key is not None and key != self._key:
            self.save_notes()
        self._key = key
        self._refresh(notes=True)

    def _refresh(self, *, notes: bool) -> None:
        if self._key is None:
            self._occurrence = None
            self.empty_label.setText(self.tr("Select an occurrence to see its details."))
            self.stack.setCurrentIndex(0)
            return
        try:
            occurrence = self._session.occurrence(self._key)
            ritual = self._session.ritual(self._key.ritual_id)
            team = self._session.team(ritual.team_id)
        except NotFound:
            self._key, self._occurrence = None, None
            self.empty_label.setText(self.tr("This occurrence no longer exists."))
            self.stack.setCurrentIndex(0)
            return
        except RitualDeskError as error:  # e.g. the database became unreadable: say so, keep nothing stale
            self._occurrence = None
            self.empty_label.setText(str(error))
            self.stack.setCurrentIndex(0)
            return
        self._names = self._directory.get(self._session)
        self._occurrence, self._ritual = occurrence, ritual
        self.stack.setCurrentIndex(1)
        self.title_label.setText(ritual.title)
        sprint = (self.tr(" · Sprint %1").replace("%1", str(occurrence.sprint_number))
                  if occurrence.sprint_number else "")
        self.subtitle_label.setText(f"{team.name} · {kind_label(ritual.kind)}{sprint}")
        zone = getattr(occurrence.start.tzinfo, "key", team.timezone)  # the team's zone then (it may have changed)
        zone = zone.replace("/", "/\u2060")  # a word joiner: never "(Europe/" then "Paris)"
        when = f"{self._day(occurrence.start)}, {time_span(occurrence.start, occurrence.end)} ({zone})"
        if occurrence.moved:
            planned = self._key.planned
            when += "\n" + self.tr("Moved from %1").replace("%1", f"{self._day(planned)}, {planned:%H:%M}")
        self.when_label.setText(when)
        self._show_status(occurrence.status)
        self._show_location(ritual)
        self.move_edit.set_wall(occurrence.start)
        self._label_move(occurrence)
        self._show_facilitator(occurrence, team.id)
        keep_typing = not notes and self.notes_edit.document().isModified()
        if not keep_typing:
            self._notes_base = occurrence.notes
            if self.notes_edit.toPlainText() != occurrence.notes:
                self.notes_edit.setPlainText(occurrence.notes)
                self.notes_edit.document().setModified(False)
        self.format_button.setVisible(ritual.kind is RitualKind.RETROSPECTIVE)
        self._show_meeting_hint()
        self._show_actions(team.id, reset_inputs=notes)
        self._update_buttons()

    def _day(self, moment) -> str:
        """A day as the person's locale writes it in full."""
        return day_text(moment.date(), locale=self.locale())

    def _show_status(self, status: OccurrenceStatus) -> None:
        if self._status_shown is None:
            self._fit_badge()
        if self._status_shown == status:
            return  # a style sheet set again is applied again (polished): only on a change
        self._status_shown = status
        self._style_badge(status)

    def _style_badge(self, status: OccurrenceStatus) -> None:
        self.status_label.setText(status_label(status))
        self.status_label.setStyleSheet(
            f"QLabel#status_badge {{ color: white; background: {_BADGE_COLOURS[status]}; border-radius: 4px; "
            "padding: 2px 8px; }")

    def _fit_badge(self) -> None:
        """One size for the status badge, the widest status's: a new status then lays nothing out again."""
        badge = self.status_label
        badge.setMinimumSize(0, 0)
        badge.setMaximumSize(16777215, 16777215)
        hints = []
        for status in OccurrenceStatus:
            self._style_badge(status)
            badge.ensurePolished()
            hints.append(badge.sizeHint())
        badge.setFixedSize(max(h.width() for h in hints), max(h.height() for h in hints))
        if self._status_shown is not None:
            self._style_badge(self._status_shown)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._status_shown is not None:
            self._fit_badge()
        super().changeEvent(event)

    def _show_location(self, ritual) -> None:
        parts = []
        if ritual.location:
            where = _escape(ritual.location)
            if ritual.location.startswith(("https://", "http://")):
                where = f'<a href="{where}">{where}</a>'
            parts.append(where)
        if ritual.agenda:
            parts.append("<i>" + _escape(ritual.agenda) + "</i>")
        self.location_label.setText("<br>".join(parts))
        self.location_label.setVisible(bool(parts))

    def _show_facilitator(self, occurrence, team_id: int) -> None:
        who = self._names.members.get(occurrence.facilitator_id, (None, None))[1]
        source = source_label(occurrence.facilitator_source)
        if occurrence.status is OccurrenceStatus.CANCELLED:
            text = self.tr("Nobody: the occurrence is cancelled.")
        elif who is None:
            text = self.tr("Nobody is available.")
        else:
            text = f"<b>{_escape(who)}</b> · {_escape(source)}"
            if occurrence.reason:
                text += f" — <i>{_escape(occurrence.reason)}</i>"
        self.facilitator_label.setText(text)
        current = self.member_combo.currentData()
        blocker = QSignalBlocker(self.member_combo)  # noqa: F841 (held until the combo is filled)
        day = occurrence.start.date()
        members = [m for m in self._session.members_of([team_id]) if m.is_member_on(day)]
        away = {member.id for member, _ in self._session.absences_between([team_id], day, day)}
        items = [(self.tr("%1 (absent)").replace("%1", member.name) if member.id in away else member.name, member.id)
                 for member in sorted(members, key=lambda m: (m.name.casefold(), human_key(m.name)))]
        combo = self.member_combo
        if items != [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]:  # else kept as it is
            combo.clear()
            for label, member_id in items:
                combo.addItem(label, member_id)
        # The current facilitator (then the one kept while the same occurrence is shown, then the first).
        index = self.member_combo.findData(occurrence.facilitator_id)
        if self._combo_key == self._key and self.member_combo.findData(current) >= 0:
            index = self.member_combo.findData(current)
        self.member_combo.setCurrentIndex(max(0, index))
        self._combo_key = self._key

    def _show_actions(self, team_id: int, *, reset_inputs: bool) -> None:
        _set_items(self.actions_model, self._session.actions_from(self._key), self._names)
        if reset_inputs:
            owner = self.action_owner_combo
            owner.clear()
            owner.addItem(self.tr("No owner"), 0)
            today = self._session.today(team_id)
            for member in sorted(self._session.members(team_id), key=lambda m: m.name.casefold()):
                if member.is_member_on(today):
                    owner.addItem(member.name, member.id)
            self.action_title_edit.clear()
            self.action_due_edit.setDate(None)
        retro = self._ritual.kind is RitualKind.RETROSPECTIVE
        self.carried_box.setVisible(retro)
        if retro:
            selected = self._selected_ids(self.carried_view, self.carried_model)
            _set_items(self.carried_model, self._session.carried_actions(self._key), self._names, review_key=self._key)
            self._select_ids(self.carried_view, self.carried_model, selected)

    def _update_buttons(self) -> None:
        occurrence = self._occurrence
        if occurrence is None:
            return
        planned = occurrence.status is OccurrenceStatus.PLANNED
        today = self._session.today(occurrence.team_id)
        self.held_button.setEnabled(planned and occurrence.start.date() <= today)
        keys = QKeySequence("Ctrl+Shift+H").toString(QKeySequence.SequenceFormat.NativeText)  # as _button says it
        record = self.tr("Record that it took place")
        self.held_button.setToolTip(f"{record} ({keys})" if occurrence.start.date() <= today
                                    else self.tr("It cannot be marked held before its day"))
        self.cancel_button.setEnabled(planned)
        self.run_button.setEnabled(planned and occurrence.start.date() <= today)
        self.run_button.setToolTip(self.tr("Run the meeting: attendance, speaking order, timeboxes (F5)")
                                   if occurrence.start.date() <= today else self.tr("It can be run from its day on"))
        held = occurrence.status is OccurrenceStatus.HELD  # a fact: neither restored nor overridden
        self.restore_button.setEnabled(occurrence.status is OccurrenceStatus.CANCELLED)
        self.move_button.setEnabled(planned)
        self.move_edit.setEnabled(planned)
        fixed = occurrence.facilitator_source in (FacilitatorSource.RECORDED, FacilitatorSource.OVERRIDE)
        has_state_change = occurrence.facilitator_source in (FacilitatorSource.SWAP, FacilitatorSource.PASS,
                                                             FacilitatorSource.DEFER)
        begun = occurrence.start <= self._session.now()  # turns change before an occurrence, not after
        turnable = (planned and not fixed and not has_state_change and not begun
                    and occurrence.facilitator_id is not None)
        self.override_button.setEnabled(planned and self.member_combo.count() > 0)
        self.member_combo.setEnabled(planned)
        self.reason_edit.setEnabled(planned)
        # Said for a held one only: the next occurrence shown, cancelled, is restored as its tooltip says.
        self.restore_button.setToolTip(self.tr("A held occurrence took place: it stays as recorded") if held
                                       else self.tr("Make it planned again"))
        self.swap_button.setEnabled(turnable and self.member_combo.currentData() != occurrence.facilitator_id)
        self.pass_button.setEnabled(turnable)
        self.defer_button.setEnabled(turnable)
        self.clear_override_button.setEnabled(planned and occurrence.facilitator_source is FacilitatorSource.OVERRIDE)
        self.add_action_button.setEnabled(bool(self.action_title_edit.text().strip()))
        self.complete_button.setEnabled(any(
            self.actions_model.item(i.row()).status is ActionStatus.OPEN
            for i in self.actions_view.selectionModel().selectedRows()))
        reviewing = bool(self.carried_view.selectionModel().selectedRows())
        for button in (self.keep_button, self.done_button, self.drop_button):
            button.setEnabled(reviewing)

    def hideEvent(self, event) -> None:
        # The window closing or another page taking its place: typed notes are not lost.
        self.save_notes()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self._refresh(notes=False)
        super().showEvent(event)

    def _session_changed(self, changes) -> None:
        if changes.what & (Change.TEAMS | Change.MEMBERS | Change.RITUALS):
            self._directory.forget()  # read again at the next refresh
        if self._occurrence is None:
            return
        # Everything shown here can change, sprints too: they number the occurrence.
        if changes.concerns(Change.ALL, self._occurrence.team_id):
            if self.isVisible():
                self._refresh(notes=False)
            else:  # hidden behind another page: catch up when shown
                self._stale = True

    # -- edits -----------------------------------------------------------------------------------

    def _attempt(self, edit) -> bool:
        """Run one session edit; a refusal from the core becomes a message and changes nothing."""
        if self._key is None:
            return False
        try:
            edit()
        except RitualDeskError as error:
            show_error(self, error)
            return False
        return True

    def _mark_held(self) -> None:
        self._attempt(lambda: self._session.mark_held(self._key))

    def _cancel(self) -> None:
        self._attempt(lambda: self._session.cancel(self._key))

    def _restore(self) -> None:
        self._attempt(lambda: self._session.restore(self._key))

    def _run(self) -> None:
        if self._key is not None:
            self.run_requested.emit(self._key)
            self._show_meeting_hint()

    def _show_meeting_hint(self) -> None:
        """Say so when the shown occurrence's meeting is running (its notes are the run window's until Finish)."""
        from ritualdesk.meetings import load_meeting  # on demand: not needed to open the window

        try:
            meeting = load_meeting(self._session.store, self._key) if self._key is not None else None
        except (sqlite3.Error, RitualDeskError):  # an unreadable database is said elsewhere
            meeting = None
        self.meeting_hint.setVisible(meeting is not None and meeting.ended is None)

    def _label_move(self, occurrence) -> None:
        """The Move field names the team's zone when this computer's clock reads another time then."""
        start = occurrence.start
        if start.utcoffset() == start.astimezone().utcoffset():
            self.move_label.setText(self.tr("Move to:"))
        else:
            zone = getattr(start.tzinfo, "key", str(start.tzinfo)).replace("/", "/\u2060")  # never "(Europe/" "Paris)"
            self.move_label.setText(self.tr("Move to (%1 time):").replace("%1", zone))

    def _move(self) -> None:
        to = self.move_edit.wall()
        if self._occurrence is None or to == self._occurrence.start.replace(tzinfo=None):
            return
        key, day = self._key, to.date()
        others = [o for o in self._session.agenda(day, day, [self._occurrence.team_id])
                  if o.key.ritual_id == key.ritual_id and o.key != key and o.status is not OccurrenceStatus.CANCELLED]
        if not others:
            self._attempt(lambda: self._session.move(key, to))
            return
        # The same ritual already meets that day: say so before two of them sit side by side.
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move occurrence"),
                          self.tr("%1 already meets on %2 at %3.").replace("%1", self._ritual.title)
                          .replace("%2", self._day(to)).replace("%3", f"{others[0].start:%H:%M}"), parent=self)
        box.setInformativeText(self.tr("Move this one there too? (You may cancel one of them instead.)"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("moveConfirmation")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._attempt(lambda: self._session.move(key, to)))
        box.open()

    def _override(self) -> None:
        member_id = self.member_combo.currentData()
        if member_id is not None and self._attempt(
                lambda: self._session.set_facilitator(self._key, member_id, self.reason_edit.text())):
            self.reason_edit.clear()

    def _clear_override(self) -> None:
        self._attempt(lambda: self._session.clear_facilitator(self._key))

    def _swap(self) -> None:
        member_id = self.member_combo.currentData()
        self._attempt(lambda: self._session.change_turn(self._key, TurnChange.SWAP, member_id))

    def _pass(self) -> None:
        self._attempt(lambda: self._session.change_turn(self._key, TurnChange.PASS))

    def _defer(self) -> None:
        self._attempt(lambda: self._session.change_turn(self._key, TurnChange.DEFER))

    def save_notes(self) -> None:
        """Save the notes if they differ from the stored ones (one undoable edit); notes saved elsewhere while
        these were typed (a meeting finished in run mode) are merged in, never overwritten."""
        if self._key is None or self._occurrence is None:
            return
        text, saved = self.notes_edit.toPlainText(), self._occurrence.notes
        if text != saved:
            if saved != self._notes_base:
                text = merge_notes(self._notes_base, text, saved)
            if text != saved and not self._attempt(lambda: self._session.set_notes(self._key, text)):
                return  # refused: still typed, not saved, so not replaced by the next refresh either
            self._notes_base = text
            if self.notes_edit.toPlainText() != text:
                self.notes_edit.setPlainText(text)
        self.notes_edit.document().setModified(False)

    def _insert_template(self, name: str) -> None:
        """Append a format's headings, in the app's language, to the notes (one undoable edit of the text)."""
        template = "\n\n".join(f"## {column_label(column)}" for column in FORMATS[name]) + "\n"
        cursor = self.notes_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.beginEditBlock()
        if not self.notes_edit.document().isEmpty():
            cursor.insertText("\n\n")
        cursor.insertText(template)
        cursor.endEditBlock()
        self.notes_edit.setTextCursor(cursor)
        self.notes_edit.setFocus()

    def _add_action(self) -> None:
        title = self.action_title_edit.text().strip()
        if not title:
            return
        owner = self.action_owner_combo.currentData() or None
        if not self.action_due_edit.is_valid():
            show_error(self, ValueError(self.tr("The due date is not a date: type it as 2026-11-30, or leave it "
                                                  "empty.")))
            return
        due = self.action_due_edit.date()
        due = due.toPython() if due.isValid() else None
        if self._attempt(lambda: self._session.add_action(self._key, title, owner_id=owner, due=due)):
            self.action_title_edit.clear()
            self.action_title_edit.setFocus()

    def _complete(self) -> None:
        ids = [self.actions_model.item(i.row()).id for i in self.actions_view.selectionModel().selectedRows()
               if self.actions_model.item(i.row()).status is ActionStatus.OPEN]
        if len(ids) == 1:
            self._attempt(lambda: self._session.set_action_status(ids[0], ActionStatus.DONE))
        elif ids and self._key is not None:
            def complete_each() -> None:
                for action_id in ids:
                    self._session.set_action_status(action_id, ActionStatus.DONE)

            perform_step(self._session, self, self.tr("Complete actions"), complete_each)

    def _review(self, verdict: Verdict) -> None:
        ids = self._selected_ids(self.carried_view, self.carried_model)
        if ids:
            self._attempt(lambda: self._session.review_actions(self._key, [(a, verdict) for a in ids]))

    @staticmethod
    def _selected_ids(view: QTableView, model: ActionsModel) -> list[int]:
        return [model.item(i.row()).id for i in view.selectionModel().selectedRows()]

    @staticmethod
    def _select_ids(view: QTableView, model: ActionsModel, ids: list[int]) -> None:
        for action_id in ids:
            row = model.row_of(action_id)
            if row is not None:
                view.selectionModel().select(
                    model.index(row, 0),
                    view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows)


_BADGE_COLOURS = {OccurrenceStatus.PLANNED: "#2c6fbb", OccurrenceStatus.HELD: "#2e8b57",
                  OccurrenceStatus.CANCELLED: "#b03a2e"}


def _set_items(model: ActionsModel, items: list, names, *, review_key=None) -> None:
    """Show these action items, unless the model shows them already (a reset loses the view's state and paints)."""
    if model.shows(items, names, review_key=review_key):
        return
    model.set_items(items, names, review_key=review_key)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
