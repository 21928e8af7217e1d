"""Import: absences, ritual series from other calendars, our own exports (idempotent), with a report."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from ritualdesk.agenda import agenda
from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.ical.importer import import_calendar
from ritualdesk.model import OccurrenceStatus, RitualKind, ScheduleKind
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def ics(*events: str, extra: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//HR//EN\r\n{extra}{body}END:VCALENDAR\r\n"
            .replace("\n            ", "\n").encode())


HR = ics(
    "UID:hr-1\nDTSTART;VALUE=DATE:20260406\nDTEND;VALUE=DATE:20260411\nSUMMARY:Vacation\n"
    "ATTENDEE;CN=Bruno:mailto:Bruno@Castors.example",
    "UID:hr-2\nDTSTART;VALUE=DATE:20260415\nSUMMARY:Chloe - dentist",
    "UID:hr-3\nDTSTART;TZID=Europe/Paris:20260420T140000\nDTEND;TZID=Europe/Paris:20260420T180000\n"
    "SUMMARY:Training (David)",
    "UID:hr-4\nDTSTART;VALUE=DATE:20260501\nSUMMARY:Company offsite",
    "UID:hr-5\nDTSTART;VALUE=DATE:20260502\nSUMMARY:Ana and Bruno at the conference",
)


def absences(store):
    names = {m.id: m.name for m in store.members()}
    return sorted((names[a.member_id], a.start, a.end) for a in store.absences())


def test_absences_are_matched_by_email_or_name(store, team, members):
    report = import_calendar(store, HR, team=team, now=NOW)
    assert report.mode == "absences"
    assert absences(store) == [("Bruno", date(2026, 4, 6), date(2026, 4, 10)),
                               ("Chloe", date(2026, 4, 15), date(2026, 4, 15)),
                               ("David", date(2026, 4, 20), date(2026, 4, 20))]
    skipped = {line.uid: line.reason for line in report.skipped}
    assert skipped["hr-4"].startswith("no member matches")
    assert skipped["hr-5"] == "several members match (Ana, Bruno)"
    assert "timed event" in next(line.reason for line in report.imported if line.uid == "hr-3")


def test_reimporting_the_same_file_adds_nothing(store, team, members):
    import_calendar(store, HR, team=team, now=NOW)
    report = import_calendar(store, HR, team=team, now=NOW)
    assert not report.imported and len(absences(store)) == 3
    assert {line.reason for line in report.skipped if line.uid in ("hr-1", "hr-2", "hr-3")} == {"already imported"}


def test_absences_can_all_go_to_one_member(store, team, members):
    report = import_calendar(store, HR, team=team, absences_for=members[3], now=NOW)
    assert len(report.imported) == 5 and {name for name, *_ in absences(store)} == {"David"}


def test_an_absence_changes_future_turns_but_not_past_ones(store, team, members, standup):
    past = [(o.key, o.facilitator_id) for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 17))]
    import_calendar(store, HR, team=team, now=NOW)
    assert [(o.key, o.facilitator_id) for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 17))] == past
    assert all(o.facilitator_id != members[1].id
               for o in agenda(store, first=date(2026, 4, 6), last=date(2026, 4, 10)))


OUTLOOK = ics(
    "UID:040000008200E00074C5B7101A82E008\nDTSTART;TZID=W. Europe Standard Time:20260302T100000\n"
    "DTEND;TZID=W. Europe Standard Time:20260302T101500\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\n"
    "SUMMARY:Daily scrum\nLOCATION:Teams\nEXDATE;TZID=W. Europe Standard Time:20260304T100000",
    "UID:040000008200E00074C5B7101A82E008\nRECURRENCE-ID;TZID=W. Europe Standard Time:20260306T100000\n"
    "DTSTART;TZID=W. Europe Standard Time:20260306T113000\nDTEND;TZID=W. Europe Standard Time:20260306T114500\n"
    "SUMMARY:Daily scrum",
    "UID:series-2\nDTSTART:20260303T130000Z\nDURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=10\nSUMMARY:Backlog grooming",
    "UID:series-3\nDTSTART:20260305T150000Z\nDTEND:20260305T160000Z\nRRULE:FREQ=MONTHLY;BYDAY=1TH,3TH\n"
    "SUMMARY:Twice-monthly demo",
    "UID:one-off\nDTSTART;TZID=Europe/Paris:20260312T160000\nDTEND;TZID=Europe/Paris:20260312T170000\n"
    "SUMMARY:Retro with the other team",
    "UID:sunday\nDTSTART;TZID=Europe/Paris:20260315T160000\nDTEND;TZID=Europe/Paris:20260315T170000\n"
    "SUMMARY:Sunday thing",
    "UID:allday\nDTSTART;VALUE=DATE:20260316\nSUMMARY:Team day",
)


def test_series_from_another_calendar_become_rituals(store, team, members):
    report = import_calendar(store, OUTLOOK, team=team, now=NOW)
    assert report.mode == "rituals"
    rituals = {r.title: r for r in store.rituals(team.id)}
    assert set(rituals) == {"Daily scrum", "Backlog grooming", "Retro with the other team"}
    daily = rituals["Daily scrum"]
    assert daily.kind is RitualKind.STANDUP and daily.schedule.weekdays == (0, 2, 4)
    assert daily.start_time == time(10, 0) and daily.minutes == 15 and daily.location == "Teams"
    grooming = rituals["Backlog grooming"]
    assert grooming.schedule.kind is ScheduleKind.WORKING_DAYS and grooming.kind is RitualKind.REFINEMENT
    assert grooming.start_time == time(14, 0) and grooming.ends_on == date(2026, 3, 12)
    assert rituals["Retro with the other team"].schedule.kind is ScheduleKind.ONCE
    week = {o.key.planned: o for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 6),
                                             ritual_ids=[daily.id])}
    assert week[datetime(2026, 3, 4, 10, 0)].status is OccurrenceStatus.CANCELLED
    assert week[datetime(2026, 3, 6, 10, 0)].start.hour == 11
    reasons = {line.uid: line.reason for line in report.skipped}
    assert "monthly" in reasons["series-3"] and "not a working day" in reasons["sunday"]
    assert "all-day" in reasons["allday"]
    assert import_calendar(store, OUTLOOK, team=team, now=NOW).imported == ()


def test_rituals_need_a_team(store, team):
    with pytest.raises(InvalidInput, match="--team"):
        import_calendar(store, OUTLOOK, now=NOW)


def test_our_own_export_into_the_same_store_duplicates_nothing(store, team, standup, retro):
    data = export_feed(store, Scope(date(2026, 3, 2), date(2026, 4, 30), todos=True), now=NOW).data
    before = list(store.db.conn.iterdump())
    report = import_calendar(store, data, team=team, now=NOW)
    assert report.mode == "own" and not report.imported
    assert {line.reason for line in report.skipped} == {"already in this database (same UID)"}
    assert [line for line in store.db.conn.iterdump() if "calendar_" not in line] == [
        line for line in before if "calendar_" not in line]


@pytest.mark.parametrize("mode", ["rituals", "absences"])
def test_our_own_uids_are_recognised_whatever_the_mode(store, team, standup, mode):
    data = export_feed(store, Scope(date(2026, 3, 2), date(2026, 3, 13)), now=NOW).data
    report = import_calendar(store, data, team=team, mode=mode, now=NOW)
    assert not report.imported and len(report.skipped) == 10 and len(store.rituals()) == 1


def test_dry_run_reports_and_writes_nothing(store, team, members):
    report = import_calendar(store, HR, team=team, now=NOW, dry_run=True)
    assert report.dry_run and len(report.imported) == 3 and store.absences() == []
    assert report.summary() == "would import 3 absences; skipped 2"


def test_cli_import_prints_the_report(store, team, members, tmp_path, capsys):
    path = tmp_path / "hr.ics"
    path.write_bytes(HR)
    assert main(["--db", str(store.path), "import", str(path), "--team", "Les Castors"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("imported 3 absences; skipped 2")
    assert "  - skipped 1 × absence: no member matches" in out  # the details only with --verbose
    assert main(["--db", str(store.path), "import", str(path), "--team", "Les Castors", "--verbose"]) == 0
    assert "  - skipped absence: Vacation - already imported" in capsys.readouterr().out
    assert main(["--db", str(store.path), "import", str(tmp_path / "missing.ics")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_round_trip_into_a_fresh_store_gives_the_same_events(store, team, members, standup, retro, tmp_path):
    from ritualdesk import operations

    day = agenda(store, first=date(2026, 3, 4), last=date(2026, 3, 4))[0]
    operations.add_action(store, day.key, "Fix the flaky test", owner_id=members[2].id, due=date(2026, 3, 10),
                          today=date(2026, 3, 4))
    found = agenda(store, first=date(2026, 3, 20), last=date(2026, 4, 3))
    operations.cancel(store, found[1].key, now=NOW)
    operations.move(store, found[4].key, found[4].key.planned.replace(hour=11), now=NOW)
    operations.mark_held(store, found[0].key, now=NOW + (found[0].start - NOW) + (found[0].end - found[0].start))
    scope = Scope(date(2026, 3, 2), date(2026, 5, 31), todos=True)
    original = export_feed(store, scope, now=NOW).feed
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    report = import_calendar(fresh, export_feed(store, scope, now=NOW).data, now=NOW)
    assert not report.skipped
    again = export_feed(fresh, scope, now=NOW).feed

    def view(feed):
        return {i.uid: (i.start, i.end, i.summary, dict(i.properties).get("DESCRIPTION"),
                        dict(i.properties).get("LOCATION")) for i in feed.items}

    assert view(again) == view(original)
    assert [t.content_hash for t in again.todos] == [t.content_hash for t in original.todos]
    # and importing it once more into the fresh store adds nothing
    assert import_calendar(fresh, export_feed(store, scope, now=NOW).data, now=NOW).imported == ()


def test_until_ends_the_series_on_the_local_day(store, team, members):
    data = ics("UID:s\nDTSTART;TZID=Europe/Paris:20260302T093000\nDTEND;TZID=Europe/Paris:20260302T094500\n"
               "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260331T220000Z\nSUMMARY:Sync")
    import_calendar(store, data, team=team, now=NOW)
    (ritual,) = store.rituals(team.id)
    assert ritual.ends_on == date(2026, 4, 1) and ritual.schedule.weekdays == (0, 3)


def test_a_member_feed_restores_without_inventing_cancellations(store, team, members, standup, tmp_path):
    from ritualdesk import operations
    from ritualdesk.model import Absence

    operations.add_absence(store, Absence(None, members[1].id, date(2026, 3, 9), date(2026, 3, 13)), now=NOW)
    scope = Scope(date(2026, 3, 2), date(2026, 3, 31), member_id=members[1].id)
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    import_calendar(fresh, export_feed(store, scope, now=NOW).data, now=NOW)
    assert not [o for o in agenda(fresh, first=scope.first, last=scope.last)
                if o.status is OccurrenceStatus.CANCELLED]


GOOGLE = b"""BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:PUBLISH\r
X-WR-CALNAME:Team\r
X-WR-TIMEZONE:Europe/Paris\r
BEGIN:VTIMEZONE\r
TZID:Europe/Paris\r
X-LIC-LOCATION:Europe/Paris\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Paris:20260303T150000\r
DTEND;TZID=Europe/Paris:20260303T160000\r
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20260630T130000Z;BYDAY=TU\r
DTSTAMP:20260301T101010Z\r
ORGANIZER;CN=ana@castors.example:mailto:ana@castors.example\r
UID:7kukuqrfedlm2f9t2vr2hpb0pd@google.com\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bruno;X-NUM-GUESTS=0:mailto:bruno@castors.example\r
CREATED:20260301T101010Z\r
DESCRIPTION:Demo of the increment\\, then questions.\r
LAST-MODIFIED:20260301T101010Z\r
LOCATION:https://meet.google.com/abc-defg-hij\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
SUMMARY:Sprint review\r
TRANSP:OPAQUE\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
DESCRIPTION:This is an event reminder\r
TRIGGER:-P0DT0H10M0S\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_google_calendar_export_becomes_a_weekly_ritual(store, team, members):
    report = import_calendar(store, GOOGLE, team=team, now=NOW)
    assert report.mode == "rituals" and not report.skipped
    (ritual,) = store.rituals(team.id)
    assert ritual.kind is RitualKind.REVIEW and ritual.schedule.weekdays == (1,)
    assert (ritual.start_time, ritual.minutes, ritual.ends_on) == (time(15, 0), 60, date(2026, 6, 30))
    assert ritual.location == "https://meet.google.com/abc-defg-hij"
    assert ritual.agenda == "Demo of the increment, then questions."


