"""The database file itself: telling ours from anything else, checking it, copying it safely."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sqlite3
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path

from . import migrations as schema
from . import tempfiles, verify_ahead
from .errors import (
    DatabaseTooNew,
    InvalidInput,
    NotARitualDeskDatabase,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreUnreadable,
)
from .i18n import N_, _
from .os_reasons import errno_reason, os_reason
from .verify_ahead import BUSY_TIMEOUT, broken_link, integrity_problems, no_room, read_only_uri

UNTOUCHED = N_("it was left untouched")  # shown through _()

# SQLite's primary result codes (the low byte of an extended code)
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 7, 8, 10, 11, 13, 14, 26
# SQLite's extended codes of a failed write, truncate or sync (IOERR_WRITE, _FSYNC, _DIR_FSYNC, _TRUNCATE)
_WRITE_ERRORS = frozenset({_IOERR | (3 << 8), _IOERR | (4 << 8), _IOERR | (5 << 8), _IOERR | (6 << 8)})
# what the file system or the machine refused: the file itself may be perfectly sound
_NOT_DAMAGE = frozenset({_PERM, _NOMEM, _READONLY, _IOERR, _FULL, _CANTOPEN})


def sqlite_utils_database(conn: sqlite3.Connection):
    """sqlite-utils' Database over `conn`, its transactions taking the write lock at their start.

    sqlite-utils (with click and pluggy) is imported only now: reading a current database needs none of it.
    """
    return _immediate_database()(conn, execute_plugins=False)


@functools.cache
def _immediate_database() -> type:
    import sqlite_utils

    class Database(sqlite_utils.Database):
        """sqlite-utils' Database whose transactions take the write lock at their start (BEGIN IMMEDIATE).

        A deferred transaction that reads first cannot wait for another writer when it comes to
        write (SQLite gives up at once); an immediate one waits up to the busy timeout.
        """

        @contextlib.contextmanager
        def atomic(self) -> Iterator[Database]:
            if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
                with super().atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    return Database


def _code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(error: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return _code(error) in (_BUSY, _LOCKED) or "database is locked" in str(error)


def is_damaged(error: sqlite3.Error) -> bool:
    """Whether SQLite met a malformed page or something that is not a database."""
    return _code(error) in (_CORRUPT, _NOTADB) or "malformed" in str(error)


def is_read_only(error: sqlite3.Error) -> bool:
    """Whether SQLite was refused a write (a read-only file, folder or opening)."""
    return _code(error) == _READONLY


def is_not_damage(error: sqlite3.Error) -> bool:
    """Whether the error says nothing of the file's health: busy, a full disk, an I/O or permission refusal."""
    return is_busy(error) or _code(error) in _NOT_DAMAGE


def store_error(error: sqlite3.Error, path: Path | None) -> StoreError:
    """The core exception for an sqlite3 error met on the database at `path`: busy, damaged or other."""
    where = str(path) if path is not None else _("the database")
    if is_busy(error):
        return StoreBusy(_("{path} is busy: another program or RitualDesk window is writing to it for longer "
                           "than {seconds} s; nothing was changed; try again in a moment").format(
                             path=where, seconds=f"{BUSY_TIMEOUT:g}"))
    if is_damaged(error):
        return StoreDamaged(_("{path} is damaged ({error}); nothing more was written to it; "
                              "run `ritualdesk check`, then restore a backup").format(path=where, error=error))
    if _code(error) == _READONLY:
        return StoreError(_read_only(path, where))
    if _code(error) == _FULL or (_code(error) == _IOERR and path is not None and no_room(path.parent)):
        return StoreError(_disk_full(where))
    failure = StoreUnreadable if _code(error) in (_IOERR, _CANTOPEN, _PERM) else StoreError
    return failure(_("{path} cannot be read or written ({error}); nothing was changed").format(
                       path=where, error=error))


def _disk_full(where: str) -> str:
    return _("{path} cannot be written: the disk is full; nothing was changed").format(path=where)


