"""The fairness view: turns per member over a period (chart and table), turn changes, forecast and "what if"."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.changes import Change
from ritualdesk.errors import RitualDeskError
from ritualdesk.fairness import forecast, period_fairness, period_plan, turn_history
from ritualdesk.model import Absence

from .date_field import date_edit
from .fairness_chart import FairnessChart
from .fairness_models import SORT_ROLE, FairnessModel, ForecastModel, HistoryModel, member_turns
from .flow_layout import FlowLayout


def _table(parent: QWidget, model, *, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it: not one press per cell
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FairnessView(QWidget):
    """Choose a team, a ritual (or all) and a period; see who held, who is planned and who is owed."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stale = False
        self.what_if: list[Absence] = []
        layout = QVBoxLayout(self)
        controls = FlowLayout()  # the rows of choices wrap in a narrow window (1024 px, French) instead of widening it
        self.team_combo = QComboBox(self)
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.ritual_combo = QComboBox(self)
        self.ritual_combo.setAccessibleName(self.tr("Ritual"))
        self.ritual_combo.setMinimumContentsLength(16)
        self.from_edit = date_edit(self)
        self.to_edit = date_edit(self)
        team_label = QLabel(self.tr("Te&am:"), self)
        team_label.setBuddy(self.team_combo)
        ritual_label = QLabel(self.tr("&Ritual:"), self)
        ritual_label.setBuddy(self.ritual_combo)
        from_label = QLabel(self.tr("Fr&om:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("to:"), self)
        to_label.setBuddy(self.to_edit)
        for widget in (team_label, self.team_combo, ritual_label, self.ritual_combo, from_label, self.from_edit,
                       to_label, self.to_edit):
            controls.addWidget(widget)
        layout.addLayout(controls)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.chart = FairnessChart(split)
        self.model = FairnessModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(split, self.proxy, stretch=0)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Turns per member"))
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        sample = "Margaux-Éloïse Held Planned Fair share Owed"  # a long name and the headers, unclipped
        self._table_floor = self.table.fontMetrics().horizontalAdvance(sample) + 60  # _fit_table widens it
        self.table.setMinimumWidth(self._table_floor)
        split.setSizes([640, 420])
        layout.addWidget(split, 3)

        self.tabs = QTabWidget(self)
        self.history_model = HistoryModel(self)
        history = QWidget(self.tabs)
        history_layout = QVBoxLayout(history)
        self.history_empty = QLabel(self.tr("No override, swap, pass or defer in this period: every turn went "
                                            "as the rotation planned."), history)
        self.history_empty.setWordWrap(True)
        history_layout.addWidget(self.history_empty)
        self.history_view = _table(history, self.history_model, stretch=5)
        self.history_view.setAccessibleName(self.tr("Turn changes"))
        history_layout.addWidget(self.history_view, 1)
        self.tabs.addTab(self._build_forecast(), self.tr("Fore&cast and what if"))
        self.tabs.addTab(history, self.tr("Hi&story of turn changes"))
        self.history_model.modelReset.connect(
            lambda: self.history_empty.setVisible(self.history_model.rowCount() == 0))
        layout.addWidget(self.tabs, 2)

        self.team_combo.currentIndexChanged.connect(self._team_chosen)
        self.ritual_combo.currentIndexChanged.connect(self.refresh)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        session.changed.connect(self._session_changed)
        self._load_teams()

    def _build_forecast(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        row = FlowLayout()
        count_label = QLabel(self.tr("&Next:"), page)
        self.count_spin = QSpinBox(page)
        self.count_spin.setRange(1, 200)
        self.count_spin.setValue(10)
        self.count_spin.setSuffix(self.tr(" occurrences"))
        count_label.setBuddy(self.count_spin)
        self.away_combo = QComboBox(page)
        self.away_combo.setAccessibleName(self.tr("Member away"))
        self.away_from = date_edit(page)
        self.away_to = date_edit(page)
        away_label = QLabel(self.tr("&What if away:"), page)
        away_label.setBuddy(self.away_combo)
        self.away_button = QPushButton(self.tr("Mar&k away"), page)
        self.away_button.setToolTip(self.tr("See the forecast as if this member were away; nothing is saved"))
        self.clear_button = QPushButton(self.tr("C&lear what if"), page)
        for widget in (count_label, self.count_spin, away_label, self.away_combo, self.away_from,
                       QLabel("–", page), self.away_to, self.away_button, self.clear_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.what_if_label = QLabel(page)
        self.what_if_label.setWordWrap(True)
        layout.addWidget(self.what_if_label)
        self.forecast_model = ForecastModel(self)
        self.forecast_view = _table(page, self.forecast_model, stretch=3)
        self.forecast_view.setAccessibleName(self.tr("Forecast"))
        layout.addWidget(self.forecast_view, 1)
        self.count_spin.valueChanged.connect(self._refresh_forecast)
        self.away_button.clicked.connect(self._mark_away)
        self.clear_button.clicked.connect(self.clear_what_if)
        self.away_from.dateChanged.connect(lambda d: self.away_to.setDate(max(d, self.away_to.date())))
        return page

    # -- choosing ---------------------------------------------------------------------------------

    def _load_teams(self) -> None:
        current = self.team_combo.currentData()
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for team in self._session.teams():
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.blockSignals(False)
        index = self.team_combo.findData(current)
        self.team_combo.setCurrentIndex(index if index >= 0 else 0)
        self._team_chosen()

    def show_team(self, team_id: int | None) -> None:
        """Show a team (the one selected in the sidebar)."""
        index = self.team_combo.findData(team_id)
        if index >= 0 and index != self.team_combo.currentIndex():
            self.team_combo.setCurrentIndex(index)

    @property
    def team_id(self) -> int | None:
        return self.team_combo.currentData()

    def _team_chosen(self) -> None:
        team_id = self.team_id
        self.what_if = []
        for combo in (self.ritual_combo, self.away_combo):
            combo.blockSignals(True)
            combo.clear()
        if team_id is not None:
            self.ritual_combo.addItem(self.tr("All rituals"), None)
            for ritual in self._session.rituals(team_id):
                self.ritual_combo.addItem(ritual.title, ritual.id)
            today = self._session.today(team_id)
            for member in self._session.members(team_id):
                if member.is_member_on(today):
                    self.away_combo.addItem(member.name, member.id)
            for edit, day in ((self.from_edit, today - timedelta(days=182)), (self.to_edit, today + timedelta(days=90)),
                              (self.away_from, today), (self.away_to, today + timedelta(days=4))):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        for combo in (self.ritual_combo, self.away_combo):
            combo.blockSignals(False)
        self.refresh()

    def _ritual_ids(self) -> list[int] | None:
        ritual_id = self.ritual_combo.currentData()
        return None if ritual_id is None else [ritual_id]

    def _names(self) -> dict[int, str]:
        return {m.id: m.name for m in self._session.members(self.team_id)}

    # -- showing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures, the history and the forecast for what is chosen."""
        team_id = self.team_id
        if team_id is None:
            self.model.set_rows([])
            self.chart.set_rows([])
            self.history_model.set_events([], {})
            self.forecast_model.set_forecast([], None, {})
            return
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if last < first:
            first, last = last, first
        store, names, today = self._session.store, self._names(), self._session.today(team_id)
        plan = period_plan(store, team_id, ritual_ids=self._ritual_ids(), last=last, today=today)
        rows = member_turns(period_fairness(store, team_id, first=first, last=last, today=today, plan=plan), names)
        self.model.set_rows(rows)
        self._fit_table()
        self.chart.set_rows(rows)
        self.history_model.set_events(turn_history(store, team_id, first=first, last=last, plan=plan), names)
        self._refresh_forecast()

    def _fit_table(self) -> None:
        """The table as wide as its headers and names need: "Baptiste", not "Ba…", beside the chart."""
        table, header = self.table, self.table.horizontalHeader()
        width = sum(max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
                    for column in range(self.proxy.columnCount()) if not table.isColumnHidden(column))
        width += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(max(self._table_floor, width))

    def _refresh_forecast(self) -> None:
        team_id = self.team_id
        if team_id is None:
            return
        store, names = self._session.store, self._names()
        args = {"ritual_ids": self._ritual_ids(), "count": self.count_spin.value(), "now": self._session.now()}
        plain = forecast(store, team_id, **args)
        what_if = forecast(store, team_id, **args, away=self.what_if) if self.what_if else None
        self.forecast_model.set_forecast(plain, what_if, names)
        self.forecast_view.setColumnHidden(3, what_if is None)
        if self.what_if:
            changed = sum(self.forecast_model.changed(i) for i in range(self.forecast_model.rowCount()))
            away = "; ".join(f"{names.get(a.member_id, '?')} {a.start:%Y-%m-%d}–{a.end:%Y-%m-%d}"
                             for a in self.what_if)
            self.what_if_label.setText(self.tr("What if away: %1 — %n occurrence(s) change facilitator (bold). "
                                               "Nothing is saved.", "", changed).replace("%1", away))
        else:
            self.what_if_label.setText(self.tr("Mark a member away over some dates to see who would facilitate "
                                               "instead; nothing is saved."))
        self.clear_button.setEnabled(bool(self.what_if))

    def _mark_away(self) -> None:
        member_id = self.away_combo.currentData()
        if member_id is None:
            return
        first, last = self.away_from.date().toPython(), self.away_to.date().toPython()
        try:
            self.what_if.append(Absence(id=None, member_id=member_id, start=min(first, last), end=max(first, last),
                                        reason="what if"))
        except RitualDeskError:
            return
        self._refresh_forecast()

    def clear_what_if(self) -> None:
        """Forget the "what if" absences (none was ever saved)."""
        self.what_if = []
        self._refresh_forecast()

    def _session_changed(self, changes) -> None:
        if changes.what & Change.TEAMS:
            self._load_teams()
            return
        if changes.concerns(Change.OCCURRENCES | Change.MEMBERS | Change.RITUALS, self.team_id):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
