"""Starts the desktop application over a database file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ritualdesk.errors import RitualDeskError
from ritualdesk.store import Store

from .main_window import MainWindow


def run(database: Path) -> int:
    """Open `database` and show the main window until the user quits; the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RitualDesk")
    app.setOrganizationName("RitualDesk")
    app.setDesktopFileName("org.ritualdesk.RitualDesk")
    try:
        store = Store.open(database)
    except RitualDeskError as error:
        QMessageBox.critical(None, app.translate("app", "RitualDesk cannot open the database"), str(error))
        return 2
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
