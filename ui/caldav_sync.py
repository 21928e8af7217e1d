"""Pushing to the calendar server in the background: after each change (if asked), never freezing the window.

A push runs in a worker thread over its own connection to the database file; its result comes
back as a signal, shown in the status bar. Errors never open a dialog: the user goes on working.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from . import settings as keys
from .settings import Settings

DELAY_MS = 2000  # edits in a row are pushed together


def push_work(name: str, now: datetime):
    """What a push job does on its own Store: push, and give back the summary (errors become RitualDeskErrors)."""

    def work(store, _report) -> str:
        from ritualdesk.calserver.accounts import account
        from ritualdesk.calserver.push import push
        from ritualdesk.errors import CalendarServerError, RitualDeskError

        try:
            return push(store, account(store, name), now=now).summary()
        except RitualDeskError:
            raise
        except Exception as error:  # a server answer nobody foresaw: reported, the app goes on
            raise CalendarServerError(f"{type(error).__name__}: {error}") from None

    return work


class CalendarServerSync(QObject):
    """Starts pushes (after changes, when asked) one at a time and says how each one went."""

    started = Signal()
    finished = Signal(bool, str)  # ok, summary or error

    def __init__(self, path: Path | None, settings: Settings, *, delay_ms: int = DELAY_MS,
                 clock: Callable[[], datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))
        self.running = False
        self.again = False  # a change came while a push was running
        self.last: tuple[datetime, bool, str] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.push_now)
        self.job = None

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
        from . import background

        self.running = True
        self.started.emit()
        self.job = background.start(self.path, push_work(self.account, self.clock()),
                                    done=lambda summary: self._on_done(True, summary),
                                    failed=lambda error: self._on_done(False, str(error)))
        return True

    def _on_done(self, ok: bool, text: str) -> None:
        self.running = False
        self.last = (self.clock(), ok, text)
        self.finished.emit(ok, text)
        if self.again:
            self.again = False
            self.push_now()

