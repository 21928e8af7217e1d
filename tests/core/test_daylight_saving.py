"""Rituals across daylight saving changes: the night clocks jump forward, the hour they repeat."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest
from icalendar import Calendar

from ritualdesk.agenda import agenda
from ritualdesk.cli import main
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
from ritualdesk.store import Store

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
SPRING = date(2027, 3, 28)  # Paris: 02:00 becomes 03:00


@pytest.fixture
def night_shift(store):
    """A Paris team working every day, with a stand-up at 02:30 (a time the spring change skips)."""
    team = store.add_team(Team(None, "Nuit", timezone="Europe/Paris", working_days=tuple(range(7))))
    members = [store.add_member(Member(None, team.id, name)) for name in ("Zoé", "Yann")]
    return store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Mêlée", time(2, 30), 60,
                                   Schedule(ScheduleKind.WORKING_DAYS), date(2027, 3, 1)), [m.id for m in members])


def test_a_time_the_clocks_skip_starts_after_the_jump_unmoved(store, night_shift):
    found, = agenda(store, first=SPRING, last=SPRING)
    assert found.start.isoformat() == "2027-03-28T03:30:00+02:00"
    assert not found.moved  # nobody moved it: 02:30 that night is 03:30


def test_its_exported_event_does_not_say_it_was_moved(store, night_shift):
    data = export_feed(store, Scope(SPRING, SPRING), now=NOW).data
    event, = Calendar.from_ical(data).walk("VEVENT")
    assert event["DTSTART"].dt.astimezone(UTC) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert "Moved from" not in str(event["DESCRIPTION"])


def test_the_cli_agenda_does_not_call_it_moved(store, night_shift, tmp_path, capsys):
    args = ["--db", str(tmp_path / "core.sqlite3"), "agenda", "--from", "2027-03-28", "--to", "2027-03-28"]
    assert main([*args, "--json"]) == 0
    row, = json.loads(capsys.readouterr().out)
    assert (row["start"], row["planned_start"], row["moved"]) == ("2027-03-28T03:30:00+02:00", "2027-03-28T02:30",
                                                                  False)
    assert main(args) == 0
    assert "(moved)" not in capsys.readouterr().out


def test_a_real_move_into_the_skipped_hour_is_still_a_move(store, night_shift):
    from ritualdesk import operations

    key = agenda(store, first=SPRING - timedelta(days=1), last=SPRING - timedelta(days=1))[0].key
    operations.move(store, key, datetime(2027, 3, 28, 2, 45), now=NOW)
    moved = [o for o in agenda(store, first=SPRING, last=SPRING) if o.key == key]
    assert moved[0].start.isoformat() == "2027-03-28T03:45:00+02:00" and moved[0].moved


def test_a_reminder_ten_minutes_before_a_ritual_just_after_the_jump_comes_before_it(store, night_shift):
    from ritualdesk import reminders

    team_id = night_shift.team_id
    early = store.add_ritual(Ritual(None, team_id, RitualKind.CUSTOM, "Relève", time(3, 5), 15,
                                    Schedule(ScheduleKind.ONCE, on=SPRING), SPRING),
                             [m.id for m in store.members(team_id)])
    reminders.set_me(store, team_id, store.members(team_id)[0].id)
    # 03:05 CEST is 01:05 UTC; ten minutes before is 00:55 UTC (01:55 CET). On the wall it was 02:55,
    # a time the clocks skip, read as 02:55 CET = 01:55 UTC: after the ritual began, so never shown.
    found = [r for r in reminders.coming(store, now=datetime(2027, 3, 28, 0, 0, tzinfo=UTC), within=timedelta(hours=2))
             if r.key.ritual_id == early.id and not r.day_before]
    assert [r.remind_at.astimezone(UTC) for r in found] == [datetime(2027, 3, 28, 0, 55, tzinfo=UTC)]


def test_a_reminder_two_days_before_counts_real_hours_across_the_change(store, team, members, standup):
    from ritualdesk import reminders

    reminders.set_me(store, team.id, members[0].id)
    reminders.set_lead(store, standup.id, 2 * 24 * 60)
    monday = datetime(2026, 3, 30, 7, 30, tzinfo=UTC)  # 09:30 in Paris, the day after the spring change
    found = [r for r in reminders.coming(store, now=datetime(2026, 3, 27, 12, 0, tzinfo=UTC), within=timedelta(days=3))
             if r.start == monday]
    assert [r.remind_at.astimezone(UTC) for r in found] == [monday - timedelta(hours=48)]  # it was 47 hours


AUTUMN = date(2027, 10, 31)  # Paris: 03:00 becomes 02:00, so 02:00-02:59 comes twice


def test_a_move_to_the_second_pass_of_the_repeated_hour_is_refused_not_made_an_hour_early(store, night_shift):
    from ritualdesk import operations
    from ritualdesk.errors import InvalidInput

    key = agenda(store, first=AUTUMN, last=AUTUMN)[0].key
    second = datetime(2027, 10, 31, 1, 45, tzinfo=UTC)  # 02:45 CET, the second 02:45 of that night
    with pytest.raises(InvalidInput, match="02:45 comes twice"):
        operations.move(store, key, second, now=NOW)
    assert not agenda(store, first=AUTUMN, last=AUTUMN)[0].moved  # it was stored as 02:45, read as 02:45 CEST
    first = datetime(2027, 10, 31, 0, 45, tzinfo=UTC)  # 02:45 CEST
    moved = operations.move(store, key, first, now=NOW).value
    # (in UTC: Python never finds a time of the repeated hour equal to one of another zone)
    assert moved.start.astimezone(UTC) == first == agenda(store, first=AUTUMN, last=AUTUMN)[0].start.astimezone(UTC)


def test_the_cli_says_why_it_does_not_move_to_the_second_pass(store, night_shift, tmp_path, capsys):
    uid = f"{night_shift.uid}-20271031T0230@ritualdesk"
    assert main(["--db", str(tmp_path / "core.sqlite3"), "occurrence", uid, "--move", "2027-10-31T02:45+01:00"]) == 2
    assert "02:45 comes twice that night in Europe/Paris" in capsys.readouterr().err


SERIES_MOVED_INTO_THE_REPEATED_HOUR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Elsewhere//EN\r
BEGIN:VEVENT\r
UID:veille@example.com\r
DTSTAMP:20270101T000000Z\r
SUMMARY:Veille\r
DTSTART;TZID=Europe/Paris:20271025T090000\r
DTEND;TZID=Europe/Paris:20271025T091500\r
RRULE:FREQ=DAILY;COUNT=14\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:veille@example.com\r
DTSTAMP:20270101T000000Z\r
RECURRENCE-ID;TZID=Europe/Paris:20271031T090000\r
SUMMARY:Veille\r
DTSTART:20271031T013000Z\r
DTEND:20271031T014500Z\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_imported_move_to_the_second_pass_of_the_repeated_hour_is_skipped_not_made_an_hour_early(
        store, night_shift, tmp_path):
    from ritualdesk.ical.importer import import_file

    path = tmp_path / "veille.ics"
    path.write_text(SERIES_MOVED_INTO_THE_REPEATED_HOUR, encoding="utf-8", newline="")
    report = import_file(store, path, team=store.team(night_shift.team_id), now=NOW)
    reasons = [line.reason for line in report.skipped]
    assert any("the second 02:30" in reason for reason in reasons), reasons
    found = [o for o in agenda(store, first=AUTUMN, last=AUTUMN) if o.key.planned.hour == 9]
    # 01:30 UTC is 02:30 CET; kept as "02:30" it would have been 02:30 CEST, an hour early
    assert [o.start.astimezone(UTC).hour for o in found] == [8] and not found[0].moved


def test_the_minutes_of_an_hour_across_the_autumn_change_give_each_end_its_offset(store, night_shift):
    from ritualdesk.document import to_markdown
    from ritualdesk.minutes import occurrence_minutes

    key = agenda(store, first=AUTUMN, last=AUTUMN)[0].key
    # not 02:30–02:30
    assert "02:30 +0200–02:30 +0100 (Europe/Paris)" in to_markdown(occurrence_minutes(store, key))


def test_our_own_event_edited_into_the_second_pass_is_skipped_when_rebuilt_elsewhere(store, night_shift, tmp_path):
    from ritualdesk.ical.importer import import_file

    data = export_feed(store, Scope(AUTUMN, AUTUMN), now=NOW).data
    assert b"DTSTART:20271031T003000Z" in data  # the first 02:30, written in UTC (the wall time is ambiguous)
    path = tmp_path / "edited.ics"
    path.write_bytes(data.replace(b"DTSTART:20271031T003000Z", b"DTSTART:20271031T013000Z")
                     .replace(b"DTEND:20271031T013000Z", b"DTEND:20271031T023000Z"))  # an hour later, elsewhere
    elsewhere = Store.open(tmp_path / "elsewhere.sqlite3")
    try:
        report = import_file(elsewhere, path, now=NOW)
        # kept as "02:30" it was silently the first pass, an hour before the file's event
        assert any("the second 02:30" in line.reason for line in report.skipped)
    finally:
        elsewhere.close()
