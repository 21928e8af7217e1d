"""The database schema, as an ordered set of sqlite-utils migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x52444B31  # "RDK1": marks the file as a RitualDesk database
MIGRATION_SET = "ritualdesk"

_steps: list[tuple[str, Callable[[Database], None]]] = []
_names: list[str] = []


def _migration(name: str):
    """Declare the next migration; sqlite-utils' Migrations runs them (see apply)."""
    def declare(function: Callable[[Database], None]) -> Callable[[Database], None]:
        _names.append(name)
        _steps.append((name, function))
        return function

    return declare


def apply(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations with sqlite-utils, imported only now: a current database needs none."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, function in _steps:
        migrations(name=name)(function)
    migrations.apply(Database(conn, execute_plugins=False))


class _Statements:
    """What the migrations use of sqlite-utils' Database: `execute` (see create_schema)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)


def create_schema(conn: sqlite3.Connection) -> None:
    """Run every migration on an empty connection, without sqlite-utils' bookkeeping: the schema they make.

    For comparing a database's schema with a current one at every opening, without importing
    sqlite-utils; a migration that needs more of sqlite-utils' API than `execute` gets it.
    """
    plain = _Statements(conn)
    try:
        for _, function in _steps:
            function(plain)
    except AttributeError:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'").fetchall():
            conn.execute(f'DROP TABLE "{name}"')
        apply(conn)


@_migration("0001_initial")
def initial(db: Database) -> None:
    """Teams, members, absences, sprints, rituals, rosters, occurrence state and actions."""
    for statement in _INITIAL.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


_INITIAL = """
CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    timezone TEXT NOT NULL,
    working_days TEXT NOT NULL,
    holidays_country TEXT,
    holidays_subdivision TEXT,
    sprint_weeks INTEGER NOT NULL CHECK (sprint_weeks BETWEEN 1 AND 12),
    sprint_start TEXT
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL,
    joined TEXT,
    left TEXT,
    UNIQUE (team_id, name)
);
CREATE TABLE absences (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    CHECK (start <= end)
);
CREATE INDEX absences_member ON absences(member_id);
CREATE TABLE sprints (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    goal TEXT NOT NULL DEFAULT '',
    UNIQUE (team_id, number),
    CHECK (start <= end)
);
CREATE TABLE rituals (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    start_time TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    schedule_kind TEXT NOT NULL,
    weekdays TEXT NOT NULL DEFAULT '',
    sprint_day INTEGER NOT NULL DEFAULT 0,
    once_on TEXT,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    location TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rituals_team ON rituals(team_id);
CREATE TABLE roster_changes (
    ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE,
    effective TEXT NOT NULL,
    member_ids TEXT NOT NULL,
    PRIMARY KEY (ritual_id, effective)
);
CREATE TABLE occurrences (
    ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE,
    planned TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned',
    moved_to TEXT,
    facilitator_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    reason TEXT NOT NULL DEFAULT '',
    change TEXT,
    change_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    change_other_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ritual_id, planned)
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    origin_ritual_id INTEGER REFERENCES rituals(id) ON DELETE SET NULL,
    origin_planned TEXT,
    owner_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created TEXT,
    closed TEXT
);
CREATE INDEX actions_team ON actions(team_id, status);
CREATE TABLE action_reviews (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE,
    planned TEXT NOT NULL,
    verdict TEXT NOT NULL,
    PRIMARY KEY (action_id, ritual_id, planned)
)
"""


@_migration("0002_calendar_ledger")
def calendar_ledger(db: Database) -> None:
    """What calendar exchange remembers: SEQUENCE per exported UID, published feeds, UIDs we know."""
    for statement in _CALENDAR.split(";\n"):
        if statement.strip():
            db.execute(statement)


_CALENDAR = """
CREATE TABLE calendar_ledger (
    uid TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL,
    modified TEXT NOT NULL,
    rendered BLOB,
    rendered_by TEXT
);
CREATE TABLE calendar_feeds (
    feed TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,
    published TEXT NOT NULL
);
CREATE TABLE calendar_feed_events (
    feed TEXT NOT NULL REFERENCES calendar_feeds(feed) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    start TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (feed, uid)
);
CREATE TABLE calendar_uids (
    uid TEXT PRIMARY KEY,
    what TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    origin TEXT NOT NULL,
    recorded TEXT NOT NULL
);
CREATE INDEX calendar_uids_target ON calendar_uids(what, target_id)
"""

@_migration("0003_rotation_checkpoints")
def rotation_checkpoints(db: Database) -> None:
    """A cache of where each rotation stood, and the revision counter that invalidates it."""
    db.execute("CREATE TABLE revision (value INTEGER NOT NULL)")
    db.execute("INSERT INTO revision (value) VALUES (0)")
    db.execute(
        "CREATE TABLE rotation_checkpoints ("
        " ritual_id INTEGER PRIMARY KEY REFERENCES rituals(id) ON DELETE CASCADE,"
        " cut TEXT NOT NULL, line TEXT NOT NULL, changes_applied INTEGER NOT NULL,"
        " revision INTEGER NOT NULL, fingerprint TEXT NOT NULL)"
    )
    # Any change to what a rotation depends on bumps the revision, which invalidates every checkpoint.
    for table in ("teams", "members", "absences", "sprints", "rituals", "roster_changes", "occurrences"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_revision AFTER {event} ON {table} "
                "BEGIN UPDATE revision SET value = value + 1; END"
            )


@_migration("0004_moved_occurrences_index")
def moved_occurrences_index(db: Database) -> None:
    """Find occurrences moved into a period without scanning a ritual's whole history."""
    db.execute("CREATE INDEX occurrences_moved ON occurrences(ritual_id, moved_to) WHERE moved_to IS NOT NULL")