def _read_only(path: Path | None, where: str) -> str:
    """Why the database cannot be written: a full disk, the file or its folder, or a read-only file beside it."""
    if path is not None and no_room(path.parent):
        return _disk_full(where)
    for suffix in ("-shm", "-wal") if path is not None else ():
        beside = Path(f"{path}{suffix}")
        if beside.exists() and not os.access(beside, os.W_OK):
            # A program that could only read the database may have left it so (older RitualDesk did).
            if suffix == "-shm":
                return _("{path} cannot be written: {beside}, beside it, is read-only; nothing was changed "
                         "(make {beside} writable, or remove it while no program has the database open)").format(
                           path=where, beside=beside)
            return _("{path} cannot be written: {beside}, beside it, is read-only; nothing was changed "
                     "(make {beside} writable; it may hold the latest changes, so do not remove it)").format(
                       path=where, beside=beside)
    return _("{path} cannot be written (it or its folder is read-only); nothing was changed").format(path=where)


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
    except sqlite3.DatabaseError as error:
        if is_not_damage(error):
            raise store_error(error, path) from None
        if _code(error) != _NOTADB and is_ritualdesk_file(path):
            raise StoreDamaged(_("{path} is a damaged RitualDesk database ({error}); {untouched}; run `ritualdesk "
                                 "check`, then restore a backup").format(
                                   path=path, error=error, untouched=_(UNTOUCHED))) from None
        raise NotARitualDeskDatabase(
            _("{path} is not a RitualDesk database (it is not SQLite, or it is damaged); {untouched}").format(
                path=path, untouched=_(UNTOUCHED))
        ) from None
    if application_id != schema.APPLICATION_ID and (application_id != 0 or objects or version != 0):
        raise NotARitualDeskDatabase(_("{path} is an SQLite file of another application; {untouched}").format(
                                         path=path, untouched=_(UNTOUCHED)))
    if version > schema.SCHEMA_VERSION or not applied <= schema.KNOWN:
        raise DatabaseTooNew(
            _("{path} was written by a newer version of RitualDesk; update RitualDesk to open it ({untouched})").format(
                path=path, untouched=_(UNTOUCHED))
        )
    return applied != schema.KNOWN or version != schema.SCHEMA_VERSION


def check_file(path: str | os.PathLike[str]) -> list[str]:
    """Problems SQLite finds in the database at `path` (empty when healthy); StoreBusy when it is locked.

    Works on a damaged file too, which opening a store refuses; never writes, and leaves
    no -wal or -shm file behind.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(_("{path} is a folder, not a database file").format(path=path))
    if not path.is_file():
        raise StoreError(_("there is no database at {path}").format(path=path))
    if path.stat().st_size == 0:
        raise StoreError(_("{path} is empty (0 bytes), not a RitualDesk database").format(path=path))
    # Without a -wal file nobody has the database open and all of it is in the file: open it for
    # writing (but write nothing) so that SQLite removes the -wal and -shm it makes when we close.
    # With one, open it read-only: we add nothing to what is there.
    mode = "ro" if Path(f"{path}-wal").exists() else "rw"
    try:
        uri = read_only_uri(path) or f"{path.resolve().as_uri()}?mode={mode}"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as error:
        raise StoreError(_("cannot open {path}: {error}").format(path=path, error=error)) from None
    try:
        conn.execute("PRAGMA query_only = ON")
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            raise NotARitualDeskDatabase(_("{path} is not a RitualDesk database").format(path=path))
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        problems += [broken_link(row) for row in conn.execute("PRAGMA foreign_key_check").fetchall()]
        problems += missing_schema(conn)
        return problems
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise store_error(error, path) from None
        if isinstance(error, sqlite3.OperationalError) and "unable to open" in str(error):
            raise StoreError(_("cannot read {path}: {error}").format(path=path, error=error)) from None
        return [_("the file is damaged ({error})").format(error=error)]  # SQLite's words in parentheses
    finally:
        conn.close()


def expected_schema() -> frozenset[tuple[str, str]]:
    """The (type, name) of every table, index and trigger a current database has."""
    global _EXPECTED
    if _EXPECTED is None:
        conn = sqlite3.connect(":memory:")
        try:
            schema.create_schema(conn)
            _EXPECTED = _schema_of(conn)
        finally:
            conn.close()
    return _EXPECTED


_EXPECTED: frozenset[tuple[str, str]] | None = None


def _schema_of(conn: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    return frozenset(conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
        "AND name NOT LIKE 'sqlite_%'").fetchall())


# The digest (schema_digest) of what a current database has, by schema version: a file that has exactly
# that is told complete without building the expected schema in memory (about 9 ms at each start).
# tests/core/test_dbfile_schema.py fails when a migration changes it; a version not listed is checked the long way.
SCHEMA_DIGESTS = {18: 0xB138BB5B}  # 17 (0015) made the feed owners table; 18 moves into it what 0015 kept before


def schema_digest(names: frozenset[tuple[str, str]]) -> int:
    """A CRC-32 of the sorted (type, name) of a schema's tables, indexes and triggers."""
    return zlib.crc32("\n".join(f"{kind} {name}" for kind, name in sorted(names)).encode())


_MISSING = {"table": N_("the table {name} is missing"), "index": N_("the index {name} is missing"),
            "trigger": N_("the trigger {name} is missing")}


