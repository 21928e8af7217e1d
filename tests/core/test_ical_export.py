"""Export: stable bytes, SEQUENCE only on real change, what each event says, to-dos, atomic files."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from ritualdesk import operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, default_horizon, export_feed, export_file
from ritualdesk.model import Absence, ActionStatus, Sprint

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)
SCOPE = Scope(date(2026, 3, 2), date(2026, 4, 30))


def events(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_reexporting_an_unchanged_store_gives_identical_bytes(store, standup, retro, tmp_path):
    first = export_file(store, SCOPE, tmp_path / "a.ics", now=NOW)
    second = export_file(store, SCOPE, tmp_path / "b.ics", now=LATER)
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()
    assert first.changed and not second.changed


def test_moving_an_occurrence_bumps_only_its_sequence(store, standup, tmp_path):
    before = events(export_feed(store, SCOPE, now=NOW).data)
    key = agenda(store, first=date(2026, 3, 24), last=date(2026, 3, 24))[0].key
    operations.move(store, key, key.planned + timedelta(hours=2), now=NOW)
    after = events(export_feed(store, SCOPE, now=LATER).data)
    uid = occurrence_uid(standup, key.planned)
    assert set(before) == set(after)  # same UID: clients update the event instead of duplicating it
    assert after[uid]["SEQUENCE"] == 1 and after[uid]["LAST-MODIFIED"].dt == LATER
    assert after[uid]["DTSTART"].dt.hour == 11
    unchanged = [u for u in before if u != uid]
    assert all(after[u]["SEQUENCE"] == 0 and after[u]["DTSTAMP"].dt == NOW for u in unchanged)


def test_changing_the_facilitator_bumps_the_sequence_and_the_summary(store, standup, members):
    key = agenda(store, first=date(2026, 3, 25), last=date(2026, 3, 25))[0].key
    export_feed(store, SCOPE, now=NOW)
    operations.set_facilitator(store, key, members[3].id, reason="swap for the demo", now=NOW)
    event = events(export_feed(store, SCOPE, now=LATER).data)[occurrence_uid(standup, key.planned)]
    assert event["SEQUENCE"] == 1 and str(event["SUMMARY"]) == "Mêlée (David)"
    assert "Facilitator: David" in str(event["DESCRIPTION"])


def test_a_dry_run_records_nothing(store, standup):
    export_feed(store, SCOPE, now=NOW, dry_run=True)
    assert store.db["calendar_ledger"].count == 0


def test_cancelled_occurrences_are_left_out(store, standup):
    found = agenda(store, first=date(2026, 3, 26), last=date(2026, 3, 26))[0]
    operations.cancel(store, found.key, now=NOW)
    assert occurrence_uid(standup, found.key.planned) not in events(export_feed(store, SCOPE, now=NOW).data)


def test_an_event_says_what_who_where_which_sprint(store, team, standup, retro, members):
    store.save_sprints([Sprint(team.id, 1, date(2026, 3, 2), date(2026, 3, 13), "Ship the onboarding")])
    store.update_ritual(replace(standup, location="https://meet.example/castors", agenda="Yesterday, today"))
    data = export_feed(store, SCOPE, now=NOW).data
    event = events(data)[occurrence_uid(standup, datetime(2026, 3, 3, 9, 30))]
    assert str(event["SUMMARY"]).startswith("Mêlée (")
    description = str(event["DESCRIPTION"])
    assert "Sprint 1: Ship the onboarding" in description and "Yesterday, today" in description
    assert "Link: https://meet.example/castors" in description
    assert str(event["URL"]) == str(event["LOCATION"]) == "https://meet.example/castors"
    assert event["CATEGORIES"].cats == ["standup"]
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert b"ORGANIZER" not in data and b"ATTENDEE" not in data


def test_a_retro_lists_the_actions_carried_into_it(store, team, standup, retro, members):
    day = agenda(store, first=date(2026, 3, 4), last=date(2026, 3, 4))[0]
    item = operations.add_action(store, day.key, "Fix the flaky test", owner_id=members[2].id,
                                 due=date(2026, 3, 10), today=date(2026, 3, 4)).value
    done = operations.add_action(store, day.key, "Book a room", today=date(2026, 3, 4)).value
    operations.set_action_status(store, done.id, ActionStatus.DONE, today=date(2026, 3, 5))
    retro_occurrence = agenda(store, first=date(2026, 3, 13), last=date(2026, 3, 13), kinds=[retro.kind])[0]
    carried = operations.carried_actions(store, retro_occurrence.key, now=NOW)
    assert [a.id for a in carried] == [item.id]
    description = str(events(export_feed(store, SCOPE, now=NOW).data)[
        occurrence_uid(retro, retro_occurrence.key.planned)]["DESCRIPTION"])
    assert "Carried-over actions:\n- Fix the flaky test (Chloe, due 2026-03-10)" in description
    assert "Book a room" not in description


def test_todos_carry_due_status_completion_and_origin(store, team, standup, members):
    day = agenda(store, first=date(2026, 3, 4), last=date(2026, 3, 4))[0]
    operations.add_action(store, day.key, "Write the runbook", owner_id=members[0].id,
                          due=date(2026, 3, 20), today=date(2026, 3, 4))
    done = operations.add_action(store, day.key, "Fix CI", today=date(2026, 3, 4)).value
    operations.set_action_status(store, done.id, ActionStatus.DONE, today=date(2026, 3, 6))
    calendar = Calendar.from_ical(export_feed(store, Scope(SCOPE.first, SCOPE.last, todos=True), now=NOW).data)
    todos = {str(t["SUMMARY"]): t for t in calendar.walk("VTODO")}
    assert todos["Write the runbook"]["DUE"].dt == date(2026, 3, 20)
    assert str(todos["Write the runbook"]["STATUS"]) == "NEEDS-ACTION"
    assert "Owner: Ana" in str(todos["Write the runbook"]["DESCRIPTION"])
    assert str(todos["Fix CI"]["STATUS"]) == "COMPLETED" and todos["Fix CI"]["COMPLETED"].dt.date() == date(2026, 3, 6)
    assert str(todos["Fix CI"]["RELATED-TO"]) == occurrence_uid(standup, day.key.planned)
    assert not Calendar.from_ical(export_feed(store, SCOPE, now=NOW).data).walk("VTODO")


def test_member_feed_has_their_rituals_but_not_their_absences(store, team, standup, members):
    operations.add_absence(store, Absence(None, members[1].id, date(2026, 3, 16), date(2026, 3, 20)), now=NOW)
    feed = export_feed(store, Scope(SCOPE.first, SCOPE.last, member_id=members[1].id), now=NOW).feed
    days = {item.start.date() for item in feed.events}
    assert date(2026, 3, 17) not in days and date(2026, 3, 23) in days
    assert feed.name == "RitualDesk - Bruno (Les Castors)"


def test_default_horizon_is_thirty_days_back_to_six_months_ahead():
    assert default_horizon(date(2026, 3, 18)) == (date(2026, 2, 16), date(2026, 9, 18))


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(store, standup, tmp_path, monkeypatch):
    target = tmp_path / "team.ics"
    export_file(store, SCOPE, target, now=NOW)
    before = target.read_bytes()
    operations.cancel(store, agenda(store, first=date(2026, 3, 24), last=date(2026, 3, 24))[0].key, now=NOW)

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(InvalidInput, match="cannot write .*team.ics: the disk is full"):
        export_file(store, SCOPE, target, now=LATER)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "core.sqlite3" and "sqlite3" not in p.name] == ["team.ics"]
    assert all(row["sequence"] == 0 for row in store.db["calendar_ledger"].rows)  # the ledger was rolled back


def test_cli_export_errors_are_one_line_and_write_nothing(store, standup, tmp_path, capsys):
    target = tmp_path / "x.ics"
    db = str(store.path)
    assert main(["--db", db, "export", "--from", "2026-13-01", "-o", str(target)]) == 2
    assert main(["--db", db, "export", "--from", "2026-05-01", "--to", "2026-04-01", "-o", str(target)]) == 2
    assert main(["--db", db, "export", "--team", "Nobody", "-o", str(target)]) == 2
    assert main(["--db", db, "export", "-o", str(tmp_path / "missing" / "x.ics")]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4 and all(line.startswith("ritualdesk: error: ") for line in errors)
    assert not target.exists()


def test_cli_export_to_stdout(store, standup, capsys):
    assert main(["--db", str(store.path), "export", "--team", "Les Castors", "--from", "2026-03-02",
                 "--to", "2026-03-06", "-o", "-"]) == 0
    assert len(events(capsys.readouterr().out.encode())) == 5


def test_carried_over_lists_match_the_operation_on_demo_data():
    from ritualdesk.demo import generate_demo
    from ritualdesk.model import RitualKind
    from ritualdesk.store import Store

    store = Store.memory()
    generate_demo(store, teams=2, years=1, seed=3, now=NOW)
    scope = Scope(date(2026, 1, 1), date(2026, 5, 31))
    descriptions = {i.uid: dict(i.properties)["DESCRIPTION"] for i in export_feed(store, scope, now=NOW).feed.events}
    rituals = {r.id: r for r in store.rituals()}
    retros = [o for o in agenda(store, first=scope.first, last=scope.last, kinds=[RitualKind.RETROSPECTIVE])
              if o.status.value != "cancelled"]
    assert len(retros) >= 10
    for retro in retros:
        titles = [a.title for a in operations.carried_actions(store, retro.key, now=NOW)]
        listed = descriptions[occurrence_uid(rituals[retro.key.ritual_id], retro.key.planned)]
        header = next((h for h in ("Carried-over actions:", "Actions reportées\u00a0:") if h in listed), None)
        shown = [line[2:].split(" (")[0] for line in listed.split(header + "\n")[-1].splitlines()
                 if line.startswith("- ")] if header else []  # the demo's French teams export in French
        assert shown == titles


def test_a_time_repeated_by_the_autumn_change_is_written_in_utc_when_it_means_the_second_one():
    from zoneinfo import ZoneInfo

    from ritualdesk.ical.feed import unambiguous

    paris = ZoneInfo("Europe/Paris")
    first = datetime(2026, 10, 25, 2, 30, tzinfo=paris)  # 00:30 UTC, CEST
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=paris)  # 01:30 UTC, CET
    assert unambiguous(first) is first
    assert unambiguous(second) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert unambiguous(second).tzinfo is UTC
    ordinary = datetime(2026, 10, 26, 9, 30, tzinfo=paris)
    assert unambiguous(ordinary) is ordinary
