"""The database's integrity checks begun on another thread while the command line or the app imports itself.

Checking a large file (SQLite's quick check and its foreign keys, about 90 ms at 50 teams x 10
years) costs more than everything else a one-edit command does; it reads only, and SQLite
leaves Python's lock meanwhile, so it can run on the second core while the CLI is imported, or
while the app, its window painted, imports the core and reads the first week (instead of holding
the window still for as long once the week is shown). `dbfile.verify` then takes these answers
for that very file instead of checking it again: the same checks, of the same file, made before
anything is written. Light on purpose: imported before the rest of RitualDesk.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Sequence
from pathlib import Path

BUSY_TIMEOUT = 5.0  # seconds a command waits for another process's write to end before saying "busy"
_NO_STORE = frozenset({"-h", "--help", "--version"})  # these open no database
_OWN_CHECKS = frozenset({"check"})  # commands that read the file their own way, damaged or not


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite finds wrong with the open file: its quick check, then one broken foreign key (if any)."""
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
    if not problems:
        problems = [broken_link(row) for row in conn.execute("PRAGMA foreign_key_check").fetchmany(1)]
    return problems


def broken_link(row: tuple) -> str:
    """A row of `PRAGMA foreign_key_check` as a person reads it."""
    from .i18n import _  # only now: this module stays light

    return _("{table} row {row} refers to a missing {parent}").format(table=row[0], row=row[1], parent=row[2])


ROOM = 64 * 1024  # SQLite needs a 32 KiB -shm and a -wal beside a WAL database to read it the usual way


def no_room(folder: Path) -> bool:
    """Whether the disk holding `folder` is full: less free space than SQLite needs to open a database there."""
    try:
        found = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows: SQLite's own error says it
        return False
    free = found.f_bfree if hasattr(os, "geteuid") and os.geteuid() == 0 else found.f_bavail
    return found.f_blocks > 0 and free * found.f_frsize < ROOM  # /proc and the like have no blocks at all


def read_only_uri(path: Path) -> str | None:
    """The URI to open `path` read-only when it or its folder cannot be written (or its disk is full), else None.

    SQLite then writes nothing to the file. Reading a WAL database the usual way takes a -wal and
    a -shm file beside it: in a read-only folder they cannot be made, and beside a read-only file
    SQLite would make them read-only too and leave them there, and whoever can write the file
    later could not (the -shm must be writable). On a full disk SQLite fails to grow the -shm and
    leaves it there a few bytes long. So without a -wal (nobody is writing, nothing waits to be
    copied into the file) the file is read as immutable, with no file beside it.
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK) and not no_room(path.parent):
        return None
    immutable = not Path(f"{path}-wal").exists()
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def file_identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The device and inode of a non-empty regular file (None for anything else)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISREG(found.st_mode) and found.st_size else None


class _Check:
    """The integrity checks of one file, running on a daemon thread."""

    def __init__(self, path: Path) -> None:
        self._problems: list[str] = []
        self._error: sqlite3.Error | None = None
        self._thread = threading.Thread(target=self._run, args=(path,), name="ritualdesk-verify", daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            # opened as the store opens it, so that closing leaves no -wal or -shm file behind; it only reads
            read_only = read_only_uri(path)
            conn = sqlite3.connect(read_only or path, uri=read_only is not None, timeout=BUSY_TIMEOUT)
            try:
                conn.execute("PRAGMA cache_size = -64")  # as dbfile.verify: the pages read are not kept (~2 MB)
                self._problems = integrity_problems(conn)
            finally:
                conn.close()
        except sqlite3.Error as error:  # busy, damaged or unreadable: said by the one who awaits
            self._error = error

    def result(self) -> list[str]:
        """The problems found (after waiting for the thread); an sqlite3 error it met is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


_begun: dict[tuple[int, int], _Check] = {}


def begin(argv: Sequence[str]) -> None:
    """Begin checking the database a command line will open (--db, $RITUALDESK_DB, else the default)."""
    if not argv or _NO_STORE.intersection(argv) or _command(argv) in _OWN_CHECKS:
        return
    path = _database(argv)
    if path is not None:
        begin_file(path)


def begin_file(path: Path) -> None:
    """Begin checking a database file about to be opened (an existing, non-empty one; once per file)."""
    identity = file_identity(path)
    if identity is not None and identity not in _begun:
        _begun[identity] = _Check(path)


def taken(path: str | os.PathLike[str]) -> _Check | None:
    """The check begun for this very file, if any (once: a later opening checks again)."""
    identity = file_identity(path)
    return _begun.pop(identity, None) if identity is not None else None


def _command(argv: Sequence[str]) -> str | None:
    """The sub-command: the first word that is neither an option nor --db's value."""
    after_db = False
    for argument in argv:
        if after_db:
            after_db = False
        elif argument == "--db":
            after_db = True
        elif not argument.startswith("-"):
            return argument
    return None


def _database(argv: Sequence[str]) -> Path | None:
    given = None
    for i, argument in enumerate(argv):
        if argument == "--db" and i + 1 < len(argv):
            given = argv[i + 1]
        elif argument.startswith("--db="):
            given = argument.removeprefix("--db=")
    if given:
        return Path(given)
    if os.environ.get("RITUALDESK_DB"):
        return Path(os.environ["RITUALDESK_DB"])
    from .paths import default_database  # platformdirs: only when no file is named

    return default_database()
