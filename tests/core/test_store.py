"""The database file: creation, permissions, migrations, refusal of foreign or newer files, backup."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date, time

import pytest

from ritualdesk.errors import DatabaseTooNew, InvalidInput, NotARitualDeskDatabase, NotFound, StoreError
from ritualdesk.migrations import APPLICATION_ID, SCHEMA_VERSION
from ritualdesk import holiday_cache
from ritualdesk.agenda import agenda
from ritualdesk.model import Absence, ActionItem, Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
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


def test_opening_a_current_database_and_reading_a_week_needs_neither_sqlite_utils_nor_holidays(tmp_path, monkeypatch):
    """sqlite-utils (with click and pluggy) runs the migrations only; a current file is read with sqlite3."""
    path = tmp_path / "current.sqlite3"
    code = (
        "import sys, datetime\n"
        "from ritualdesk.store import Store\n"
        "from ritualdesk.agenda import agenda\n"
        "store = Store.open(sys.argv[1])\n"
        "found = agenda(store, first=datetime.date(2026, 3, 16), last=datetime.date(2026, 3, 22))\n"
        "store.close()\n"
        "print(len(found), 'sqlite_utils' in sys.modules, 'holidays' in sys.modules)\n"
    )
    env = {**os.environ, "RITUALDESK_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                           env=env)
    assert first.stdout.split()[1] == "True"  # a new file: migrations ran
    store = Store.open(path)
    team = store.add_team(Team(None, "Les Castors", timezone="Europe/Paris", holidays_country="FR"))
    member = store.add_member(Member(None, team.id, "Ana"))
    store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Mêlée", time(9, 30), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [member.id])
    monkeypatch.setenv("RITUALDESK_CACHE_DIR", env["RITUALDESK_CACHE_DIR"])
    holiday_cache.forget()
    assert len(agenda(store, first=date(2026, 3, 16), last=date(2026, 3, 22))) == 5  # fills the holiday cache file
    store.close()
    again = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                           env=env)
    holiday_cache.forget()
    assert again.stdout.split() == ["5", "False", "False"]  # holidays come from the cache file written above
