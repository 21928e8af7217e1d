"""Long reads and writes off the window's thread, on their own connection to the database file."""

from __future__ import annotations

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


def start(parent, path: Path, work: Work, *, done: Callable[[Any], None], failed: Callable[[Exception], None],
          progress: Callable[[int, int], None] | None = None) -> Job:
    """Start a job whose results go to `done` or `failed` (in the window's thread); the job is returned."""
    job = Job(path, work, parent)
    job.succeeded.connect(done)
    job.failed.connect(failed)
    if progress is not None:
        job.progressed.connect(progress)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
