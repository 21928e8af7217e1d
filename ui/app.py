"""Starts the desktop application over a database file."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication

from . import settings as keys
from .language import install_translations
from .main_window import MainWindow
from .qt_workarounds import forget_module_sources, protect_singletons
from .resources import app_icon
from .settings import Settings
from .theme import apply_theme


def report_storage_error(error: BaseException) -> None:
    """The database failed under a view or a timer (busy, damaged...): say what it means, no traceback."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from ritualdesk.dbfile import store_error

    if isinstance(error, sqlite3.Error):
        error = store_error(error, None)
    sys.__stderr__.write(f"ritualdesk: error: {error}\n")
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, app.translate("app", "RitualDesk"),
                      app.translate("app", "The database cannot be used right now. Your saved work is as it "
                                           "was when it was last saved."), parent=app.activeWindow())
    box.setInformativeText(str(error))
    box.setObjectName("storageError")
    _open_boxes.append(box)  # without a window to belong to, nothing else would keep it alive
    box.finished.connect(lambda _result: box in _open_boxes and _open_boxes.remove(box))
    box.open()


_open_boxes: list = []  # the QMessageBoxes shown


def report_unexpected(kind, error, trace) -> None:
    """An error nobody expected: say so in a window (with the details) instead of only on a console.

    A storage error of the core or of SQLite (busy, damaged) gets its own message instead, without a traceback.
    """
    import sqlite3

    from ritualdesk.errors import RitualDeskError

    if isinstance(error, RitualDeskError | sqlite3.Error):
        report_storage_error(error)
        return
    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(kind, error, trace))
    sys.__stderr__.write(details)
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, app.translate("app", "RitualDesk"),
                      app.translate("app", "Something unexpected went wrong. Your saved work is safe; "
                                           "the last action may not have been completed."),
                      parent=app.activeWindow())
    box.setDetailedText(details)
    box.setObjectName("unexpectedError")
    box.open()


def _application() -> QApplication:
    """The QApplication; a display Qt cannot start on is said in one line (exit status 1) instead of Qt's abort.

    Qt's fatal error (an X display out of reach, a system library of its plugin missing) comes through the message
    handler before Qt aborts: what Qt said while starting is kept to tell which, and printed as usual otherwise.
    """
    import os

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    said: list[str] = []

    def starting(kind, context, message) -> None:
        category = getattr(context, "category", None) or "default"
        said.append(message if category == "default" else f"{category}: {message}")
        if kind == QtMsgType.QtFatalMsg:
            from ritualdesk import i18n
            from ritualdesk.display import platform_failure_message

            i18n.set_language(i18n.language_from_environment())  # as the command line speaks
            sys.__stderr__.write("ritualdesk: " + i18n._("error: {error}").format(
                error=platform_failure_message(said, os.environ)) + "\n")
            sys.__stderr__.flush()
            os._exit(1)  # before Qt's abort (exit status 134, a core dump)

    previous = qInstallMessageHandler(starting)
    try:
        app = QApplication(sys.argv)
    finally:
        qInstallMessageHandler(previous)
    for line in said:  # what Qt said while starting, as it would have said it
        sys.__stderr__.write(line + "\n")
    return app


def run(database: Path) -> int:
    """Show the main window over `database` until the user quits; the exit status.

    The window is painted before the database is opened (and the core imported), so the
    app appears as fast as a bare Qt window; a database that cannot be used is reported
    in a message box and left untouched.
    """
    protect_singletons()  # before the first paint: see ui/qt_workarounds.py
    forget_module_sources()  # the window's modules are imported (see ui/qt_workarounds.py)
    app = QApplication.instance() or _application()
    app.setApplicationName("RitualDesk")
    app.setOrganizationName("RitualDesk")
    app.setOrganizationDomain("ritualdesk.org")
    app.setDesktopFileName("org.ritualdesk.RitualDesk")
    app.setWindowIcon(app_icon())
    settings = Settings()
    install_translations(app, settings.get(keys.LANGUAGE))
    sys.excepthook = report_unexpected
    apply_theme(app, settings.get(keys.THEME))
    stores = []

    def open_session():
        from ritualdesk import verify_ahead

        # The integrity checks (a full read of the file) run on another core meanwhile: they are awaited once
        # the first week is painted (or before the first write), instead of holding the window still then.
        verify_ahead.begin_file(database)
        from ritualdesk.store import Store

        from .session import Session

        forget_module_sources()  # the core's modules are imported
        stores.append(Store.open(database, check_later=True))
        return Session(stores[-1])

    window = MainWindow(open_session=open_session, settings=settings)
    window.show()
    try:
        status = app.exec()
    finally:
        for store in stores:
            store.close()
    return status if window.session is not None else 2
