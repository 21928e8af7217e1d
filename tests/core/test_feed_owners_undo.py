"""A deleted team or member brought back by Edit › Undo keeps its feeds, those under earlier names too."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from ritualdesk import changes, migrations, operations
from ritualdesk.ical.ledger import FeedOwner, feed_owners
from ritualdesk.ical.publish import pending_changes, publish
from ritualdesk.model import Member
from ritualdesk.store import Store
from tests.core.test_renamed_feeds import LATER, NOW, TODAY, _uids, database_before

OLD, NEW = "member-les-castors-eve.ics", "member-les-castors-eve-durand.ics"



@pytest.fixture
def renamed_eve(store, team, standup, members, folder):
    """Eve (on no roster: she can be deleted), published, renamed Eve Durand, published again."""
    eve = store.add_member(Member(None, team.id, "Eve"))
    publish(store, folder, now=NOW, today=TODAY)
    eve = operations.update_member(store, replace(eve, name="Eve Durand"), now=NOW).value
    publish(store, folder, now=LATER, today=TODAY)
    return eve


def _published(store, folder, *, later=1):
    return {r.path.name: r for r in publish(store, folder, now=LATER + later * (LATER - NOW), today=TODAY)}


def test_undoing_the_deletion_of_a_renamed_member_keeps_her_feeds(store, team, renamed_eve, folder):
    owners = feed_owners(store)
    assert owners[OLD] == owners[NEW] == FeedOwner(team_id=team.id, member_id=renamed_eve.id)
    changes.undo(store, operations.delete_member(store, renamed_eve.id, now=NOW))  # as Edit › Undo does
    assert store.member(renamed_eve.id).name == "Eve Durand"
    assert feed_owners(store) == owners
    preview = {d.feed: d for d in pending_changes(store, today=TODAY, folder=folder)}
    assert not any(d.gone for d in preview.values())
    results = _published(store, folder)
    assert not any(r.gone for r in results.values())
    assert results[OLD].spec.renamed_to == NEW and results[OLD].spec.scope.member_id == renamed_eve.id


def test_a_deletion_undone_then_redone_empties_her_feeds_under_both_names(store, renamed_eve, folder):
    deletion = operations.delete_member(store, renamed_eve.id, now=NOW)
    changes.undo(store, deletion)
    changes.redo(store, deletion)
    results = _published(store, folder)
    assert sorted(name for name, r in results.items() if r.gone and r.written) == [NEW, OLD]
    assert _uids(folder / OLD) == _uids(folder / NEW) == set()


def test_undoing_a_deletion_after_the_feeds_were_emptied_fills_them_again(store, renamed_eve, folder):
    subscribed = _uids(folder / OLD)
    deletion = operations.delete_member(store, renamed_eve.id, now=NOW)
    assert {r.path.name for r in _published(store, folder).values() if r.gone} == {OLD, NEW}
    changes.undo(store, deletion)
    results = _published(store, folder, later=2)
    assert results[OLD].spec.former and results[OLD].written and results[NEW].written
    assert _uids(folder / OLD) == _uids(folder / NEW) == subscribed


def test_undoing_the_deletion_of_a_renamed_team_keeps_its_feeds(store, team, folder):
    operations.add_member(store, Member(None, team.id, "Ana"))
    publish(store, folder, now=NOW, today=TODAY)  # no ritual: only the ledger's owners tell whose feeds these are
    squad = operations.update_team(store, replace(team, name="Les Castors Bleus"), now=NOW).value
    publish(store, folder, now=LATER, today=TODAY)
    changes.undo(store, operations.delete_team(store, squad.id))
    results = _published(store, folder)
    assert not any(r.gone for r in results.values())
    assert results["team-les-castors.ics"].spec.renamed_to == "team-les-castors-bleus.ics"
    assert results["member-les-castors-ana.ics"].spec.renamed_to == "member-les-castors-bleus-ana.ics"


def test_someone_given_a_deleted_renamed_members_id_gets_none_of_her_feeds(store, team, renamed_eve, folder):
    operations.delete_member(store, renamed_eve.id, now=NOW)
    yann = operations.add_member(store, Member(None, team.id, "Yann")).value
    assert yann.id == renamed_eve.id  # the last id: SQLite gives it again
    results = _published(store, folder)
    assert results[OLD].gone and results[NEW].gone  # her subscribers are not given his calendar
    assert results["member-les-castors-yann.ics"].spec.scope.member_id == yann.id
    assert not any(r.spec.former for r in results.values())


def _owners_in_feeds(db) -> None:
    """0015 as first written: the owners in calendar_feeds, set to NULL when their team or member is deleted."""
    db.execute("ALTER TABLE calendar_feeds ADD COLUMN owner_team INTEGER REFERENCES teams(id) ON DELETE SET NULL")
    db.execute("ALTER TABLE calendar_feeds ADD COLUMN owner_member INTEGER REFERENCES members(id) ON DELETE SET NULL")


def test_a_database_migrated_by_the_first_0015_keeps_its_owners_and_undo_keeps_them(tmp_path):
    path = tmp_path / "tonight.sqlite3"
    database_before(path, "0015_feed_owners", then=[("0015_feed_owners", _owners_in_feeds)])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO teams (id, name, timezone, working_days, sprint_weeks) "
                 "VALUES (1, 'Les Castors', 'Europe/Paris', '0,1,2,3,4', 2)")
    conn.executemany("INSERT INTO members (id, team_id, name, role) VALUES (?, 1, ?, 'developer')",
                     [(1, "Ana"), (2, "Eve Durand")])
    conn.executemany("INSERT INTO calendar_feeds (feed, file_hash, published, owner_team, owner_member) "
                     "VALUES (?, 'abc', '2026-03-01', ?, ?)",
                     [("team-les-castors.ics", 1, None), (OLD, 1, 2), ("member-les-castors-gone.ics", 1, None)])
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert store.check() == []
        owners = {OLD: FeedOwner(team_id=1, member_id=2), "team-les-castors.ics": FeedOwner(team_id=1)}
        assert feed_owners(store) == owners  # a member's feed whose owner was deleted has none
        assert store.conn.execute("SELECT count(*) FROM calendar_feeds WHERE owner_team IS NOT NULL "
                                  "OR owner_member IS NOT NULL").fetchone() == (0,)
        changes.undo(store, operations.delete_member(store, 2, now=NOW))
        assert feed_owners(store) == owners
    finally:
        store.close()
    assert migrations._names[-1] == "0016_feed_owners_kept_by_undo"
