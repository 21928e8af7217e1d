"""Changes made elsewhere: another window, the CLI in another process; two windows side by side; a busy database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from ritualdesk import dbfile
from ritualdesk.model import OccurrenceKey, OccurrenceStatus, RitualKind
from ritualdesk.store import Store
from tests.ui.conftest import NOW

ROOT = Path(__file__).parents[2]


def _standup_key(session, day):
    ritual = next(r for r in session.rituals() if r.kind is RitualKind.STANDUP)
    return OccurrenceKey(ritual.id, datetime(2026, 3, day, 9, 30))


def _shown_status(window, key):
    return next(o.status for o in window.week_view.data.occurrences if o.key == key)


@pytest.fixture
def second_window(store, settings, qtbot):
    """The app started a second time on the same database: its own connection, its own window."""
    from ui.main_window import MainWindow
    from ui.session import Session

    other = Store.open(store.path)
    window = MainWindow(Session(other, clock=lambda: NOW), settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    yield window
    other.close()


def test_the_window_polls_at_least_every_two_seconds(window):
    assert window.elsewhere.timer.isActive() and window.elsewhere.timer.interval() <= 2000
    assert not window.elsewhere.poll()  # nothing happened


def test_an_edit_in_a_second_window_is_seen_by_the_first(qtbot, window, second_window, session):
    key = _standup_key(session, 19)
    assert _shown_status(window, key) is OccurrenceStatus.PLANNED
    second_window.session.cancel(key)
    assert not second_window.elsewhere.poll()  # its own edit: it knows already
    with qtbot.waitSignal(session.changed):
        assert window.elsewhere.poll()
    assert _shown_status(window, key) is OccurrenceStatus.CANCELLED
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere"
    session.restore(key)  # and back: both work side by side
    assert second_window.elsewhere.poll()
    assert _shown_status(second_window, key) is OccurrenceStatus.PLANNED


def test_a_cli_edit_in_another_process_is_seen(qtbot, window, session):
    key = _standup_key(session, 19)
    uid = session.uid(key)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "ritualdesk", "--db", str(session.store.path), "occurrence", uid,
                           "--cancel"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert window.elsewhere.poll()
    assert _shown_status(window, key) is OccurrenceStatus.CANCELLED


def test_publishing_elsewhere_after_an_edit_here_is_not_an_edit(qtbot, window, session, tmp_path):
    from ritualdesk.ical.publish import publish

    session.cancel(_standup_key(session, 20))  # our own edit: nothing to notice
    other = Store.open(session.store.path)
    try:
        publish(other, tmp_path, now=NOW, today=NOW.date())
    finally:
        other.close()
    assert not window.elsewhere.poll()  # the ledger changed, nothing anyone sees


def test_undoing_over_a_change_made_elsewhere_keeps_the_other_change(qtbot, window, second_window, session):
    key = _standup_key(session, 19)
    session.move(key, datetime(2026, 3, 19, 11, 0))
    second_window.elsewhere.poll()
    second_window.session.move(key, datetime(2026, 3, 19, 14, 0))
    window.elsewhere.poll()
    failures = []
    session.failed.connect(failures.append)
    session.undo_stack.undo()
    assert failures  # refused: it would lose the other window's move
    assert session.occurrence(key).start.hour == 14


def test_an_edit_refused_because_the_database_is_busy_says_so_and_loses_nothing(qtbot, tmp_path, monkeypatch,
                                                                                   store, qapp):
    from ui.feedback import guarded
    from ui.session import Session

    monkeypatch.setattr(dbfile, "BUSY_TIMEOUT", 0.05)  # the test does not wait five seconds
    mine = Store.open(store.path)
    session = Session(mine, clock=lambda: NOW)
    key = _standup_key(session, 19)
    locker = sqlite3.connect(store.path)
    locker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        assert guarded(parent, lambda: session.cancel(key)) is None
        box = parent.findChild(QMessageBox, "errorMessage")
        assert "busy" in box.informativeText()
        box.close()
        assert session.undo_stack.count() == 0
    finally:
        locker.rollback()
        locker.close()
    session.cancel(key)  # once the other program is done, the same edit goes through
    assert session.occurrence(key).status is OccurrenceStatus.CANCELLED
    mine.close()
