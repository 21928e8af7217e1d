"""Starts the desktop application over a database file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ritualdesk.errors import RitualDeskError
from ritualdesk.store import Store

from . import settings as keys
from .main_window import MainWindow
from .resources import app_icon
from .session import Session
from .settings import Settings
from .theme import apply_theme


def run(database: Path) -> int:
    """Open `database` and show the main window until the user quits; the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RitualDesk")
    app.setOrganizationName("RitualDesk")
    app.setOrganizationDomain("ritualdesk.org")
    app.setDesktopFileName("org.ritualdesk.RitualDesk")
    app.setWindowIcon(app_icon())
    settings = Settings()
    apply_theme(app, settings.get(keys.THEME))
    try:
        store = Store.open(database)
    except RitualDeskError as error:
        QMessageBox.critical(None, QCoreApplication.translate("app", "RitualDesk cannot open the database"),
                             str(error))
        return 2
    session = Session(store)
    window = MainWindow(session, settings=settings)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
