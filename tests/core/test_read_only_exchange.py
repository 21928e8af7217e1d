"""Export and publish from a database that cannot be written: the same feeds, nothing recorded, said in one line."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime

import pytest

import ritualdesk.cli_calendar
import ritualdesk.cli_common
from ritualdesk import operations
from ritualdesk.model import OccurrenceKey
from ritualdesk.store import Store

from .test_reads_write_nothing import SETUP, run, snapshot, unwritable

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
LATER = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
SPAN = ("--from", "2025-03-01", "--to", "2025-04-30")


@pytest.fixture
def clock(monkeypatch):
    """The CLI's clock, set by the test."""
    moment = {"now": NOW}
    for module in (ritualdesk.cli_common, ritualdesk.cli_calendar):
        monkeypatch.setattr(module, "now", lambda: moment["now"])
    return moment


@pytest.fixture
def db(tmp_path, capsys, clock):
    """A team with rituals and an open action, never exported; closed cleanly (nothing beside the file)."""
    path = tmp_path / "share" / "team.sqlite3"
    for args in SETUP:
        assert run(path, *args, capsys=capsys)[0] == 0
    store = Store.open(path)
    try:
        ritual = next(r for r in store.rituals() if r.title == "Mêlée")
        key = OccurrenceKey(ritual.id, datetime(2025, 3, 3, 9, 30))
        operations.add_action(store, key, "Fix the build", today=date(2025, 3, 3))
    finally:
        store.close()
    return path


def twin(db, tmp_path):
    """A writable copy of the database, as it is now."""
    copy = tmp_path / "mine" / db.name
    copy.parent.mkdir()
    shutil.copy2(db, copy)
    return copy


