"""The write journal: every row an operation touches, before and after, captured in its transaction.

TEMP triggers (this connection only, nothing written to the file) report each insert, update and
delete, cascades included, to a Python callback while an operation runs. Undo writes the
before-images back, redo the after-images, each in one transaction, with the same rowids: ids and
calendar UIDs come back exactly as they were.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import Conflict
from .i18n import _

# Every table is journaled but these: caches derived from the rest (checkpoints, revisions), what
# exports remember for calendar clients, and the schema's own bookkeeping.
NOT_JOURNALED = frozenset({"revision", "edits", "team_revisions", "rotation_checkpoints", "calendar_ledger",
                           "calendar_feeds", "calendar_feed_events", "_sqlite_migrations",
                           "caldav_accounts", "caldav_calendars", "caldav_resources"})  # server state, not edits

Image = tuple | None  # a row's values in column order, or None when the row does not exist


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row an operation touched: its values before and after (None: absent)."""

    table: str
    rowid: int
    before: Image
    after: Image


@dataclass(frozen=True, slots=True)
class Revert:
    """What reverts an operation (and replays it again): the rows it touched, in order."""

    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)


class Journal:
    """Records row changes on one connection while `capture()` is active."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._columns: dict[str, tuple[str, ...]] = {}
        self._log: list[tuple] | None = None
        self._installed = False

    def columns(self, table: str) -> tuple[str, ...]:
        """The columns of a journaled table, in image order."""
        self._install()
        return self._columns[table]

    def _install(self, *, verify: bool = False) -> None:
        """Create the TEMP triggers; `verify`: again if a rolled-back transaction took them away.

        Triggers created inside a transaction (the first operation's) go with it when it rolls back
        (a refused edit): every later operation would then capture nothing and could not be undone.
        """
        if self._installed and (not verify or self._conn.execute(
                "SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'rd_journal_%' LIMIT 1"
        ).fetchone() is not None):
            return
        self._conn.create_function("rd_journal", -1, self._record)
        # A REPLACE conflict deletes a row: its DELETE trigger fires only with recursive triggers on.
        self._conn.execute("PRAGMA recursive_triggers = ON")
        tables = [row[0] for row in self._conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")]
        for table in (t for t in tables if t not in NOT_JOURNALED):
            names = tuple(row[1] for row in self._conn.execute(f"PRAGMA main.table_info({table})"))
            self._columns[table] = names
            old = ", ".join(f'OLD."{n}"' for n in names)
            new = ", ".join(f'NEW."{n}"' for n in names)
            for event, args in (("INSERT", f"NULL, NEW.rowid, {new}"),
                                ("UPDATE", f"OLD.rowid, NEW.rowid, {old}, {new}"),
                                ("DELETE", f"OLD.rowid, NULL, {old}")):
                self._conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS rd_journal_{table}_{event.lower()} AFTER {event} "
                    f"ON main.{table} BEGIN SELECT rd_journal('{table}', '{event[0]}', {args}); END")
        self._installed = True

    def _record(self, table: str, event: str, old_rowid, new_rowid, *values) -> None:
        if self._log is not None:
            self._log.append((table, event, old_rowid, new_rowid, values))

    @property
    def active(self) -> bool:
        """Whether an operation is being captured right now."""
        return self._log is not None

    @contextmanager
    def capture(self) -> Iterator[list[RowChange]]:
        """Record while the block runs; the list it yields is filled with the rows touched when it ends."""
        self._install(verify=True)
        self._log, rows = [], []
        try:
            yield rows
            rows += _squash(self._log, self._columns)
        finally:
            self._log = None

    def undo(self, revert: Revert) -> None:
        """Write back the before-images (the caller holds the transaction)."""
        self._replay([(r.table, r.rowid, r.after, r.before) for r in reversed(revert.rows)])

    def redo(self, revert: Revert) -> None:
        """Write the after-images again (the caller holds the transaction)."""
        self._replay([(r.table, r.rowid, r.before, r.after) for r in revert.rows])

    def _replay(self, steps: Sequence[tuple[str, int, Image, Image]]) -> None:
        self._install()
        for table, rowid, expected, _image in steps:  # refuse before writing anything
            if self._image(table, rowid) != expected:
                raise Conflict(_("this edit's data was changed since (by another window or program); it cannot be "
                                 "undone or redone"))
        # Rows come back in any order (a member before its team): foreign keys are checked at commit.
        self._conn.execute("PRAGMA defer_foreign_keys = ON")
        for table, rowid, _expected, image in steps:
            current = self._image(table, rowid)
            if current == image:
                continue  # a cascade or a trigger of an earlier step did it already
            names = self._columns[table]
            if image is None:
                self._conn.execute(f"DELETE FROM main.{table} WHERE rowid = ?", [rowid])
            elif current is None:
                columns = ", ".join(f'"{n}"' for n in names)
                self._conn.execute(
                    f"INSERT INTO main.{table} (rowid, {columns}) VALUES (?, {', '.join('?' * len(names))})",
                    [rowid, *image])
            else:
                assignments = ", ".join(f'"{n}" = ?' for n in names)
                self._conn.execute(f"UPDATE main.{table} SET {assignments} WHERE rowid = ?", [*image, rowid])

    def _image(self, table: str, rowid: int) -> Image:
        columns = ", ".join(f'"{n}"' for n in self._columns[table])
        row = self._conn.execute(f"SELECT {columns} FROM main.{table} WHERE rowid = ?", [rowid]).fetchone()
        return tuple(row) if row is not None else None


def _squash(log: Sequence[tuple], columns: dict[str, tuple[str, ...]]) -> list[RowChange]:
    """One change per row: its first before-image and its last after-image, in order of first touch.

    A row written with the values it had is kept too (it bumped its team's revision all the same).
    """
    first: dict[tuple[str, int], Image] = {}
    last: dict[tuple[str, int], Image] = {}
    for table, event, old_rowid, new_rowid, values in log:
        width = len(columns[table])
        if event == "I":
            first.setdefault((table, new_rowid), None)
            last[(table, new_rowid)] = tuple(values)
        elif event == "D":
            first.setdefault((table, old_rowid), tuple(values))
            last[(table, old_rowid)] = None
        else:
            old, new = tuple(values[:width]), tuple(values[width:])
            first.setdefault((table, old_rowid), old)
            if old_rowid != new_rowid:  # the rowid itself changed: a delete and an insert
                last[(table, old_rowid)] = None
                first.setdefault((table, new_rowid), None)
            last[(table, new_rowid)] = new
    return [RowChange(table, rowid, before, last[(table, rowid)]) for (table, rowid), before in first.items()]
