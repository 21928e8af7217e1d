"""File › New database, Open database, Open recent, Back up, Check database; the title names the file."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from ritualdesk.model import Team
from ritualdesk.store import Store
from ui import settings as keys


def _other_database(path):
    store = Store.open(path)
    store.add_team(Team(None, "Les Loutres", timezone="Europe/Paris"))
    store.close()
    return path


def _texts(menu):
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_the_window_title_names_the_database(window, store):
    assert window.windowTitle() == f"{store.path.name} — RitualDesk"


def test_the_file_menu_offers_the_database_commands_with_shortcuts(window):
    texts = _texts(window.file_menu)
    assert texts[:5] == ["New database…", "Open database…", "Open recent", "Back up…", "Check database"]
    assert window.files.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    for action in (window.files.new_action, window.files.backup_action, window.files.check_action):
        assert not action.shortcut().isEmpty()
        assert action.isEnabled()


def test_opening_another_database_replaces_the_window_and_remembers_both(qtbot, window, tmp_path, settings):
    other = _other_database(tmp_path / "loutres.sqlite3")
    replacement = window.files.open(other)
    qtbot.addWidget(replacement)
    qtbot.waitUntil(lambda: replacement._loaded)
    assert not window.isVisible()
    assert replacement.windowTitle() == "loutres.sqlite3 — RitualDesk"
    assert [t.name for t in replacement.session.teams()] == ["Les Loutres"]
    recent = settings.get(keys.RECENT_DATABASES)
    assert recent[:2] == [str(other.absolute()), str(window.session.store.path.absolute())]
    replacement.files.fill_recent()
    assert [a.data() for a in replacement.files.recent_menu.actions() if a.data()] == [recent[1]]


def test_a_file_of_another_application_is_refused_and_left_untouched(qtbot, window, tmp_path):
    foreign = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    assert window.files.open(foreign) is None
    box = window.findChild(QMessageBox, "openRefused")
    assert "another application" in box.text() and "untouched" in box.text()
    assert foreign.read_bytes() == before
    assert window.isVisible() and window.windowTitle().startswith("ui.sqlite3")


def test_a_database_of_a_newer_version_is_refused(qtbot, window, tmp_path):
    newer = _other_database(tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = newer.read_bytes()
    assert window.files.open(newer) is None
    assert "newer version" in window.findChild(QMessageBox, "openRefused").text()
    assert newer.read_bytes() == before


def test_a_text_file_is_refused(window, tmp_path):
    text = tmp_path / "readme.db"
    text.write_text("hello " * 100)
    assert window.files.open(text) is None
    assert "not a RitualDesk database" in window.findChild(QMessageBox, "openRefused").text()
    assert text.read_text() == "hello " * 100


def test_a_new_database_starts_empty_and_never_replaces_a_file(qtbot, window, tmp_path):
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"precious")
    assert window.files.create(taken) is None
    assert taken.read_bytes() == b"precious"
    fresh = window.files.create(tmp_path / "fresh.sqlite3")
    qtbot.addWidget(fresh)
    assert fresh.session.teams() == []
    assert fresh.windowTitle() == "fresh.sqlite3 — RitualDesk"
    qtbot.waitUntil(lambda: fresh.pages.currentWidget() is fresh.welcome)


def test_back_up_writes_a_copy_that_opens(window, tmp_path):
    target = tmp_path / "copy.sqlite3"
    assert window.files.backup(target)
    copy = Store.open(target, create=False)
    assert [t.name for t in copy.teams()] == ["Les Castors"]
    copy.close()
    assert "Backed up" in window.statusBar().currentMessage()


def test_back_up_over_the_database_itself_is_refused(window):
    assert not window.files.backup(window.session.store.path)
    assert "the database itself" in window.files.last_message.informativeText()
    assert window.files.last_message.text() == "The backup was not written."  # not "That change could not be made."


def test_check_database_says_the_file_is_healthy(window):
    assert window.files.check() == []
    assert "healthy" in window.files.last_message.text()