@_migration("0005_forget_uids_of_deleted_rows")
def forget_uids_of_deleted_rows(db: Database) -> None:
    """A deleted action, absence or ritual takes its calendar UID along: SQLite may reuse its id."""
    for what, table in (("action", "actions"), ("absence", "absences"), ("ritual", "rituals")):
        db.execute(
            f"CREATE TRIGGER {table}_forget_uid AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM calendar_uids WHERE what = '{what}' AND target_id = OLD.id; END"
        )


@_migration("0006_reminders")
def reminders(db: Database) -> None:
    """Who the user is in each team, and how long before a ritual they want their reminder."""
    db.execute("CREATE TABLE me (team_id INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,"
               " member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE)")
    db.execute("CREATE TABLE reminder_leads (ritual_id INTEGER PRIMARY KEY REFERENCES rituals(id) ON DELETE CASCADE,"
               " minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 10080))")

@_migration("0007_recurrences")
def recurrences(db: Database) -> None:
    """Every N weeks or months, monthly on a day or on the Nth weekday, and what a holiday does."""
    for column in ("every INTEGER NOT NULL DEFAULT 1 CHECK (every BETWEEN 1 AND 52)", "anchor TEXT",
                   "month_day INTEGER NOT NULL DEFAULT 0", "ordinal INTEGER NOT NULL DEFAULT 0",
                   "on_holiday TEXT NOT NULL DEFAULT 'skip' CHECK (on_holiday IN ('skip', 'before', 'after'))"):
        db.execute(f"ALTER TABLE rituals ADD COLUMN {column}")


@_migration("0008_settled_identities")
def settled_identities(db: Database) -> None:
    """A sprint-anchored occurrence's identity, kept once its sprint moves; a team's earlier working weeks."""
    db.execute(
        "CREATE TABLE sprint_anchors ("
        " ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE,"
        " sprint_number INTEGER NOT NULL, planned TEXT NOT NULL,"
        " PRIMARY KEY (ritual_id, sprint_number))"
    )
    db.execute(
        "CREATE TABLE past_workweeks ("
        " team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
        " until TEXT NOT NULL, working_days TEXT NOT NULL, holidays_country TEXT, holidays_subdivision TEXT,"
        " PRIMARY KEY (team_id, until))"
    )
    for table in ("sprint_anchors", "past_workweeks"):  # both change what the expansion gives
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_revision AFTER {event} ON {table} "
                "BEGIN UPDATE revision SET value = value + 1; END"
            )


@_migration("0009_team_language")
def team_language(db: Database) -> None:
    """The language of a team's exported calendars (teams from before it keep English, as they exported)."""
    db.execute("ALTER TABLE teams ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr'))")


@_migration("0007_caldav")
def caldav(db: Database) -> None:
    """Calendar server accounts, the calendars pushed to, and what each resource on the server holds."""
    for statement in _CALDAV.split(";\n"):
        if statement.strip():
            db.execute(statement)


_CALDAV = """
CREATE TABLE caldav_accounts (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    username TEXT NOT NULL,
    calendar TEXT,
    insecure INTEGER NOT NULL DEFAULT 0,
    home TEXT,
    last_push TEXT,
    last_result TEXT
);
CREATE TABLE caldav_calendars (
    account TEXT NOT NULL REFERENCES caldav_accounts(name) ON DELETE CASCADE,
    url TEXT NOT NULL,
    feed TEXT NOT NULL,
    sync_token TEXT,
    PRIMARY KEY (account, url)
);
CREATE TABLE caldav_resources (
    account TEXT NOT NULL,
    calendar TEXT NOT NULL,
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    start TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    content_hash TEXT,
    sequence INTEGER,
    stamp TEXT,
    cancelled INTEGER NOT NULL DEFAULT 0,
    body BLOB,
    pending_hash TEXT,
    pending_sequence INTEGER,
    pending_stamp TEXT,
    pending_body BLOB,
    pending_cancel INTEGER NOT NULL DEFAULT 0,
    conflict TEXT,
    PRIMARY KEY (account, calendar, uid),
    FOREIGN KEY (account, calendar) REFERENCES caldav_calendars(account, url) ON DELETE CASCADE
)
"""


