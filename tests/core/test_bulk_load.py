"""Bulk loads (the demo's years of history): counted and checked once, and the same data as row by row."""

from __future__ import annotations

import contextlib
import hashlib
from datetime import UTC, date, datetime

import pytest

from ritualdesk.demo import generate_demo
from ritualdesk.errors import StoreError
from ritualdesk.model import Absence, OccurrenceKey, OccurrenceState, OccurrenceStatus
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
TABLES = ("teams", "members", "absences", "sprints", "rituals", "roster_changes", "occurrences", "actions",
          "action_reviews")


def _schema(store: Store) -> list[tuple]:
    return store.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def _edits(store: Store) -> int:
    return store.conn.execute("SELECT value FROM edits").fetchone()[0]


def _content_digest(store: Store) -> str:
    """Every row the demo writes, random ritual uids aside."""
    digest = hashlib.sha256()
    for table in TABLES:
        columns = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})") if r[1] != "uid"]
        listed = ", ".join(f'"{c}"' for c in columns)
        for row in store.conn.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _row_by_row(store: Store) -> Store:
    """The store's bulk loads made plain transactions: each row written as any edit writes it (triggers, checks)."""

    @contextlib.contextmanager
    def plain(tables):
        with store.transaction():
            yield set()

    store.bulk_load = plain
    return store


def test_the_demo_writes_the_same_rows_in_bulk_as_row_by_row():
    bulk, plain = Store.memory(), _row_by_row(Store.memory())
    for store in (bulk, plain):
        generate_demo(store, teams=3, years=2, seed=7, now=NOW)
    assert _content_digest(bulk) == _content_digest(plain)
    assert bulk.conn.execute("SELECT count(*) FROM occurrences").fetchone()[0] > 1000  # years of history
    assert bulk.check() == []


def test_the_demo_is_the_same_for_the_same_seed_and_another_for_another():
    stores = [Store.memory() for _ in range(3)]
    for store, seed in zip(stores, (7, 7, 8), strict=True):
        generate_demo(store, teams=2, years=1, seed=seed, now=NOW)
    first, again, other = (_content_digest(store) for store in stores)
    assert first == again != other


def test_a_bulk_load_counts_each_team_once_and_puts_its_triggers_back(store, team, members, standup):
    schema, edits, revision = _schema(store), _edits(store), store.team_revision(team.id)
    with store.bulk_load(("occurrences", "absences")) as touched:
        store.save_states([OccurrenceState(OccurrenceKey(standup.id, datetime(2026, 3, d, 9, 30)),
                                           status=OccurrenceStatus.HELD, facilitator_id=members[0].id)
                           for d in (2, 3, 4)])
        store.add_absences([Absence(id=None, member_id=members[1].id, start=date(2026, 3, 9), end=date(2026, 3, 9))])
        assert store.team_revision(team.id) == revision  # the counting triggers are set aside
        touched.add(team.id)
    assert (store.team_revision(team.id), _edits(store)) == (revision + 1, edits + 1)
    assert _schema(store) == schema
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.check() == []
    # and the triggers count again, row by row
    store.save_states([OccurrenceState(OccurrenceKey(standup.id, datetime(2026, 3, 5, 9, 30)))])
    assert (store.team_revision(team.id), _edits(store)) == (revision + 2, edits + 2)


def test_a_dangling_reference_in_a_bulk_load_commits_nothing(store, team, standup):
    schema, edits = _schema(store), _edits(store)
    with pytest.raises(StoreError, match="FOREIGN KEY"), store.bulk_load(("occurrences",)) as touched:
        store.save_states([OccurrenceState(OccurrenceKey(standup.id, datetime(2026, 3, 2, 9, 30)))])
        store.save_states([OccurrenceState(OccurrenceKey(standup.id + 99, datetime(2026, 3, 2, 9, 30)))])
        touched.add(team.id)
    assert store.states() == {}
    assert (_schema(store), _edits(store)) == (schema, edits)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failure_during_a_bulk_load_puts_the_triggers_back(store, team, standup):
    schema = _schema(store)
    with pytest.raises(RuntimeError), store.bulk_load(("occurrences",)):
        store.save_states([OccurrenceState(OccurrenceKey(standup.id, datetime(2026, 3, 2, 9, 30)))])
        raise RuntimeError("interrupted")
    assert _schema(store) == schema
    assert store.states() == {}


def test_the_demo_gives_each_new_team_a_revision_and_is_noticed_as_an_edit(store, team):
    before, edits = store.team_revision(team.id), _edits(store)
    made = generate_demo(store, teams=2, years=1, seed=1, now=NOW)
    assert store.team_revision(team.id) == before  # an existing team is left alone
    assert all(store.team_revision(t.id) > 0 for t in made)
    assert _edits(store) > edits
    assert store.check() == []
