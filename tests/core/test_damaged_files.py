"""A damaged database is refused untouched; an empty file is not taken for a new database by every command."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.cli import main
from ritualdesk.errors import StoreDamaged, StoreError
from ritualdesk.store import Store
from tests.damage import zero_page_of


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(path, *args, capsys):
    status = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def closed_db(store, standup):
    """A healthy database with a team, members and a stand-up, closed (its WAL folded into the file)."""
    uid = occurrence_uid(standup, agenda(store, first=standup.starts_on, last=standup.starts_on)[0].key.planned)
    store.close()
    return store.path, uid


COMMANDS = [("agenda", "--from", "2026-03-02"), ("occurrence", "{uid}", "--held"), ("team", "add", "Autre"),
            ("member", "add", "Les Castors", "Eve")]


@pytest.mark.parametrize("table", ["members", "occurrences", "rituals"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_zeroed_page_is_refused_by_every_command_and_the_file_left_untouched(closed_db, table, command, capsys):
    path, uid = closed_db
    zero_page_of(path, table)
    before = _digest(path)
    status, out, err = _cli(path, *[part.format(uid=uid) for part in command], capsys=capsys)
    assert status == 1
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err
    assert _digest(path) == before


def test_check_still_reports_what_is_damaged(closed_db, capsys):
    path, _ = closed_db
    zero_page_of(path, "members")
    status, out, err = _cli(path, "check", capsys=capsys)
    assert status == 1 and out.strip() and "restore a backup" in err


def test_a_dropped_table_is_refused_untouched(closed_db, capsys):
    path, _ = closed_db
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE action_reviews")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreDamaged, match="action_reviews is missing"):
        Store.open(path)
    assert _cli(path, "team", "add", "Autre", capsys=capsys)[0] == 1
    assert _digest(path) == before
    status, out, _ = _cli(path, "check", capsys=capsys)
    assert status == 1 and "action_reviews" in out


def test_a_broken_foreign_key_is_refused_untouched(closed_db):
    path, _ = closed_db
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO members (team_id, name, role) VALUES (999, 'Ghost', 'developer')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreDamaged, match="refers to a missing teams"):
        Store.open(path)
    assert _digest(path) == before


def test_a_page_damaged_while_the_database_is_open_says_damaged(closed_db, capsys):
    path, _ = closed_db
    store = Store.open(path)
    zero_page_of(path, "occurrences")
    store.db.execute("PRAGMA shrink_memory")  # forget the cached pages, as a long session does
    with pytest.raises(StoreDamaged, match="damaged"), store.transaction():
        store.db.execute("SELECT * FROM occurrences").fetchall()
    store.close()


def test_check_leaves_no_wal_or_shm_file_behind(closed_db, capsys):
    path, _ = closed_db
    before = _digest(path)
    assert _cli(path, "check", capsys=capsys)[0] == 0
    assert not (path.parent / f"{path.name}-wal").exists() and not (path.parent / f"{path.name}-shm").exists()
    assert _digest(path) == before


@pytest.mark.parametrize("command", [("agenda",), ("occurrence", "x", "--held"), ("team", "list"), ("check",),
                                     ("actions",), ("backup", "{tmp}/copy.sqlite3")], ids=lambda c: c[0])
def test_an_empty_file_is_not_made_a_database_by_other_commands(tmp_path, command, capsys):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    status, _, err = _cli(path, *[part.format(tmp=tmp_path) for part in command], capsys=capsys)
    assert status != 0 and err.count("\n") == 1 and "is empty (0 bytes)" in err
    assert path.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_an_empty_file_becomes_a_database_with_team_add(tmp_path, capsys):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert _cli(path, "team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "none",
                capsys=capsys)[0] == 0
    assert [t.name for t in Store.open(path, create=False).teams()] == ["Les Castors"]


def test_an_empty_file_stays_empty_when_the_creating_command_fails(tmp_path, capsys):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert _cli(path, "team", "add", "Les Castors", "--timezone", "Mars/Olympus", capsys=capsys)[0] == 2
    assert path.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_an_empty_file_is_refused_by_the_core_unless_asked_to_create(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(StoreError, match="empty"):
        Store.open(path, create=False)
    assert path.stat().st_size == 0


def test_the_schema_digest_is_that_of_the_migrations():
    from ritualdesk import dbfile, migrations

    expected = dbfile.schema_digest(dbfile.expected_schema())
    assert dbfile.SCHEMA_DIGESTS.get(migrations.SCHEMA_VERSION) == expected, (
        f"a migration changed the schema: set SCHEMA_DIGESTS[{migrations.SCHEMA_VERSION}] = {expected:#X} in "
        "ritualdesk/dbfile.py")


def test_a_complete_schema_is_told_by_its_digest_and_an_extra_object_is_not_taken_for_damage(store, monkeypatch):
    from ritualdesk import dbfile

    built, original = [], dbfile.expected_schema
    monkeypatch.setattr(dbfile, "expected_schema", lambda: built.append(1) or original())
    assert dbfile.missing_schema(store.conn) == [] and built == []  # the digest alone: nothing built in memory
    store.conn.execute("CREATE INDEX mine ON teams(name)")  # not ours, but nothing is missing
    assert dbfile.missing_schema(store.conn) == [] and built == [1]
    store.conn.execute("DROP INDEX absences_member")
    assert dbfile.missing_schema(store.conn) == ["the index absences_member is missing"]


def test_a_damaged_file_opened_to_be_checked_later_is_refused_at_its_check_and_at_every_write(closed_db):
    from ritualdesk.model import Team

    path, _ = closed_db
    zero_page_of(path, "members")
    before = _digest(path)
    store = Store.open(path, check_later=True)  # the app reads its first week before the checks
    try:
        with pytest.raises(StoreDamaged, match="restore a backup"):
            store.verify()
        with pytest.raises(StoreDamaged):
            store.add_team(Team(id=None, name="Autre", timezone="Europe/Paris"))
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            store.conn.execute("DELETE FROM teams")  # not even around the store's own write path
    finally:
        store.close()
    assert _digest(path) == before


def test_a_healthy_file_checked_later_is_read_at_once_and_checked_before_its_first_write(closed_db, monkeypatch):
    from ritualdesk import dbfile
    from ritualdesk.model import Team

    path, _ = closed_db
    checks, verify = [], dbfile.verify
    monkeypatch.setattr(dbfile, "verify", lambda conn, where: checks.append(where) or verify(conn, where))
    store = Store.open(path, check_later=True)
    try:
        assert checks == [] and [t.name for t in store.teams()] == ["Les Castors"]
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            store.conn.execute("UPDATE teams SET name = name")
        store.add_team(Team(id=None, name="Autre", timezone="Europe/Paris"))  # checked first, then written
        assert checks == [path] and len(store.teams()) == 2
        store.verify()  # done already: not again
        store.conn.execute("UPDATE teams SET name = name")
        assert checks == [path]
    finally:
        store.close()
