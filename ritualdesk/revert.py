"""What a bulk write changed, row by row, captured in its transaction, so it can be undone and redone exactly.

For writes too varied to revert by hand (an import adds teams, members, rituals, occurrence
states, actions and the UIDs it met): the tables' rows are read before and after, inside the
same transaction, and only the rows that differ are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .store import Store

T = TypeVar("T")

# Parents before children: rows are restored in this order and deleted in the reverse one.
TRACKED = ("teams", "members", "absences", "sprints", "rituals", "roster_changes", "occurrences", "actions",
           "action_reviews", "calendar_uids")

Rows = dict[int, tuple]


def _columns(store: Store, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in store.db.execute(f"PRAGMA table_info({table})").fetchall())


def _rows(store: Store, table: str) -> Rows:
    return {row[0]: row[1:] for row in store.db.execute(f"SELECT rowid, * FROM {table}").fetchall()}


@dataclass(frozen=True, slots=True)
class Revert:
    """The rows a write changed in each table: as they were before and as they are after (absent: no row)."""

    columns: dict[str, tuple[str, ...]]
    before: dict[str, Rows]
    after: dict[str, Rows]

    @property
    def empty(self) -> bool:
        """Whether the write changed no row."""
        return not any(self.before.values()) and not any(self.after.values())

    def undo(self, store: Store) -> None:
        """Put every changed row back as it was before (one transaction)."""
        _apply(store, self.columns, source=self.after, target=self.before)

    def redo(self, store: Store) -> None:
        """Make every changed row as it was after the write again (one transaction)."""
        _apply(store, self.columns, source=self.before, target=self.after)


def _apply(store: Store, columns: dict[str, tuple[str, ...]], *, source: dict[str, Rows],
           target: dict[str, Rows]) -> None:
    with store.transaction():
        store.db.execute("PRAGMA defer_foreign_keys = ON")  # rows of a table and of its parent come back in turn
        for table in reversed(TRACKED):
            gone = [rowid for rowid in source.get(table, {}) if rowid not in target.get(table, {})]
            for rowid in gone:
                store.db.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
        for table in TRACKED:
            names = columns[table]
            for rowid, values in target.get(table, {}).items():
                exists = store.db.execute(f"SELECT 1 FROM {table} WHERE rowid = ?", [rowid]).fetchone()
                if exists:
                    assignments = ", ".join(f'"{name}" = ?' for name in names)
                    store.db.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", [*values, rowid])
                else:
                    quoted = ", ".join(f'"{name}"' for name in names)
                    marks = ", ".join("?" * (len(names) + 1))
                    store.db.execute(f"INSERT INTO {table} (rowid, {quoted}) VALUES ({marks})", [rowid, *values])


def capturing(store: Store, write: Callable[[], T]) -> tuple[T, Revert]:
    """Run `write` in one transaction and return its result with what reverts it (an error writes nothing)."""
    with store.transaction():
        columns = {table: _columns(store, table) for table in TRACKED}
        before = {table: _rows(store, table) for table in TRACKED}
        result = write()
        after = {table: _rows(store, table) for table in TRACKED}
    was, now = {}, {}
    for table in TRACKED:
        old, new = before[table], after[table]
        was[table] = {rowid: row for rowid, row in old.items() if new.get(rowid) != row}
        now[table] = {rowid: row for rowid, row in new.items() if old.get(rowid) != row}
    return result, Revert(columns, was, now)
