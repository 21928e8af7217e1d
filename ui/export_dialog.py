"""File › Export calendar: a team or a member, ritual kinds, the horizon, to-dos and alarms, to an .ics file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.errors import RitualDeskError
from ritualdesk.model import RitualKind

from . import background
from .calendar_data import kind_name
from .date_field import date_edit
from .session import Session


class ProgressRow(QWidget):
    """A busy bar and one line saying what happens or happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress")
        self.bar.setMaximumWidth(160)
        self.bar.hide()
        self.label = QLabel(self)
        self.label.setObjectName("status")
        self.label.setWordWrap(True)
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)

    def busy(self, text: str) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.label.setText(text)

    def step(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def idle(self, text: str) -> None:
        self.bar.hide()
        self.label.setText(text)


class ExportDialog(QDialog):
    """Choose what goes in the calendar file, then write it in the background."""

    def __init__(self, session: Session, team_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export a calendar"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("exportScope")
        for team in session.teams():
            self.scope.addItem(self.tr("%1 — the whole team").replace("%1", team.name), ("team", team.id))
            for member in session.members(team.id):
                self.scope.addItem("    " + self.tr("%1's calendar (%2)").replace("%1", member.name)
                                   .replace("%2", team.name), ("member", member.id))
        if team_id is not None:  # findData compares a Python tuple by identity, never by value: found by hand
            wanted = ("team", team_id)
            self.scope.setCurrentIndex(next((i for i in range(self.scope.count()) if self.scope.itemData(i) == wanted),
                                            0))
        form.addRow(self.tr("Ca&lendar of:"), self.scope)

        kinds = QWidget(self)
        grid = QGridLayout(kinds)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[RitualKind, QCheckBox] = {}
        for index, kind in enumerate(RitualKind):
            box = QCheckBox(kind_name(kind), kinds)
            box.setChecked(True)
            box.toggled.connect(self._check)
            grid.addWidget(box, index // 3, index % 3)
            self.kinds[kind] = box
        form.addRow(self.tr("Ritual kinds:"), kinds)

        today = session.today(team_id)
        from ritualdesk.ical.feed import default_horizon

        first, last = default_horizon(today)
        horizon = QHBoxLayout()
        self.first = date_edit(self, QDate(first.year, first.month, first.day))  # ISO, as every date of the app
        self.last = date_edit(self, QDate(last.year, last.month, last.day))
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._check)
        horizon.addWidget(self.first)
        horizon.addWidget(QLabel(self.tr("to"), self))
        horizon.addWidget(self.last)
        horizon.addStretch(1)
        from_label = QLabel(self.tr("F&rom:"), self)
        from_label.setBuddy(self.first)
        form.addRow(from_label, horizon)

        self.todos = QCheckBox(self.tr("Add the action items as &to-dos"), self)
        self.todos.setObjectName("exportTodos")
        form.addRow("", self.todos)
        alarms = QHBoxLayout()
        self.alarms = QCheckBox(self.tr("Re&mind"), self)
        self.alarms.setObjectName("exportAlarms")
        self.alarm_minutes = QSpinBox(self)
        self.alarm_minutes.setRange(0, 7 * 24 * 60)
        self.alarm_minutes.setValue(10)
        self.alarm_minutes.setSuffix(self.tr(" min before"))
        self.alarm_minutes.setEnabled(False)
        self.alarms.toggled.connect(self.alarm_minutes.setEnabled)
        alarms.addWidget(self.alarms)
        alarms.addWidget(self.alarm_minutes)
        alarms.addStretch(1)
        form.addRow(self.tr("Alarms:"), alarms)
        alarm_hint = QLabel(self.tr("In a member's calendar, their own turns get a stronger reminder "
                                    "and one the day before."), self)
        alarm_hint.setWordWrap(True)
        alarm_hint.setObjectName("hint")
        form.addRow("", alarm_hint)

        where = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.textChanged.connect(self._check)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        layout.addLayout(form)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.scope.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.setMinimumWidth(560)

    def _suggest(self) -> None:
        kind, ident = self.scope.currentData() or ("team", None)
        if ident is None:
            return
        if kind == "team":
            name = self.session.team(ident).name
        else:
            member = self.session.member(ident)
            name = f"{member.name} - {self.session.team(member.team_id).name}"
        current = Path(self.path.text()) if self.path.text() else Path.home() / "x.ics"
        self.path.setText(str(current.parent / f"{name}.ics"))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              self.tr("iCalendar files (*.ics)"))
        if path:
            self.path.setText(path)

    def chosen_kinds(self) -> tuple[RitualKind, ...] | None:
        kinds = tuple(k for k, box in self.kinds.items() if box.isChecked())
        return None if len(kinds) == len(self.kinds) else kinds

    def problem(self) -> str:
        if not any(box.isChecked() for box in self.kinds.values()):
            return self.tr("Choose at least one ritual kind.")
        if self.last.date() < self.first.date():
            return self.tr("The last day is before the first.")
        if not self.path.text().strip():
            return self.tr("Choose a file to write.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.export_button.setEnabled(not problem and self.job is None)
        self.progress.idle(problem)

    def scope_value(self):
        """The core's Scope of what the dialog shows."""
        from ritualdesk.ical.feed import Scope

        kind, ident = self.scope.currentData()
        first: date = self.first.date().toPython()
        last: date = self.last.date().toPython()
        return Scope(first, last, team_ids=(ident,) if kind == "team" else None,
                     member_id=ident if kind == "member" else None, kinds=self.chosen_kinds(),
                     todos=self.todos.isChecked(), alarms=self.alarm_minutes.value() if self.alarms.isChecked() else None)

    def export(self) -> None:
        """Write the file in the background; the dialog says how it went."""
        from ritualdesk.ical.export import export_file

        if self.problem():
            return
        try:
            scope = self.scope_value()
        except RitualDeskError as error:
            self.progress.idle(str(error))
            return
        path, now = self.path.text().strip(), self.session.now()
        self.target = path
        self.export_button.setEnabled(False)
        self.progress.busy(self.tr("Exporting…"))
        self.job = background.start(self.session.store.path,
                                    lambda store, _report: export_file(store, scope, path, now=now),
                                    done=self._done, failed=self._failed)

    def _done(self, result) -> None:
        path = self.target
        self.job = None
        self.written = result
        text = self.tr("Wrote %n event(s) to %1.", "", len(result.feed.events)).replace("%1", path)
        if result.unrecorded:
            text += " " + self.tr("The database cannot be written, so the SEQUENCE numbers of this export are not "
                                  "recorded in it.")
        self.progress.idle(text)
        self._check_keep_status()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.progress.idle(str(error))
        self.export_button.setEnabled(True)

    def _check_keep_status(self) -> None:
        self.export_button.setEnabled(not self.problem())

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.wait()  # the file is being written atomically; it takes a moment
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.wait()
        super().reject()

