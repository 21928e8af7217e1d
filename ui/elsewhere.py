"""Changes made elsewhere (the CLI, a script, a second window) noticed within a second or two, and shown."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ritualdesk.changes import Change, ChangeSet
from ritualdesk.errors import RitualDeskError
from ritualdesk.watch import Watch

if TYPE_CHECKING:
    from .main_window import MainWindow

POLL_MS = 1000  # SQLite's data_version costs microseconds: once a second, and whenever the window is focused


class ChangesElsewhere(QObject):
    """Polls the database on an injected timer and when the window comes to the front; refreshes on a change."""

    noticed = Signal()

    def __init__(self, window: MainWindow, *, timer: QTimer | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.watch = Watch(self.session.store)
        self.timer = timer or QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.session.changed.connect(self._own_edit)
        window.installEventFilter(self)

    def _own_edit(self, _changes=None) -> None:
        try:
            self.watch.own_edit()
        except (sqlite3.Error, RitualDeskError):
            pass

    def poll(self) -> bool:
        """Refresh everything shown if another connection edited the database; whether it did."""
        try:
            if not self.watch.changed():
                return False
        except (sqlite3.Error, RitualDeskError):  # busy or gone for a moment: the next poll will tell
            return False
        self.session.announce(ChangeSet(Change.ALL))
        self.window.statusBar().showMessage(self.tr("Updated with changes made elsewhere"), 4000)
        self.noticed.emit()
        return True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.poll()
        return super().eventFilter(watched, event)
