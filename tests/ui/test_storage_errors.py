"""A database that fails under the app (damaged page, lock held too long) gets a message, never a traceback."""

from __future__ import annotations

import io
import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QMessageBox


def _zero_roots(store, prefix: str) -> None:
    """Zero the first page of every table and index whose name starts with `prefix`."""
    conn = store.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [row[0] for row in conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE tbl_name LIKE ? AND rootpage > 1", [f"{prefix}%"])]
    with open(store.path, "r+b") as handle:
        for root in roots:
            handle.seek((root - 1) * page_size)
            handle.write(b"\x00" * page_size)
    conn.execute("PRAGMA shrink_memory")  # the app has not read those pages for a while


def _storage_box(window) -> QMessageBox:
    return next(w for w in QApplication.topLevelWidgets() + window.findChildren(QMessageBox)
                if w.objectName() == "storageError")


def test_a_page_damaged_under_the_running_app_is_reported_without_a_traceback(qtbot, window, session, monkeypatch):
    from ui.app import report_unexpected

    console = io.StringIO()
    monkeypatch.setattr(sys, "__stderr__", console)

    _zero_roots(session.store, "")
    with qtbot.capture_exceptions() as raised:
        window.next_action.trigger()  # the week view reads the occurrences' states
    assert raised, "the damaged page was not met"
    kind, error, trace = raised[0]
    assert isinstance(error, sqlite3.DatabaseError)
    report_unexpected(kind, error, trace)  # what the app's excepthook does with it
    box = _storage_box(window)
    assert "damaged" in box.informativeText() and "restore a backup" in box.informativeText()
    assert box.detailedText() == ""
    assert "Traceback" not in console.getvalue() and console.getvalue().count("\n") == 1
    box.close()


def test_a_busy_database_under_the_app_says_busy_and_try_again(qtbot, window):
    from ui.app import report_unexpected

    error = sqlite3.OperationalError("database is locked")
    report_unexpected(type(error), error, None)
    box = _storage_box(window)
    assert "busy" in box.informativeText() and "try again" in box.informativeText()
    assert "damaged" not in box.informativeText()
    box.close()


def test_the_message_stays_up_when_no_window_is_active(qapp):
    import gc

    from ui.app import report_storage_error

    report_storage_error(sqlite3.DatabaseError("database disk image is malformed"))
    gc.collect()  # nothing but the app keeps the box: it must still be there for the person to read
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "storageError" and w.isVisible()]
    assert boxes and "damaged" in boxes[-1].informativeText()
    boxes[-1].done(0)
