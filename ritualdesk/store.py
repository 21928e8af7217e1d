"""Rows in, dataclasses out: the RitualDesk database, opened safely and migrated; every write one transaction."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from . import dbfile
from . import migrations as schema
from .deletion import Holdings
from .errors import InvalidInput, NotFound, StoreError
from .i18n import _
from .journal import Journal
from .model import (
    Absence,
    ActionItem,
    ActionStatus,
    HolidayRule,
    Member,
    OccurrenceKey,
    OccurrenceState,
    OccurrenceStatus,
    PastWorkweek,
    Ritual,
    RitualKind,
    Role,
    RosterChange,
    Schedule,
    ScheduleKind,
    Sprint,
    Team,
    TurnChange,
    Verdict,
    same_name,
)
from .os_reasons import errno_reason, os_reason
from .rotation import Checkpoint, Line

if TYPE_CHECKING:
    from sqlite_utils import Database


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part)


def _csv(values: Iterable[int]) -> str:
    return ",".join(str(v) for v in values)


def _within(column: str, ids: Sequence[int] | None) -> tuple[str | None, list[int]]:
    """A WHERE clause restricting `column` to `ids` (None: no restriction)."""
    if ids is None:
        return None, []
    return f"{column} IN ({','.join('?' * len(ids))})", list(ids)


SYNCHRONOUS = "FULL"  # tests of throw-away files may relax it (tests/conftest.py); crash-safety tests do not


# What a file opened with check_later may do before its checks: read, and set pragmas (its cache size).
_READING = frozenset((sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_PRAGMA,
                      sqlite3.SQLITE_RECURSIVE))


def _reading_only(action: int, *_details) -> int:
    """SQLite's authorizer while the file is not checked: any statement that would write is refused."""
    return sqlite3.SQLITE_OK if action in _READING else sqlite3.SQLITE_DENY


def planned_text(planned: datetime) -> str:
    """How an occurrence's planned local start is written in the database."""
    return planned.isoformat(timespec="minutes")


_SHM_IN_USE = 32 * 1024  # a connection in WAL mode maps at least this much of the -shm file


def _identity(path: Path | None) -> tuple[int, int] | None:
    """The device and inode of the file at `path` (None without a path; (0, 0) when there is none)."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return (0, 0)
    return (found.st_dev, found.st_ino)


def _signature(path: Path) -> tuple:
    """What tells that a read-only file was written since: its identity, size and times, and whether a -wal is there."""
    try:
        found = os.stat(path)
    except OSError:
        return ()
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns,
            os.path.exists(f"{path}-wal"))


def _beside(path: Path) -> dict[str, bool]:
    """Which of the files SQLite keeps beside a WAL database are there now."""
    return {suffix: Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")}


def _undo_opening(path: Path, *, created: bool, beside: dict[str, bool]) -> None:
    """After a refused opening: remove the file made for it, and what SQLite began beside it and nobody uses.

    A -shm shorter than SQLite's first mapping is used by no connection (a full disk stops SQLite
    growing it), and an empty -wal that came with it holds nothing.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        if created:
            for leftover in (wal, shm, path):
                leftover.unlink(missing_ok=True)
        elif not beside["-shm"] and shm.is_file() and shm.stat().st_size < _SHM_IN_USE:
            if not beside["-wal"] and wal.is_file() and wal.stat().st_size == 0:
                wal.unlink()
            shm.unlink()
    except OSError:
        pass  # what could not be removed is harmless: SQLite sets both files right at the next opening


