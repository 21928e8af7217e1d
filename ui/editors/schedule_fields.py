"""The ritual editor's schedule: how it repeats, and only the fields that schedule uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QWidget

from ritualdesk.model import HolidayRule, Schedule, ScheduleKind

from . import date_edit, key_label

FIRST, LAST, NTH, NTH_LAST = "first", "last", "nth", "nth_last"
LAST_DAY = -1
REPEATING = (ScheduleKind.WEEKLY, ScheduleKind.MONTHLY_DAY, ScheduleKind.MONTHLY_WEEKDAY)
MOVABLE = (*REPEATING, ScheduleKind.ONCE)  # may move off a holiday


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    page = QWidget(parent)
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        widget.setParent(page)
        row.addWidget(widget)
    row.addStretch(1)
    return page


class ScheduleFields(QObject):
    """Repeats (combo), the chosen schedule's own fields, every N weeks or months, and what a holiday does.

    Its rows go into the editor's form (`add_rows`), which shows only those the chosen schedule uses.
    """

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.form: QFormLayout | None = None
        self.combo = QComboBox(parent)
        for label, kind in [(self.tr("Every working day"), ScheduleKind.WORKING_DAYS),
                            (self.tr("Weekly, on chosen days"), ScheduleKind.WEEKLY),
                            (self.tr("Monthly, on a day of the month"), ScheduleKind.MONTHLY_DAY),
                            (self.tr("Monthly, on a weekday of the month"), ScheduleKind.MONTHLY_WEEKDAY),
                            (self.tr("On a day of each sprint"), ScheduleKind.SPRINT_DAY),
                            (self.tr("Once"), ScheduleKind.ONCE)]:
            self.combo.addItem(label, kind.value)
        self.pages = QStackedWidget(parent)
        self._page_of: dict[ScheduleKind, QWidget] = {}
        locale = parent.locale()
        day_names = [locale.dayName(d + 1, locale.FormatType.ShortFormat) for d in range(7)]
        self._page_of[ScheduleKind.WORKING_DAYS] = key_label(
            self.tr("Public holidays and non-working days are skipped."), parent)
        self.weekday_checks = [QCheckBox(name, parent) for name in day_names]
        self._page_of[ScheduleKind.WEEKLY] = _row(parent, *self.weekday_checks)
        self.month_day_combo = QComboBox(parent)
        for day in range(1, 32):
            self.month_day_combo.addItem(str(day), day)
        self.month_day_combo.addItem(self.tr("Last day"), LAST_DAY)
        self._page_of[ScheduleKind.MONTHLY_DAY] = _row(parent, QLabel(self.tr("Day"), parent), self.month_day_combo)
        self.ordinal_combo = QComboBox(parent)
        for label, ordinal in [(self.tr("First"), 1), (self.tr("Second"), 2), (self.tr("Third"), 3),
                               (self.tr("Fourth"), 4), (self.tr("Fifth"), 5), (self.tr("Last"), -1)]:
            self.ordinal_combo.addItem(label, ordinal)
        self.month_weekday_combo = QComboBox(parent)
        for day in range(7):
            self.month_weekday_combo.addItem(locale.dayName(day + 1, locale.FormatType.LongFormat), day)
        self._page_of[ScheduleKind.MONTHLY_WEEKDAY] = _row(parent, self.ordinal_combo, self.month_weekday_combo)
        self.sprint_day_combo = QComboBox(parent)
        self.sprint_day_combo.addItem(self.tr("First working day"), FIRST)
        self.sprint_day_combo.addItem(self.tr("Last working day"), LAST)
        self.sprint_day_combo.addItem(self.tr("Working day number…"), NTH)
        self.sprint_day_combo.addItem(self.tr("Working day from the end…"), NTH_LAST)
        self.sprint_day_spin = QSpinBox(parent)
        self.sprint_day_spin.setRange(1, 60)
        self._page_of[ScheduleKind.SPRINT_DAY] = _row(parent, self.sprint_day_combo, self.sprint_day_spin)
        self.once_date = date_edit(parent)
        self._page_of[ScheduleKind.ONCE] = _row(parent, self.once_date)
        for page in self._page_of.values():
            self.pages.addWidget(page)

        self.every_spin = QSpinBox(parent)
        self.every_spin.setRange(1, 52)
        self.anchor_date = date_edit(parent)
        self.anchor_date.setToolTip(self.tr("The weeks or months are counted from this one"))
        self.anchor_label = QLabel(self.tr("counted from"), parent)
        self.every_row = _row(parent, self.every_spin, self.anchor_label, self.anchor_date)
        self.holiday_combo = QComboBox(parent)
        self.holiday_combo.addItem(self.tr("Skip it"), HolidayRule.SKIP.value)
        self.holiday_combo.addItem(self.tr("Move it to the working day before"), HolidayRule.BEFORE.value)
        self.holiday_combo.addItem(self.tr("Move it to the working day after"), HolidayRule.AFTER.value)

        for signal in (self.combo.currentIndexChanged, self.sprint_day_combo.currentIndexChanged,
                       self.every_spin.valueChanged):
            signal.connect(self._update)
        for signal in (self.once_date.dateChanged, self.anchor_date.dateChanged, self.sprint_day_spin.valueChanged,
                       self.month_day_combo.currentIndexChanged, self.ordinal_combo.currentIndexChanged,
                       self.month_weekday_combo.currentIndexChanged, self.holiday_combo.currentIndexChanged):
            signal.connect(self.changed)
        for check in self.weekday_checks:
            check.toggled.connect(self.changed)

    def add_rows(self, form: QFormLayout) -> None:
        """Put the schedule's rows into `form`."""
        self.form = form
        form.addRow(self.tr("&Repeats:"), self.combo)
        form.addRow("", self.pages)
        form.addRow(self.tr("&Every:"), self.every_row)
        form.addRow(self.tr("On a &holiday:"), self.holiday_combo)
        self._update()

    def kind(self) -> ScheduleKind:
        """The chosen way of repeating."""
        return ScheduleKind(self.combo.currentData())

    def _update(self) -> None:
        kind = self.kind()
        self.pages.setCurrentWidget(self._page_of[kind])
        self.sprint_day_spin.setVisible(self.sprint_day_combo.currentData() in (NTH, NTH_LAST))
        if self.form is not None:
            self.form.setRowVisible(self.every_row, kind in REPEATING)
            self.form.setRowVisible(self.holiday_combo, kind in MOVABLE)
        weekly = kind is ScheduleKind.WEEKLY
        self.every_spin.setSuffix(self.tr(" week(s)") if weekly else self.tr(" month(s)"))
        self.anchor_label.setVisible(self.every_spin.value() > 1)
        self.anchor_date.setVisible(self.every_spin.value() > 1)
        self.anchor_label.setText(self.tr("counted from the week of") if weekly else self.tr("counted from"))
        self.anchor_date.setDisplayFormat("yyyy-MM-dd" if weekly else "yyyy-MM")
        self.changed.emit()

    def show_schedule(self, schedule: Schedule, *, starts_on: date) -> None:
        """Show `schedule` (a series starting on `starts_on`)."""
        self.combo.setCurrentIndex(self.combo.findData(schedule.kind.value))
        for weekday, check in enumerate(self.weekday_checks):
            check.setChecked(weekday in schedule.weekdays and schedule.kind is ScheduleKind.WEEKLY)
        if schedule.kind is ScheduleKind.SPRINT_DAY:
            which = {1: FIRST, -1: LAST}.get(schedule.sprint_day, NTH if schedule.sprint_day > 0 else NTH_LAST)
            self.sprint_day_combo.setCurrentIndex(self.sprint_day_combo.findData(which))
            self.sprint_day_spin.setValue(abs(schedule.sprint_day))
        if schedule.kind is ScheduleKind.MONTHLY_DAY:
            self.month_day_combo.setCurrentIndex(self.month_day_combo.findData(schedule.month_day))
        if schedule.kind is ScheduleKind.MONTHLY_WEEKDAY:
            self.ordinal_combo.setCurrentIndex(self.ordinal_combo.findData(schedule.ordinal))
            self.month_weekday_combo.setCurrentIndex(schedule.weekdays[0])
        if schedule.on is not None:
            self.once_date.setDate(QDate(schedule.on))
        self.every_spin.setValue(schedule.every)
        self.anchor_date.setDate(QDate(schedule.anchor or starts_on))
        self.holiday_combo.setCurrentIndex(self.holiday_combo.findData(schedule.on_holiday.value))

    def schedule(self) -> Schedule:
        """The schedule the fields describe (only when `problems()` finds none)."""
        kind = self.kind()
        rule = HolidayRule(self.holiday_combo.currentData()) if kind in MOVABLE else HolidayRule.SKIP
        every = self.every_spin.value() if kind in REPEATING else 1
        anchor = self.anchor_date.date().toPython() if every > 1 else None
        if kind is ScheduleKind.WEEKLY:
            days = tuple(d for d, c in enumerate(self.weekday_checks) if c.isChecked())
            return Schedule(kind, weekdays=days, every=every, anchor=anchor, on_holiday=rule)
        if kind is ScheduleKind.MONTHLY_DAY:
            return Schedule(kind, month_day=self.month_day_combo.currentData(), every=every, anchor=anchor,
                            on_holiday=rule)
        if kind is ScheduleKind.MONTHLY_WEEKDAY:
            return Schedule(kind, weekdays=(self.month_weekday_combo.currentData(),),
                            ordinal=self.ordinal_combo.currentData(), every=every, anchor=anchor, on_holiday=rule)
        if kind is ScheduleKind.SPRINT_DAY:
            number = self.sprint_day_spin.value()
            which = self.sprint_day_combo.currentData()
            return Schedule(kind, sprint_day={FIRST: 1, LAST: -1, NTH: number, NTH_LAST: -number}[which])
        if kind is ScheduleKind.ONCE:
            return Schedule(kind, on=self.once_date.date().toPython(), on_holiday=rule)
        return Schedule(kind)
