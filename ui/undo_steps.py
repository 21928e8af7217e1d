"""Several edits as one step of Edit › Undo, all or nothing: one that fails takes back those before it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ritualdesk.dbfile import store_error
from ritualdesk.errors import RitualDeskError

from .feedback import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .session import Session


def perform_step(session: Session, parent: QWidget | None, text: str, edits: Callable[[], None]) -> bool:
    """Run `edits` (several session edits) as one undo step named `text`; whether it was made.

    When one of them fails, none is kept (see Session.step) and the person is told so, with the reason.
    """
    try:
        with session.step(text):
            edits()
    except (RitualDeskError, sqlite3.Error) as error:
        if isinstance(error, sqlite3.Error):
            error = store_error(error, None)
        show_error(parent, error, text=QCoreApplication.translate(
            "UndoSteps", "“%1” could not be made as a whole: nothing of it was kept, everything is as it was.")
            .replace("%1", text))
        return False
    return True
