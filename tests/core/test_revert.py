"""A bulk write captured with what reverts it: an import undone and redone row for row."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from ritualdesk import operations, revert
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, export_file
from ritualdesk.ical.importer import import_file
from ritualdesk.model import OccurrenceKey
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def _dump(store: Store) -> dict:
    return {table: sorted(store.db.execute(f"SELECT rowid, * FROM {table}").fetchall(), key=repr)
            for table in revert.TRACKED}


@pytest.fixture
def exported(tmp_path, store, team, members, standup, retro):
    retro_key = OccurrenceKey(retro.id, datetime(2026, 3, 13, 15, 0))
    operations.add_action(store, retro_key, "Fix the build", owner_id=members[0].id, today=date(2026, 3, 13))
    operations.cancel(store, OccurrenceKey(standup.id, datetime(2026, 3, 19, 9, 30)), now=NOW)
    path = tmp_path / "castors.ics"
    export_file(store, Scope(date(2026, 3, 1), date(2026, 4, 30), todos=True), path, now=NOW)
    return path


def test_an_import_into_a_fresh_store_is_undone_and_redone_exactly(tmp_path, exported):
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    before = _dump(fresh)
    report, undo = revert.capturing(fresh, lambda: import_file(fresh, exported, now=NOW + timedelta(hours=1)))
    assert report.imported and not undo.empty
    after = _dump(fresh)
    assert [t.name for t in fresh.teams()] == ["Les Castors"]
    undo.undo(fresh)
    assert _dump(fresh) == before
    assert fresh.teams() == []
    undo.redo(fresh)
    assert _dump(fresh) == after
    assert fresh.db.execute("PRAGMA foreign_key_check").fetchall() == []
    fresh.close()


def test_undo_leaves_rows_the_import_did_not_touch(tmp_path, exported, store, team, members):
    absences = tmp_path / "away.ics"
    absences.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a1@test\r\n"
                        "DTSTART;VALUE=DATE:20260323\r\nDTEND;VALUE=DATE:20260325\r\nSUMMARY:Holiday\r\n"
                        "ATTENDEE:mailto:ana@castors.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    report, undo = revert.capturing(store, lambda: import_file(store, absences, team=team, now=NOW))
    assert [line.what for line in report.imported] == ["absence"]
    kept = store.add_member(type(members[0])(None, team.id, "Zoé"))  # made after the import
    undo.undo(store)
    assert store.absences() == []
    assert store.member(kept.id).name == "Zoé"


def test_a_refused_import_writes_nothing_and_reverts_nothing(tmp_path, store, team):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"not a calendar")
    before = _dump(store)
    with pytest.raises(InvalidInput):
        revert.capturing(store, lambda: import_file(store, bad, team=team, now=NOW))
    assert _dump(store) == before
