"""Operations return what they did; undo and redo replay the journal, ids and UIDs exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from ritualdesk import operations as ops
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.changes import Change, redo, run, undo
from ritualdesk.errors import Conflict, InvalidInput
from ritualdesk.ical.ledger import KnownUid, remember_uids
from ritualdesk.model import (
    Absence,
    Member,
    OccurrenceKey,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    Schedule,
    ScheduleKind,
    Team,
)
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def _key(ritual, day, hour=9, minute=30):
    return OccurrenceKey(ritual.id, datetime.combine(day, time(hour, minute)))


def _dump(store):
    """Every row of every table an edit may touch, with its rowid."""
    tables = ("teams", "members", "absences", "sprints", "rituals", "roster_changes", "occurrences",
              "actions", "action_reviews", "calendar_uids")
    return {t: store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_an_operation_returns_its_value_its_changes_and_what_reverts_it(store, team, standup):
    key = _key(standup, date(2026, 3, 20))
    result = ops.cancel(store, key, now=NOW)
    assert result.value.status is OccurrenceStatus.CANCELLED
    assert result.changes.what & Change.OCCURRENCES and result.changes.team_ids == {team.id}
    assert [(r.table, r.before, r.after is not None) for r in result.revert.rows if r.table == "occurrences"
            and r.after[1] == "2026-03-20T09:30"] == [("occurrences", None, True)]


def test_undo_puts_back_every_row_and_redo_writes_them_again(store, standup):
    ops.mark_held(store, _key(standup, date(2026, 3, 2)), now=NOW)
    before = _dump(store)
    result = ops.move(store, _key(standup, date(2026, 3, 20)), datetime(2026, 3, 20, 11, 0), now=NOW)
    after = _dump(store)
    undo(store, result)
    assert _dump(store) == before
    redo(store, result)
    assert _dump(store) == after


def test_a_refused_operation_writes_nothing_and_has_nothing_to_revert(store, standup):
    ops.mark_held(store, _key(standup, date(2026, 3, 2)), now=NOW)
    before = _dump(store)
    with pytest.raises(InvalidInput):
        ops.cancel(store, _key(standup, date(2026, 3, 2)), now=NOW)
    assert _dump(store) == before


def test_undoing_a_team_deletion_brings_back_its_cascade_with_the_same_ids_and_uids(store, team, members, standup):
    ops.mark_held(store, _key(standup, date(2026, 3, 2)), now=NOW)
    ops.add_absence(store, Absence(id=None, member_id=members[1].id, start=date(2026, 3, 23),
                                   end=date(2026, 3, 24)), now=NOW)
    action = ops.add_action(store, _key(standup, date(2026, 3, 2)), "Fix CI", owner_id=members[0].id,
                            today=date(2026, 3, 2)).value
    remember_uids(store, [KnownUid(uid="imported-action@elsewhere", what="action", target_id=action.id,
                                   origin="import")], now=NOW)
    uid = occurrence_uid(standup, _key(standup, date(2026, 3, 20)).planned)
    before = _dump(store)
    deleted = ops.delete_team(store, team.id)
    assert store.teams() == [] and store.db.execute("SELECT count(*) FROM calendar_uids").fetchone()[0] == 0
    assert {r.table for r in deleted.revert.rows} >= {"teams", "members", "absences", "rituals", "roster_changes",
                                                      "occurrences", "actions", "calendar_uids"}
    undo(store, deleted)
    assert _dump(store) == before
    assert ops.resolve_uid(store, uid) == _key(standup, date(2026, 3, 20))  # the calendars' events are ours again
    redo(store, deleted)  # a redo after the undo of a delete deletes the same rows again
    assert store.teams() == [] and _dump(store)["calendar_uids"] == []
    undo(store, deleted)
    assert _dump(store) == before


def test_an_id_reused_by_sqlite_does_not_mix_up_undo(store, team, members):
    added = ops.add_member(store, Member(id=None, team_id=team.id, name="Eve"))
    undo(store, added)
    assert store.find_member(team.id, "Eve") is None
    redo(store, added)  # Eve comes back with her own id, not a new one
    assert store.find_member(team.id, "Eve").id == added.value.id


def test_a_row_changed_since_is_not_overwritten_by_undo(store, team, standup):
    key = _key(standup, date(2026, 3, 20))
    result = ops.set_notes(store, key, "first")
    ops.set_notes(store, key, "second")  # another window, another program
    with pytest.raises(Conflict):
        undo(store, result)
    assert store.state(key).notes == "second"


def test_a_new_series_comes_back_with_its_uid_on_redo(store, standup):
    from dataclasses import replace

    result = ops.update_ritual(store, replace(standup, start_time=time(10, 0)), now=NOW)
    successor = result.value
    assert successor.id != standup.id
    undo(store, result)
    assert store.rituals() == [standup]
    redo(store, result)
    assert store.ritual(successor.id).uid == successor.uid
    assert [o.start.hour for o in agenda(store, first=date(2026, 3, 20), last=date(2026, 3, 20))] == [10]


def test_creating_a_team_is_one_operation_undone_at_once(store):
    result = ops.create_team(
        store, Team(id=None, name="Orion", timezone="America/New_York"),
        members=[Member(id=None, team_id=0, name="Ava"), Member(id=None, team_id=0, name="Ben")],
        rituals=[Ritual(id=None, team_id=0, kind=RitualKind.STANDUP, title="Daily", start_time=time(9), minutes=15,
                        schedule=Schedule(ScheduleKind.WORKING_DAYS), starts_on=date(2026, 3, 2))])
    assert result.changes.team_ids == {result.value.id} and result.changes.what & Change.TEAMS
    undo(store, result)
    assert store.teams() == [] and store.members() == [] and store.rituals() == []


def test_nested_operations_are_captured_by_the_outer_one(store, team, standup):
    def both():
        ops.cancel(store, _key(standup, date(2026, 3, 20)), now=NOW)
        ops.set_notes(store, _key(standup, date(2026, 3, 23)), "moved to Tuesday")

    before = _dump(store)
    result = run(store, both)
    undo(store, result)
    assert _dump(store) == before


def test_a_refused_first_edit_leaves_the_journal_recording(store, standup):
    """Regression: the journal's TEMP triggers, made in the first edit's transaction, went with its rollback."""
    path = store.path
    store.close()
    fresh = Store.open(path)
    try:
        with pytest.raises(InvalidInput):
            ops.mark_held(fresh, _key(standup, date(2026, 3, 25)), now=NOW)  # refused: before its day
        result = ops.cancel(fresh, _key(standup, date(2026, 3, 24)), now=NOW)
        assert result.revert and result.changes.what & Change.OCCURRENCES
        undo(fresh, result)
        assert fresh.state(_key(standup, date(2026, 3, 24))).status is OccurrenceStatus.PLANNED
    finally:
        fresh.close()