@pytest.mark.parametrize(("rule", "kind", "describe"), [
    ("FREQ=MONTHLY;BYDAY=1MO", ScheduleKind.MONTHLY_WEEKDAY, "monthly on the 1st Monday"),
    ("FREQ=MONTHLY;BYDAY=-1FR", ScheduleKind.MONTHLY_WEEKDAY, "monthly on the last Friday"),
    ("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", ScheduleKind.MONTHLY_WEEKDAY, "monthly on the last Friday"),
    ("FREQ=MONTHLY;BYMONTHDAY=15", ScheduleKind.MONTHLY_DAY, "monthly on day 15"),
    ("FREQ=MONTHLY", ScheduleKind.MONTHLY_DAY, "monthly on day 2"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", ScheduleKind.WEEKLY, "every 2 weeks on Thursday from the week of 2026-03-02"),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=2", ScheduleKind.MONTHLY_DAY, "every 3 months on day 2 from 2026-03"),
])
def test_monthly_and_every_n_weeks_rules_become_rituals(store, team, rule, kind, describe):
    data = ics(f"UID:m\nDTSTART;TZID=Europe/Paris:20260302T100000\nDURATION:PT1H\nRRULE:{rule}\nSUMMARY:PO sync")
    report = import_calendar(store, data, team=team, now=NOW)
    assert not report.skipped and [line.what for line in report.imported] == ["ritual"]
    (ritual,) = store.rituals(team.id)
    assert ritual.schedule.kind is kind and ritual.schedule.describe() == describe