def missing_schema(conn: sqlite3.Connection) -> list[str]:
    """What a current database should have and this one lacks (a dropped table, index or trigger)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != schema.SCHEMA_VERSION:
        return []  # an older database is migrated first; the migrations need its tables
    present = _schema_of(conn)
    ours = frozenset(item for item in present if "_sqlite_migrations" not in item[1])  # not the migrations' ledger
    if schema_digest(ours) == SCHEMA_DIGESTS.get(schema.SCHEMA_VERSION):
        return []  # exactly what a current database has
    return [_(_MISSING.get(kind, _MISSING["table"])).format(name=name)
            for kind, name in sorted(expected_schema() - present)]


def verify(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged database before anything is written: a quick check, foreign keys, the expected schema.

    When the command line began these checks of this very file on another thread (`verify_ahead`),
    their answer is awaited instead of checking again.
    """
    # The checks read every page once: through a small page cache they take as long, and the
    # connection does not keep the whole file in memory afterwards (2 MB of a 2.5 MB file otherwise).
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA cache_size = -64")
    try:
        problems = _checked_ahead(path)
        if problems is None:
            problems = integrity_problems(conn)
        problems = problems or missing_schema(conn)
    except sqlite3.DatabaseError as error:
        if is_not_damage(error):
            raise store_error(error, path) from None
        problems = [str(error)]
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
    if problems:
        raise StoreDamaged(_("{path} is damaged ({problems}); {untouched}; run `ritualdesk check`, then restore a "
                             "backup").format(path=path, problems=short(problems[0]), untouched=_(UNTOUCHED)))


def _checked_ahead(path: Path) -> list[str] | None:
    """What the checks begun ahead for this file found; None when none was begun or it met an error."""
    check = verify_ahead.taken(path)
    if check is None:
        return None
    try:
        return check.result()
    except sqlite3.Error:  # busy or unreadable then: checked again here, and said as usual
        return None


def short(text: str, limit: int = 160) -> str:
    """`text` on one line, at most `limit` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


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
        raise InvalidInput(_("{target} is a folder; give a file name for the backup").format(target=target))
    if target.exists():
        if source is not None and os.path.samefile(target, source):
            raise InvalidInput(_("{target} is the database itself; give another file name for the backup").format(
                                   target=target))
        if not target.is_file():  # a pipe would make reading its header wait for a writer, forever
            raise InvalidInput(_("{target} exists and is not a regular file (a device, pipe or socket); "
                                 "{untouched}").format(target=target, untouched=_(UNTOUCHED)))
        try:
            ours = is_ritualdesk_file(target)
        except OSError as error:
            raise InvalidInput(_("{target} exists and cannot be read ({reason}); {untouched}; give another file "
                                 "name for the backup").format(target=target, reason=os_reason(error),
                                                               untouched=_(UNTOUCHED))) from None
        if not ours:
            raise InvalidInput(_("{target} exists and is not a RitualDesk database; {untouched}").format(
                                   target=target, untouched=_(UNTOUCHED)))
        # Its last edits wait in a -wal (or a -journal) beside it: SQLite would lay them over the copy.
        journal = next((path for path in (Path(f"{target}-wal"), Path(f"{target}-journal"))
                        if path.is_file() and path.stat().st_size), None)
        if journal is not None:
            raise InvalidInput(_("{target} is in use, or was not closed properly (its {journal} file is beside it): "
                                 "a copy put in its place would be mixed with its last edits; {untouched}; close "
                                 "what has it open (or open it once), or give another file name for the backup"
                                 ).format(target=target, journal=journal.name, untouched=_(UNTOUCHED)))
    folder = target.parent
    tempfiles.clean(folder, target.name)  # what a killed backup left
    try:
        handle, temporary = tempfiles.create(folder, target.name)
    except OSError as error:
        raise StoreError(_("cannot write the backup to {target}: {strerror}").format(
                             target=target, strerror=os_reason(error))) from None
    try:
        copy = sqlite3.connect(temporary)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.fsync(handle)
        os.replace(temporary, target)
    except OSError as error:
        raise StoreError(_("cannot write the backup to {target}: {strerror}").format(
                             target=target, strerror=os_reason(error))) from None
    except sqlite3.Error as error:
        written = getattr(error, "sqlite_errorcode", None) in _WRITE_ERRORS
        if _code(error) in (_FULL, _READONLY, _CANTOPEN) or written or (_code(error) == _IOERR and no_room(folder)):
            # the copy could not be written: the database itself was only read
            full = _code(error) == _FULL or (_code(error) == _IOERR and no_room(folder))
            reason = errno_reason(errno.ENOSPC) if full else str(error)
            raise StoreError(_("cannot write the backup to {target}: {strerror}").format(
                                 target=target, strerror=reason)) from None
        raise store_error(error, source) from None
    finally:
        os.close(handle)  # the lock tells a cleaner this temporary file is alive until here
        for leftover in (temporary, Path(f"{temporary}-journal")):
            leftover.unlink(missing_ok=True)


def human_order(a: str, b: str) -> int:
    """The collation 'human': names sort as people expect ('Élodie' with the E's), case aside."""
    key_a, key_b = _sort_key(a), _sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


def human_key(text: str) -> tuple[str, str]:
    """The sort key of the collation 'human' (sorting by key calls Python once per name, not per comparison)."""
    return _sort_key(text)


def _sort_key(text: str) -> tuple[str, str]:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold(), text
