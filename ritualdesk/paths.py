"""Where RitualDesk keeps its files by default (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def default_database() -> Path:
    """The database used when neither --db nor $RITUALDESK_DB is given."""
    return user_data_path("RitualDesk", appauthor=False) / "ritualdesk.sqlite3"
