"""The main window: for now, the next two weeks of every team's rituals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from ritualdesk.agenda import agenda
from ritualdesk.store import Store

from .agenda_model import AgendaModel


class MainWindow(QMainWindow):
    """Shows the coming occurrences of every team; the full calendar views come next."""

    def __init__(self, store: Store, *, today: date | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("RitualDesk"))
        self.resize(960, 600)
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.table)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
        self._load(store, today or date.today())

    def _load(self, store: Store, today: date) -> None:
        occurrences = agenda(store, first=today, last=today + timedelta(days=13))
        self.model.set_occurrences(
            occurrences,
            teams={t.id: t.name for t in store.teams()},
            rituals={r.id: r for r in store.rituals()},
            members={m.id: m.name for m in store.members()},
        )
        self.statusBar().showMessage(self.tr("%n occurrence(s) in the next two weeks", "", len(occurrences)))
