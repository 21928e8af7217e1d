"""The calendar exchange in the window: Export…, Publish…, Import… and publishing after each change."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from . import background
from . import settings as keys

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import Session
    from .settings import Settings

DEBOUNCE_MS = 3000  # edits in a burst (typing notes, dragging) are published once


class AutoPublisher(QObject):
    """Republishes the remembered feeds after each change made in the app, debounced, in the background."""

    published = Signal(object)  # the list of Published
    failed = Signal(str)

    def __init__(self, session: Session, settings: Settings, *, timer: QTimer | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.timer = timer or QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.publish_now)
        self.job = None
        self.again = False  # a change came while publishing: publish once more afterwards
        self.last_published: datetime | None = None
        self.last_error = ""
        # every edit, undo and redo made here moves the undo stack's index
        session.undo_stack.indexChanged.connect(self.changed)

    def enabled(self) -> bool:
        return self.settings.get(keys.PUBLISH_AUTO) and bool(self.settings.get(keys.PUBLISH_FOLDER))

    def changed(self, *_args) -> None:
        """An edit was made: publish a little later (a burst of edits restarts the wait)."""
        try:
            if self.enabled():
                self.timer.start()
        except RuntimeError:  # the window and its settings are being torn down
            return

    def publish_now(self) -> None:
        from .publish_dialog import publish_work

        if not self.enabled():
            return
        if self.job is not None:
            self.again = True
            return
        chosen = [int(t) for t in self.settings.get(keys.PUBLISH_TEAMS) if str(t).isdigit()]
        work = publish_work(Path(self.settings.get(keys.PUBLISH_FOLDER)), team_ids=chosen or None,
                            todos=self.settings.get(keys.PUBLISH_TODOS), now=self.session.now(),
                            today=self.session.today())
        self.job = background.start(self.session.store.path, work, done=self._done, failed=self._failed)

    def _done(self, results) -> None:
        self.job = None
        self.last_published = self.session.now()
        self.last_error = ""
        self.published.emit(results)
        self._maybe_again()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.last_error = str(error)
        self.failed.emit(self.last_error)
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self.again:
            self.again = False
            self.timer.start()

    def wait(self) -> None:
        """Let a publication in progress finish (the window closes)."""
        if self.job is not None:
            self.job.wait()


class Exchange(QObject):
    """The window's Export…, Publish… and Import… actions, and the status bar line of auto-publishing."""

    def __init__(self, window: MainWindow, *, timer: QTimer | None = None) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        self.publish_action = self._make(self.tr("&Publish calendars…"), self.open_publish, "Ctrl+Shift+P",
                                         self.tr("Write every team's and member's feed into a shared folder"))
        self.import_action = self._make(self.tr("&Import calendar…"), self.open_import, "Ctrl+I",
                                        self.tr("Absences, ritual series or a RitualDesk export, from an .ics file"))
        before = window.minutes_action or window.file_separator  # built later than Export minutes…, shown before it
        window.file_menu.insertAction(before, self.publish_action)
        window.file_menu.insertAction(before, self.import_action)
        self.auto = AutoPublisher(session, window.settings, timer=timer, parent=self)
        self.status = QLabel(window)
        self.status.setObjectName("publishStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.auto.published.connect(self._published)
        self.auto.failed.connect(self._failed)
        self.last_dialog = None

    def _make(self, text: str, slot, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def open_export(self, team_id: int | None) -> None:
        from .export_dialog import ExportDialog

        self._open(ExportDialog(self.window.session, team_id, self.window))

    def open_publish(self) -> None:
        from .publish_dialog import PublishDialog

        self._open(PublishDialog(self.window.session, self.window.settings, self.window))

    def open_import(self) -> None:
        from .import_dialog import ImportDialog

        self._open(ImportDialog(self.window.session, self.window.current_team_id(), self.window))

    def _open(self, dialog) -> None:
        self.last_dialog = dialog
        self.window._open_dialog(dialog)

    def _published(self, results) -> None:
        written = sum(r.written for r in results)
        when = self.auto.last_published.astimezone()
        self.status.setText(self.tr("Published at %1").replace("%1", f"{when:%H:%M}"))
        self.status.setToolTip(self.tr("%n feed(s) rewritten in %1", "", written).replace(
            "%1", self.window.settings.get(keys.PUBLISH_FOLDER)))
        emptied = [r.path.name for r in results if r.gone and r.written]
        if emptied:  # a team or member deleted here: say what its subscribers no longer see
            self.window.statusBar().showMessage(self.tr(
                "%n feed(s) emptied, their team or member gone (%1)", "", len(emptied)).replace(
                "%1", ", ".join(emptied)), 10000)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Publishing failed"))
        self.status.setToolTip(message)
        self.window.statusBar().showMessage(self.tr("Publishing failed: %1").replace("%1", message), 10000)
