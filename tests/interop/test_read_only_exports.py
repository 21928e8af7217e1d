"""Feeds exported and published from a database that cannot be written read back in independent parsers."""

from __future__ import annotations

import shutil

import pytest
import vobject
from icalendar import Calendar

from ritualdesk.cli import main
from ritualdesk.store import Store

from ..core.test_reads_write_nothing import snapshot, unwritable
from .test_exported_feeds import NIGHT, by_recurring_ical_events, by_vobject, expected
from .world import CADENCE, FIRST, LAST, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("read-only-world") / "world.sqlite3"
    store = Store.open(path)
    build_world(store)
    store.close()
    return path


@pytest.fixture
def read_only_world(world, tmp_path, monkeypatch):
    """A copy of the world that cannot be written, in a folder that cannot be written either."""
    path = tmp_path / "share" / world.name
    path.parent.mkdir()
    shutil.copy2(world, path)
    before = snapshot(path.parent)
    with unwritable(path, monkeypatch):
        yield path
    assert snapshot(path.parent) == before


def export(capsys, db, target, *extra) -> str:
    capsys.readouterr()
    status = main(["--db", str(db), "export", *extra, "--from", str(FIRST), "--to", str(LAST), "-o", str(target)])
    _, err = capsys.readouterr()
    assert status == 0, err
    return err


@pytest.mark.parametrize("team", ["Les Castors", NIGHT, CADENCE])
def test_a_read_only_export_reads_back_instant_by_instant(capsys, read_only_world, tmp_path, team):
    target = tmp_path / "team.ics"
    assert export(capsys, read_only_world, target, "--team", team, "--alarms", "10").startswith("note: ")
    data = target.read_bytes()
    want = expected(capsys, read_only_world, team)
    for reader in (by_recurring_ical_events, by_vobject):
        got = reader(data)
        assert set(got) == set(want), reader.__name__
        assert all(got[uid][:2] == want[uid][:2] for uid in want), reader.__name__
    assert len(Calendar.from_ical(data).walk("VALARM")) == len(want)


def test_read_only_feeds_published_in_a_folder_read_back(capsys, read_only_world, tmp_path):
    capsys.readouterr()
    assert main(["--db", str(read_only_world), "publish", str(tmp_path / "feeds"), "--team", CADENCE]) == 0
    feeds = sorted((tmp_path / "feeds").iterdir())
    assert len(feeds) == 4  # the team and its three members
    for feed in feeds:
        data = feed.read_bytes()
        uids = [e.uid.value for e in vobject.readOne(data.decode()).vevent_list]
        assert len(uids) == len(set(uids))
        assert {str(e["UID"]) for e in Calendar.from_ical(data).walk("VEVENT")} == set(uids)
