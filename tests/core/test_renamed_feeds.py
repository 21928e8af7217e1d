"""Publish after a member is renamed: their feed under the earlier name stays up to date, it is not emptied."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Calendar

from ritualdesk import migrations, operations
from ritualdesk.cli import main
from ritualdesk.ical.ledger import FeedOwner, feed_owners
from ritualdesk.ical.publish import pending_changes, publish
from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 18)
LATER = NOW + timedelta(hours=2)
OLD, NEW = "member-les-castors-chloe.ics", "member-les-castors-chloe-martin.ics"



def _renamed(store, member, name):
    """The member under another name, as the member editor saves it."""
    return operations.update_member(store, replace(member, name=name), now=NOW).value


def _uids(path: Path) -> set[str]:
    return {str(event["UID"]) for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_a_renamed_members_earlier_feed_stays_up_to_date_not_emptied(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    subscribed = _uids(folder / OLD)
    assert subscribed
    chloe = _renamed(store, members[2], "Chloé Martin")
    preview = {d.feed: d for d in pending_changes(store, today=TODAY, folder=folder)}
    assert not preview[OLD].gone and preview[OLD].renamed_to == NEW
    assert preview[OLD].changed and not preview[OLD].removed  # her turns now say her new name
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert not any(r.gone for r in results.values())
    assert results[OLD].spec.former and results[OLD].spec.renamed_to == NEW
    assert results[OLD].spec.scope.member_id == chloe.id
    assert _uids(folder / OLD) == _uids(folder / NEW) == subscribed  # subscribers lose nothing
    calendar = Calendar.from_ical((folder / OLD).read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Chloé Martin - Les Castors (RitualDesk)"
    operations.set_facilitator(store, standup_key(standup, date(2026, 3, 23)), chloe.id, reason="demo", now=NOW)
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results[OLD].written and results[NEW].written  # the earlier name still follows her turns


def standup_key(ritual, day):
    from ritualdesk.model import OccurrenceKey

    return OccurrenceKey(ritual.id, datetime.combine(day, time(9, 30)))


def test_someone_taking_the_earlier_name_gets_a_file_of_their_own(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    _renamed(store, members[2], "Chloé Martin")
    newcomer = operations.add_member(store, Member(None, team.id, "Chloe")).value
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results[OLD].spec.scope.member_id == members[2].id  # still hers: her subscribers are not given his
    assert results[f"member-les-castors-chloe-{newcomer.id}.ics"].spec.scope.member_id == newcomer.id


def test_deleting_a_renamed_member_empties_their_feeds_under_both_names(store, team, standup, members, folder):
    extra = store.add_member(Member(None, team.id, "Eve"))  # on no roster: she can be deleted
    publish(store, folder, now=NOW, today=TODAY)
    _renamed(store, extra, "Eve Durand")
    publish(store, folder, now=LATER, today=TODAY)
    operations.delete_member(store, extra.id, now=NOW)
    results = publish(store, folder, now=LATER, today=TODAY)
    assert sorted(r.path.name for r in results if r.gone and r.written) == [
        "member-les-castors-eve-durand.ics", "member-les-castors-eve.ics"]


def test_a_feed_published_before_owners_were_recorded_learns_its_owner(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    store.conn.execute("DELETE FROM calendar_feed_owners")  # as published before owners were recorded
    store.conn.commit()
    assert feed_owners(store) == {}
    again = publish(store, folder, now=LATER, today=TODAY)
    assert not any(r.written for r in again)  # nothing rewritten, only who owns what recorded
    assert feed_owners(store)[OLD] == FeedOwner(team_id=team.id, member_id=members[2].id)
    assert feed_owners(store)["team-les-castors.ics"] == FeedOwner(team_id=team.id)
    _renamed(store, members[2], "Chloé Martin")
    assert {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}[OLD].spec.former


def test_the_cli_says_the_earlier_name_is_kept_up_to_date(store, team, standup, members, tmp_path, capsys):
    db, folder = str(store.path), str(tmp_path / "shared")
    assert main(["--db", db, "publish", folder]) == 0
    _renamed(store, members[2], "Chloé Martin")
    capsys.readouterr()
    assert main(["--db", db, "publish", folder]) == 0
    out = capsys.readouterr().out
    assert (f"{OLD}: a feed under its earlier name (renamed, now {NEW}), kept up to date so that its subscribers "
            "keep their calendar") in out
    assert "emptied" not in out
    assert main(["--db", db, "publish", folder, "--json"]) == 0
    report = {Path(f["file"]).name: f for f in json.loads(capsys.readouterr().out)}
    assert report[OLD]["former"] and report[OLD]["renamed_to"] == NEW and not report[OLD]["gone"]
    assert report[NEW]["renamed_to"] is None


def test_the_cli_says_it_in_french(store, team, standup, members, tmp_path, capsys, monkeypatch):
    db, folder = str(store.path), str(tmp_path / "shared")
    assert main(["--db", db, "publish", folder]) == 0
    _renamed(store, members[2], "Chloé Martin")
    capsys.readouterr()
    monkeypatch.setenv("LANGUAGE", "fr")
    assert main(["--db", db, "publish", folder]) == 0
    assert (f"{OLD}\u00a0: un flux sous son ancien nom (renommé, désormais {NEW}), tenu à jour pour que ses "
            "abonnés gardent leur agenda") in capsys.readouterr().out


def database_before(path: Path, migration: str, *, then=()) -> None:
    """A database as the version before `migration` wrote it (then `then`'s migrations applied, by name and step),
    with a feed published (its owner not recorded)."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    earlier = Migrations(migrations.MIGRATION_SET)
    steps = migrations._steps[:migrations._names.index(migration)] + list(then)
    for name, step in steps:
        earlier(name=name)(step)
    earlier.apply(Database(conn))
    conn.execute(f"PRAGMA user_version = {len(steps)}")
    conn.execute("INSERT INTO calendar_feeds (feed, file_hash, published) VALUES ('team-x.ics', 'abc', '2026-03-01')")
    conn.commit()
    conn.close()


def _database_before_owners(path: Path) -> None:
    database_before(path, "0015_feed_owners")


def test_an_existing_database_is_migrated_keeping_its_publications(tmp_path):
    path = tmp_path / "before.sqlite3"
    _database_before_owners(path)
    store = Store.open(path)
    try:
        assert store.conn.execute("SELECT feed FROM calendar_feeds").fetchall() == [("team-x.ics",)]
        assert feed_owners(store) == {}
        assert store.check() == []
    finally:
        store.close()


def test_a_deleted_members_id_taken_again_is_not_taken_for_a_rename(store, team, standup, members, folder):
    extra = store.add_member(Member(None, team.id, "Zoé"))  # the last id: SQLite gives it again once deleted
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_member(store, extra.id, now=NOW)
    again = store.add_member(Member(None, team.id, "Yann"))
    assert again.id == extra.id
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results["member-les-castors-zoe.ics"].gone  # emptied: Yann's calendar is not given to her subscribers
    assert results["member-les-castors-yann.ics"].spec.scope.member_id == again.id


def test_a_renamed_team_with_no_event_keeps_its_earlier_feed_too(store, team, folder):
    lone = operations.add_member(store, Member(None, team.id, "Ana")).value
    publish(store, folder, now=NOW, today=TODAY)  # no ritual: nothing in the feeds tells whose they are
    squad = operations.update_team(store, replace(team, name="Les Castors Bleus"), now=NOW).value
    store.add_ritual(Ritual(None, squad.id, RitualKind.STANDUP, "Daily", time(9, 0), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [lone.id])
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results["team-les-castors.ics"].spec.former and results["member-les-castors-ana.ics"].spec.former
    assert results["team-les-castors.ics"].written and not any(r.gone for r in results.values())


def test_a_database_before_owners_that_cannot_be_written_is_refused_untouched(tmp_path, monkeypatch, capsys):
    from tests.core.test_reads_write_nothing import snapshot, unwritable

    path = tmp_path / "folder" / "before.sqlite3"
    path.parent.mkdir()
    _database_before_owners(path)
    before = snapshot(path.parent)
    with unwritable(path, monkeypatch):
        status = main(["--db", str(path), "publish", str(tmp_path / "feeds")])
    err = capsys.readouterr().err
    assert status == 2 and "written by an older version of RitualDesk" in err and err.count("\n") == 1
    assert snapshot(path.parent) == before


def test_a_database_newer_than_the_owners_is_still_refused(tmp_path, capsys):
    path = tmp_path / "newer.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "publish", str(tmp_path / "feeds")]) == 2
    assert "newer version of RitualDesk" in capsys.readouterr().err
