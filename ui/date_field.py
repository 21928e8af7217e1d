"""An optional date typed as text (YYYY-MM-DD, or nothing), with a calendar that opens on the date or today.

A QDateEdit with a "no date" minimum mixes typed digits into its special text, moves Tab between
its sections, and opens its calendar on that minimum (January 2000): this is a plain line edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QLineEdit, QMenu, QWidget, QWidgetAction

from .resources import icon


def parse_day(text: str) -> QDate | None:
    """'2026-11-30' or '20261130' as a date; '' as an invalid QDate (no date); anything else None."""
    value = text.strip()
    if not value:
        return QDate()
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    if match is None:
        return None
    day = QDate(int(match[1]), int(match[2]), int(match[3]))
    return day if day.isValid() else None


def monday_first(*widgets: QCalendarWidget | QDateTimeEdit) -> None:
    """Calendars (or date editors' pop-up calendars) whose weeks start on Monday, as the week and month views'.

    A QCalendarWidget takes the locale's first day: Sunday for en_US, under a month view that starts on Monday.
    """
    for widget in widgets:
        calendar = widget.calendarWidget() if isinstance(widget, QDateTimeEdit) else widget
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)


def date_edit(parent: QWidget, day: QDate | None = None) -> QDateEdit:
    """An ISO date editor with a calendar pop-up."""
    editor = QDateEdit(parent)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd")
    monday_first(editor)
    editor.setDate(day if day is not None and day.isValid() else QDate.currentDate())
    return editor


class DateField(QLineEdit):
    """A date or no date; `date()` is an invalid QDate when empty (or when what is typed is no date)."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "",
                 today: Callable[[], QDate] = QDate.currentDate) -> None:
        super().__init__(parent)
        self._today = today
        self._date = QDate()
        self.setPlaceholderText(placeholder)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}-?\d{0,2}-?\d{0,2}"), self))
        self.setMaxLength(10)
        self.setClearButtonEnabled(True)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        monday_first(self.calendar)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.popup_action = self.addAction(icon("month"), QLineEdit.ActionPosition.TrailingPosition)
        self.popup_action.setToolTip(self.tr("Choose on a calendar"))
        self.popup_action.triggered.connect(self.show_calendar)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)
        width = self.fontMetrics().horizontalAdvance("2026-12-31") + 4 * self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(width + 40)

    def date(self) -> QDate:
        """The date shown (invalid: none)."""
        return QDate(self._date)

    def is_valid(self) -> bool:
        """Whether the text is a date or empty."""
        return parse_day(self.text()) is not None

    def setDate(self, day: QDate | None) -> None:  # noqa: N802 (Qt's name)
        """Show `day` (None or invalid: no date)."""
        day = QDate(day) if day is not None and day.isValid() else QDate()
        self.setText(day.toString("yyyy-MM-dd") if day.isValid() else "")
        self._set(day)

    def show_calendar(self) -> None:
        """Open the calendar on the date shown, or on today."""
        shown = self._date if self._date.isValid() else self._today()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self._menu.hide()
        self.setDate(day)
        self.setFocus()
        self.editingFinished.emit()

    def _typed(self, text: str) -> None:
        day = parse_day(text)
        self._set(day if day is not None else QDate())
        if day is not None:
            self._flag(False)

    def _tidy(self) -> None:
        if self._date.isValid():
            self.setText(self._date.toString("yyyy-MM-dd"))
        self._flag(not self.is_valid())

    def _flag(self, invalid: bool) -> None:
        self.setProperty("invalid", invalid)
        self.setStyleSheet("QLineEdit { border: 1px solid #c0392b; border-radius: 3px; }" if invalid else "")
        self.setToolTip(self.tr("Type a date as 2026-11-30, or leave it empty") if invalid else "")

    def _set(self, day: QDate) -> None:
        if day != self._date:
            self._date = day
            self.dateChanged.emit(QDate(day))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()  # as a combo box opens its list
            return
        super().keyPressEvent(event)
