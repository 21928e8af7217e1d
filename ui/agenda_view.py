"""The agenda view: two weeks of rituals as a list grouped by day (a QTreeView over AgendaModel)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ritualdesk.localize import time_span
from ritualdesk.model import OccurrenceKey, OccurrenceStatus

from .agenda_model import KEY_ROLE, RITUAL, STATUS, TIME, AgendaModel
from .calendar_data import CalendarData, RefreshWhenShown, local_text, status_name
from .session import Session
from .week_view import week_start

DAYS = 14


class AgendaView(RefreshWhenShown, QTreeView):
    """Upcoming occurrences day by day; Enter or double-click opens the ritual."""

    occurrence_selected = Signal(object)  # OccurrenceKey | None
    occurrence_activated = Signal(object)  # OccurrenceKey

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("agendaView")
        self.agenda_model = AgendaModel(self)
        self.setModel(self.agenda_model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName(self.tr("Agenda"))
        header = self.header()
        # Fixed starting widths: measuring every row's contents would cost more than the rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 260, 160, 140)):
            header.resizeSection(column, width)
        # The status is short and must show whole ("Cancelled", "Annulée"): the ritual's title gives way.
        metrics = self.fontMetrics()
        wide = max(metrics.horizontalAdvance(status_name(s)) for s in OccurrenceStatus) + 4 * metrics.averageCharWidth()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, max(wide, header.sectionSizeHint(STATUS)))
        header.setSectionResizeMode(RITUAL, QHeaderView.ResizeMode.Stretch)
        self.first = week_start(session.today())
        self.team_ids: list[int] = []
        self.selected: OccurrenceKey | None = None
        self._selecting = False
        self._stale = True
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.activated.connect(self._on_activated)
        session.changed.connect(self._on_changed)

    @staticmethod
    def period(anchor: date) -> tuple[date, date]:
        first = week_start(anchor)
        return first, first + timedelta(days=DAYS - 1)

    @staticmethod
    def step(anchor: date, direction: int) -> date:
        return anchor + timedelta(days=DAYS * direction)

    def title(self) -> str:
        first, last = self.period(self.first)
        return self.tr("%1 – %2").replace("%1", local_text(first, "d MMM")).replace(
            "%2", local_text(last, "d MMM yyyy"))

    def show_period(self, anchor: date, team_ids: Sequence[int]) -> None:
        first = week_start(anchor)
        if first == self.first and list(team_ids) == self.team_ids and not self._stale:
            return
        self.first, self.team_ids = first, list(team_ids)
        self.reload()

    def _fit_time_column(self, data: CalendarData) -> None:
        """Widen the time column for a span across a change of the clocks ('02:30 +0200–02:30 +0100')."""
        across = [o for o in data.occurrences if o.start.utcoffset() != o.end.utcoffset()]
        if across:
            metrics, header = self.fontMetrics(), self.header()
            wide = max(metrics.horizontalAdvance(time_span(o.start, o.end)) for o in across)
            header.resizeSection(TIME, max(header.sectionSize(TIME), wide + 6 * metrics.averageCharWidth()))

    def reload(self) -> None:
        first, last = self.period(self.first)
        selected = self.selected
        data = CalendarData.load(self.session, first, last, self.team_ids)
        self.agenda_model.set_data(data)
        self._stale = False
        self._fit_time_column(data)
        for row in range(self.agenda_model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self.expandAll()
        if selected is not None:
            self.select(selected, announce=False)

    def select(self, key: OccurrenceKey | None, *, announce: bool = True) -> None:
        """Select an occurrence's row (None clears); announce it unless told not to."""
        index = self.agenda_model.index_of(key) if key is not None else QModelIndex()
        found = key if index.isValid() else None
        self._selecting = True
        try:
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.scrollTo(index)
            else:
                self.selectionModel().clearSelection()
        finally:
            self._selecting = False
        changed = found != self.selected
        self.selected = found
        if announce and changed:
            self.occurrence_selected.emit(found)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key != self.selected:
            self.selected = key
            self.occurrence_selected.emit(key)

    def _on_activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is not None:
            self.occurrence_activated.emit(key)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)