@_migration("0009_meetings")
def meetings(db: Database) -> None:
    """How each ritual is run (phases, timeboxes, speaking order) and each run meeting, saved as it goes."""
    db.execute("CREATE TABLE meeting_settings (ritual_id INTEGER PRIMARY KEY REFERENCES rituals(id) "
               "ON DELETE CASCADE, settings TEXT NOT NULL)")
    db.execute("CREATE TABLE meetings (ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE,"
               " planned TEXT NOT NULL, state TEXT NOT NULL, started TEXT NOT NULL, ended TEXT,"
               " PRIMARY KEY (ritual_id, planned))")


@_migration("0010_retro_board")
def retro_board(db: Database) -> None:
    """Retrospective boards: custom formats per team, a board per retro, cards, groups and dot votes."""
    for statement in (
        "CREATE TABLE retro_formats (team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
        " name TEXT NOT NULL, columns TEXT NOT NULL, PRIMARY KEY (team_id, name))",
        "CREATE TABLE retro_boards (ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE,"
        " planned TEXT NOT NULL, format TEXT NOT NULL, columns TEXT NOT NULL,"
        " votes INTEGER NOT NULL CHECK (votes BETWEEN 1 AND 20), PRIMARY KEY (ritual_id, planned))",
        "CREATE TABLE retro_cards (id INTEGER PRIMARY KEY,"
        " ritual_id INTEGER NOT NULL REFERENCES rituals(id) ON DELETE CASCADE, planned TEXT NOT NULL,"
        " col INTEGER NOT NULL CHECK (col >= 0), text TEXT NOT NULL,"
        " author_id INTEGER REFERENCES members(id) ON DELETE SET NULL,"
        " group_id INTEGER REFERENCES retro_cards(id) ON DELETE SET NULL,"
        " action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL)",
        "CREATE INDEX retro_cards_board ON retro_cards(ritual_id, planned)",
        "CREATE TABLE retro_votes (card_id INTEGER NOT NULL REFERENCES retro_cards(id) ON DELETE CASCADE,"
        " member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,"
        " count INTEGER NOT NULL CHECK (count > 0), PRIMARY KEY (card_id, member_id))",
    ):
        db.execute(statement)


# What each table's row says about its team, for the per-team revision (X is NEW or OLD).
_TEAM_OF = {
    "teams": "X.id",
    "members": "X.team_id",
    "sprints": "X.team_id",
    "rituals": "X.team_id",
    "absences": "(SELECT team_id FROM members WHERE id = X.member_id)",
    "roster_changes": "(SELECT team_id FROM rituals WHERE id = X.ritual_id)",
    "occurrences": "(SELECT team_id FROM rituals WHERE id = X.ritual_id)",
    "sprint_anchors": "(SELECT team_id FROM rituals WHERE id = X.ritual_id)",
    "past_workweeks": "X.team_id",
}


@_migration("0011_team_revisions")
def team_revisions(db: Database) -> None:
    """Checkpoints per team: each team has its own revision, so an edit of one team leaves the others warm."""
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_revision' "
                              "ESCAPE '\\'").fetchall():
        db.execute(f"DROP TRIGGER {name}")  # the global revision's: every table's, whoever added it
    db.execute("DROP TABLE IF EXISTS revision")
    db.execute("DELETE FROM rotation_checkpoints")  # they were stamped with the global revision
    db.execute("CREATE TABLE team_revisions (team_id INTEGER PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,"
               " value INTEGER NOT NULL)")
    for table, team in _TEAM_OF.items():
        for event, images in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            bumps = " ".join(
                f"INSERT INTO team_revisions (team_id, value) SELECT id, 1 FROM teams WHERE id = "
                f"{team.replace('X.', image + '.')} ON CONFLICT (team_id) DO UPDATE SET value = value + 1;"
                for image in images)
            db.execute(f"CREATE TRIGGER {table}_{event.lower()}_team_revision AFTER {event} ON {table} "
                       f"BEGIN {bumps} END")
    # The occurrence panel lists the actions created at one occurrence at every edit.
    db.execute("CREATE INDEX actions_origin ON actions(origin_ritual_id, origin_planned)")


