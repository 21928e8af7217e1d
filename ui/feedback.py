"""Turns the core's errors into a message a person reads; nothing is lost on failure."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from ritualdesk.dbfile import store_error
from ritualdesk.errors import RitualDeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

T = TypeVar("T")


def show_error(parent: QWidget | None, error: Exception, *, text: str | None = None) -> QMessageBox:
    """A window-modal message that does not block the caller (tests can find and close it).

    `text` says what failed (default: a change); the error says why.
    """
    from PySide6.QtWidgets import QMessageBox  # when first needed: the week view imports this module

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("feedback", "RitualDesk"),
                      text or QCoreApplication.translate("feedback", "That change could not be made."), parent=parent)
    box.setInformativeText(str(error))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("errorMessage")
    box.open()
    return box


def show_done(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Confirm where a file went, without blocking the caller (tests can find and close it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("doneMessage")
    box.open()
    return box


def guarded(parent: QWidget | None, edit: Callable[[], T]) -> T | None:
    """Run an edit; on a storage error show it and return None (the transaction left the store unchanged)."""
    try:
        return edit()
    except RitualDeskError as error:
        show_error(parent, error)
    except sqlite3.Error as error:  # e.g. the file is locked by another computer on a shared folder
        show_error(parent, store_error(error, None))
    return None
