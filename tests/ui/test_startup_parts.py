"""What the window builds before the first week is painted, what right after, and what when first needed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QLabel

from tests.damage import zero_page_of


def test_the_rest_is_built_right_after_the_first_week(qtbot, session, settings):
    from ui.main_window import MainWindow

    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    assert not window._rest_built and window._reminders is None and window._exchange is None
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    qtbot.waitUntil(lambda: window._rest_built)
    assert window._reminders is not None and window._elsewhere is not None
    assert window._exchange is not None and window._caldav is not None
    assert window.elsewhere.timer.isActive()  # the watch for changes made elsewhere runs
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    export = texts.index("Export calendar…")  # the exchange's actions in their place, once
    assert texts[export:export + 5] == ["Export calendar…", "Publish calendars…", "Import calendar…",
                                        "Export minutes…", "Push to calendar server"]


def test_a_part_used_before_the_first_week_is_built_then_and_only_once(qtbot, session, settings):
    from ui.main_window import MainWindow

    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    assert window.exchange.publish_action in window.file_menu.actions()  # built on first use
    assert window._rest_built and window.reminders is not None
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    qtbot.wait(10)  # the timer that would have built it has fired, or been stopped
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert texts.count("Publish calendars…") == 1 and texts.count("Push to calendar server") == 1
    assert window.findChildren(type(window.reminders)) == [window.reminders]


def test_the_occurrence_panel_is_built_on_the_first_selection_in_its_placeholders_place(qtbot, window, session):
    assert window._panel is None
    placeholder = window.calendar_splitter.widget(1)
    assert isinstance(placeholder, QLabel) and placeholder.text() == "Select an occurrence to see its details."
    width = window.calendar_splitter.sizes()[1]
    occurrence = window.week_view.data.occurrences[0]
    window.week_view.select(occurrence.key)
    panel = window._panel
    assert panel is not None and window.calendar_splitter.widget(1) is panel
    assert window.calendar_splitter.count() == 2 and window.calendar_splitter.sizes()[1] == width
    assert panel.key == occurrence.key and panel.isVisible()
    window.week_view.select(None)
    assert window.panel is panel and panel.key is None  # built once; it follows the selection from now on


def test_the_panel_built_when_first_asked_for_shows_what_was_selected(qtbot, window):
    occurrence = window.week_view.data.occurrences[1]
    window.selected = occurrence.key
    assert window.panel.key == occurrence.key


def test_the_shortcuts_help_lists_the_panels_shortcuts_before_anything_is_selected(qtbot, window):
    from PySide6.QtWidgets import QDialog, QTextBrowser

    assert window._panel is None
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Mark held" in text and "Save notes" in text
    dialog.close()


def test_the_month_and_agenda_views_are_built_when_first_shown(qtbot, window):
    from PySide6.QtCore import Qt

    assert window._month_view is None and window._agenda_view is None
    window.view_actions["month"].trigger()
    assert window._month_view is not None and window.views.currentWidget() is window.month_view
    assert window.month_view.data.occurrences
    assert window.month_view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    window.view_actions["agenda"].trigger()
    assert window.views.currentWidget() is window.agenda_view
    assert window.views.count() == 3
    window.view_actions["week"].trigger()
    window.view_actions["month"].trigger()
    assert window.views.count() == 3  # each built once


def test_the_welcome_page_is_built_only_when_there_is_no_team(qtbot, window, empty_session, settings):
    from ui.main_window import MainWindow

    assert window._welcome is None
    first_run = MainWindow(empty_session, settings=settings, apply_themes=False)
    qtbot.addWidget(first_run)
    assert first_run.pages.currentWidget() is first_run.welcome


def test_the_first_week_is_painted_before_the_rest_is_imported(tmp_path):
    """In a fresh process through ui.app.run: what is loaded when the week's rituals first paint, and after."""
    from datetime import UTC, datetime

    from ritualdesk.demo import generate_demo
    from ritualdesk.store import Store

    database = tmp_path / "demo.sqlite3"
    store = Store.open(database)
    generate_demo(store, teams=2, years=1, seed=1, now=datetime.now(UTC))
    store.close()
    script = textwrap.dedent("""
        import sys
        from pathlib import Path

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        import ui.week_view

        paint = ui.week_view.WeekView.paintEvent
        seen = {}

        def paintEvent(self, event):
            paint(self, event)
            if "week" not in seen and self.data.occurrences:
                seen["week"] = set(sys.modules)
                window = self.window()
                QTimer.singleShot(200, lambda: (seen.setdefault("after", set(sys.modules)),
                                                seen.setdefault("built", window._rest_built), window.close()))

        ui.week_view.WeekView.paintEvent = paintEvent
        import threading

        from ritualdesk import dbfile, verify_ahead

        checked = {"ahead": [], "window": 0}  # the integrity checks: on which thread, by which path
        ahead, here = verify_ahead.integrity_problems, dbfile.integrity_problems
        verify_ahead.integrity_problems = lambda conn: (checked["ahead"].append(threading.current_thread().name),
                                                        ahead(conn))[1]
        dbfile.integrity_problems = lambda conn: (checked.__setitem__("window", checked["window"] + 1), here(conn))[1]
        from ui.app import run

        status = run(Path(sys.argv[1]))
        week, after = seen["week"], seen["after"]
        print("status", status, "built", seen["built"])
        print("at the week", sorted(m for m in ("sqlite_utils", "click", "uuid", "hmac", "ui.occurrence_panel",
                                                "ui.month_view", "ui.agenda_view", "ui.welcome", "ui.reminders_ui",
                                                "ui.exchange", "ui.elsewhere", "ui.caldav_sync", "ritualdesk.demo",
                                                "ritualdesk.calserver.accounts") if m in week))
        print("after", sorted(m for m in ("sqlite_utils", "ui.occurrence_panel", "ui.reminders_ui",
                                           "ui.exchange", "ui.elsewhere", "ui.caldav_sync") if m in after))
        print("checked ahead", checked["ahead"], "on the window's thread", checked["window"])
    """)
    home = tmp_path / "home"
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)  # this checkout first, as pytest runs it
    result = subprocess.run([sys.executable, "-c", script, str(database)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "status 0 built True"
    assert lines[1] == "at the week []"  # none of them is needed to paint the first week
    assert lines[2] == "after ['ui.caldav_sync', 'ui.elsewhere', 'ui.exchange', 'ui.reminders_ui']"
    # The file's checks ran once, on another thread while the week was read, not on the window's after it.
    assert lines[3] == "checked ahead ['ritualdesk-verify'] on the window's thread 0"


@pytest.mark.parametrize("table", ["action_reviews", "occurrences"])  # not read for the first week / read for it
def test_a_damaged_file_is_refused_at_start_before_anything_is_written(qtbot, store, settings, table):
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    from ritualdesk.store import Store
    from ui.main_window import MainWindow
    from ui.session import Session

    path = store.path
    store.close()
    zero_page_of(path, table)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    opened = []

    def open_session():  # as ui/app.py opens it: its checks wait until the first week is painted
        opened.append(Store.open(path, check_later=True))
        return Session(opened[-1])

    window = MainWindow(open_session=open_session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openError") is not None)
    box = window.findChild(QMessageBox, "openError")
    assert "damaged" in box.text() and "restore a backup" in box.text()
    assert window._reminders is None and window._exchange is None  # nothing else was built over it
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible())
    opened[0].close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_check_left_for_later_that_finds_the_file_busy_leaves_the_window_working(qtbot, session, settings,
                                                                                  monkeypatch):
    from ritualdesk.errors import StoreBusy
    from ui.main_window import MainWindow

    def busy():
        raise StoreBusy("the database is busy: another program is writing to it")

    monkeypatch.setattr(session.store, "verify", busy)
    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._rest_built)
    assert window.reminders is not None and window.exchange is not None and window.isVisible()
