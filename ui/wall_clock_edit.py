"""A date and time field on a team's wall clock, whatever this computer's time zone."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ritualdesk.parsing import FIRST_DAY, LAST_DAY

_WALL = QTimeZone(QTimeZone.Initialization.UTC)  # a clock with no jumps: every wall time can be shown and typed


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.date()), QTime(moment.hour, moment.minute), _WALL)


class WallClockEdit(QDateTimeEdit):
    """A naive local time typed and shown as it is: no hour of this computer's zone is skipped or repeated in it.

    In the computer's own zone, 02:30 on the night its clocks go forward would show (and be read) as 03:30,
    though the team's zone may have no such jump; the core says what a time means in the team's zone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(_WALL)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        # Any date can be typed (a range would silently change a typed year); the core says why it refuses one.
        self.setDateTimeRange(_qt(datetime.combine(FIRST_DAY, time())), _qt(datetime.combine(LAST_DAY, time(23, 59))))

    def set_wall(self, moment: datetime) -> None:
        """Show this wall time (its zone, if any, is left aside)."""
        self.setDateTime(_qt(moment))

    def wall(self) -> datetime:
        """The wall time shown, naive, to the minute."""
        shown = self.dateTime().toTimeZone(_WALL)
        day, clock = shown.date(), shown.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
