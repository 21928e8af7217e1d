"""Pushing to the calendar server in the background: after each change (if asked), never freezing the window.

A push runs in a worker thread over its own connection to the database file; its result comes
back as a signal, shown in the status bar. Errors never open a dialog: the user goes on working.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from . import settings as keys
from .settings import Settings

DELAY_MS = 2000  # edits in a row are pushed together


def run_push(path: Path, name: str, now: datetime) -> tuple[bool, str]:
    """One push over a connection of its own to the database file: (ok, summary or error)."""
    from ritualdesk.calserver.accounts import account
    from ritualdesk.calserver.push import push
    from ritualdesk.errors import RitualDeskError
    from ritualdesk.store import Store

    try:
        store = Store.open(path, create=False)
    except RitualDeskError as error:
        return False, str(error)
    try:
        result = push(store, account(store, name), now=now)
        return True, result.summary()
    except RitualDeskError as error:
        return False, str(error)
    except Exception as error:  # a server answer nobody foresaw: reported, the app goes on
        return False, f"{type(error).__name__}: {error}"
    finally:
        store.close()


class CalendarServerSync(QObject):
    """Starts pushes (after changes, when asked) one at a time and says how each one went."""

    started = Signal()
    finished = Signal(bool, str)  # ok, summary or error
    _done = Signal(bool, str)  # from the worker thread

    def __init__(self, path: Path | None, settings: Settings, *, delay_ms: int = DELAY_MS,
                 clock: Callable[[], datetime] | None = None,
                 runner: Callable[[Path, str, datetime], tuple[bool, str]] = run_push, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))
        self.runner = runner
        self.running = False
        self.again = False  # a change came while a push was running
        self.last: tuple[datetime, bool, str] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.push_now)
        self._done.connect(self._on_done)
        self._thread: threading.Thread | None = None

    @property
    def account(self) -> str:
        """The account the app pushes to ('' for none)."""
        return self.settings.get(keys.CALDAV_ACCOUNT)

    def enabled(self) -> bool:
        """Whether pushes follow changes."""
        return bool(self.path is not None and self.account and self.settings.get(keys.CALDAV_AUTO_PUSH))

    def on_changed(self, _changes=None) -> None:
        """An edit was made: push a little later (edits in a row go together)."""
        if self.enabled():
            self.timer.start()

    def push_now(self) -> bool:
        """Start a push now (or right after the one running); whether one was started or queued."""
        if self.path is None or not self.account:
            return False
        if self.running:
            self.again = True
            return True
        self.running = True
        self.started.emit()
        name, path, now = self.account, self.path, self.clock()

        def work() -> None:
            ok, text = self.runner(path, name, now)
            self._done.emit(ok, text)

        self._thread = threading.Thread(target=work, name="caldav-push", daemon=True)
        self._thread.start()
        return True

    def _on_done(self, ok: bool, text: str) -> None:
        self.running = False
        self.last = (self.clock(), ok, text)
        self.finished.emit(ok, text)
        if self.again:
            self.again = False
            self.push_now()

    def wait(self, seconds: float = 30.0) -> None:
        """Wait for the worker thread (closing the window, tests)."""
        if self._thread is not None:
            self._thread.join(seconds)
