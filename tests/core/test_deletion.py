"""Deleting a team, a ritual series or a member: what goes, what stays, and undo, on real database files."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
import pytest

from ritualdesk import operations as ops
from ritualdesk import retro_board
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.changes import undo
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, export_file
from ritualdesk.meetings import start_meeting
from ritualdesk.model import Member, OccurrenceKey, RosterChange
from ritualdesk.store import Store
from tests.core.test_cli_languages import run

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)

TABLES = ("teams", "members", "absences", "rituals", "roster_changes", "occurrences", "actions", "action_reviews",
          "meetings", "retro_cards", "calendar_uids")


def _dump(store):
    return {t: store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def _key(ritual, day: date) -> OccurrenceKey:
    return OccurrenceKey(ritual.id, datetime.combine(day, ritual.start_time))


@pytest.fixture
def history(store, standup, retro, members):
    """A held stand-up with notes, a run meeting, a retrospective card and an action item from the retro."""
    ops.mark_held(store, _key(standup, date(2026, 3, 2)), now=NOW)
    ops.set_notes(store, _key(standup, date(2026, 3, 3)), "CI is red")
    start_meeting(store, _key(standup, date(2026, 3, 18)), now=NOW)
    retro_key = _key(retro, date(2026, 3, 13))
    retro_board.add_card(store, retro_key, 0, "Too many meetings")
    ops.add_action(store, retro_key, "Shorter stand-ups", owner_id=members[1].id, today=date(2026, 3, 13))
    return retro_key


def test_holdings_count_what_a_team_and_each_series_hold(store, team, standup, retro, history):
    assert store.holdings(team_id=team.id).lost(team=True) == [
        "2 rituals", "4 members", "1 held occurrence", "1 occurrence with notes", "1 meeting run",
        "1 retrospective card", "1 action item"]
    assert store.holdings(ritual_id=standup.id).lost(team=False) == [
        "1 held occurrence", "1 occurrence with notes", "1 meeting run"]
    kept = store.holdings(ritual_id=retro.id)
    assert kept.lost(team=False) == ["1 retrospective card"] and kept.actions == 1


def test_deleting_a_series_takes_its_records_keeps_its_actions_and_leaves_other_series_alone(
        store, team, standup, retro, history):
    stand_ups = [(o.key, o.facilitator_id) for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 4, 30))
                 if o.key.ritual_id == standup.id]
    before = _dump(store)
    deleted = ops.delete_ritual(store, retro.id)
    assert [r.id for r in store.rituals()] == [standup.id]
    assert store.db.execute("SELECT count(*) FROM retro_cards").fetchone()[0] == 0
    action = store.actions()[0]
    assert action.title == "Shorter stand-ups" and action.origin is None  # on the board, without its origin
    assert [(o.key, o.facilitator_id) for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 4, 30))] \
        == stand_ups  # each ritual has its own rotation
    undo(store, deleted)
    assert _dump(store) == before


def test_a_deleted_series_leaves_the_exported_calendar(store, team, standup, retro, tmp_path):
    path = tmp_path / "team.ics"
    scope = Scope(date(2026, 3, 1), date(2026, 4, 30), team_ids=(team.id,))
    export_file(store, scope, path, now=NOW)
    uid = occurrence_uid(retro, _key(retro, date(2026, 3, 13)).planned)
    assert uid in {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    ops.delete_ritual(store, retro.id)
    export_file(store, scope, path, now=NOW)
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert uids and uid not in uids and all(u.startswith(standup.uid) for u in uids)


def test_a_deleted_member_leaves_every_roster_and_undo_puts_them_back(store, team, members, standup, retro):
    newcomer = store.add_member(Member(None, team.id, "Eve"))
    ops.set_roster(store, RosterChange(ritual_id=standup.id, effective=date(2026, 4, 1),
                                       member_ids=(newcomer.id, members[0].id)), now=NOW)
    rosters = store.rosters()
    deleted = ops.delete_member(store, newcomer.id, now=NOW)
    assert all(newcomer.id not in c.member_ids for changes in store.rosters().values() for c in changes)
    assert store.rosters()[standup.id][-1].member_ids == (members[0].id,)
    ops.set_roster(store, RosterChange(ritual_id=retro.id, effective=date(2026, 4, 1),
                                       member_ids=tuple(m.id for m in members)), now=NOW)  # no stranger left
    undo(store, deleted)  # the roster change is ours to undo only once the later one is undone too
    assert store.member(newcomer.id).name == "Eve" and store.rosters()[standup.id] == rosters[standup.id]


def test_a_member_with_history_is_refused_and_nothing_changes(store, members, standup):
    ops.mark_held(store, _key(standup, date(2026, 3, 2)), now=NOW)
    before = _dump(store)
    with pytest.raises(InvalidInput, match="leave date"):
        ops.delete_member(store, members[0].id, now=NOW)
    assert _dump(store) == before


# -- the command line ---------------------------------------------------------------------------------


@pytest.fixture
def db(store, team, standup, retro, history):
    store.close()
    return store.path


def test_team_delete_says_what_would_go_and_needs_yes(db, capsys):
    before = db.read_bytes()
    status, out, err = run(db, "team", "delete", "les castors", capsys=capsys)
    assert status == 1 and out == ""
    assert "deleting the team Les Castors would also delete: 2 rituals, 4 members, 1 held occurrence" in err
    assert "nothing was deleted; to delete it, run `ritualdesk team delete 'Les Castors' --yes`" in err
    assert db.read_bytes() == before
    assert run(db, "team", "delete", "Les Castors", "--yes", capsys=capsys)[:2] == (0, "deleted team Les Castors\n")
    assert run(db, "team", "list", capsys=capsys)[1] == ""


def test_team_delete_in_french(db, capsys):
    status, _, err = run(db, "team", "delete", "Les Castors", capsys=capsys, language="fr")
    assert status == 1
    assert "supprimer l’équipe Les Castors supprimerait aussi\u00a0: 2 rituels, 4 membres, 1 occurrence tenue" in err
    assert "rien n’a été supprimé" in err


def test_ritual_delete_by_title_or_by_id_when_titles_are_shared(db, capsys):
    status, _, err = run(db, "ritual", "delete", "Les Castors", "Rétro", capsys=capsys)
    assert status == 1 and "1 retrospective card" in err  # the card is history: --yes
    status, out, _ = run(db, "ritual", "delete", "Les Castors", "Rétro", "--yes", capsys=capsys)
    assert status == 0 and out == "deleted Rétro from Les Castors\nits action items stay on the team's board\n"
    for _ in range(2):
        assert run(db, "ritual", "add", "Les Castors", "review", "Démo", "--at", "14:00", "--minutes", "30",
                   "--weekly", "FR", capsys=capsys)[0] == 0
    ids = [int(line.split("\t")[0]) for line in run(db, "ritual", "list", capsys=capsys)[1].splitlines()
           if "\tDémo\t" in line]
    status, _, err = run(db, "ritual", "delete", "Les Castors", "démo", capsys=capsys)
    assert status == 2 and f"(ids {ids[0]}, {ids[1]})" in err
    assert run(db, "ritual", "delete", "Les Castors", str(ids[1]), capsys=capsys)[0] == 0  # nothing recorded
    assert run(db, "ritual", "delete", "Les Castors", "999", capsys=capsys)[0] == 2


def test_member_delete_refuses_history_and_takes_a_newcomer(db, capsys):
    status, _, err = run(db, "member", "delete", "Les Castors", "Ana", capsys=capsys)
    assert status == 2 and "set a leave date instead" in err and "Traceback" not in err
    run(db, "member", "add", "Les Castors", "Eve", capsys=capsys)
    assert run(db, "member", "delete", "Les Castors", "eve", capsys=capsys)[:2] == (
        0, "deleted Eve from Les Castors\n")
    store = Store.open(db)
    try:
        assert "Eve" not in {m.name for m in store.members()}
    finally:
        store.close()
