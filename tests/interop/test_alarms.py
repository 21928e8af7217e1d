"""`export --alarms`: a VALARM per event, a stronger set on the member's own turns, read by independent parsers."""

from __future__ import annotations

from datetime import date, time, timedelta

import vobject
from icalendar import Calendar

from ritualdesk.cli import main
from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
from ritualdesk.store import Store


def _database(path):
    store = Store.open(path)
    team = store.add_team(Team(None, "Phoenix", timezone="Europe/Paris", sprint_start=date(2026, 3, 2)))
    people = [store.add_member(Member(None, team.id, name)) for name in ("Ana", "Bruno", "Chloé")]
    store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "stand-up", time(9, 30), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [p.id for p in people])
    store.close()


def _export(tmp_path, capsys, *extra):
    db = tmp_path / "alarms.sqlite3"
    if not db.exists():
        _database(db)
    out = tmp_path / "feed.ics"
    assert main(["--db", str(db), "export", "--from", "2026-03-16", "--to", "2026-03-27", "-o", str(out),
                 *extra]) == 0, capsys.readouterr().err
    return out.read_bytes()


def test_member_feed_alarms_read_back_by_icalendar_and_vobject(tmp_path, capsys):
    data = _export(tmp_path, capsys, "--member", "Ana", "--alarms", "15")
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert events
    own, others = [], []
    for event in events:
        alarms = event.walk("VALARM")
        assert alarms, "every event carries an alarm"
        (own if "(Ana)" in str(event["SUMMARY"]) else others).append([
            (str(a["ACTION"]), a["TRIGGER"].dt, str(a.get("DESCRIPTION", ""))) for a in alarms])
    assert own and others
    assert all(alarms == [("DISPLAY", -timedelta(minutes=15), "Phoenix's stand-up in 15 minutes")]
               for alarms in others)
    for alarms in own:  # a stronger reminder on her own turns: the day before, and with a sound
        assert ("DISPLAY", -timedelta(days=1), "Tomorrow you facilitate Phoenix's stand-up") in alarms
        assert ("DISPLAY", -timedelta(minutes=15), "You facilitate Phoenix's stand-up in 15 minutes") in alarms
        assert ("AUDIO", -timedelta(minutes=15), "") in alarms
    parsed = vobject.readOne(data.decode())
    for event in parsed.vevent_list:
        triggers = [alarm.trigger.value for alarm in event.valarm_list]
        assert -timedelta(minutes=15) in triggers


def test_alarms_are_a_change_for_subscribers_and_absent_by_default(tmp_path, capsys):
    plain = Calendar.from_ical(_export(tmp_path, capsys, "--team", "Phoenix"))
    assert not [c for c in plain.walk("VALARM")]
    sequences = {str(e["UID"]): int(e["SEQUENCE"]) for e in plain.walk("VEVENT")}
    with_alarms = Calendar.from_ical(_export(tmp_path, capsys, "--team", "Phoenix", "--alarms", "10"))
    for event in with_alarms.walk("VEVENT"):
        assert int(event["SEQUENCE"]) == sequences[str(event["UID"])] + 1
        assert [a["TRIGGER"].dt for a in event.walk("VALARM")] == [-timedelta(minutes=10)]


def test_an_alarm_beyond_a_week_is_refused(tmp_path, capsys):
    _database(tmp_path / "alarms.sqlite3")
    status = main(["--db", str(tmp_path / "alarms.sqlite3"), "export", "--alarms", "20000", "-o",
                   str(tmp_path / "x.ics")])
    assert status == 2
    assert "alarms" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
