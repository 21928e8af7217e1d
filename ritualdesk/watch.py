"""Telling whether another connection (a window, the CLI, a script) changed the database since we last looked."""

from __future__ import annotations

import sqlite3

from .store import Store


def data_version(store: Store) -> int:
    """SQLite's counter of commits made by other connections (our own never change it)."""
    return store.conn.execute("PRAGMA data_version").fetchone()[0]


def edit_count(store: Store) -> int:
    """How many rows of what people see were ever written (caches, ledgers and server state aside)."""
    try:
        return store.conn.execute("SELECT value FROM edits").fetchone()[0]
    except sqlite3.OperationalError:  # a database opened read-only before its migration
        return -1


class Watch:
    """Remembers where the database stood; `changed()` says whether someone else edited it since."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.version = data_version(store)
        self.edits = edit_count(store)

    def own_edit(self) -> None:
        """We wrote: take our own edits into the baseline, unless someone else committed meanwhile."""
        if data_version(self.store) == self.version:  # only our commits since the last look
            self.edits = edit_count(self.store)

    def changed(self) -> bool:
        """Whether another connection committed an edit since the last call (cheap when nothing happened)."""
        if self.store.changed_underneath():  # a read-only file its owner wrote: read afresh, and shown again
            self.store.read_again()
            self.version, self.edits = data_version(self.store), edit_count(self.store)
            return True
        version = data_version(self.store)
        if version == self.version:
            return False
        self.version = version
        edits = edit_count(self.store)
        if edits == self.edits:
            return False  # a publication, a push or a cache: nothing anyone sees
        self.edits = edits
        return True
