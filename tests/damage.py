"""Damaging a database file on purpose, as a disk or a careless program would."""

from __future__ import annotations

import sqlite3


def zero_page_of(path, table: str) -> None:
    """Overwrite the root page of `table` with zeros, behind SQLite's back."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x00" * page_size)