@pytest.mark.parametrize(("rule", "why"), [
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "several weekdays"),
    ("FREQ=MONTHLY;BYMONTHDAY=1,15", "several days of the month"),
    ("FREQ=DAILY;INTERVAL=2", "every 2 days"),
    ("FREQ=MONTHLY;BYDAY=6MO", "Nth weekday"),
    ("FREQ=YEARLY", "repeats yearly"),
])
def test_rules_a_series_cannot_express_are_skipped_with_the_reason(store, team, rule, why):
    data = ics(f"UID:m\nDTSTART;TZID=Europe/Paris:20260302T100000\nDURATION:PT1H\nRRULE:{rule}\nSUMMARY:PO sync")
    report = import_calendar(store, data, team=team, now=NOW)
    assert not report.imported and why in report.skipped[0].reason


def test_a_monthly_rule_whose_days_shift_in_the_team_zone_is_skipped(store, team):
    # The first Monday at 20:00 in New York is a Tuesday in Paris: not "the Nth weekday" here.
    data = ics("UID:m\nDTSTART;TZID=America/New_York:20260302T200000\nDURATION:PT1H\n"
               "RRULE:FREQ=MONTHLY;BYDAY=1MO\nSUMMARY:PO sync")
    report = import_calendar(store, data, team=team, now=NOW)
    assert not report.imported and "pattern" in report.skipped[0].reason


def test_the_same_file_imported_by_two_programs_at_once_is_imported_once(store, team, members):
    """Another program's import lands while this one waits for the write lock: this one must see it."""
    other = Store.open(store.path)
    landed = []

    def meanwhile(statement: str) -> None:  # SQLite calls it as a statement starts, before it takes the lock
        if statement.startswith("BEGIN IMMEDIATE") and not landed:
            landed.append(import_calendar(other, HR, team=other.team(team.id), now=NOW))

    store.conn.set_trace_callback(meanwhile)
    try:
        report = import_calendar(store, HR, team=team, now=NOW)
    finally:
        store.conn.set_trace_callback(None)
        other.close()
    assert len(landed[0].imported) == 3
    assert not report.imported and len(absences(store)) == 3  # not six: the other import is seen
