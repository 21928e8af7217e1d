"""Export and publish from a database that cannot be written: the same feeds, nothing recorded, said in one line."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import ritualdesk.cli_calendar
import ritualdesk.cli_common
from ritualdesk import operations
from ritualdesk.ical.publish import pending_changes
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


def _feeds(folder):
    """Every feed file of the folder: its inode and its bytes (a file replaced by the same bytes shows)."""
    return {p.name: (p.stat().st_ino, p.read_bytes()) for p in folder.iterdir()}


def _a_standup(feeds):
    """The UID and local start of a stand-up a month into the team's published feed."""
    from icalendar import Calendar

    events = Calendar.from_ical((feeds / "team-les-castors.ics").read_bytes()).walk("VEVENT")
    standups = sorted((e["DTSTART"].dt, str(e["UID"])) for e in events if str(e["SUMMARY"]).startswith("Mêlée"))
    start, uid = standups[len(standups) // 2]
    return uid, start


def test_publishing_again_from_a_read_only_database_rewrites_nothing(db, tmp_path, capsys, clock, monkeypatch):
    feeds = tmp_path / "feeds"
    with unwritable(db, monkeypatch):
        assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0
        before = _feeds(feeds)
        clock["now"] = LATER
        status, stdout, err = run(db, "publish", str(feeds), "--json", capsys=capsys)
    assert status == 0, err
    assert not any(f["written"] for f in json.loads(stdout))
    assert _feeds(feeds) == before  # the DTSTAMP of what the database never recorded was 'now' each time


def test_a_change_published_from_a_read_only_database_is_stamped_once_above_the_file(db, tmp_path, capsys, clock,
                                                                                     monkeypatch):
    from icalendar import Calendar

    feeds = tmp_path / "feeds"
    assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0  # recorded: the ledger knows every event
    first = {str(e["UID"]): e for e in Calendar.from_ical((feeds / "team-les-castors.ics").read_bytes()).walk("VEVENT")}
    moved, at = _a_standup(feeds)
    assert run(db, "occurrence", moved, "--move", f"{at + timedelta(minutes=30):%Y-%m-%dT%H:%M}", capsys=capsys)[0] == 0
    with unwritable(db, monkeypatch):
        clock["now"] = LATER
        assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0
        after_change = _feeds(feeds)
        clock["now"] = datetime(2025, 3, 10, 11, 0, tzinfo=UTC)
        status, stdout, err = run(db, "publish", str(feeds), "--json", capsys=capsys)
    assert status == 0, err
    assert not any(f["written"] for f in json.loads(stdout)) and _feeds(feeds) == after_change
    now = {str(e["UID"]): e for e in Calendar.from_ical((feeds / "team-les-castors.ics").read_bytes()).walk("VEVENT")}
    assert now[moved]["SEQUENCE"] == first[moved]["SEQUENCE"] + 1
    assert now[moved]["DTSTAMP"].dt == LATER
    unchanged = [uid for uid in now if uid in first and uid != moved and now[uid]["SUMMARY"] == first[uid]["SUMMARY"]
                 and now[uid]["DTSTART"].dt == first[uid]["DTSTART"].dt]
    assert unchanged and all(now[uid]["DTSTAMP"].dt == first[uid]["DTSTAMP"].dt for uid in unchanged)


def test_a_second_change_unrecorded_still_raises_the_sequence(db, tmp_path, capsys, clock, monkeypatch):
    from icalendar import Calendar

    feeds = tmp_path / "feeds"
    assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0
    moved, at = _a_standup(feeds)
    sequences = []
    for step in range(2):
        later = f"{at + timedelta(minutes=30 * (step + 1)):%Y-%m-%dT%H:%M}"
        assert run(db, "occurrence", moved, "--move", later, capsys=capsys)[0] == 0  # the ledger is not told
        with unwritable(db, monkeypatch):
            clock["now"] = datetime(2025, 3, 10, 9 + step, 30, tzinfo=UTC)
            assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0
        events = Calendar.from_ical((feeds / "team-les-castors.ics").read_bytes()).walk("VEVENT")
        sequences.append(next(int(e["SEQUENCE"]) for e in events if str(e["UID"]) == moved))
    assert sequences == [1, 2]  # clients that import keep an update only when its SEQUENCE is higher


def test_exporting_again_from_a_read_only_database_gives_the_same_file(db, tmp_path, capsys, clock, monkeypatch):
    target = tmp_path / "team.ics"
    with unwritable(db, monkeypatch):
        assert run(db, "export", *SPAN, "--todos", "--alarms", "10", "-o", str(target), capsys=capsys)[0] == 0
        first = target.read_bytes()
        clock["now"] = LATER
        assert run(db, "export", *SPAN, "--todos", "--alarms", "10", "-o", str(target), capsys=capsys)[0] == 0
    assert target.read_bytes() == first
    assert b"BEGIN:VALARM" in first and b"BEGIN:VTODO" in first


def test_a_read_only_database_empties_a_deleted_members_feed_once(db, tmp_path, capsys, clock, monkeypatch):
    feeds = tmp_path / "feeds"
    assert run(db, "member", "add", "Les Castors", "Eve", capsys=capsys)[0] == 0
    assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0
    assert run(db, "member", "delete", "Les Castors", "Eve", capsys=capsys)[0] == 0
    with unwritable(db, monkeypatch):
        status, stdout, err = run(db, "publish", str(feeds), "--json", capsys=capsys)
        assert status == 0, err
        gone = [f for f in json.loads(stdout) if f["gone"]]
        assert [(Path(f["file"]).name, f["written"], f["recorded"]) for f in gone] == [
            ("member-les-castors-eve.ics", True, False)]
        before = _feeds(feeds)
        clock["now"] = LATER
        status, stdout, err = run(db, "publish", str(feeds), "--json", capsys=capsys)
    assert status == 0, err
    assert not any(f["gone"] or f["written"] for f in json.loads(stdout)) and _feeds(feeds) == before
    assert b"BEGIN:VEVENT" not in (feeds / "member-les-castors-eve.ics").read_bytes()


def test_a_read_only_publication_counts_its_changes_from_the_files_it_wrote(db, tmp_path, capsys, clock, monkeypatch):
    feeds = tmp_path / "feeds"
    assert run(db, "publish", str(feeds), capsys=capsys)[0] == 0
    moved, at = _a_standup(feeds)
    assert run(db, "occurrence", moved, "--cancel", capsys=capsys)[0] == 0
    with unwritable(db, monkeypatch):
        first = run(db, "publish", str(feeds), capsys=capsys)
        clock["now"] = LATER
        again = run(db, "publish", str(feeds), capsys=capsys)
        store = Store.open(db)
        try:
            pending = pending_changes(store, today=ritualdesk.cli_common.today(), folder=feeds)  # the CLI's day
        finally:
            store.close()
    assert first[0] == again[0] == 0
    team_line = next(line for line in first[1].splitlines() if line.startswith("team-les-castors.ics\t"))
    assert "\twritten\t+0 ~" in team_line and team_line.endswith(" -1")  # the turns after it move up
    assert first[2].startswith("note: ")
    assert all(line.endswith("\tunchanged\tno change") for line in again[1].splitlines()[:-1]), again[1]
    assert again[2] == ""  # nothing new went unrecorded this time: nothing to say
    assert pending and all(diff.empty for diff in pending)  # the app's preview: what the files already have
