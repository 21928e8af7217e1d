"""File menu of the database itself: new, open, open recent, back up, check; the window title names the file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ritualdesk.errors import RitualDeskError

from . import settings as keys

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from .main_window import MainWindow

RECENT_LIMIT = 8


def window_title(path: Path | None, *, read_only: bool = False) -> str:
    """'team.sqlite3 — RitualDesk': the file first, as desktop windows name their document."""
    if path is None:
        return QCoreApplication.translate("Files", "RitualDesk")
    if read_only:
        return QCoreApplication.translate("Files", "%1 (read-only) — RitualDesk").replace("%1", path.name)
    return QCoreApplication.translate("Files", "%1 — RitualDesk").replace("%1", path.name)


def remember(settings, path: Path) -> list[str]:
    """Put `path` first in the recent databases (at most RECENT_LIMIT, no duplicates); the new list."""
    text = str(Path(path).absolute())
    recent = [text] + [p for p in settings.get(keys.RECENT_DATABASES) if p != text]
    recent = recent[:RECENT_LIMIT]
    settings.set(keys.RECENT_DATABASES, recent)
    return recent


class FileActions(QObject):
    """The actions of File › New database…, Open database…, Open recent, Back up…, Check database."""

    def __init__(self, window: MainWindow, *, open_window: Callable[..., MainWindow] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._open_window = open_window or open_database_window
        self.read_only_badge = None  # shown when the database cannot be written
        self.new_action = self._make(self.tr("New &database…"), self.ask_new, ["Ctrl+Alt+N"],
                                     self.tr("Create an empty database file and switch to it"))
        self.open_action = self._make(self.tr("&Open database…"), self.ask_open, [QKeySequence.StandardKey.Open],
                                      self.tr("Switch to another database file (Ctrl+O)"))
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.backup_action = self._make(self.tr("&Back up…"), self.ask_backup, ["Ctrl+Shift+B"],
                                        self.tr("Write a consistent copy of this database"))
        self.check_action = self._make(self.tr("&Check database"), self.check, ["Ctrl+Alt+K"],
                                       self.tr("Look for damage in this database (reads only)"))
        for action in (self.backup_action, self.check_action):
            action.setEnabled(False)  # until a database is open
        self.fill_recent()

    def _make(self, text: str, slot, shortcuts, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def install(self, menu: QMenu, before: QAction) -> None:
        """Put the actions in the File menu above `before`."""
        for action in (self.new_action, self.open_action):
            menu.insertAction(before, action)
        menu.insertMenu(before, self.recent_menu)
        menu.insertSeparator(before)
        for action in (self.backup_action, self.check_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)

    def attached(self, path: Path | None) -> None:
        """The window's database is open: name it in the title and the recent list, and say if it is read-only."""
        session = self.window.session
        read_only = session is not None and session.store.read_only
        self.window.setWindowTitle(window_title(path, read_only=read_only))
        if read_only:
            self._say_read_only()
        if path is not None:
            self.window.setWindowFilePath(str(path))
            remember(self.window.settings, path)
            self.fill_recent()
        self.backup_action.setEnabled(True)
        self.check_action.setEnabled(path is not None)

    def _say_read_only(self) -> None:
        """A lasting mark in the status bar: everything can be read, exported and published; no edit is kept."""
        from PySide6.QtWidgets import QLabel

        badge = QLabel(self.tr("Read-only"), self.window)
        badge.setObjectName("readOnlyBadge")
        badge.setToolTip(self.tr("This database cannot be written (the file or its folder is read-only, or its disk "
                                 "is full). You can read it, check it, back it up, export and publish its "
                                 "calendars; every edit is refused and nothing is changed."))
        self.window.statusBar().addPermanentWidget(badge)
        self.read_only_badge = badge

    # -- recent ------------------------------------------------------------------------------

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.current_path()
        shown = 0
        for number, text in enumerate(self.window.settings.get(keys.RECENT_DATABASES), start=1):
            path = Path(text)
            if current is not None and path == current.absolute():
                continue
            action = self.recent_menu.addAction(f"&{number} {path.name}  ({path.parent})")
            action.setData(text)
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _=False, p=path: self.open(p))
            shown += 1
        if not shown:
            empty = self.recent_menu.addAction(self.tr("No other recent database"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear the list"))
            clear.triggered.connect(self.clear_recent)

    def clear_recent(self) -> None:
        current = self.current_path()
        self.window.settings.set(keys.RECENT_DATABASES, [str(current.absolute())] if current else [])
        self.fill_recent()

    # -- commands ----------------------------------------------------------------------------

    def current_path(self) -> Path | None:
        session = self.window.session
        return session.store.path if session is not None else None

    def _folder(self) -> str:
        current = self.current_path()
        return str(current.parent) if current is not None else str(Path.home())

    def _filter(self) -> str:
        return self.tr("RitualDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)")

    def ask_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its enums are built when first used: not for the first paint

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a database"), self._folder(),
                                              self._filter())
        if path:
            self.open(Path(path))

    def ask_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New database"),
                                              os.path.join(self._folder(), "rituals.sqlite3"),
                                              self._filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.create(Path(path))

    def create(self, path: Path):
        """Start a new, empty database at `path` (an existing file is never replaced) and switch to it."""
        if path.exists():
            self._refuse(self.tr("%1 already exists; a new database is never written over a file. "
                                 "Use Open database… to open it.").replace("%1", str(path)))
            return None
        return self.open(path, create=True)

    def open(self, path: Path, *, create: bool = False):
        """Switch to the database at `path` in a new window that replaces this one; None if refused.

        A file that is not a RitualDesk database, or a newer one, is refused by the core with
        a message saying so; nothing changes, neither the file nor this window.
        """
        current = self.current_path()
        if current is not None and path.exists() and os.path.samefile(path, current):
            return self.window
        if not create and not path.exists():
            self._refuse(self.tr("There is no file at %1.").replace("%1", str(path)))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            replacement = self._open_window(path, like=self.window, create=create)
        except RitualDeskError as error:
            QApplication.restoreOverrideCursor()
            self._refuse(str(error))
            return None
        QApplication.restoreOverrideCursor()
        replacement.show()
        self.window.close()
        return replacement

    def _refuse(self, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The database was not opened"), text,
                          parent=self.window)
        box.setObjectName("openRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box
        return box

    def ask_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        current = self.current_path()
        name = f"{current.stem}-backup{current.suffix or '.sqlite3'}" if current else "ritualdesk-backup.sqlite3"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"),
                                              os.path.join(self._folder(), name), self._filter())
        if path:
            self.backup(Path(path))

    def backup(self, target: Path) -> bool:
        """Write a consistent copy of the open database to `target`; errors are shown."""
        from .feedback import show_error

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.window.session.store.backup(target)
        except RitualDeskError as error:
            QApplication.restoreOverrideCursor()
            self.last_message = show_error(self.window, error, text=self.tr("The backup was not written."))
            return False
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 8000)
        return True

    def check(self) -> list[str] | None:
        """Look for damage in the open file (read-only) and say what was found."""
        from PySide6.QtWidgets import QMessageBox

        from ritualdesk.dbfile import check_file

        path = self.current_path()
        if path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problems = check_file(path)
        except RitualDeskError as error:
            problems = [str(error)]
        finally:
            QApplication.restoreOverrideCursor()
        if problems:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check database"),
                              self.tr("%n problem(s) found in %1. Restore a backup; the file was not changed.", "",
                                      len(problems)).replace("%1", path.name), parent=self.window)
            box.setDetailedText("\n".join(problems))
        else:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Check database"),
                              self.tr("%1 is healthy: no problem found.").replace("%1", path.name), parent=self.window)
        box.setObjectName("checkResult")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box
        return problems


_open_windows: list = []  # windows opened from a File command, kept alive until they close


def open_database_window(path: Path, *, like: MainWindow, create: bool = False) -> MainWindow:
    """A new main window over the database at `path`, with `like`'s settings and clock; its store closes with it."""
    from ritualdesk.store import Store

    from .main_window import MainWindow
    from .session import Session

    store = Store.open(path, create=create)
    try:
        session = Session(store, clock=like.session.now if like.session is not None else None)
        window = MainWindow(session, settings=like.settings, apply_themes=like._apply_themes)
    except BaseException:
        store.close()
        raise
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(window)

    def closed(*_args) -> None:
        store.close()
        if window in _open_windows:
            _open_windows.remove(window)

    window.destroyed.connect(closed)
    return window
