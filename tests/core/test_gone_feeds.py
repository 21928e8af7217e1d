"""Publish after a team or member is deleted: its feed is emptied once, keeping its name, and said so."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar

from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.publish import pending_changes, publish
from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 18)
LATER = NOW + timedelta(hours=2)



@pytest.fixture
def orion(store):
    """A second team, with one member and a daily stand-up, whose feeds get published and then deleted."""
    team = store.add_team(Team(None, "Orion", timezone="Europe/Paris", holidays_country="FR"))
    olivia = store.add_member(Member(None, team.id, "Olivia"))
    store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Daily", time(9, 0), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [olivia.id])
    return team


def snapshot(folder):
    return {p.name: (p.stat().st_ino, p.read_bytes()) for p in folder.iterdir()}


def read_back(path):
    """The feed as three independent readers see it: icalendar, vobject, and recurring_ical_events."""
    data = path.read_bytes()
    calendar = Calendar.from_ical(data)
    with_vobject = vobject.readOne(data.decode())
    coming = recurring_ical_events.of(calendar).between(date(2026, 1, 1), date(2027, 1, 1))
    return calendar, with_vobject, coming


def test_a_deleted_teams_feeds_are_emptied_keeping_their_names(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    assert read_back(folder / "team-orion.ics")[2]  # subscribers see Orion's stand-ups
    operations.delete_team(store, orion.id)
    results = publish(store, folder, now=LATER, today=TODAY)
    gone = {r.path.name: r for r in results if r.gone}
    assert sorted(gone) == ["member-orion-olivia.ics", "team-orion.ics"]
    assert all(r.written and r.events == 0 and r.recorded and not r.left_alone for r in gone.values())
    assert len(gone["team-orion.ics"].diff.removed) > 100 and gone["team-orion.ics"].diff.gone
    for name, title in [("team-orion.ics", "Orion (RitualDesk)"), ("member-orion-olivia.ics",
                                                                   "Olivia - Orion (RitualDesk)")]:
        calendar, with_vobject, coming = read_back(folder / name)
        assert coming == [] and calendar.walk("VEVENT") == [] and not hasattr(with_vobject, "vevent")
        assert str(calendar["X-WR-CALNAME"]) == str(calendar["NAME"]) == title
        assert with_vobject.x_wr_calname.value == title
        assert "REFRESH-INTERVAL" in calendar  # subscribers keep refreshing it (a new team of that name fills it)
    assert not any(r.written for r in results if not r.gone and r.spec.team.id == orion.id)


def test_an_emptied_feed_is_not_written_again(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_team(store, orion.id)
    publish(store, folder, now=LATER, today=TODAY)
    before = snapshot(folder)
    again = publish(store, folder, now=LATER + timedelta(hours=1), today=TODAY)
    assert not any(r.gone for r in again) and not any(r.written for r in again)
    assert snapshot(folder) == before  # same inodes: not even replaced
    assert all(not diff.gone for diff in pending_changes(store, today=TODAY, folder=folder))


def test_a_deleted_members_feed_is_emptied_and_the_others_kept(store, team, standup, members, folder):
    extra = store.add_member(Member(None, team.id, "Eve"))  # on no roster: she can be deleted
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_member(store, extra.id, now=NOW)
    preview = [d for d in pending_changes(store, today=TODAY, folder=folder) if d.gone]
    assert [(d.feed, d.removed) for d in preview] == [("member-les-castors-eve.ics", ())]  # no event, still emptied
    results = publish(store, folder, now=LATER, today=TODAY)
    assert [r.path.name for r in results if r.gone] == ["member-les-castors-eve.ics"]
    assert read_back(folder / "member-les-castors-eve.ics")[2] == []
    assert read_back(folder / "team-les-castors.ics")[2]


def test_a_member_who_left_gets_an_empty_feed_and_it_fills_again_if_they_come_back(store, team, standup, members,
                                                                                  folder):
    publish(store, folder, now=NOW, today=TODAY)
    david = members[3]
    store.update_member(Member(david.id, team.id, david.name, email=david.email, role=david.role,
                               left=date(2026, 3, 1)))
    results = publish(store, folder, now=LATER, today=TODAY)
    assert [r.path.name for r in results if r.gone and r.written] == ["member-les-castors-david.ics"]
    store.update_member(david)
    results = publish(store, folder, now=LATER, today=TODAY)
    assert "member-les-castors-david.ics" in [r.path.name for r in results if r.written and not r.gone]
    assert not any(r.gone for r in results)
    assert read_back(folder / "member-les-castors-david.ics")[2]


def test_undoing_a_team_deletion_fills_its_feed_again(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    first = (folder / "team-orion.ics").read_bytes()
    operations.delete_team(store, orion.id)
    publish(store, folder, now=LATER, today=TODAY)
    back = store.add_team(Team(None, "Orion", timezone="Europe/Paris", holidays_country="FR"))
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results["team-orion.ics"].written and not results["team-orion.ics"].gone
    assert results["team-orion.ics"].spec.team == back
    assert (folder / "team-orion.ics").read_bytes() != first


def test_the_preview_lists_what_emptying_removes(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_team(store, orion.id)
    before = snapshot(folder)
    gone = [d for d in pending_changes(store, today=TODAY, folder=folder) if d.gone]
    assert [d.feed for d in gone] == ["member-orion-olivia.ics", "team-orion.ics"]
    assert all(d.removed and not d.added and not d.changed for d in gone)
    assert gone[1].removed[0].summary.startswith("Daily") and gone[1].removed[0].start.startswith("2026-03-02T09:00")
    assert snapshot(folder) == before  # a preview writes nothing
    elsewhere = pending_changes(store, today=TODAY, folder=folder.parent / "elsewhere")
    assert not any(d.gone for d in elsewhere)  # nothing to empty where the files are not


def test_a_gone_feed_is_not_written_where_its_file_is_not(store, team, standup, members, orion, folder, tmp_path):
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_team(store, orion.id)
    (folder / "member-orion-olivia.ics").unlink()  # removed by hand: publishing never brings it back
    other = tmp_path / "other"
    other.mkdir()
    assert not any(r.gone for r in publish(store, other, now=LATER, today=TODAY))
    assert not (other / "team-orion.ics").exists()
    results = publish(store, folder, now=LATER, today=TODAY)
    assert [r.path.name for r in results if r.gone] == ["team-orion.ics"]
    assert not (folder / "member-orion-olivia.ics").exists()


def test_a_file_this_database_did_not_publish_is_left_alone(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_team(store, orion.id)
    foreign = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//EN\r\nBEGIN:VEVENT\r\nUID:theirs@example\r\n"
               b"DTSTAMP:20260301T000000Z\r\nDTSTART:20260320T090000Z\r\nSUMMARY:Theirs\r\nEND:VEVENT\r\n"
               b"END:VCALENDAR\r\n")
    (folder / "team-orion.ics").write_bytes(foreign)
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY) if r.gone}
    assert results["team-orion.ics"].left_alone and not results["team-orion.ics"].written
    assert (folder / "team-orion.ics").read_bytes() == foreign
    assert results["member-orion-olivia.ics"].written


def test_an_older_publication_in_another_folder_is_still_ours(store, team, standup, members, orion, folder, tmp_path):
    older = tmp_path / "older"
    older.mkdir()
    publish(store, older, now=NOW, today=TODAY)
    operations.move(store, _orion_standup(store, orion), datetime(2026, 3, 24, 11, 0), now=NOW)
    publish(store, folder, now=NOW, today=TODAY)  # the ledger now holds what this folder has
    operations.delete_team(store, orion.id)
    results = [r for r in publish(store, older, now=LATER, today=TODAY) if r.gone]
    assert results and all(r.written and not r.left_alone for r in results)


def _orion_standup(store, team):
    return agenda(store, first=date(2026, 3, 24), last=date(2026, 3, 24), team_ids=[team.id])[0].key


def test_emptying_is_atomic(store, team, standup, members, orion, folder, monkeypatch):
    publish(store, folder, now=NOW, today=TODAY)
    operations.delete_team(store, orion.id)
    before = (folder / "team-orion.ics").read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(InvalidInput, match="disk is full"):
        publish(store, folder, now=LATER, today=TODAY)
    monkeypatch.undo()
    assert (folder / "team-orion.ics").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["team-les-castors.ics", "team-orion.ics", "member-orion-olivia.ics"]
        + [f"member-les-castors-{m.name.lower()}.ics" for m in members])
    assert [r.path.name for r in publish(store, folder, now=LATER, today=TODAY) if r.gone and r.written] == [
        "member-orion-olivia.ics", "team-orion.ics"]  # nothing was recorded as emptied: done now


def test_cli_says_what_was_emptied(store, team, standup, members, orion, tmp_path, capsys):
    db, folder = str(store.path), str(tmp_path / "shared")
    assert main(["--db", db, "publish", folder]) == 0
    capsys.readouterr()
    assert main(["--db", db, "team", "delete", "Orion", "--yes"]) == 0
    assert main(["--db", db, "publish", folder]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "team-orion.ics\t0 events\temptied\t+0 ~0 -" in "\n".join(out)
    assert out[-1] == ("2 feeds emptied, their team or member being gone (deleted, or a member who left): their "
                       "subscribers no longer see their events; the files stay, so that their calendars show no "
                       "error")
    assert "7 of 7 feeds rewritten" not in out and any(line.startswith("2 of 7 feeds rewritten") for line in out)
    assert main(["--db", db, "publish", folder]) == 0
    again = capsys.readouterr().out
    assert "orion" not in again and "0 of 5 feeds rewritten" in again


def test_cli_says_it_in_french(store, team, standup, members, orion, tmp_path, capsys, monkeypatch):
    db, folder = str(store.path), str(tmp_path / "shared")
    assert main(["--db", db, "publish", folder]) == 0
    operations.delete_team(store, orion.id)
    monkeypatch.setenv("LANGUAGE", "fr")
    capsys.readouterr()
    assert main(["--db", db, "publish", folder]) == 0
    out = capsys.readouterr().out
    assert "team-orion.ics\t0 événement\tvidé\t+0 ~0 -" in out
    assert ("2 flux vidés, leur équipe ou leur membre n’étant plus là (supprimé, ou membre parti)\u00a0: leurs "
            "abonnés n’en voient plus les événements\u00a0; les fichiers restent, pour que leurs agendas "
            "n’affichent pas d’erreur") in out


def test_cli_json_marks_the_gone_feeds(store, team, standup, members, orion, tmp_path, capsys):
    db, folder = str(store.path), str(tmp_path / "shared")
    assert main(["--db", db, "publish", folder]) == 0
    operations.delete_team(store, orion.id)
    capsys.readouterr()
    assert main(["--db", db, "publish", folder, "--json"]) == 0
    report = {Path(f["file"]).name: f for f in json.loads(capsys.readouterr().out)}
    assert report["team-orion.ics"]["gone"] and report["team-orion.ics"]["written"]
    assert report["team-orion.ics"]["events"] == 0 and report["team-orion.ics"]["removed"] > 100
    assert not report["team-les-castors.ics"]["gone"] and not report["team-les-castors.ics"]["left_alone"]
    assert not any(f["former"] for f in report.values())


def test_deleting_the_first_of_two_teams_of_one_name_leaves_the_second_its_file(store, team, standup, members,
                                                                                 orion, folder):
    twin = store.add_team(Team(None, "Orión", timezone="Europe/Paris", holidays_country="FR"))  # slug 'orion' too
    store.add_member(Member(None, twin.id, "Oscar"))
    first = {r.spec.file_name: r.spec.team.id for r in publish(store, folder, now=NOW, today=TODAY)}
    assert first["team-orion.ics"] == orion.id and first[f"team-orion-{twin.id}.ics"] == twin.id
    operations.delete_team(store, orion.id)
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results[f"team-orion-{twin.id}.ics"].spec.team == twin  # its subscribers keep their calendar
    assert results[f"member-orion-{twin.id}-oscar.ics"].spec.team == twin
    assert results["team-orion.ics"].gone and results["team-orion.ics"].written  # the deleted one's is emptied
    assert read_back(folder / "team-orion.ics")[2] == []


def test_deleting_the_first_of_two_members_of_one_name_leaves_the_second_their_file(store, team, standup, members,
                                                                                   folder):
    first, second = (store.add_member(Member(None, team.id, name)) for name in ("Eve", "Ève"))
    published = {r.spec.file_name for r in publish(store, folder, now=NOW, today=TODAY)}
    assert {"member-les-castors-eve.ics", f"member-les-castors-eve-{second.id}.ics"} <= published
    operations.delete_member(store, first.id, now=NOW)
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert not results[f"member-les-castors-eve-{second.id}.ics"].gone
    assert results["member-les-castors-eve.ics"].gone and results["member-les-castors-eve.ics"].written


def _renamed(store, team, name):
    """The team under another name, as the team editor saves it."""
    from dataclasses import replace

    return operations.update_team(store, replace(team, name=name), now=NOW).value


def test_a_renamed_teams_earlier_feeds_stay_up_to_date_not_emptied(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    squad = _renamed(store, orion, "Orion Squad")
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert not any(r.gone for r in results.values())
    assert results["team-orion.ics"].spec.former and results["team-orion.ics"].spec.team == squad
    assert results["member-orion-olivia.ics"].spec.former
    assert {"team-orion-squad.ics", "member-orion-squad-olivia.ics"} <= set(results)
    old, new = read_back(folder / "team-orion.ics"), read_back(folder / "team-orion-squad.ics")
    assert old[2] and {str(e["UID"]) for e in old[2]} == {str(e["UID"]) for e in new[2]}
    assert str(old[0]["X-WR-CALNAME"]) == "Orion Squad (RitualDesk)"
    store.add_ritual(Ritual(None, squad.id, RitualKind.RETROSPECTIVE, "Retro", time(15, 0), 60,
                            Schedule(ScheduleKind.WEEKLY, weekdays=(4,)), date(2026, 3, 2)),
                     [m.id for m in store.members(squad.id)])
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert results["team-orion.ics"].written and results["team-orion.ics"].diff.added  # still followed


def test_an_earlier_name_removed_by_hand_is_not_made_again(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    _renamed(store, orion, "Orion Squad")
    (folder / "team-orion.ics").unlink()
    results = {r.path.name: r for r in publish(store, folder, now=LATER, today=TODAY)}
    assert "team-orion.ics" not in results and not (folder / "team-orion.ics").exists()
    assert results["member-orion-olivia.ics"].spec.former  # still there: still kept up to date


def test_deleting_a_renamed_team_empties_its_feeds_under_both_names(store, team, standup, members, orion, folder):
    publish(store, folder, now=NOW, today=TODAY)
    squad = _renamed(store, orion, "Orion Squad")
    publish(store, folder, now=LATER, today=TODAY)
    operations.delete_team(store, squad.id)
    results = publish(store, folder, now=LATER, today=TODAY)
    assert sorted(r.path.name for r in results if r.gone and r.written) == [
        "member-orion-olivia.ics", "member-orion-squad-olivia.ics", "team-orion-squad.ics", "team-orion.ics"]
