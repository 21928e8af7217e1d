"""Reminders before the rituals the user attends: leads, facilitation turns, moves, cancellations, absences, wake-up."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ritualdesk import operations, reminders
from ritualdesk.agenda import agenda
from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.model import Absence, OccurrenceKey

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 3, 16, 8, 0, tzinfo=PARIS)  # a working Monday; stand-up at 09:30


def _turns(store, team, member, first, last):
    return [o for o in agenda(store, first=first, last=last, team_ids=[team.id]) if o.facilitator_id == member.id]


def test_nobody_set_as_me_means_no_reminder(store, team, members, standup):
    assert reminders.coming(store, now=MONDAY, within=timedelta(days=1)) == []


def test_a_reminder_comes_ten_minutes_before_each_ritual_attended(store, team, members, standup):
    reminders.set_me(store, team.id, members[0].id)
    found = reminders.coming(store, now=MONDAY, within=timedelta(hours=2))
    standups = [r for r in found if not r.day_before]
    assert [r.start for r in standups] == [datetime(2026, 3, 16, 9, 30, tzinfo=PARIS)]
    assert standups[0].remind_at == datetime(2026, 3, 16, 9, 20, tzinfo=PARIS)
    assert standups[0].member == "Ana" and standups[0].ritual == "Mêlée"


def test_a_per_ritual_lead_changes_when_it_comes(store, team, members, standup):
    reminders.set_me(store, team.id, members[0].id)
    reminders.set_lead(store, standup.id, 45)
    assert reminders.lead(store, standup.id) == 45
    first = [r for r in reminders.coming(store, now=MONDAY, within=timedelta(hours=2)) if not r.day_before][0]
    assert first.remind_at == datetime(2026, 3, 16, 8, 45, tzinfo=PARIS)
    with pytest.raises(InvalidInput):
        reminders.set_lead(store, standup.id, -1)


def test_a_facilitation_turn_is_marked_and_announced_the_day_before(store, team, members, standup):
    turn = _turns(store, team, members[1], date(2026, 3, 17), date(2026, 3, 31))[0]
    reminders.set_me(store, team.id, members[1].id)
    found = [r for r in reminders.coming(store, now=MONDAY, within=timedelta(days=20)) if r.start == turn.start]
    assert {(r.day_before, r.facilitates) for r in found} == {(False, True), (True, True)}
    day_before = next(r for r in found if r.day_before)
    assert day_before.remind_at == turn.start - timedelta(days=1)
    others = [r for r in reminders.coming(store, now=MONDAY, within=timedelta(days=20))
              if r.start != turn.start and r.day_before]
    assert all(r.facilitates for r in others)


def test_a_cancelled_occurrence_has_no_reminder_and_a_moved_one_follows(store, team, members, standup):
    reminders.set_me(store, team.id, members[0].id)
    monday = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    tuesday = OccurrenceKey(standup.id, datetime(2026, 3, 17, 9, 30))
    operations.cancel(store, monday, now=MONDAY.astimezone(UTC))
    operations.move(store, tuesday, datetime(2026, 3, 17, 14, 0), now=MONDAY.astimezone(UTC))
    found = [r for r in reminders.coming(store, now=MONDAY, within=timedelta(days=2)) if not r.day_before]
    starts = [r.start for r in found]
    assert datetime(2026, 3, 16, 9, 30, tzinfo=PARIS) not in starts
    assert datetime(2026, 3, 17, 14, 0, tzinfo=PARIS) in starts
    moved = next(r for r in found if r.start.day == 17)
    assert moved.remind_at == datetime(2026, 3, 17, 13, 50, tzinfo=PARIS)


def test_no_reminder_while_absent_or_on_a_holiday(store, team, members, standup):
    reminders.set_me(store, team.id, members[2].id)
    operations.add_absence(store, Absence(None, members[2].id, date(2026, 3, 16), date(2026, 3, 20)),
                           now=MONDAY.astimezone(UTC))
    found = reminders.coming(store, now=MONDAY, within=timedelta(days=8))
    assert found and min(r.start for r in found).date() == date(2026, 3, 23)
    easter_monday = datetime(2026, 4, 6, 7, 0, tzinfo=PARIS)
    assert all(r.start.date() != date(2026, 4, 6) for r in reminders.coming(store, now=easter_monday,
                                                                            within=timedelta(hours=6)))


def test_after_waking_up_only_what_is_still_relevant_is_due(store, team, members, standup):
    """Asleep all week-end and Monday morning: the stand-ups already begun are not reminded."""
    reminders.set_me(store, team.id, members[1].id)
    woke = datetime(2026, 3, 17, 9, 25, tzinfo=PARIS)  # Tuesday, five minutes before the stand-up
    due = reminders.due(store, now=woke)
    assert [r.start for r in due] == [datetime(2026, 3, 17, 9, 30, tzinfo=PARIS)]
    assert not due[0].day_before  # its day-before reminder, if any, is superseded: one per occurrence
    later = reminders.due(store, now=datetime(2026, 3, 17, 9, 31, tzinfo=PARIS))
    assert later == []


def test_next_due_says_when_to_wake_up(store, team, members, standup):
    reminders.set_me(store, team.id, members[0].id)
    assert reminders.next_due(store, now=MONDAY) == datetime(2026, 3, 16, 9, 20, tzinfo=PARIS)


def test_me_follows_the_team_and_refuses_a_stranger(store, team, members, standup):
    from ritualdesk.model import Team

    other = store.add_team(Team(None, "Autre", timezone="UTC"))
    with pytest.raises(InvalidInput):
        reminders.set_me(store, other.id, members[0].id)
    reminders.set_me(store, team.id, members[3].id)
    assert reminders.me(store) == {team.id: members[3].id}
    reminders.set_me(store, team.id, None)
    assert reminders.me(store) == {}


@pytest.mark.parametrize("text, minutes", [("30m", 30), ("2h", 120), ("3d", 3 * 1440), ("1w", 10080), ("15", 15)])
def test_durations_read_as_people_write_them(text, minutes):
    assert reminders.parse_duration(text) == timedelta(minutes=minutes)


def test_cli_lists_the_coming_reminders_as_json_and_writes_nothing(store, team, members, standup, capsys,
                                                                    monkeypatch):
    import ritualdesk.cli as cli

    reminders.set_me(store, team.id, members[0].id)
    store.close()
    monkeypatch.setattr(cli, "_now", lambda: MONDAY.astimezone(UTC))
    before = store.path.read_bytes()
    assert main(["--db", str(store.path), "reminders", "--within", "2h", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["start"] == "2026-03-16T09:30:00+01:00"
    assert rows[0]["remind_at"] == "2026-03-16T09:20:00+01:00"
    assert {"uid", "start", "remind_at", "facilitates"} <= set(rows[0])
    assert rows[0]["uid"].endswith("-20260316T0930@ritualdesk")
    assert store.path.read_bytes() == before
    assert main(["--db", str(store.path), "reminders", "--member", "Bruno", "--team", "Les Castors",
                 "--within", "1w", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["member"] for r in rows} == {"Bruno"} and any(r["facilitates"] for r in rows)
    assert main(["--db", str(store.path), "reminders", "--within", "soon"]) == 2
    assert "not a duration" in capsys.readouterr().err
