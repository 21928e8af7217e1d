"""The ritual editor: kind, title, schedule, time, duration, place, agenda and facilitator roster."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from ritualdesk.model import Ritual, RitualKind, RosterChange, Schedule, ScheduleKind
from ritualdesk.schedule import first_day

from ..labels import kind_label
from . import EditorDialog, OptionalDate, date_edit, key_label
from .schedule_fields import NTH, NTH_LAST, ScheduleFields

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RitualEditor(EditorDialog):
    """Creates a ritual (ritual_id None) or edits one; roster edits take effect from a chosen day."""

    def __init__(self, session, team_id: int, ritual_id: int | None, parent=None) -> None:
        super().__init__(session, parent)
        self._team_id = team_id
        self._ritual = session.ritual(ritual_id) if ritual_id is not None else None
        self.result_ritual: Ritual | None = None
        self.setWindowTitle(self.tr("New ritual") if self._ritual is None else self.tr("Edit ritual"))

        self.kind_combo = QComboBox(self)
        for kind, label in self._kinds():
            self.kind_combo.addItem(label, kind.value)
        self.title_edit = QLineEdit(self)
        self.schedule_fields = ScheduleFields(self)
        fields = self.schedule_fields
        self.schedule_combo, self.schedule_pages = fields.combo, fields.pages
        self.weekday_checks, self.once_date = fields.weekday_checks, fields.once_date
        self.sprint_day_combo, self.sprint_day_spin = fields.sprint_day_combo, fields.sprint_day_spin

        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, 24 * 60)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.starts_on = date_edit(self)
        self.ends_on = OptionalDate(self.tr("&ends on"), self)
        self.location_edit = QLineEdit(self)
        self.location_edit.setPlaceholderText(self.tr("Room or video link"))
        self.agenda_edit = QPlainTextEdit(self)
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        roster_box = QGroupBox(self.tr("Facilitators, in rotation order"), self)
        self.roster_model = QStandardItemModel(self)
        self.roster_view = QListView(roster_box)
        self.roster_view.setModel(self.roster_model)
        self.roster_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.roster_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.up_button = QPushButton(self.tr("&Up"), roster_box)
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button = QPushButton(self.tr("&Down"), roster_box)
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_member(+1))
        self.roster_from = date_edit(roster_box, QDate(session.today(team_id)))
        self.roster_from.setToolTip(self.tr("Past facilitations are never rewritten"))
        roster_buttons = QVBoxLayout()
        roster_buttons.addWidget(self.up_button)
        roster_buttons.addWidget(self.down_button)
        roster_buttons.addStretch(1)
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster_view, 1)
        roster_row.addLayout(roster_buttons)
        roster_layout = QVBoxLayout(roster_box)
        roster_layout.addWidget(key_label(self.tr("Tick who takes turns; drag or use Alt+Up/Down to reorder."),
                                          roster_box))
        roster_layout.addLayout(roster_row)
        effective = QFormLayout()
        effective.addRow(self.tr("Roster changes apply &from:"), self.roster_from)
        roster_layout.addLayout(effective)
        self.roster_from.setVisible(self._ritual is not None)
        effective.labelForField(self.roster_from).setVisible(self._ritual is not None)

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.schedule_fields.add_rows(form)
        form.addRow(self.tr("&At:"), self.time_edit)
        form.addRow(self.tr("&Lasts:"), self.minutes_spin)
        form.addRow(self.tr("Starts &on:"), self.starts_on)
        form.addRow("", self.ends_on)
        self._form = form
        form.addRow(self.tr("&Where:"), self.location_edit)
        form.addRow(self.tr("A&genda:"), self.agenda_edit)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(roster_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message_label)
        bottom = QHBoxLayout()
        self.delete_button = None
        if self._ritual is not None:  # away from Save, at the other end of the row
            self.delete_button = QPushButton(self.tr("Delete r&itual…"), self)
            self.delete_button.setAutoDefault(False)
            self.delete_button.setToolTip(self.tr("Delete this ritual with every occurrence of it; Edit › Undo "
                                                  "brings it back"))
            self.delete_button.clicked.connect(self.delete_ritual)
            bottom.addWidget(self.delete_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)

        self._load()
        self.time_edit.timeChanged.connect(self._follow_time)
        self.schedule_fields.changed.connect(self._schedule_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.title_edit.textChanged, self.starts_on.dateChanged):
            signal.connect(self.revalidate)
        self.ends_on.connect_changed(self.revalidate)
        self.roster_model.itemChanged.connect(self.revalidate)
        self.roster_model.rowsMoved.connect(self.revalidate)
        self.roster_model.rowsInserted.connect(self.revalidate)
        self.roster_model.rowsRemoved.connect(self.revalidate)  # a drag is an insert then a removal
        self.roster_view.selectionModel().currentChanged.connect(self._update_move_buttons)
        self._schedule_changed()
        self._update_move_buttons()

    def delete_ritual(self) -> None:
        """Ask, then delete the series edited here and close."""
        from ..deletion import delete_ritual

        self.last_question = delete_ritual(self, self._session, self._ritual.id, then=self.reject)

    def _kinds(self) -> list[tuple[RitualKind, str]]:
        return [(kind, kind_label(kind)) for kind in RitualKind]

    # -- loading -----------------------------------------------------------------------------------

    def _load(self) -> None:
        ritual = self._ritual
        if ritual is None:
            today = QDate(self._session.today(self._team_id))
            self._first_day = today
            self.starts_on.setDate(today)  # before the kind's defaults: a repeat every N weeks counts from it
            self.once_date.setDate(today)
            self.schedule_fields.anchor_date.setDate(today)
            self.ends_on.edit.setDate(today)
            self.kind_combo.setCurrentIndex(0)
            self._apply_kind_defaults(RitualKind.STANDUP, title=True)
            roster = [m.id for m in self._session.members(self._team_id)
                      if m.is_member_on(self._session.today(self._team_id))]
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(ritual.kind.value))
            self.title_edit.setText(ritual.title)
            self.schedule_fields.show_schedule(ritual.schedule, starts_on=ritual.starts_on)
            self.time_edit.setTime(QTime(ritual.start_time.hour, ritual.start_time.minute))
            self.minutes_spin.setValue(ritual.minutes)
            self.starts_on.setDate(QDate(ritual.starts_on))
            self.ends_on.set_value(ritual.ends_on)
            self.location_edit.setText(ritual.location)
            self.agenda_edit.setPlainText(ritual.agenda)
            roster = self._current_roster()
        self._fill_roster(roster)
        self._loaded_roster = tuple(roster)

    def _current_roster(self) -> list[int]:
        changes = self._session.roster(self._ritual.id)
        today = self._session.today(self._team_id)
        current = [c for c in changes if c.effective <= today] or changes
        return list(max(current, key=lambda c: c.effective).member_ids) if current else []

    def _fill_roster(self, roster: list[int]) -> None:
        members = {m.id: m for m in self._session.members(self._team_id)}
        ordered = [members[i] for i in roster if i in members]
        ordered += sorted((m for m in members.values() if m.id not in roster), key=lambda m: m.name.casefold())
        self.roster_model.clear()
        for member in ordered:
            item = QStandardItem(member.name)
            item.setData(member.id, ID_ROLE)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if member.id in roster else Qt.CheckState.Unchecked)
            # Not a drop target: a drop between rows moves, a drop onto a row must not overwrite it.
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.roster_model.appendRow(item)

    def _apply_kind_defaults(self, kind: RitualKind, *, title: bool) -> None:
        """Sensible defaults for a new ritual of `kind`: schedule, time, duration and title."""
        defaults = {
            RitualKind.STANDUP: (Schedule(ScheduleKind.WORKING_DAYS), QTime(9, 30), 15),
            RitualKind.PLANNING: (Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1), QTime(10, 0), 120),
            RitualKind.REVIEW: (Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), QTime(14, 0), 60),
            RitualKind.RETROSPECTIVE: (Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), QTime(15, 30), 90),
            RitualKind.REFINEMENT: (Schedule(ScheduleKind.WEEKLY, weekdays=(2,)), QTime(14, 0), 60),
            RitualKind.CUSTOM: (Schedule(ScheduleKind.WEEKLY, weekdays=(0,)), QTime(11, 0), 30),
        }
        schedule, at, minutes = defaults[kind]
        self.time_edit.setTime(at)
        self._follow_time()
        self.schedule_fields.show_schedule(schedule, starts_on=self.starts_on.date().toPython())
        self.minutes_spin.setValue(minutes)
        if title:
            self.title_edit.setText(dict(self._kinds())[kind])

    def _follow_time(self) -> None:
        """A new ritual begins today, or tomorrow once today's time has come (as `ritual add` does).

        Only the days still at that default follow the time; a day the person chose stays.
        """
        if self._ritual is None:
            at = self.time_edit.time()
            first = QDate(first_day(self._session.now(), tz=self._session.team(self._team_id).tz,
                                    at=time(at.hour(), at.minute())))
            for edit in (self.starts_on, self.once_date, self.ends_on.edit):
                if edit.date() == self._first_day:
                    edit.setDate(first)
            self._first_day = first

    def _kind_changed(self) -> None:
        if self._ritual is None:  # a new ritual follows its kind until the person changes the title
            kind = RitualKind(self.kind_combo.currentData())
            untouched = self.title_edit.text() in {label for _, label in self._kinds()} | {""}
            self._apply_kind_defaults(kind, title=untouched)
        self.revalidate()

    def _schedule_changed(self) -> None:
        once = self.schedule_fields.kind() is ScheduleKind.ONCE  # a one-off's dates are its day
        self._form.setRowVisible(self.starts_on, not once)
        self._form.setRowVisible(self.ends_on, not once)
        self.revalidate()

    # -- roster ----------------------------------------------------------------------------------------

    def roster(self) -> tuple[int, ...]:
        """The ticked members, in list order."""
        model = self.roster_model
        return tuple(model.item(row).data(ID_ROLE) for row in range(model.rowCount())
                     if model.item(row).checkState() == Qt.CheckState.Checked)

    def move_member(self, step: int) -> None:
        """Move the current roster member up (-1) or down (+1)."""
        row = self.roster_view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.roster_model.rowCount():
            return
        items = self.roster_model.takeRow(row)
        self.roster_model.insertRow(target, items)
        self.roster_view.setCurrentIndex(self.roster_model.index(target, 0))
        self.revalidate()

    def _update_move_buttons(self) -> None:
        row = self.roster_view.currentIndex().row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.roster_model.rowCount() - 1)

    # -- validation and saving --------------------------------------------------------------------------

    def problems(self):
        found = []
        if not self.title_edit.text().strip():
            found.append((self.title_edit, self.tr("A ritual needs a title.")))
        kind = ScheduleKind(self.schedule_combo.currentData())
        if kind is ScheduleKind.SPRINT_DAY and self.sprint_day_combo.currentData() in (NTH, NTH_LAST):
            team = self._session.team(self._team_id)
            if self.sprint_day_spin.value() > team.sprint_weeks * len(team.working_days):
                found.append((self.sprint_day_spin, self.tr("A sprint of this team has only %n working day(s).", "",
                                                            team.sprint_weeks * len(team.working_days))))
        if kind is ScheduleKind.WEEKLY and not any(c.isChecked() for c in self.weekday_checks):
            found.append((self.schedule_pages, self.tr("Choose at least one day of the week.")))
        ends = self.ends_on.value()
        if kind is not ScheduleKind.ONCE and ends is not None and ends < self.starts_on.date().toPython():
            found.append((self.ends_on.edit, self.tr("A ritual cannot end before it starts.")))
        if self.roster_model.rowCount() and not self.roster():
            found.append((self.roster_view, self.tr("Tick at least one facilitator.")))
        return found

    def ritual(self) -> Ritual:
        """The ritual the fields describe (only when valid)."""
        base = self._ritual or Ritual(id=None, team_id=self._team_id, kind=RitualKind.CUSTOM, title="x",
                                      start_time=QTime(9, 0).toPython(), minutes=1,
                                      schedule=Schedule(ScheduleKind.WORKING_DAYS),
                                      starts_on=self._session.today(self._team_id))
        time = self.time_edit.time()
        schedule = self.schedule_fields.schedule()
        starts_on, ends_on = self.starts_on.date().toPython(), self.ends_on.value()
        if schedule.kind is ScheduleKind.ONCE:  # its own day; an unchanged one keeps the dates it had
            kept = self._ritual is not None and self._ritual.schedule.on == schedule.on
            starts_on, ends_on = (base.starts_on, base.ends_on) if kept else (schedule.on, None)
        return replace(base, kind=RitualKind(self.kind_combo.currentData()), title=self.title_edit.text().strip(),
                       start_time=QTime(time.hour(), time.minute()).toPython(), minutes=self.minutes_spin.value(),
                       schedule=schedule, starts_on=starts_on, ends_on=ends_on,
                       location=self.location_edit.text().strip(), agenda=self.agenda_edit.toPlainText())

    def failed_text(self) -> str:
        return self.tr("The ritual was not saved: nothing of this edit was kept. It is still here, to try again.")

    def save(self) -> None:
        ritual, roster = self.ritual(), self.roster()
        if self._ritual is None:
            self.result_ritual = self._session.add_ritual(ritual, roster)
            return
        changed_ritual, changed_roster = ritual != self._ritual, roster != self._loaded_roster
        # One undo step for the ritual and its roster, all or nothing: a roster refused takes back the ritual's edit.
        with self._session.step(self.tr("Edit ritual")):
            if changed_ritual:  # a new time or schedule continues as a new series from today
                ritual = self._session.update_ritual(ritual)
            if changed_roster:
                effective = max(self.roster_from.date().toPython(), ritual.starts_on)
                self._session.set_roster(RosterChange(ritual_id=ritual.id, effective=effective, member_ids=roster))
        self.result_ritual = ritual

