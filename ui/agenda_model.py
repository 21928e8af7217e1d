"""A tree model of occurrences grouped by day: day rows, each holding its occurrences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ritualdesk.localize import time_span
from ritualdesk.model import Occurrence, OccurrenceStatus

from .calendar_data import CalendarData, day_text, kind_name, status_name
from .theme import KIND_COLORS

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the OccurrenceKey of an occurrence row
DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # the date of a day row (and of an occurrence row)
COLUMNS = 5
TIME, RITUAL, TEAM, FACILITATOR, STATUS = range(COLUMNS)


class AgendaModel(QAbstractItemModel):
    """Days as top-level rows; their occurrences as children, with time, ritual, team, facilitator, status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._days: list[date] = []
        self._rows: list[list[Occurrence]] = []
        self._data = CalendarData(date.min, date.min)
        self._headers = (
            QCoreApplication.translate("AgendaModel", "Time"),
            QCoreApplication.translate("AgendaModel", "Ritual"),
            QCoreApplication.translate("AgendaModel", "Team"),
            QCoreApplication.translate("AgendaModel", "Facilitator"),
            QCoreApplication.translate("AgendaModel", "Status"),
        )

    def set_data(self, data: CalendarData) -> None:
        """Replace everything with a new range of days."""
        self.beginResetModel()
        self._data = data
        grouped: dict[date, list[Occurrence]] = {}
        for occurrence in data.occurrences:
            grouped.setdefault(occurrence.start.date(), []).append(occurrence)
        self._days = sorted(grouped)
        # Each day in local time, whatever the team's zone: a 09:30 in Sydney is a morning ritual.
        order = data.team_index
        self._rows = [sorted(grouped[day], key=lambda o: (o.start.time(), order.get(o.team_id, 0)))
                      for day in self._days]
        self.endResetModel()

    def occurrence(self, index: QModelIndex | QPersistentModelIndex) -> Occurrence | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._rows[index.internalId() - 1][index.row()]

    def index_of(self, key) -> QModelIndex:
        """The index (column 0) of the occurrence with this key, or an invalid one."""
        for day_row, occurrences in enumerate(self._rows):
            for row, occurrence in enumerate(occurrences):
                if occurrence.key == key:
                    return self.createIndex(row, 0, day_row + 1)
        return QModelIndex()

    # -- the model -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            day = self._days[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                holidays = self._data.holidays.get(day)
                text = day_text(day)
                return f"{text}  ★ {holidays[0][1]}" if holidays else text
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == DAY_ROLE:
                return day
            return None
        occurrence = self._rows[index.internalId() - 1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return time_span(occurrence.start, occurrence.end)
            if column == RITUAL:
                return self._data.title(occurrence)
            if column == TEAM:
                return self._data.team_name(occurrence)
            if column == FACILITATOR:
                return self._data.facilitator(occurrence) or "—"
            return status_name(occurrence.status)
        if role == Qt.ItemDataRole.DecorationRole and column == RITUAL:
            return QColor(KIND_COLORS[self._data.kind(occurrence)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._data.tooltip(occurrence)
        if role == Qt.ItemDataRole.FontRole and occurrence.status is OccurrenceStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and occurrence.status is OccurrenceStatus.CANCELLED:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == RITUAL:
            return f"{kind_name(self._data.kind(occurrence))}: {self._data.title(occurrence)}"
        if role == KEY_ROLE:
            return occurrence.key
        if role == DAY_ROLE:
            return occurrence.start.date()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            return self._headers[section]
        return None
