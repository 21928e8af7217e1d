"""The database file: creation, permissions, migrations, refusal of foreign or newer files, backup."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date

import pytest

from ritualdesk.errors import DatabaseTooNew, InvalidInput, NotARitualDeskDatabase, NotFound, StoreError
from ritualdesk.migrations import APPLICATION_ID, SCHEMA_VERSION
from ritualdesk.model import Absence, ActionItem, Member, Team
from ritualdesk.store import Store


def test_new_database_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "sub" / "new.sqlite3"
    Store.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_new_database_is_marked_as_ours_and_uses_wal(tmp_path):
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_data_survives_reopening(tmp_path):
    path = tmp_path / "db.sqlite3"
    store = Store.open(path)
    team = store.add_team(Team(None, "Phoenix", timezone="Europe/London"))
    store.add_member(Member(None, team.id, "Olivia", email="olivia@example.org"))
    store.close()
    store = Store.open(path)
    assert [t.name for t in store.teams()] == ["Phoenix"]
    assert store.members(team.id)[0].email == "olivia@example.org"


def test_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    content = b"these are my notes, not a database" * 100
    path.write_bytes(content)
    with pytest.raises(NotARitualDeskDatabase, match="not a RitualDesk database"):
        Store.open(path)
    assert path.read_bytes() == content


def test_sqlite_file_of_another_application_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotARitualDeskDatabase, match="another application"):
        Store.open(path)
    assert path.read_bytes() == before


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('ritualdesk', '9999_from_the_future', '2030-01-01')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_team_names_are_unique_case_insensitively(store):
    store.add_team(Team(None, "Orion"))
    with pytest.raises(InvalidInput, match="already exists"):
        store.add_team(Team(None, "orion"))


def test_invalid_team_values_are_refused_on_creation():
    with pytest.raises(InvalidInput, match="time zone"):
        Team(None, "X", timezone="Mars/Olympus")
    with pytest.raises(InvalidInput, match="working day"):
        Team(None, "X", working_days=())
    with pytest.raises(InvalidInput, match="name"):
        Team(None, "  ")


def test_failed_write_changes_nothing(store, team, members):
    before = store.actions()
    bad = [ActionItem(None, team.id, "fine"), ActionItem(None, team.id + 99, "unknown team")]
    with pytest.raises(NotFound):
        store.add_actions(bad)
    assert store.actions() == before


def test_deleting_a_team_removes_what_it_holds(store, team, members, standup):
    store.add_absence(Absence(None, members[0].id, date(2026, 4, 1), date(2026, 4, 3)))
    store.delete_team(team.id)
    assert store.members() == [] and store.rituals() == [] and store.absences() == []


def test_check_reports_a_healthy_database(store, team):
    assert store.check() == []


def test_backup_is_a_consistent_owner_only_copy(store, team, members, tmp_path):
    target = tmp_path / "copy.sqlite3"
    store.backup(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    copy = Store.open(target)
    assert [m.name for m in copy.members(team.id)] == [m.name for m in members]
    copy.close()
    assert not list(tmp_path.glob(".copy.sqlite3.*"))
