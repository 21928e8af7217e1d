"""`import` prints a summary (details with --verbose); a calendar cut short says so (issue 10, #11)."""

from __future__ import annotations

from ritualdesk.cli import main


def run(db, *args, capsys):
    status = main(["--db", str(db), *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_an_import_of_an_export_prints_a_summary_and_details_on_demand(tmp_path, capsys):
    source, target = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    for args in (["team", "add", "Castors", "--timezone", "Europe/Paris"], ["member", "add", "Castors", "Ana"],
                 ["ritual", "add", "Castors", "standup", "Stand-up", "--at", "09:30", "--minutes", "15",
                  "--every-working-day", "--from", "2026-03-02"]):
        assert run(source, *args, capsys=capsys)[0] == 0
    exported = tmp_path / "castors.ics"
    assert run(source, "export", "--from", "2026-03-02", "--to", "2026-06-30", "-o", exported, capsys=capsys)[0] == 0
    status, out, err = run(target, "import", exported, capsys=capsys)
    assert status == 0, err
    lines = out.strip().splitlines()
    assert len(lines) <= 5 and lines[0].startswith("imported ") and "--verbose" in lines[-1]
    status, out, _ = run(tmp_path / "c.sqlite3", "import", exported, "--verbose", capsys=capsys)
    assert status == 0 and len(out.strip().splitlines()) > 80  # one line per occurrence, as asked


def test_skipped_entries_are_grouped_by_reason(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert run(db, "team", "add", "Castors", "--timezone", "Europe/Paris", capsys=capsys)[0] == 0
    events = "".join(f"BEGIN:VEVENT\r\nUID:y{i}\r\nDTSTART:2026030{i}T100000Z\r\nDURATION:PT1H\r\n"
                     "RRULE:FREQ=YEARLY\r\nSUMMARY:Yearly\r\nEND:VEVENT\r\n" for i in range(1, 8))
    path = tmp_path / "yearly.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n{events}END:VCALENDAR\r\n")
    status, out, _ = run(db, "import", path, "--team", "Castors", "--as", "rituals", capsys=capsys)
    assert status == 0
    assert "  - skipped 7 × ritual: repeats yearly; RitualDesk series are daily, weekly or monthly" in out


def test_a_calendar_without_its_end_is_said_to_be_cut_short(tmp_path, capsys):
    db = tmp_path / "e.sqlite3"
    assert run(db, "team", "add", "Castors", "--timezone", "Europe/Paris", capsys=capsys)[0] == 0
    path = tmp_path / "cut.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                    "DTSTART:20260302T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n")
    status, _, err = run(db, "import", path, "--team", "Castors", capsys=capsys)
    assert status == 2 and "cut short" in err and "0 calendars" not in err


def test_a_dry_run_into_a_missing_or_empty_database_creates_nothing_and_reports_everything_new(tmp_path, capsys):
    import json

    source = tmp_path / "a.sqlite3"
    assert run(source, "demo", capsys=capsys)[0] == 0
    exported = tmp_path / "all.ics"
    assert run(source, "export", "--from", "2026-03-02", "--to", "2026-04-30", "-o", exported, capsys=capsys)[0] == 0
    missing, empty, real = tmp_path / "missing.sqlite3", tmp_path / "empty.sqlite3", tmp_path / "real.sqlite3"
    empty.write_bytes(b"")
    status, out, err = run(missing, "import", exported, "--dry-run", "--json", capsys=capsys)
    assert status == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite3", "all.ics", "empty.sqlite3"]
    would = json.loads(out)
    assert run(empty, "import", exported, "--dry-run", "--json", capsys=capsys)[1] == out
    assert empty.read_bytes() == b"" and not (tmp_path / "empty.sqlite3-wal").exists()
    done = json.loads(run(real, "import", exported, "--json", capsys=capsys)[1])
    assert would["dry_run"] and not done["dry_run"]
    assert would["imported"] == done["imported"] and would["skipped"] == done["skipped"]
    assert {line["what"] for line in would["imported"]} >= {"team", "member", "ritual"}
    status, out, _ = run(missing, "import", exported, "--dry-run", capsys=capsys)
    assert status == 0 and out.startswith("would import ") and not missing.exists()
