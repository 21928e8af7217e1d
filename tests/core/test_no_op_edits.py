"""An edit to what already is (held again, the same facilitator, the same notes...) writes nothing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from ritualdesk import operations as ops
from ritualdesk.agenda import occurrence_uid
from ritualdesk.changes import NOTHING
from ritualdesk.cli import main
from ritualdesk.model import ActionStatus, OccurrenceKey, RosterChange
from ritualdesk.watch import edit_count

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # Wednesday of the second sprint


def _key(ritual, day, hour=9, minute=30):
    return OccurrenceKey(ritual.id, datetime(day.year, day.month, day.day, hour, minute))


def _on_disk(store):
    """Everything the file says (its pages, and its write-ahead log) and the counters other windows watch."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = store.path.read_bytes() + (store.path.with_name(store.path.name + "-wal").read_bytes()
                                      if store.path.with_name(store.path.name + "-wal").exists() else b"")
    return hashlib.sha256(data).hexdigest(), edit_count(store), store.team_revisions()


def _writes_nothing(store, edit):
    before = _on_disk(store)
    data_version = store.conn.execute("PRAGMA data_version").fetchone()[0]
    result = edit()
    assert not result.revert and result.changes == NOTHING
    assert _on_disk(store) == before
    assert store.conn.execute("PRAGMA data_version").fetchone()[0] == data_version
    return result


@pytest.fixture
def action(store, standup):
    return ops.add_action(store, _key(standup, date(2026, 3, 2)), "Fix the build", today=date(2026, 3, 2)).value


@pytest.mark.parametrize("edit", ["held", "cancel", "planned", "facilitator", "notes", "move", "clear"])
def test_an_edit_to_what_already_is_writes_nothing(store, standup, members, edit):
    past, coming = _key(standup, date(2026, 3, 9)), _key(standup, date(2026, 3, 23))
    again = {
        "held": (past, lambda: ops.mark_held(store, past, now=NOW)),
        "cancel": (coming, lambda: ops.cancel(store, coming, now=NOW)),
        "planned": (coming, lambda: ops.restore(store, coming, now=NOW)),
        "facilitator": (coming, lambda: ops.set_facilitator(store, coming, members[2].id, reason="demo day",
                                                            now=NOW)),
        "notes": (coming, lambda: ops.set_notes(store, coming, "Agenda: the build")),
        "move": (coming, lambda: ops.move(store, coming, datetime(2026, 3, 23, 11, 0), now=NOW)),
        "clear": (coming, lambda: ops.clear_facilitator(store, coming, now=NOW)),
    }
    key, edit_again = again[edit]
    if edit not in ("planned", "clear"):  # those are already so from the start
        assert edit_again().revert  # the first time, it is an edit
    # Past occurrences after the held one were computed, not recorded: doing nothing freezes none of them.
    result = _writes_nothing(store, edit_again)
    assert result.value in (None, ops.occurrence(store, key))  # set_notes gives nothing back


def test_an_empty_note_on_an_occurrence_without_state_adds_no_row(store, standup):
    key = _key(standup, date(2026, 3, 23))
    _writes_nothing(store, lambda: ops.set_notes(store, key, ""))
    assert store.states([standup.id]) == {}


def test_an_action_set_to_its_status_keeps_its_closing_day(store, action):
    ops.set_action_status(store, action.id, ActionStatus.DONE, today=date(2026, 3, 4))
    result = _writes_nothing(store, lambda: ops.set_action_status(store, action.id, ActionStatus.DONE,
                                                                  today=date(2026, 3, 9)))
    assert result.value.closed == date(2026, 3, 4)
    _writes_nothing(store, lambda: ops.update_action(store, store.action(action.id), today=date(2026, 3, 9)))


def test_saving_unedited_members_teams_rituals_rosters_and_sprints_writes_nothing(store, team, standup, members):
    _writes_nothing(store, lambda: ops.update_member(store, store.member(members[1].id), now=NOW))
    _writes_nothing(store, lambda: ops.update_team(store, store.team(team.id), now=NOW))
    _writes_nothing(store, lambda: ops.update_ritual(store, store.ritual(standup.id), now=NOW))
    roster = RosterChange(ritual_id=standup.id, effective=date(2026, 3, 19), member_ids=(members[1].id,))
    assert ops.set_roster(store, roster, now=NOW).revert
    _writes_nothing(store, lambda: ops.set_roster(store, roster, now=NOW))
    sprint = next(s for s in ops.team_sprints(store, team.id, until=date(2026, 5, 1)) if s.number == 3)
    _writes_nothing(store, lambda: ops.save_sprint(store, sprint, now=NOW))
    assert ops.save_sprint(store, replace(sprint, goal="Ship it"), now=NOW).revert


def test_an_edit_that_changes_something_still_writes(store, standup):
    key = _key(standup, date(2026, 3, 23))
    count = edit_count(store)
    assert ops.set_notes(store, key, "one").revert
    assert ops.set_notes(store, key, "two").revert
    assert edit_count(store) > count


def _run(db, *args, capsys):
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_cli_says_nothing_changed_and_writes_nothing(store, standup, action, capsys):
    uid = occurrence_uid(standup, datetime(2026, 3, 9, 9, 30))
    path = store.path
    store.close()
    assert _run(path, "occurrence", uid, "--held", capsys=capsys)[0] == 0
    data = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    status, out, err = _run(path, "occurrence", uid, "--held", capsys=capsys)
    assert status == 0
    row = json.loads(out)
    assert row["status"] == "held" and row["changed"] == {"what": [], "teams": []}
    assert err == "ritualdesk: nothing changed: the occurrence was already as asked\n"
    status, out, err = _run(path, "--changes", "action", "set", str(action.id), "open", capsys=capsys)
    assert (status, out) == (0, f"action #{action.id} is already open; nothing changed\n")
    assert err == "changed: nothing (0 rows)\n"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (data, mtime)


def test_the_same_facilitator_again_without_a_reason_keeps_the_override_and_the_fact_as_they_were(store, standup,
                                                                                                 members):
    coming, past = _key(standup, date(2026, 3, 23)), _key(standup, date(2026, 3, 9))
    ops.set_facilitator(store, coming, members[2].id, reason="demo day", now=NOW)
    _writes_nothing(store, lambda: ops.set_facilitator(store, coming, members[2].id, now=NOW))
    assert store.state(coming).reason == "demo day"  # not replaced by 'manual override'
    held = ops.mark_held(store, past, now=NOW).value
    _writes_nothing(store, lambda: ops.set_facilitator(store, past, held.facilitator_id, now=NOW))
    assert ops.occurrence(store, past).facilitator_source is held.facilitator_source  # still a recorded fact
    assert ops.set_facilitator(store, coming, members[2].id, reason="swap with Ana", now=NOW).revert  # a new reason
