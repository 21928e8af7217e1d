"""Where calendar files go: through symbolic links, never over special files or folders; clear CLI errors."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

import pytest

from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, export_file
from ritualdesk.model import Member, Team

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
SCOPE = Scope(date(2026, 3, 2), date(2026, 3, 13))


def test_export_writes_through_a_symbolic_link(store, standup, tmp_path):
    real = tmp_path / "real" / "team.ics"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "team.ics"
    link.symlink_to(real)
    export_file(store, SCOPE, link, now=NOW)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_export_refuses_to_replace_a_named_pipe(store, standup, tmp_path):
    pipe = tmp_path / "team.ics"
    os.mkfifo(pipe)
    with pytest.raises(InvalidInput, match="not a regular file"):
        export_file(store, SCOPE, pipe, now=NOW)
    assert not pipe.is_file() and pipe.exists()


def test_export_to_a_name_ending_with_a_slash_is_an_error(store, standup, tmp_path, capsys):
    db = str(store.path)
    assert main(["--db", db, "export", "-o", f"{tmp_path}/feeds/"]) == 2
    (tmp_path / "feeds").mkdir()
    assert main(["--db", db, "export", "-o", f"{tmp_path}/feeds/"]) == 2
    assert main(["--db", db, "export", "-o", f"{tmp_path}/feeds"]) == 2
    assert list((tmp_path / "feeds").iterdir()) == [] and not (tmp_path / "feeds.ics").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("feeds") and p.is_file()]
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all("folder" in line for line in errors)


def test_publish_into_a_folder_it_cannot_create_exits_2(store, standup, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    db = str(store.path)
    assert main(["--db", db, "publish", str(blocker / "feeds")]) == 2
    assert main(["--db", db, "publish", str(blocker)]) == 2
    assert main(["--db", db, "publish", ""]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("ritualdesk: error: ") for line in errors)
    assert "Traceback" not in "".join(errors)


def test_an_empty_kind_is_refused(store, standup, tmp_path, capsys):
    assert main(["--db", str(store.path), "export", "--kind", "", "-o", str(tmp_path / "x.ics")]) == 2
    assert "--kind" in capsys.readouterr().err and not (tmp_path / "x.ics").exists()


def test_a_member_name_shared_by_two_teams_needs_the_team(store, team, members, standup, tmp_path, capsys):
    other = store.add_team(Team(None, "Les Hiboux", timezone="Europe/Paris"))
    store.add_member(Member(None, other.id, "Ana"))
    db = str(store.path)
    assert main(["--db", db, "export", "--member", "Ana", "-o", str(tmp_path / "x.ics")]) == 2
    assert "--team" in capsys.readouterr().err and not (tmp_path / "x.ics").exists()
    calendar = tmp_path / "hr.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//T//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                        "DTSTART;VALUE=DATE:20260406\r\nSUMMARY:Away\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert main(["--db", db, "import", str(calendar), "--absences-for", "Ana"]) == 2
    assert "--team" in capsys.readouterr().err and not store.absences()
    assert main(["--db", db, "export", "--member", "Ana", "--team", "Les Castors", "-o", str(tmp_path / "x.ics")]) == 0
    assert main(["--db", db, "import", str(calendar), "--absences-for", "Ana", "--team", "Les Hiboux"]) == 0
    assert [a.member_id for a in store.absences()] != [members[0].id]


def test_an_empty_output_name_is_refused(store, standup, capsys):
    assert main(["--db", str(store.path), "export", "-o", ""]) == 2
    assert "no file name" in capsys.readouterr().err


@pytest.mark.parametrize("name, said", [
    ("Evil\r\nBEGIN:VEVENT\r\nUID:x", "a calendar name cannot hold a tab, a line break or another control character"),
    ("n" * 300, "a calendar name is at most 200 characters"),
])
def test_an_export_name_that_would_break_the_file_is_refused_in_one_line(store, standup, tmp_path, capsys, name, said):
    target = tmp_path / "x.ics"
    assert main(["--db", str(store.path), "export", "--name", name, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "Traceback" not in err, err
    assert not target.exists()


def test_an_export_name_is_written_as_given(store, standup, tmp_path):
    target = tmp_path / "x.ics"
    assert main(["--db", str(store.path), "export", "--name", "  Les Castors — rituels  ", "-o", str(target)]) == 0
    assert "X-WR-CALNAME:Les Castors — rituels\r\n" in target.read_bytes().decode()


@pytest.mark.parametrize("name", ["core.sqlite3", "core.sqlite3-wal", "core.sqlite3-shm", "other.db"])
def test_an_export_never_replaces_a_database_nor_the_files_beside_it(store, standup, tmp_path, capsys, name):
    """Regression: `export -o` given the database's own name replaced every team's data with a calendar."""
    import shutil

    ops_db = str(store.path)
    assert main(["--db", ops_db, "member", "add", "Les Castors", "Eve"]) == 0  # a write: the -wal and -shm are there
    if name == "other.db":
        shutil.copy(store.path, tmp_path / name)
    target = tmp_path / name
    assert target.exists()
    before = target.read_bytes()
    capsys.readouterr()
    assert main(["--db", ops_db, "export", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a database" in err and "not replacing it" in err
    assert target.read_bytes() == before
    with pytest.raises(InvalidInput, match="is a database"):
        export_file(store, SCOPE, target, now=NOW)
    assert [m.name for m in store.members()][-1] == "Eve"  # the database is whole
