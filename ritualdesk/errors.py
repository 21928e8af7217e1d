"""The exceptions the core raises; the CLI and the UI turn them into messages."""

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters (from a file, a name...) made single spaces."""
    return _CONTROL.sub(" ", text)


def clipped(value: object, limit: int = 60) -> str:
    """A value a person gave (or a file holds), fit for a message: one line, at most `limit` characters."""
    text = one_line(str(value))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def quoted(value: object, limit: int = 60) -> str:
    """`clipped` in quotes, as repr() shows a string."""
    return repr(clipped(value, limit))


class RitualDeskError(Exception):
    """Base class of every error the core reports to a person; its message is always one line."""

    exit_status = 2

    def __str__(self) -> str:
        return one_line(super().__str__())


class InvalidInput(RitualDeskError):
    """A value given by the user (a date, a name, a file) cannot be used."""


class NotFound(RitualDeskError):
    """A team, member, ritual, occurrence or action that does not exist."""


class StoreError(RitualDeskError):
    """The database file cannot be used; it has been left untouched."""


class NotARitualDeskDatabase(StoreError):
    """The file is SQLite (or not even that) but was not written by RitualDesk."""


class DatabaseTooNew(StoreError):
    """The database was written by a newer RitualDesk; we refuse to modify it."""


class StoreBusy(StoreError):
    """Another process holds the database longer than we wait; the file is fine, trying again will do."""

    exit_status = 3


class StoreUnreadable(StoreError):
    """The file system refused to read or write the database (an I/O error): the file may be sound."""

    exit_status = 1


class StoreDamaged(StoreError):
    """SQLite found the file damaged (a malformed page, a missing table); nothing more is written to it."""

    exit_status = 1


class Conflict(RitualDeskError):
    """What an edit wrote was changed since by someone else: undoing it would lose their work."""
class CalendarServerError(RitualDeskError):
    """A calendar server cannot be reached, refused a request or answered something unusable."""

    exit_status = 1