@_migration("0012_caldav_feeds")
def caldav_feeds(db: Database) -> None:
    """Several teams' feeds may share a calendar: each keeps its own sync token and resources (push state
    of 0007 is dropped; the accounts stay)."""
    db.execute("DROP TABLE caldav_resources")
    db.execute("DROP TABLE caldav_calendars")
    for statement in _CALDAV_FEEDS.split(";\n"):
        if statement.strip():
            db.execute(statement)


_CALDAV_FEEDS = """
CREATE TABLE caldav_calendars (
    account TEXT NOT NULL REFERENCES caldav_accounts(name) ON DELETE CASCADE,
    url TEXT NOT NULL,
    feed TEXT NOT NULL,
    sync_token TEXT,
    PRIMARY KEY (account, url, feed)
);
CREATE TABLE caldav_resources (
    account TEXT NOT NULL,
    calendar TEXT NOT NULL,
    feed TEXT NOT NULL,
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    start TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    content_hash TEXT,
    sequence INTEGER,
    stamp TEXT,
    cancelled INTEGER NOT NULL DEFAULT 0,
    body BLOB,
    pending_hash TEXT,
    pending_sequence INTEGER,
    pending_stamp TEXT,
    pending_body BLOB,
    pending_cancel INTEGER NOT NULL DEFAULT 0,
    conflict TEXT,
    PRIMARY KEY (account, calendar, uid),
    FOREIGN KEY (account, calendar, feed) REFERENCES caldav_calendars(account, url, feed) ON DELETE CASCADE
)
"""


EDITED_TABLES = ("teams", "members", "absences", "sprints", "rituals", "roster_changes", "occurrences", "actions",
                 "action_reviews", "me", "reminder_leads", "sprint_anchors", "past_workweeks", "meeting_settings",
                 "meetings", "retro_formats", "retro_boards", "retro_cards", "retro_votes")


@_migration("0013_edits")
def edits(db: Database) -> None:
    """A counter of edits to what people see, so that another process (a window, the CLI) notices them.

    Caches, export ledgers and calendar-server state are left out: publishing or pushing is not an
    edit, and a window refreshing after another one published would be wasted work.
    """
    db.execute("CREATE TABLE edits (value INTEGER NOT NULL)")
    db.execute("INSERT INTO edits (value) VALUES (0)")
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    for table in (t for t in EDITED_TABLES if t in present):
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(f"CREATE TRIGGER {table}_{event.lower()}_edits AFTER {event} ON {table} "
                       "BEGIN UPDATE edits SET value = value + 1; END")


@_migration("0014_past_zones")
def past_zones(db: Database) -> None:
    """A team's earlier time zone: the days before its zone changed keep the instants they had."""
    db.execute("ALTER TABLE past_workweeks ADD COLUMN timezone TEXT")


_FEED_OWNERS = """
CREATE TABLE calendar_feed_owners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    feed TEXT NOT NULL UNIQUE,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members(id) ON DELETE CASCADE
)
"""


@_migration("0015_feed_owners")
def feed_owners(db: Database) -> None:
    """Whose feed each published file is (a team's, or one of its members'), so a rename is told from a deletion.

    None for feeds published before (until published again). A row goes with its team or member and,
    journaled like them, comes back when that deletion is undone; someone new given a deleted one's id
    finds none. Its id is never given again (AUTOINCREMENT), so that a row published meanwhile cannot
    take the rowid an undo puts back; `feed` refers to no unjournaled table (calendar_feeds) that an
    undo could not put back.
    """
    db.execute(_FEED_OWNERS)


@_migration("0016_feed_owners_kept_by_undo")
def feed_owners_kept_by_undo(db: Database) -> None:
    """0015 as first written (the night of 1 December 2026) kept the owners in calendar_feeds, set to NULL
    when their team or member was deleted, and an undo of that could not put them back: they move to
    calendar_feed_owners. Those columns stay, NULL and never read (SQLite drops a column only from 3.35)."""
    if "owner_team" not in {row[1] for row in db.execute("PRAGMA table_info(calendar_feeds)").fetchall()}:
        return  # 0015 made calendar_feed_owners
    db.execute(_FEED_OWNERS)
    db.execute("INSERT INTO calendar_feed_owners (feed, team_id, member_id) SELECT feed, owner_team, owner_member "
               "FROM calendar_feeds WHERE owner_team IS NOT NULL AND (owner_member IS NOT NULL) = (feed LIKE 'member-%')")
    db.execute("UPDATE calendar_feeds SET owner_team = NULL, owner_member = NULL")


KNOWN = frozenset(_names)
SCHEMA_VERSION = len(_names)