def test_a_never_exported_read_only_database_exports_the_file_a_writable_export_would(db, tmp_path, capsys,
                                                                                      monkeypatch):
    mine = twin(db, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(db.parent)
    with unwritable(db, monkeypatch):
        status, stdout, err = run(db, "export", "--team", "Les Castors", "-o", str(out / "ro.ics"), capsys=capsys)
    assert status == 0, err
    assert stdout.startswith(f"wrote {out / 'ro.ics'}: ")
    assert err == f"note: {db} cannot be written, so the SEQUENCE numbers of this export are not recorded in it\n"
    assert snapshot(db.parent) == before  # nothing recorded, nothing beside it
    assert run(mine, "export", "--team", "Les Castors", "-o", str(out / "rw.ics"), capsys=capsys)[0] == 0
    assert (out / "ro.ics").read_bytes() == (out / "rw.ics").read_bytes()
    assert b"SEQUENCE:0\r\n" in (out / "ro.ics").read_bytes()


def test_a_read_only_export_bumps_sequence_as_the_ledger_would_and_records_nothing(db, tmp_path, capsys, clock,
                                                                                   monkeypatch):
    assert run(db, "export", *SPAN, "-o", str(tmp_path / "first.ics"), capsys=capsys)[0] == 0  # the ledger knows them
    uid = json.loads(run(db, "agenda", "--json", "--from", "2025-03-12", "--to", "2025-03-12", capsys=capsys)[1])[0]
    assert run(db, "occurrence", uid["uid"], "--move", "2025-03-12T10:00", capsys=capsys)[0] == 0
    mine = twin(db, tmp_path)
    clock["now"] = LATER
    before = snapshot(db.parent)
    with unwritable(db, monkeypatch):
        for name in ("ro.ics", "ro-again.ics"):
            status, stdout, err = run(db, "export", *SPAN, "-o", str(tmp_path / name), capsys=capsys)
            assert status == 0 and "1 new or changed since the last export" in stdout, err
            assert err.startswith("note: ") and err.count("\n") == 1
    assert snapshot(db.parent) == before
    data = (tmp_path / "ro.ics").read_bytes()
    assert data == (tmp_path / "ro-again.ics").read_bytes()  # unrecorded: the same change both times
    assert run(mine, "export", *SPAN, "-o", str(tmp_path / "rw.ics"), capsys=capsys)[0] == 0
    assert data == (tmp_path / "rw.ics").read_bytes()
    assert data.count(b"SEQUENCE:1\r\n") == 1


def test_an_unchanged_read_only_export_says_nothing_more(db, tmp_path, capsys, monkeypatch):
    assert run(db, "export", *SPAN, "-o", str(tmp_path / "first.ics"), capsys=capsys)[0] == 0
    with unwritable(db, monkeypatch):
        status, stdout, err = run(db, "export", *SPAN, "-o", "-", capsys=capsys)
    assert (status, err) == (0, "")
    assert stdout.encode() == (tmp_path / "first.ics").read_bytes()


def test_to_dos_exported_from_a_read_only_database_keep_their_uids_from_one_export_to_the_next(db, tmp_path, capsys,
                                                                                              monkeypatch):
    with unwritable(db, monkeypatch):
        exports = [run(db, "export", *SPAN, "--todos", "-o", "-", capsys=capsys) for _ in range(2)]
    assert [status for status, _, _ in exports] == [0, 0]
    assert exports[0][1] == exports[1][1]
    assert exports[0][1].count("BEGIN:VTODO") == 1 and "SUMMARY:Fix the build" in exports[0][1]
    assert "note: " in exports[0][2]


def test_publishing_from_a_read_only_database_writes_the_feeds_and_records_nothing(db, tmp_path, capsys,
                                                                                  monkeypatch):
    mine = twin(db, tmp_path)
    before = snapshot(db.parent)
    with unwritable(db, monkeypatch):
        status, stdout, err = run(db, "publish", str(tmp_path / "ro"), "--json", capsys=capsys)
    assert status == 0, err
    assert err == f"note: {db} cannot be written, so this publication is not recorded in it\n"
    report = json.loads(stdout)
    assert len(report) == 4 and all(f["written"] and not f["recorded"] and f["added"] for f in report)
    assert snapshot(db.parent) == before
    assert run(mine, "publish", str(tmp_path / "rw"), capsys=capsys)[0] == 0
    assert {p.name: p.read_bytes() for p in (tmp_path / "ro").iterdir()} == {
        p.name: p.read_bytes() for p in (tmp_path / "rw").iterdir()}


def test_the_notes_are_said_in_french(db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    with unwritable(db, monkeypatch):
        exported = run(db, "export", "-o", str(tmp_path / "ro.ics"), capsys=capsys)
        published = run(db, "publish", str(tmp_path / "feeds"), capsys=capsys)
    assert exported[0] == published[0] == 0
    assert exported[2] == (f"remarque\u00a0: {db} ne peut pas être modifié, les numéros SEQUENCE de cet export "
                           "n’y sont donc pas enregistrés\n")
    assert published[2] == (f"remarque\u00a0: {db} ne peut pas être modifié, cette publication n’y est donc pas "
                            "enregistrée\n")


HOLIDAYS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Someone//Leave//EN\r
BEGIN:VEVENT\r
UID:leave-1@example.org\r
DTSTAMP:20250301T000000Z\r
DTSTART;VALUE=DATE:20250317\r
DTEND;VALUE=DATE:20250322\r
SUMMARY:Ski\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_import_dry_run_on_a_read_only_database_reports_what_a_writable_one_would(db, tmp_path, capsys,
                                                                                    monkeypatch, language):
    monkeypatch.setenv("LANGUAGE", language)
    leave = tmp_path / "leave.ics"
    leave.write_bytes(HOLIDAYS)
    mine = twin(db, tmp_path)
    args = ("import", str(leave), "--absences-for", "Ana", "--dry-run")
    expected = run(mine, *args, capsys=capsys)
    before = snapshot(db.parent)
    with unwritable(db, monkeypatch):
        assert run(db, *args, capsys=capsys) == expected
        report = run(db, *args, "--json", capsys=capsys)
    assert expected[0] == 0 and expected[2] == ""
    assert report == run(mine, *args, "--json", capsys=capsys)
    assert [line["what"] for line in json.loads(report[1])["imported"]] == ["absence"]
    assert snapshot(db.parent) == before