class Store:
    """One open RitualDesk database. Every write method is one transaction."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self._db: Database | None = None
        self._journal: Journal | None = None
        self._changes_at_begin = 0  # the connection's total changes when the current transaction began
        self._unchecked = False  # opened with check_later: the integrity checks are still to run
        self._where = Path(os.path.abspath(path)) if path is not None else None  # whatever the working folder later
        self._identity = _identity(self._where)  # the file opened: a file put in its place later is another one
        self.read_only = False  # opened read-only: the file, its folder or its disk takes no write (set by open)
        self._signature: tuple | None = None  # opened read-only: the file's signature then (see changed_underneath)

    @property
    def journal(self) -> Journal:
        """The write journal of this connection (operations capture what they write through it)."""
        self.verify()
        if self._journal is None:
            self._journal = Journal(self.conn)
        return self._journal

    @property
    def db(self) -> Database:
        """The same connection seen through sqlite-utils (migrations, schema, tests).

        Imported only when used: sqlite-utils brings click, pluggy and more (about 70 ms and
        14 MB in a fresh process), while opening a current database and reading it needs none of it.
        """
        self.verify()  # sqlite-utils writes as it likes: never to a file not checked yet
        if self._db is None:
            self._db = dbfile.sqlite_utils_database(self.conn)
        return self._db

    def verify(self) -> None:
        """Run the integrity checks an opening with `check_later` left (at once; nothing to do otherwise).

        A damaged file raises StoreDamaged, here and at every write after it: it is never written to.
        """
        if not self._unchecked:
            return
        dbfile.verify(self.conn, self.path)
        self.conn.set_authorizer(None)
        self._unchecked = False

    # -- SQL on the connection ----------------------------------------------------

    def _rows(self, sql: str, args: Sequence = ()) -> list[dict]:
        """Rows as dictionaries by column name (as sqlite-utils gave them)."""
        cursor = self.conn.execute(sql, list(args))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _select(self, table: str, where: str | None = None, args: Sequence = (), *,
                order_by: str | None = None) -> list[dict]:
        sql = f"SELECT * FROM {table}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        return self._rows(sql, args)

    def _insert(self, table: str, row: dict) -> int:
        """Insert one row (inside a transaction); its rowid."""
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" * len(row))
        return self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())).lastrowid

    def _update(self, table: str, row_id: int, row: dict) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in row)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), row_id])

    def _upsert(self, table: str, rows: Sequence[dict], pk: Sequence[str]) -> None:
        """Insert rows, or update the given columns of those whose key exists (one executemany)."""
        if not rows:
            return
        names = list(rows[0])
        columns = ", ".join(f'"{c}"' for c in names)
        marks = ", ".join("?" * len(names))
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in names if c not in pk)
        conflict = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        self.conn.executemany(
            f"INSERT INTO {table} ({columns}) VALUES ({marks}) ON CONFLICT ({', '.join(pk)}) {conflict}",
            [[row[c] for c in names] for row in rows])

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True, check_later: bool = False) -> Store:
        """Open and migrate the database at `path`; with `create`, a missing or empty file becomes a new one.

        A file that is not a RitualDesk database, was written by a newer version or is damaged
        raises a StoreError and is left untouched; opening a current database writes nothing.
        With `check_later`, a current file is read before its integrity checks (a full read of
        the file) have run: they run at `verify()` or before the first write; until then SQLite
        refuses every statement that would write.
        """
        path = Path(path)
        if path.exists() and not path.is_file():
            raise StoreError(_("{path} is a folder, not a database file").format(path=path) if path.is_dir() else
                             _("{path} is not a regular file, not a database file").format(path=path))
        if not create and path.exists() and path.stat().st_size == 0:
            raise StoreError(_("{path} is empty (0 bytes), not a RitualDesk database; {untouched} (`ritualdesk "
                               "team add`, `demo` or `import` start a new database in it)").format(
                                 path=path, untouched=_(dbfile.UNTOUCHED)))
        created = not path.exists()
        if created:
            if not create:
                raise StoreError(_("there is no database at {path} (create one with `ritualdesk team add` or "
                                   "`ritualdesk demo`, or pick one with --db)").format(path=path))
            if path.is_symlink():  # O_EXCL never follows a link: say what it points to
                raise StoreError(_("{path} is a link to {target}, which does not exist; give the database's own "
                                   "path").format(path=path, target=os.readlink(path)))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except FileExistsError:  # its folder is a file
                raise StoreError(_("cannot create {path}: {strerror}").format(
                    path=path, strerror=errno_reason(errno.ENOTDIR))) from None
            except OSError as error:
                raise StoreError(_("cannot create {path}: {strerror}").format(
                    path=path, strerror=os_reason(error))) from None
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except OSError as error:
                raise StoreError(_("cannot create {path}: {strerror}").format(
                    path=path, strerror=os_reason(error))) from None
        beside = _beside(path)
        try:
            read_only = dbfile.read_only_uri(path)  # a reading command works on a file it cannot write
            conn = sqlite3.connect(read_only or path, uri=read_only is not None, check_same_thread=False,
                                   timeout=dbfile.BUSY_TIMEOUT)
        except sqlite3.Error as error:
            _undo_opening(path, created=created, beside=beside)
            raise StoreError(_("cannot open {path}: {error}").format(path=path, error=error)) from None
        try:
            pending = dbfile.refuse_foreign(conn, path)
            later = check_later and not pending  # a migration writes: what it writes to is checked first
            if path.stat().st_size and not later:  # a new file has nothing to check yet
                dbfile.verify(conn, path)
            store = cls._prepare(conn, path, migrate=pending)
            store.read_only = read_only is not None
            store._signature = _signature(path) if read_only else None
            if later and path.stat().st_size:
                store._unchecked = True
                conn.set_authorizer(_reading_only)
        except BaseException:
            conn.close()
            _undo_opening(path, created=created, beside=beside)
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        """A new, empty database in memory (for tests and benchmarks)."""
        return cls._prepare(sqlite3.connect(":memory:", check_same_thread=False), None, migrate=True)

    def changed_underneath(self) -> bool:
        """Whether a file opened read-only was written since by someone who can (or its -wal came or went).

        Without a -wal it is read as immutable, and SQLite trusts such a file never to change: what it
        reads would be stale, or a mix of old and new pages. `read_again` opens it afresh, immutable
        again once its -wal is gone.
        """
        return self._signature is not None and _signature(self._where) != self._signature

    def read_again(self) -> None:
        """A new read-only connection in place of this one, to see what another program wrote."""
        path = self.path
        uri = dbfile.read_only_uri(path) or f"{path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=dbfile.BUSY_TIMEOUT)
        except sqlite3.Error as error:
            raise dbfile.store_error(error, path) from None
        try:
            dbfile.refuse_foreign(conn, path)  # a newer RitualDesk may have written it meanwhile
            type(self)._prepare(conn, path, migrate=False)  # its functions, collation and settings
        except BaseException:
            conn.close()
            raise
        old, self.conn = self.conn, conn
        self._db = self._journal = None
        self._identity = _identity(self._where)
        self._signature = _signature(self._where)
        old.close()

    def scratch_copy(self) -> Store:
        """A copy of this database in memory, to try edits on and throw away (a dry run on a read-only file)."""
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            self.conn.backup(copy)
        except sqlite3.Error as error:
            copy.close()
            raise dbfile.store_error(error, self.path) from None
        return type(self)._prepare(copy, None, migrate=False)

    @classmethod
    def _prepare(cls, conn: sqlite3.Connection, path: Path | None, *, migrate: bool) -> Store:
        # Names compare and sort as people expect: 'équipe' finds 'Équipe', 'Élodie' sorts with the E's.
        conn.create_function("same_name", 2, lambda a, b: a is not None and b is not None and same_name(a, b),
                             deterministic=True)
        conn.create_collation("human", dbfile.human_order)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it: REPLACE fires DELETE triggers
            conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")  # a committed edit survives a power cut too
            if migrate:  # only then is the file written to: opening a current database changes nothing
                if path is not None and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("BEGIN IMMEDIATE")
                try:
                    schema.apply(conn)
                    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
        except sqlite3.DatabaseError as error:
            if migrate and path is not None and path.stat().st_size and dbfile.is_read_only(error) \
                    and not dbfile.no_room(path.parent):
                raise StoreError(_("{path} was written by an older version of RitualDesk and must be updated to be "
                                   "opened, but it cannot be written (it or its folder is read-only); nothing was "
                                   "changed; open it once where it can be written").format(path=path)) from None
            if dbfile.is_damaged(error) or dbfile.is_not_damage(error):
                raise dbfile.store_error(error, path) from None
            raise StoreError(_("cannot prepare the database: {error}").format(error=error)) from None
        return cls(conn, path)

    def close(self) -> None:
        """Close the file.

        If another file was put in its place meanwhile, SQLite leaves this file's -wal beside it (the
        file it belongs to is gone) and whoever opens the new file next would have those pages laid
        over it: they are first copied into this file and the -wal emptied.
        """
        try:
            if self.replaced():
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # busy or read-only: nothing of ours waits in the -wal then
        finally:
            self.conn.close()

    def replaced(self) -> bool:
        """Whether the file at the store's path is no longer the one it opened (replaced, or removed)."""
        return self._identity is not None and _identity(self._where) != self._identity

    def _refuse_replaced(self) -> None:
        if self.replaced():
            raise StoreError(_("{path} was replaced or removed since it was opened; nothing was written to it; "
                               "open it again to see what it holds now").format(path=self.path))

    @contextlib.contextmanager
    def waiting(self, seconds: float) -> Iterator[Store]:
        """Wait at most `seconds` for another writer while the block runs (then the usual timeout again)."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(dbfile.BUSY_TIMEOUT * 1000)}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group several writes into one transaction (nested ones become savepoints).

        The write lock is taken at the start (BEGIN IMMEDIATE), waiting up to the busy timeout
        for another writer; SQLite's errors come out as StoreBusy, StoreDamaged or StoreError.
        """
        try:
            with self._atomic():
                yield self
        except sqlite3.Error as error:
            if self.read_only and dbfile.is_read_only(error) and dbfile.read_only_uri(self.path) is None:
                raise StoreError(_("{path} could not be written when it was opened (read-only, or its disk full) "
                                   "and was opened read-only; it can be written now: open it again to change it; "
                                   "nothing was changed").format(path=self.path)) from None
            raise dbfile.store_error(error, self.path) from None

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[None]:
        self.verify()
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"store_{os.urandom(16).hex()}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # an error may have ended the whole transaction already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self._refuse_replaced()
        conn.execute("BEGIN IMMEDIATE")
        self._changes_at_begin = conn.total_changes
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def reads_committed_data(self) -> bool:
        """Whether what this connection reads now is committed: no transaction, or one that wrote nothing yet.

        What is computed from uncommitted writes must not outlive their transaction (it may roll back).
        """
        return not self.conn.in_transaction or self.conn.total_changes == self._changes_at_begin

    # -- teams -------------------------------------------------------------------

    @staticmethod
    def _team(row: dict) -> Team:
        return Team(
            id=row["id"],
            name=row["name"],
            timezone=row["timezone"],
            working_days=_ints(row["working_days"]),
            holidays_country=row["holidays_country"],
            holidays_subdivision=row["holidays_subdivision"],
            sprint_weeks=row["sprint_weeks"],
            sprint_start=_day(row["sprint_start"]),
            language=row.get("language") or "en",
        )

    @staticmethod
    def _team_row(team: Team) -> dict:
        return {
            "name": team.name.strip(),
            "timezone": team.timezone,
            "working_days": _csv(sorted(team.working_days)),
            "holidays_country": team.holidays_country,
            "holidays_subdivision": team.holidays_subdivision,
            "sprint_weeks": team.sprint_weeks,
            "sprint_start": _iso(team.sprint_start),
            "language": team.language,
        }

    def add_team(self, team: Team) -> Team:
        """Store a new team; its name must be unique."""
        existing = self.find_team(team.name)
        if existing is not None:
            raise InvalidInput(_("a team called {name!r} already exists").format(name=existing.name))
        with self.transaction():
            team_id = self._insert("teams", self._team_row(team))
        return replace(team, id=team_id)

    def update_team(self, team: Team) -> Team:
        """Save the edited fields of an existing team."""
        self.team(team.id)
        other = self.find_team(team.name)
        if other is not None and other.id != team.id:
            raise InvalidInput(_("a team called {name!r} already exists").format(name=other.name))
        with self.transaction():
            self._update("teams", team.id, self._team_row(team))
        return team

    def delete_team(self, team_id: int) -> None:
        """Remove a team with everything it holds."""
        self.team(team_id)
        with self.transaction():
            self.conn.execute("DELETE FROM teams WHERE id = ?", [team_id])

    def teams(self) -> list[Team]:
        """Every team, by name."""
        rows = sorted(self._select("teams", order_by="id"), key=lambda row: dbfile.human_key(row["name"]))
        return [self._team(row) for row in rows]

    def teams_of_ids(self, team_ids: Sequence[int]) -> list[Team]:
        """The teams with these ids that exist, in one query, by id."""
        where, args = _within("id", team_ids)
        return [self._team(row) for row in self._select("teams", where, args, order_by="id")] if team_ids else []

    def team(self, team_id: int | None) -> Team:
        """The team with this id, or NotFound."""
        rows = self._select("teams", "id = ?", [team_id])
        if not rows:
            raise NotFound(_("no team with id {team_id}").format(team_id=team_id))
        return self._team(rows[0])

    def find_team(self, name: str) -> Team | None:
        """The team called `name` (case-insensitive), if any."""
        rows = self._select("teams", "same_name(name, ?)", [name])
        return self._team(rows[0]) if rows else None

    def teams_of(self, *, rituals: Iterable[int] = (), members: Iterable[int] = (),
                 actions: Iterable[int] = ()) -> set[int]:
        """The ids of the teams these rituals, members and actions belong to (those still stored)."""
        found: set[int] = set()
        for table, ids in (("rituals", rituals), ("members", members), ("actions", actions)):
            ids = list(ids)
            if ids:
                where, args = _within("id", ids)
                rows = self.conn.execute(f"SELECT DISTINCT team_id FROM {table} WHERE {where}", args)
                found |= {row[0] for row in rows}
        return found

    def rituals_by_team(self, ritual_ids: Iterable[int]) -> dict[int, list[int]]:
        """The given rituals' ids grouped by their team's id (those still stored)."""
        ids = list(ritual_ids)
        found: dict[int, list[int]] = {}
        if ids:
            where, args = _within("id", ids)
            for ritual_id, team_id in self.conn.execute(f"SELECT id, team_id FROM rituals WHERE {where}", args):
                found.setdefault(team_id, []).append(ritual_id)
        return found

    # -- members and absences --------------------------------------------------------

    @staticmethod
    def _member(row: dict) -> Member:
        return Member(
            id=row["id"],
            team_id=row["team_id"],
            name=row["name"],
            email=row["email"],
            role=Role(row["role"]),
            joined=_day(row["joined"]),
            left=_day(row["left"]),
        )

    @staticmethod
    def _member_row(member: Member) -> dict:
        return {
            "team_id": member.team_id,
            "name": member.name.strip(),
            "email": member.email,
            "role": member.role.value,
            "joined": _iso(member.joined),
            "left": _iso(member.left),
        }

    def add_member(self, member: Member) -> Member:
        """Store a new member of an existing team; names are unique within a team."""
        self.team(member.team_id)
        existing = self.find_member(member.team_id, member.name)
        if existing is not None:
            raise InvalidInput(_("the team already has a member called {name!r}").format(name=existing.name))
        with self.transaction():
            member_id = self._insert("members", self._member_row(member))
        return replace(member, id=member_id)

    def update_member(self, member: Member) -> Member:
        """Save the edited fields of an existing member; names stay unique within the team."""
        self.member(member.id)
        other = self.find_member(member.team_id, member.name)
        if other is not None and other.id != member.id and same_name(other.name, member.name):
            raise InvalidInput(_("the team already has a member called {name!r}").format(name=other.name))
        with self.transaction():
            self._update("members", member.id, self._member_row(member))
        return member

    def members(self, team_id: int | None = None) -> list[Member]:
        """The members of one team (or of all teams), by name."""
        where, args = ("team_id = ?", [team_id]) if team_id is not None else (None, [])
        rows = sorted(self._select("members", where, args, order_by="id"), key=lambda row: dbfile.human_key(row["name"]))
        return [self._member(r) for r in rows]

    def members_of(self, team_ids: Sequence[int]) -> list[Member]:
        """The members of these teams, in one query, by id."""
        where, args = _within("team_id", team_ids)
        return [self._member(r) for r in self._select("members", where, args, order_by="id")] if team_ids else []

    def member(self, member_id: int | None) -> Member:
        """The member with this id, or NotFound."""
        rows = self._select("members", "id = ?", [member_id])
        if not rows:
            raise NotFound(_("no member with id {member_id}").format(member_id=member_id))
        return self._member(rows[0])

    def find_member(self, team_id: int | None, name_or_email: str) -> Member | None:
        """A member found by name or email (case-insensitive), within a team or across all."""
        text = name_or_email.strip()
        where = "(same_name(name, ?) OR same_name(email, ?))"
        args: list = [text, text]
        if team_id is not None:
            where += " AND team_id = ?"
            args.append(team_id)
        rows = self._select("members", where, args, order_by="id")
        return self._member(rows[0]) if rows else None

    def add_absence(self, absence: Absence) -> Absence:
        """Record that a member is away."""
        self.member(absence.member_id)
        with self.transaction():
            absence_id = self._insert(
                "absences", {"member_id": absence.member_id, "start": absence.start.isoformat(),
                             "end": absence.end.isoformat(), "reason": absence.reason}
            )
        return replace(absence, id=absence_id)

    def add_absences(self, absences: Sequence[Absence]) -> list[Absence]:
        """Record several absences in one transaction (one statement for all)."""
        for member_id in {a.member_id for a in absences}:
            self.member(member_id)
        with self.transaction():
            first = self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM absences").fetchone()[0]
            stored = [replace(a, id=first + i) for i, a in enumerate(absences)]
            self.conn.executemany(
                'INSERT INTO absences (id, member_id, start, "end", reason) VALUES (?, ?, ?, ?, ?)',
                [(a.id, a.member_id, a.start.isoformat(), a.end.isoformat(), a.reason) for a in stored])
        return stored

    def delete_absence(self, absence_id: int) -> None:
        """Forget an absence."""
        with self.transaction():
            self.conn.execute("DELETE FROM absences WHERE id = ?", [absence_id])

    def absences(self, member_ids: Sequence[int] | None = None, *, first: date | None = None,
                 last: date | None = None) -> list[Absence]:
        """The absences of the given members (or of everyone), by start; with `first` and `last`, those meeting them."""
        where, args = _within("member_id", member_ids)
        if first is not None and last is not None:
            where = f'{where or "1"} AND start <= ? AND "end" >= ?'
            args = [*args, last.isoformat(), first.isoformat()]
        return [
            Absence(id=r["id"], member_id=r["member_id"], start=date.fromisoformat(r["start"]),
                    end=date.fromisoformat(r["end"]), reason=r["reason"])
            for r in self._select("absences", where, args, order_by="start")
        ]

    # -- sprints -------------------------------------------------------------------

    def sprints(self, team_id: int, *, ending_from: date | None = None) -> list[Sprint]:
        """The stored sprints of a team, by number; with `ending_from`, those ending then or later, and the last."""
        where, args = "team_id = ?", [team_id]
        if ending_from is not None:
            where += " AND (end >= ? OR number = (SELECT MAX(number) FROM sprints WHERE team_id = ?))"
            args += [ending_from.isoformat(), team_id]
        return [
            Sprint(team_id=r["team_id"], number=r["number"], start=date.fromisoformat(r["start"]),
                   end=date.fromisoformat(r["end"]),
                   goal=r["goal"], id=r["id"])
            for r in self._select("sprints", where, args, order_by="number")
        ]

    def delete_sprints(self, team_id: int, numbers: Iterable[int]) -> None:
        """Forget stored sprints (the cadence plans them again)."""
        with self.transaction():
            for number in numbers:
                self.conn.execute("DELETE FROM sprints WHERE team_id = ? AND number = ?", [team_id, number])

    def save_sprints(self, sprints: Sequence[Sprint]) -> None:
        """Store (or replace, by team and number) several sprints in one transaction."""
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO sprints (team_id, number, start, end, goal) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (team_id, number) DO UPDATE SET start = excluded.start, end = excluded.end, "
                "goal = excluded.goal",
                [(s.team_id, s.number, s.start.isoformat(), s.end.isoformat(), s.goal) for s in sprints],
            )

    # -- what stays settled: earlier working weeks, identities of sprint-anchored occurrences ----------

    def past_workweeks(self, team_id: int) -> list[PastWorkweek]:
        """The team's earlier working weeks, oldest first."""
        return [
            PastWorkweek(team_id=team_id, until=date.fromisoformat(r["until"]), working_days=_ints(r["working_days"]),
                         holidays_country=r["holidays_country"],
                         holidays_subdivision=r["holidays_subdivision"], timezone=r["timezone"])
            for r in self._select("past_workweeks", "team_id = ?", [team_id], order_by="until")
        ]

    def save_past_workweek(self, week: PastWorkweek) -> None:
        """Remember how the team worked up to `week.until` (an earlier record for a later day stays, its zone too)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO past_workweeks (team_id, until, working_days, holidays_country, holidays_subdivision, "
                "timezone) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (team_id, until) DO UPDATE SET timezone = excluded.timezone "
                "WHERE timezone IS NULL AND excluded.timezone IS NOT NULL",
                [week.team_id, week.until.isoformat(), _csv(sorted(week.working_days)), week.holidays_country,
                 week.holidays_subdivision, week.timezone])

    def delete_past_workweek(self, team_id: int, until: date) -> None:
        """Forget one earlier working week (to undo the edit that recorded it)."""
        with self.transaction():
            self.conn.execute("DELETE FROM past_workweeks WHERE team_id = ? AND until = ?", [team_id, until.isoformat()])

    def sprint_anchors(self, ritual_ids: Sequence[int]) -> dict[int, dict[int, datetime]]:
        """For each ritual, the identity (planned local start) kept for its occurrence in a sprint, by number."""
        where, args = _within("ritual_id", ritual_ids)
        result: dict[int, dict[int, datetime]] = {}
        for ritual_id, number, planned in self.conn.execute(
                f"SELECT ritual_id, sprint_number, planned FROM sprint_anchors WHERE {where}", args):
            result.setdefault(ritual_id, {})[number] = datetime.fromisoformat(planned)
        return result

    def save_sprint_anchors(self, anchors: Iterable[tuple[int, int, datetime]]) -> list[tuple[int, int]]:
        """Keep (ritual, sprint number, planned) identities; one already kept stays. The pairs written."""
        written = []
        with self.transaction():
            for ritual_id, number, planned in anchors:
                cursor = self.conn.execute(
                    "INSERT INTO sprint_anchors (ritual_id, sprint_number, planned) VALUES (?, ?, ?) "
                    "ON CONFLICT (ritual_id, sprint_number) DO NOTHING", [ritual_id, number, planned_text(planned)])
                if cursor.rowcount:
                    written.append((ritual_id, number))
        return written

    def delete_sprint_anchors(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Forget kept identities (to undo the edit that kept them)."""
        with self.transaction():
            for ritual_id, number in pairs:
                self.conn.execute("DELETE FROM sprint_anchors WHERE ritual_id = ? AND sprint_number = ?", [ritual_id, number])

    # -- rituals and rosters ------------------------------------------------------------

    @staticmethod
    def _ritual(row: dict) -> Ritual:
        return Ritual(
            id=row["id"],
            team_id=row["team_id"],
            kind=RitualKind(row["kind"]),
            title=row["title"],
            start_time=time.fromisoformat(row["start_time"]),
            minutes=row["minutes"],
            schedule=Schedule(
                ScheduleKind(row["schedule_kind"]),
                weekdays=_ints(row["weekdays"]),
                sprint_day=row["sprint_day"],
                on=_day(row["once_on"]),
                every=row["every"],
                anchor=_day(row["anchor"]),
                month_day=row["month_day"],
                ordinal=row["ordinal"],
                on_holiday=HolidayRule(row["on_holiday"]),
            ),
            starts_on=date.fromisoformat(row["starts_on"]),
            ends_on=_day(row["ends_on"]),
            location=row["location"],
            agenda=row["agenda"],
            uid=row["uid"],
        )

    @staticmethod
    def _ritual_row(ritual: Ritual) -> dict:
        return {
            "team_id": ritual.team_id,
            "kind": ritual.kind.value,
            "title": ritual.title.strip(),
            "start_time": ritual.start_time.isoformat(timespec="minutes"),
            "minutes": ritual.minutes,
            "schedule_kind": ritual.schedule.kind.value,
            "weekdays": _csv(ritual.schedule.weekdays),
            "sprint_day": ritual.schedule.sprint_day,
            "once_on": _iso(ritual.schedule.on),
            "every": ritual.schedule.every,
            "anchor": _iso(ritual.schedule.anchor),
            "month_day": ritual.schedule.month_day,
            "ordinal": ritual.schedule.ordinal,
            "on_holiday": ritual.schedule.on_holiday.value,
            "starts_on": ritual.starts_on.isoformat(),
            "ends_on": _iso(ritual.ends_on),
            "location": ritual.location,
            "agenda": ritual.agenda,
        }

    def add_ritual(self, ritual: Ritual, roster: Sequence[int] = ()) -> Ritual:
        """Store a new ritual series with its first roster (effective from its first day)."""
        self.team(ritual.team_id)
        self._check_roster(ritual.team_id, roster)
        if not ritual.uid:
            import uuid  # here: uuid imports platform, which opening the store does not need

            ritual = replace(ritual, uid=uuid.uuid4().hex)
        with self.transaction():
            ritual = replace(ritual, id=self._insert("rituals", {"uid": ritual.uid, **self._ritual_row(ritual)}))
            if roster:
                self._insert(
                    "roster_changes", {"ritual_id": ritual.id, "effective": ritual.starts_on.isoformat(), "member_ids": _csv(roster)}
                )
        return ritual

    def update_ritual(self, ritual: Ritual) -> Ritual:
        """Save the edited fields of an existing ritual series."""
        self.ritual(ritual.id)
        with self.transaction():
            self._update("rituals", ritual.id, self._ritual_row(ritual))
        return ritual

    def holdings(self, *, team_id: int | None = None, ritual_id: int | None = None) -> Holdings:
        """What one team, or one ritual series, holds (see deletion.Holdings); NotFound if it is not stored."""
        if ritual_id is not None:
            self.ritual(ritual_id)
            rituals, args = "SELECT ?", [ritual_id]
            members = rituals_count = 0
            actions = "SELECT count(*) FROM actions WHERE origin_ritual_id = ?"
        else:
            self.team(team_id)
            rituals, args = "SELECT id FROM rituals WHERE team_id = ?", [team_id]
            members = self.conn.execute("SELECT count(*) FROM members WHERE team_id = ?", args).fetchone()[0]
            rituals_count = self.conn.execute("SELECT count(*) FROM rituals WHERE team_id = ?", args).fetchone()[0]
            actions = "SELECT count(*) FROM actions WHERE team_id = ?"
        row = self.conn.execute(
            f"SELECT (SELECT count(*) FROM occurrences WHERE ritual_id IN ({rituals}) AND status = 'held'),"
            f" (SELECT count(*) FROM occurrences WHERE ritual_id IN ({rituals}) AND notes != ''),"
            f" (SELECT count(*) FROM meetings WHERE ritual_id IN ({rituals})),"
            f" (SELECT count(*) FROM retro_cards WHERE ritual_id IN ({rituals})),"
            f" ({actions})", args * 5).fetchone()
        return Holdings(members=members, rituals=rituals_count, held=row[0], notes=row[1], meetings=row[2],
                        cards=row[3], actions=row[4])

    def delete_ritual(self, ritual_id: int) -> None:
        """Remove a ritual series with its occurrences' state."""
        self.ritual(ritual_id)
        with self.transaction():
            self.conn.execute("DELETE FROM rituals WHERE id = ?", [ritual_id])

    def rituals_of(self, team_ids: Sequence[int]) -> list[Ritual]:
        """The rituals of these teams, in one query, in a stable order."""
        where, args = _within("team_id", team_ids)
        return [self._ritual(r) for r in self._select("rituals", where, args, order_by="team_id, id")] if team_ids else []

    def rituals(self, team_id: int | None = None) -> list[Ritual]:
        """The rituals of one team (or all), in a stable order."""
        where, args = ("team_id = ?", [team_id]) if team_id is not None else (None, [])
        return [self._ritual(r) for r in self._select("rituals", where, args, order_by="team_id, id")]

    def ritual(self, ritual_id: int | None) -> Ritual:
        """The ritual with this id, or NotFound."""
        rows = self._select("rituals", "id = ?", [ritual_id])
        if not rows:
            raise NotFound(_("no ritual with id {ritual_id}").format(ritual_id=ritual_id))
        return self._ritual(rows[0])

    def ritual_by_uid(self, uid: str) -> Ritual | None:
        """The ritual whose stable uid is `uid`, if any."""
        rows = self._select("rituals", "uid = ?", [uid])
        return self._ritual(rows[0]) if rows else None

    def _check_roster(self, team_id: int, member_ids: Sequence[int]) -> None:
        if len(set(member_ids)) != len(member_ids):
            raise InvalidInput(_("a member appears twice in the roster"))
        team_members = {row[0] for row in self.db.execute("SELECT id FROM members WHERE team_id = ?", [team_id])}
        strangers = [m for m in member_ids if m not in team_members]
        if strangers:
            raise InvalidInput(_("members {strangers} are not in the ritual's team").format(strangers=strangers))

    def rosters(self, ritual_ids: Sequence[int] | None = None) -> dict[int, list[RosterChange]]:
        """Each ritual's roster changes, by effective date."""
        result: dict[int, list[RosterChange]] = {}
        where, args = _within("ritual_id", ritual_ids)
        for row in self._select("roster_changes", where, args, order_by="ritual_id, effective"):
            result.setdefault(row["ritual_id"], []).append(
                RosterChange(ritual_id=row["ritual_id"], effective=date.fromisoformat(row["effective"]),
                             member_ids=_ints(row["member_ids"]))
            )
        return result

    def set_roster(self, change: RosterChange) -> None:
        """From `change.effective` on, the ritual's facilitators are `change.member_ids` (later changes are kept)."""
        ritual = self.ritual(change.ritual_id)
        self._check_roster(ritual.team_id, change.member_ids)
        with self.transaction():
            self._upsert(
                "roster_changes", [{"ritual_id": change.ritual_id, "effective": change.effective.isoformat(),
                                    "member_ids": _csv(change.member_ids)}],
                pk=("ritual_id", "effective"),
            )

    # -- occurrence state ------------------------------------------------------------

    @staticmethod
    def _state(row: dict) -> OccurrenceState:
        return OccurrenceState(
            key=OccurrenceKey(row["ritual_id"], datetime.fromisoformat(row["planned"])),
            status=OccurrenceStatus(row["status"]),
            moved_to=datetime.fromisoformat(row["moved_to"]) if row["moved_to"] else None,
            facilitator_id=row["facilitator_id"],
            reason=row["reason"],
            change=TurnChange(row["change"]) if row["change"] else None,
            change_member_id=row["change_member_id"],
            change_other_id=row["change_other_id"],
            notes=row["notes"],
        )

    @staticmethod
    def _state_values(state: OccurrenceState) -> tuple:
        """A state's column values, in `_STATE_COLUMNS` order."""
        return (
            state.key.ritual_id, state.key.planned.isoformat(timespec="minutes"), state.status.value,  # planned_text
            state.moved_to.isoformat(timespec="minutes") if state.moved_to else None, state.facilitator_id,
            state.reason, state.change.value if state.change else None, state.change_member_id,
            state.change_other_id, state.notes,
        )

    _STATE_COLUMNS = ("ritual_id, planned, status, moved_to, facilitator_id, reason, change, "
                      "change_member_id, change_other_id, notes")

    def states(
        self, ritual_ids: Sequence[int] | None = None, *, since: datetime | None = None
    ) -> dict[OccurrenceKey, OccurrenceState]:
        """The recorded state of occurrences of the given rituals (or all), by key.

        With `since` (a local time), only the occurrences planned or moved from then on.
        """
        # The hot path of every agenda: tuples rather than dict rows, statuses parsed once.
        sql = f"SELECT {self._STATE_COLUMNS} FROM occurrences WHERE 1"
        args: list = []
        if ritual_ids is not None:
            where, args = _within("ritual_id", ritual_ids)
            sql += f" AND {where}"
        if since is not None:  # two index ranges (see occurrences_moved) rather than a scan
            sql = f"{sql} AND planned >= ? UNION ALL {sql} AND moved_to >= ? AND planned < ?"
            args = [*args, planned_text(since), *args, planned_text(since), planned_text(since)]
        statuses = {s.value: s for s in OccurrenceStatus}
        changes = {c.value: c for c in TurnChange}
        parse = datetime.fromisoformat
        result = {}
        for ritual_id, planned, status, moved_to, facilitator_id, reason, change, member, other, notes in (
            self.conn.execute(sql, args)
        ):
            key = OccurrenceKey(ritual_id, parse(planned))
            result[key] = OccurrenceState(
                key=key, status=statuses[status], moved_to=parse(moved_to) if moved_to else None,
                facilitator_id=facilitator_id, reason=reason,
                change=changes[change] if change else None, change_member_id=member, change_other_id=other, notes=notes,
            )
        return result

    def state(self, key: OccurrenceKey) -> OccurrenceState:
        """The recorded state of one occurrence (a fresh planned state when nothing is recorded)."""
        rows = self._select(
            "occurrences", "ritual_id = ? AND planned = ?", [key.ritual_id, planned_text(key.planned)])
        return self._state(rows[0]) if rows else OccurrenceState(key)

    def member_has_history(self, member_id: int) -> bool:
        """Whether a member appears in any occurrence's record or action item."""
        found = self.conn.execute(
            "SELECT 1 FROM occurrences WHERE ? IN (facilitator_id, change_member_id, change_other_id) "
            "UNION ALL SELECT 1 FROM actions WHERE owner_id = ? LIMIT 1", [member_id, member_id]).fetchone()
        return found is not None

    def delete_member(self, member_id: int) -> None:
        """Remove a member, from every roster too; recorded facilitations keep their occurrence but lose the name."""
        member = self.member(member_id)
        with self.transaction():
            rows = self.conn.execute(
                "SELECT c.ritual_id, c.effective, c.member_ids FROM roster_changes c "
                "JOIN rituals r ON r.id = c.ritual_id WHERE r.team_id = ?", [member.team_id]).fetchall()
            self.conn.executemany(
                "UPDATE roster_changes SET member_ids = ? WHERE ritual_id = ? AND effective = ?",
                [(_csv(m for m in _ints(ids) if m != member_id), ritual_id, effective)
                 for ritual_id, effective, ids in rows if member_id in _ints(ids)])
            self.conn.execute("DELETE FROM members WHERE id = ?", [member_id])

    def forget_state(self, key: OccurrenceKey) -> None:
        """Drop everything recorded about one occurrence (it becomes a plain planned one)."""
        with self.transaction():
            self.conn.execute(
                "DELETE FROM occurrences WHERE ritual_id = ? AND planned = ?", [key.ritual_id, planned_text(key.planned)])

    def delete_roster_change(self, ritual_id: int, effective: date) -> None:
        """Remove the roster change of a ritual effective on `effective`."""
        with self.transaction():
            self.conn.execute(
                "DELETE FROM roster_changes WHERE ritual_id = ? AND effective = ?", [ritual_id, effective.isoformat()])

    def save_states(self, states: Iterable[OccurrenceState]) -> None:
        """Write the state of several occurrences in one transaction."""
        rows = [self._state_values(s) for s in states]
        if not rows:
            return
        columns = self._STATE_COLUMNS.split(", ")
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns[2:])
        with self.transaction():
            self.conn.executemany(
                f"INSERT INTO occurrences ({self._STATE_COLUMNS}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT (ritual_id, planned) DO UPDATE SET {updates}", rows)

    @contextlib.contextmanager
    def bulk_load(self, tables: Sequence[str]) -> Iterator[set[int]]:
        """One transaction adding many rows (years of demo history), checked and counted once at its end.

        The triggers of `tables` that only count (each row bumps its team's revision and the edits
        counter) are dropped for the load and restored at its end, in the same transaction (a
        failure rolls their removal back too); then what they would have done is done once: each
        team the caller adds to the yielded set gets one new revision, the edits counter one more
        edit. Foreign keys are checked once over the whole file before committing, instead of row
        by row (a dangling reference fails the same way and commits nothing). Rows are only added:
        nothing cascades meanwhile.
        """
        outermost = not self.conn.in_transaction  # the setting cannot change inside a transaction
        checked_at_end = outermost and self.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        if checked_at_end:
            self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self.transaction():
                triggers = [trigger for table in tables for trigger in self._counting_triggers(table)]
                for name, _ in triggers:
                    self.conn.execute(f'DROP TRIGGER "{name}"')
                touched: set[int] = set()
                yield touched
                for _, sql in triggers:
                    self.conn.execute(sql)
                if touched:
                    where, args = _within("id", sorted(touched))
                    self.conn.execute(
                        f"INSERT INTO team_revisions (team_id, value) SELECT id, 1 FROM teams WHERE {where} "
                        "ON CONFLICT (team_id) DO UPDATE SET value = value + 1", args)
                self.conn.execute("UPDATE edits SET value = value + 1")
                if checked_at_end and self.conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")  # as SQLite says it row by row
        finally:
            if checked_at_end:
                self.conn.execute("PRAGMA foreign_keys = ON")

    def _counting_triggers(self, table: str) -> list[tuple[str, str]]:
        """The triggers of `table` that only bump its team's revision or the edits counter (name and SQL)."""
        expected = {f"{table}_{event}_{counter}" for event in ("insert", "update", "delete")
                    for counter in ("team_revision", "edits")}
        return [(name, sql) for name, sql in self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [table])
            if name in expected]

    # -- rotation checkpoints (a cache derived from the rest, valid while its team's revision holds) --

    def team_revisions(self, team_ids: Sequence[int] | None = None) -> dict[int, int]:
        """Each team's revision: a number that grows with every change to what its rotations depend on."""
        where, args = _within("team_id", team_ids)
        return dict(self.conn.execute(f"SELECT team_id, value FROM team_revisions WHERE {where or 1}", args).fetchall())

    def revision(self) -> int:
        """The sum of every team's revision: it grows with every change to what any rotation depends on."""
        return self.conn.execute("SELECT COALESCE(SUM(value), 0) FROM team_revisions").fetchone()[0]

    def team_revision(self, team_id: int) -> int:
        """One team's revision (0 before its first change)."""
        return self.team_revisions([team_id]).get(team_id, 0)

    def checkpoints(self, ritual_ids: Sequence[int], *, revision: int, fingerprint: str) -> dict[int, Checkpoint]:
        """The still valid rotation checkpoints of the given rituals (of one team at `revision`)."""
        where, args = _within("ritual_id", ritual_ids)
        rows = self.conn.execute(
            f"SELECT ritual_id, cut, line, changes_applied FROM rotation_checkpoints "
            f"WHERE {where} AND revision = ? AND fingerprint = ?",
            [*args, revision, fingerprint],
        )
        return {
            ritual_id: Checkpoint(ritual_id=ritual_id, cut=datetime.fromisoformat(cut),
                                  line=Line(_ints(line), applied), revision=revision, fingerprint=fingerprint)
            for ritual_id, cut, line, applied in rows
        }

    def save_checkpoints(self, checkpoints: Sequence[Checkpoint]) -> int:
        """Remember where rotations stood (those whose team changed meanwhile are stale: skipped); how many."""
        if not checkpoints:
            return 0
        where, args = _within("r.id", sorted({c.ritual_id for c in checkpoints}))
        current = dict(self.conn.execute(
            f"SELECT r.id, COALESCE(t.value, 0) FROM rituals r LEFT JOIN team_revisions t ON t.team_id = r.team_id "
            f"WHERE {where}", args).fetchall())
        fresh = [c for c in checkpoints if current.get(c.ritual_id) == c.revision]
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO rotation_checkpoints (ritual_id, cut, line, changes_applied, revision, fingerprint) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ritual_id) DO UPDATE SET cut = excluded.cut, "
                "line = excluded.line, changes_applied = excluded.changes_applied, revision = excluded.revision, "
                "fingerprint = excluded.fingerprint",
                [(c.ritual_id, planned_text(c.cut), _csv(c.line.members), c.line.changes_applied, c.revision,
                  c.fingerprint) for c in fresh])
        return len(fresh)

    def keep_checkpoints(self, team_id: int, *, was: int, earliest: dict[int, datetime]) -> int:
        """After an edit of occurrences only, carry the team's checkpoints it did not reach to the new revision.

        `earliest` gives, per ritual edited, the earliest local time an occurrence was or now is: a
        checkpoint cut at or before it saw nothing change. Rituals not in it are untouched. How many kept.
        """
        revision = self.team_revision(team_id)
        rows = self.conn.execute(
            "SELECT c.ritual_id, c.cut FROM rotation_checkpoints c JOIN rituals r ON r.id = c.ritual_id "
            "WHERE r.team_id = ? AND c.revision = ?", [team_id, was]).fetchall()
        kept = [(revision, ritual_id, was) for ritual_id, cut in rows
                if ritual_id not in earliest or datetime.fromisoformat(cut) <= earliest[ritual_id]]
        self.conn.executemany(
            "UPDATE rotation_checkpoints SET revision = ? WHERE ritual_id = ? AND revision = ?", kept)
        return len(kept)

    # -- action items --------------------------------------------------------------

    def _reviews(self, where: str = "1", args: Sequence = ()) -> dict[int, list[tuple[OccurrenceKey, Verdict]]]:
        """Verdicts on the actions selected by `where` (a condition on the actions table `a`)."""
        reviews: dict[int, list[tuple[OccurrenceKey, Verdict]]] = {}
        verdicts = {v.value: v for v in Verdict}
        parse = datetime.fromisoformat
        for action_id, ritual_id, planned, verdict in self.conn.execute(
            "SELECT r.action_id, r.ritual_id, r.planned, r.verdict FROM action_reviews r "
            f"JOIN actions a ON a.id = r.action_id WHERE {where} ORDER BY r.planned", list(args),
        ):
            reviews.setdefault(action_id, []).append((OccurrenceKey(ritual_id, parse(planned)), verdicts[verdict]))
        return reviews

    @staticmethod
    def _action(row: dict, reviews: list[tuple[OccurrenceKey, Verdict]]) -> ActionItem:
        origin = None
        if row["origin_ritual_id"] is not None and row["origin_planned"]:
            origin = OccurrenceKey(row["origin_ritual_id"], datetime.fromisoformat(row["origin_planned"]))
        return ActionItem(
            id=row["id"],
            team_id=row["team_id"],
            title=row["title"],
            origin=origin,
            owner_id=row["owner_id"],
            due=_day(row["due"]),
            status=ActionStatus(row["status"]),
            created=_day(row["created"]),
            closed=_day(row["closed"]),
            retros_survived=sum(1 for _, verdict in reviews if verdict is Verdict.KEEP),
            reviews=tuple(reviews),
        )

    @staticmethod
    def _action_row(action: ActionItem) -> dict:
        return {
            "team_id": action.team_id,
            "title": action.title.strip(),
            "origin_ritual_id": action.origin.ritual_id if action.origin else None,
            "origin_planned": planned_text(action.origin.planned) if action.origin else None,
            "owner_id": action.owner_id,
            "due": _iso(action.due),
            "status": action.status.value,
            "created": _iso(action.created),
            "closed": _iso(action.closed),
        }

    def add_actions(self, actions: Sequence[ActionItem]) -> list[ActionItem]:
        """Store new action items in one transaction (one statement for all), their reviews with them."""
        for team_id in {a.team_id for a in actions}:
            self.team(team_id)
        for team_id, owner_id in {(a.team_id, a.owner_id) for a in actions if a.owner_id is not None}:
            if self.member(owner_id).team_id != team_id:
                raise InvalidInput(_("an action's owner must belong to its team"))
        if not actions:
            return []
        with self.transaction():
            # The ids SQLite would give one by one (the largest so far, plus one), given in one go.
            first = self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM actions").fetchone()[0]
            stored = [replace(a, id=first + i) for i, a in enumerate(actions)]
            rows = [{"id": a.id, **self._action_row(a)} for a in stored]
            columns = ", ".join(f'"{c}"' for c in rows[0])
            self.conn.executemany(f"INSERT INTO actions ({columns}) VALUES ({', '.join('?' * len(rows[0]))})",
                                  [list(r.values()) for r in rows])
            self.conn.executemany(
                "INSERT INTO action_reviews (action_id, ritual_id, planned, verdict) VALUES (?, ?, ?, ?)",
                [(a.id, key.ritual_id, planned_text(key.planned), verdict.value)
                 for a in stored for key, verdict in a.reviews])
        return stored

    def update_action(self, action: ActionItem) -> ActionItem:
        """Save the edited fields of an existing action item."""
        self.action(action.id)
        with self.transaction():
            self._update("actions", action.id, self._action_row(action))
        return action

    def delete_action(self, action_id: int) -> None:
        """Remove an action item and its reviews."""
        self.action(action_id)
        with self.transaction():
            self.conn.execute("DELETE FROM actions WHERE id = ?", [action_id])

    def action(self, action_id: int | None) -> ActionItem:
        """The action item with this id, or NotFound."""
        rows = self._select("actions", "id = ?", [action_id])
        if not rows:
            raise NotFound(_("no action item with id {action_id}").format(action_id=action_id))
        return self._action(rows[0], self._reviews("a.id = ?", [action_id]).get(action_id, []))

    def actions(self, team_id: int | None = None, *, status: ActionStatus | None = None) -> list[ActionItem]:
        """Action items of one team (or all), optionally of one status, oldest first."""
        clauses, args = [], []
        if team_id is not None:
            clauses.append("team_id = ?")
            args.append(team_id)
        if status is not None:
            clauses.append("status = ?")
            args.append(status.value)
        where = " AND ".join(clauses) or None
        reviews = self._reviews(" AND ".join(f"a.{c}" for c in clauses) or "1", args)
        rows = self._select("actions", where, args, order_by="created, id")
        return [self._action(row, reviews.get(row["id"], [])) for row in rows]

    def actions_open_or_reviewed(self, team_id: int, retro: OccurrenceKey) -> list[ActionItem]:
        """A team's action items still open or reviewed at this retrospective, oldest first (a retro's candidates)."""
        where = ("team_id = ? AND (status = 'open' OR id IN (SELECT r.action_id FROM action_reviews r "
                 "JOIN actions a ON a.id = r.action_id WHERE a.team_id = ? AND r.ritual_id = ? AND r.planned = ?))")
        args = [team_id, team_id, retro.ritual_id, planned_text(retro.planned)]
        rows = self._select("actions", where, args, order_by="created, id")
        if not rows:
            return []
        reviews = self._reviews(*_within("a.id", [row["id"] for row in rows]))
        return [self._action(row, reviews.get(row["id"], [])) for row in rows]

    def actions_from(self, origin: OccurrenceKey) -> list[ActionItem]:
        """The action items created at one occurrence, oldest first."""
        args = [origin.ritual_id, planned_text(origin.planned)]
        where = "origin_ritual_id = ? AND origin_planned = ?"
        reviews = self._reviews("a.origin_ritual_id = ? AND a.origin_planned = ?", args)
        rows = self._select("actions", where, args, order_by="created, id")
        return [self._action(row, reviews.get(row["id"], [])) for row in rows]

    def record_reviews(self, reviews: Sequence[tuple[int, OccurrenceKey, Verdict]], closed: date) -> None:
        """Record retrospective verdicts on actions; the latest retrospective's verdict sets the status.

        Done or drop closes the action on that retrospective's day (at the latest on `closed`).
        """
        status_of = {Verdict.KEEP: ActionStatus.OPEN, Verdict.DONE: ActionStatus.DONE,
                     Verdict.DROP: ActionStatus.DROPPED}
        with self.transaction():
            for action_id, retro, verdict in reviews:
                if self.conn.execute("SELECT 1 FROM actions WHERE id = ?", [action_id]).fetchone() is None:
                    raise NotFound(_("no action item with id {action_id}").format(action_id=action_id))
                self._upsert(
                    "action_reviews", [{"action_id": action_id, "ritual_id": retro.ritual_id,
                                        "planned": planned_text(retro.planned), "verdict": verdict.value}],
                    pk=("action_id", "ritual_id", "planned"),
                )
                planned, latest = self.conn.execute(  # re-reviewing an older retro does not undo a later one
                    "SELECT planned, verdict FROM action_reviews WHERE action_id = ? ORDER BY planned DESC LIMIT 1",
                    [action_id]).fetchone()
                status = status_of[Verdict(latest)]
                day = min(datetime.fromisoformat(planned).date(), closed)
                self._update(
                    "actions", action_id,
                    {"status": status.value, "closed": None if status is ActionStatus.OPEN else day.isoformat()},
                )

    def forget_reviews(self, retro: OccurrenceKey, action_ids: Sequence[int]) -> None:
        """Remove the verdicts a retrospective recorded on the given actions."""
        with self.transaction():
            for action_id in action_ids:
                self.conn.execute(
                    "DELETE FROM action_reviews WHERE action_id = ? AND ritual_id = ? AND planned = ?",
                    [action_id, retro.ritual_id, planned_text(retro.planned)])

    # -- maintenance --------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks on this open database."""
        if self.path is None:
            return [row[0] for row in self.conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        return dbfile.check_file(self.path)

    def backup(self, target: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the database to `target`, atomically, owner-only."""
        dbfile.backup(self.conn, self.path, target)
