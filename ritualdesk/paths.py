"""Where RitualDesk keeps its files by default (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path


def default_database() -> Path:
    """The database used when neither --db nor $RITUALDESK_DB is given."""
    return user_data_path("RitualDesk", appauthor=False) / "ritualdesk.sqlite3"


def database_path(given: str | os.PathLike[str] | None = None) -> Path:
    """The database the user asked for: --db, then $RITUALDESK_DB, then the default."""
    if given is not None:
        return Path(given)
    if os.environ.get("RITUALDESK_DB"):
        return Path(os.environ["RITUALDESK_DB"])
    return default_database()
