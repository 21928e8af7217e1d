"""Publish: predictable feed names, files rewritten only when they changed, and a diff for the app."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ritualdesk import operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.cli import main
from ritualdesk.ical.publish import diff_feed, feed_specs, pending_changes, publish, slug
from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 18)



def snapshot(folder):
    return {p.name: (p.stat().st_ino, p.read_bytes()) for p in folder.iterdir()}


def test_one_feed_per_team_and_current_member_with_predictable_names(store, team, standup, members, tmp_path):
    store.add_member(Member(None, team.id, "Gone", left=date(2026, 1, 1)))
    names = [spec.file_name for spec in feed_specs(store, today=TODAY)]
    assert names == ["team-les-castors.ics", "member-les-castors-ana.ics", "member-les-castors-bruno.ics",
                     "member-les-castors-chloe.ics", "member-les-castors-david.ics"]
    assert slug("Équipe Mistral") == "equipe-mistral"


def test_publishing_twice_rewrites_nothing(store, team, standup, members, folder):
    first = publish(store, folder, now=NOW, today=TODAY)
    assert all(r.written and r.diff.first_time for r in first)
    before = snapshot(folder)
    second = publish(store, folder, now=NOW + timedelta(hours=1), today=TODAY)
    assert not any(r.written for r in second) and all(r.diff.empty for r in second)
    assert snapshot(folder) == before  # same inode: the file was not even replaced


def test_after_an_edit_only_the_feeds_that_show_it_are_rewritten(store, team, standup, members, folder):
    other = store.add_team(Team(None, "Orion", timezone="America/New_York", holidays_country="US"))
    olivia = store.add_member(Member(None, other.id, "Olivia"))
    store.add_ritual(Ritual(None, other.id, RitualKind.STANDUP, "Daily", time(9, 0), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [olivia.id])
    publish(store, folder, now=NOW, today=TODAY)
    before = snapshot(folder)
    found = agenda(store, first=date(2026, 3, 24), last=date(2026, 3, 24), team_ids=[team.id])[0]
    operations.move(store, found.key, found.key.planned + timedelta(hours=1), now=NOW)
    results = {r.spec.file_name: r for r in publish(store, folder, now=NOW + timedelta(hours=1), today=TODAY)}
    written = {name for name, r in results.items() if r.written}
    assert written == {"team-les-castors.ics"} | {f"member-les-castors-{m.name.lower()}.ics" for m in members
                                                  if m.id != found.facilitator_id} | {
        f"member-les-castors-{store.member(found.facilitator_id).name.lower()}.ics"}
    assert [c.uid for c in results["team-les-castors.ics"].diff.changed] == [occurrence_uid(standup, found.key.planned)]
    after = snapshot(folder)
    assert after["team-orion.ics"] == before["team-orion.ics"]
    assert after["member-orion-olivia.ics"] == before["member-orion-olivia.ics"]

def test_diff_tells_added_changed_removed_without_writing(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    spec = feed_specs(store, today=TODAY)[0]
    days = agenda(store, first=date(2026, 3, 30), last=date(2026, 3, 31))
    operations.cancel(store, days[0].key, now=NOW)
    operations.move(store, days[1].key, days[1].key.planned + timedelta(hours=1), now=NOW)
    ledger_rows = store.db["calendar_ledger"].count
    diff = diff_feed(store, spec)
    assert [c.uid for c in diff.removed] == [occurrence_uid(standup, days[0].key.planned)]
    # the moved one changes, and so do later ones: a cancelled stand-up consumes nobody's turn
    assert diff.changed[0].uid == occurrence_uid(standup, days[1].key.planned)
    assert diff.changed[0].summary.startswith("Mêlée") and diff.changed[0].start.startswith("2026-03-31T10:30")
    assert all(c.start >= "2026-03-31" for c in diff.changed)
    assert diff.added == ()
    assert store.db["calendar_ledger"].count == ledger_rows


def test_a_deleted_feed_file_is_written_again(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    (folder / "team-les-castors.ics").unlink()
    results = publish(store, folder, now=NOW, today=TODAY)
    assert [r.spec.file_name for r in results if r.written] == ["team-les-castors.ics"]


def test_cli_publish(store, team, standup, members, tmp_path, capsys):
    folder = tmp_path / "shared"
    assert main(["--db", str(store.path), "publish", str(folder)]) == 0
    assert "5 of 5 feeds rewritten" in capsys.readouterr().out
    assert main(["--db", str(store.path), "publish", str(folder)]) == 0
    assert "0 of 5 feeds rewritten" in capsys.readouterr().out


def test_pending_changes_lists_every_feed_without_writing(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    found = agenda(store, first=date(2026, 3, 24), last=date(2026, 3, 24))[0]
    operations.move(store, found.key, found.key.planned + timedelta(minutes=30), now=NOW)
    before = snapshot(folder)
    pending = pending_changes(store, today=TODAY)
    assert [d.feed for d in pending] == [s.file_name for s in feed_specs(store, today=TODAY)]
    assert pending[0].changed[0].uid == occurrence_uid(standup, found.key.planned)
    assert snapshot(folder) == before


def test_publishing_one_team_leaves_the_other_feeds_alone(store, team, standup, members, folder, capsys):
    other = store.add_team(Team(None, "Orion", timezone="America/New_York", holidays_country="US"))
    store.add_member(Member(None, other.id, "Olivia"))
    results = publish(store, folder, now=NOW, today=TODAY, team_ids=[other.id])
    assert sorted(r.spec.file_name for r in results) == ["member-orion-olivia.ics", "team-orion.ics"]
    assert main(["--db", str(store.path), "publish", str(folder), "--team", "Les Castors"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["member-orion-olivia.ics", "team-orion.ics", "team-les-castors.ics"]
        + [f"member-les-castors-{m.name.lower()}.ics" for m in members])


def test_feeds_of_deleted_members_are_emptied_not_deleted(store, team, standup, members, folder):
    publish(store, folder, now=NOW, today=TODAY)
    store.delete_member(members[3].id)
    results = publish(store, folder, now=NOW, today=TODAY)
    assert [r.path for r in results if r.gone] == [folder / "member-les-castors-david.ics"]
    assert b"BEGIN:VEVENT" not in (folder / "member-les-castors-david.ics").read_bytes()


def test_a_folder_the_feeds_are_not_in_yet_gets_every_event_as_new(store, team, standup, members, tmp_path):
    first, other = tmp_path / "first", tmp_path / "other"
    first.mkdir()
    other.mkdir()
    publish(store, first, now=NOW, today=TODAY)
    assert all(diff.empty for diff in pending_changes(store, today=TODAY, folder=first))
    elsewhere = pending_changes(store, today=TODAY, folder=other)
    assert elsewhere and all(diff.first_time and diff.added and not diff.changed for diff in elsewhere)
    assert all(diff.empty for diff in pending_changes(store, today=TODAY))  # against the last publication
    results = publish(store, other, now=NOW, today=TODAY)
    assert all(r.written and r.diff.first_time and len(r.diff.added) == r.events for r in results)
    assert all(diff.empty for diff in pending_changes(store, today=TODAY, folder=other))
