"""Long reads and writes off the window's thread, on their own connection to the database file."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from ritualdesk.errors import RitualDeskError, StoreError

Work = Callable[[Any, Callable[[int, int], None]], Any]  # (store, report(done, total)) -> result


class Job(QThread):
    """Runs `work(store, report)` in a thread over its own Store on `path`; signals come back to the window.

    SQLite allows one writer and many readers at once (WAL): the window stays usable meanwhile,
    and what the job writes reaches the window as a change made elsewhere.
    """

    progressed = Signal(int, int)  # done, total (0: unknown)
    succeeded = Signal(object)
    failed = Signal(object)  # a RitualDeskError to show

    def __init__(self, path: Path, work: Work, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.work = work
        self.result: Any = None
        self.error: RitualDeskError | None = None

    def run(self) -> None:
        from ritualdesk.store import Store

        try:
            store = Store.open(self.path, create=False)
            try:
                self.result = self.work(store, self.progressed.emit)
            finally:
                store.close()
        except RitualDeskError as error:
            self.error = error
        except sqlite3.Error as error:
            self.error = StoreError(QCoreApplication.translate(
                "Job", "The database could not be read or written (%1); nothing was changed.").replace(
                "%1", str(error)))
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.result)


class _CollectorHold:
    """Python's cycle collector paused while jobs run, and resumed in the window's thread.

    The collector runs in whichever thread happens to allocate: in a job's thread it could free a
    widget of the window (a cycle through a connected lambda), and a widget must only ever be
    destroyed in the window's thread. Reference counting still frees everything else meanwhile.
    """

    def __init__(self) -> None:
        self.jobs = 0
        self.paused = False

    def take(self) -> None:
        if self.jobs == 0 and gc.isenabled():
            gc.disable()
            self.paused = True
        self.jobs += 1

    def give_back(self) -> None:
        self.jobs -= 1
        if self.jobs == 0 and self.paused:
            self.paused = False
            gc.enable()


_collector = _CollectorHold()
_running: set[Job] = set()  # jobs outlive the dialog that started them: a thread is never destroyed running


def start(path: Path, work: Work, *, done: Callable[[Any], None], failed: Callable[[Exception], None],
          progress: Callable[[int, int], None] | None = None) -> Job:
    """Start a job whose results go to `done` or `failed` (in the window's thread); the job is returned."""
    job = Job(path, work)
    job.succeeded.connect(done)
    job.failed.connect(failed)
    if progress is not None:
        job.progressed.connect(progress)

    def finished() -> None:
        _running.discard(job)
        _collector.give_back()
        job.deleteLater()

    job.finished.connect(finished)
    app = QCoreApplication.instance()
    if app is not None and not app.property("ritualdeskJobsHooked"):
        app.setProperty("ritualdeskJobsHooked", True)
        app.aboutToQuit.connect(wait_all)  # a thread must not be destroyed running when the app quits
    _running.add(job)
    _collector.take()
    job.start()
    return job


def wait_all() -> None:
    """Let every running job finish (the app quits)."""
    for job in list(_running):
        job.wait()
