"""The database file itself: telling ours from anything else, checking it, copying it safely."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
import uuid
from pathlib import Path

from . import migrations as schema
from .errors import DatabaseTooNew, InvalidInput, NotARitualDeskDatabase, StoreError

UNTOUCHED = "it was left untouched"


def refuse_foreign(conn: sqlite3.Connection, path: Path) -> bool:
    """Raise unless the file is empty or a RitualDesk database we can use; whether it needs migrating.

    Reads only: a refused file is left byte for byte as it was.
    """
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        applied = set()
        if "_sqlite_migrations" in objects:
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [schema.MIGRATION_SET]
                )
            }
    except sqlite3.DatabaseError:
        raise NotARitualDeskDatabase(
            f"{path} is not a RitualDesk database (it is not SQLite, or it is damaged); {UNTOUCHED}"
        ) from None
    if application_id != schema.APPLICATION_ID and (application_id != 0 or objects or version != 0):
        raise NotARitualDeskDatabase(f"{path} is an SQLite file of another application; {UNTOUCHED}")
    if version > schema.SCHEMA_VERSION or not applied <= schema.KNOWN:
        raise DatabaseTooNew(
            f"{path} was written by a newer version of RitualDesk; update RitualDesk to open it ({UNTOUCHED})"
        )
    return applied != schema.KNOWN or version != schema.SCHEMA_VERSION


def check_file(path: str | os.PathLike[str]) -> list[str]:
    """Problems SQLite finds in the database at `path`, opened read-only (empty when healthy).

    Works on a damaged file too, which opening a store refuses; never writes.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"there is no database at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open {path}: {error}") from None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            raise NotARitualDeskDatabase(f"{path} is not a RitualDesk database")
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        problems += [f"{row[0]} row {row[1]} refers to a missing {row[2]}"
                     for row in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and "unable to open" in str(error):
            raise StoreError(f"cannot read {path}: {error}") from None
        return [f"the file is damaged ({error})"]
    finally:
        conn.close()


def is_ritualdesk_file(path: Path) -> bool:
    """Whether the file starts with an SQLite header carrying our application id."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    return (len(header) == 100 and header.startswith(b"SQLite format 3\x00")
            and int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID)


def backup(conn: sqlite3.Connection, source: Path | None, target: str | os.PathLike[str]) -> None:
    """Write a consistent copy of the open database to `target`, atomically, owner-only.

    Never over the database itself, nor over a file that is not a RitualDesk database.
    """
    target = Path(target)
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name for the backup")
    if target.exists():
        if source is not None and os.path.samefile(target, source):
            raise InvalidInput(f"{target} is the database itself; give another file name for the backup")
        if not is_ritualdesk_file(target):
            raise InvalidInput(f"{target} exists and is not a RitualDesk database; {UNTOUCHED}")
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        copy = sqlite3.connect(temporary)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        raise StoreError(f"cannot write the backup to {target}: {error.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)


def human_order(a: str, b: str) -> int:
    """The collation 'human': names sort as people expect ('Élodie' with the E's), case aside."""
    key_a, key_b = _sort_key(a), _sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


def _sort_key(text: str) -> tuple[str, str]:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold(), text
