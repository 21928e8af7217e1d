"""A holiday calendar on the server read as absences, by the rules of `import --as absences`, twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import caldav
from icalendar import Calendar, Event, vCalAddress

from ritualdesk.calserver.pull import merged


def holiday_calendar(url, user):
    client = caldav.DAVClient(url=url, username=user, password="", enable_rfc6764=False)
    calendar = client.principal().make_calendar(name="Congés", cal_id="conges")
    start = date.today() + timedelta(days=20)
    for index, (summary, email, days) in enumerate([
        ("Congés Ana", "ana@castors.example", 5),
        ("Bruno en formation", None, 2),
        ("Séminaire de quelqu'un d'autre", None, 1),
    ]):
        event = Event()
        event.add("UID", f"holiday-{index}@hr.example")
        event.add("SUMMARY", summary)
        event.add("DTSTART", start + timedelta(days=10 * index))
        event.add("DTEND", start + timedelta(days=10 * index + days))
        event.add("DTSTAMP", datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
        if email:
            event.add("ATTENDEE", vCalAddress(f"mailto:{email}"))
        wrapper = Calendar()
        wrapper.add("PRODID", "-//HR//EN")
        wrapper.add("VERSION", "2.0")
        wrapper.add_component(event)
        calendar.save_event(wrapper.to_ical().decode())
    return calendar


def test_pull_absences_twice_imports_once_like_import_as_absences(desk, radicale, user, tmp_path, capsys,
                                                                   monkeypatch):
    calendar = holiday_calendar(radicale.url, user)
    desk.ok("caldav", "add", "srv", "--url", radicale.url, "--user", user)
    first = desk.json("caldav", "pull-absences", "srv", "--calendar", "conges", "--team", "Les Castors")
    assert sorted(line["reason"].split(",")[0] for line in first["imported"]) == ["Ana", "Bruno"]
    assert [line["summary"] for line in first["skipped"]] == ["Séminaire de quelqu'un d'autre"]

    again = desk.json("caldav", "pull-absences", "srv", "--calendar", "conges", "--team", "Les Castors")
    assert again["imported"] == []
    assert sorted(line["reason"] for line in again["skipped"])[:2] == ["already imported", "already imported"]

    # the same events from a file give the same report in a fresh database
    from .conftest import Desk

    other = Desk(tmp_path / "other.sqlite3", capsys, monkeypatch)
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris"],
                 ["member", "add", "Les Castors", "Ana", "--email", "ana@castors.example"],
                 ["member", "add", "Les Castors", "Bruno"]):
        other.ok(*args)
    ics = tmp_path / "conges.ics"
    ics.write_bytes(merged([found.data for found in calendar.events()]))
    from_file = other.json("import", str(ics), "--as", "absences", "--team", "Les Castors")
    assert sorted((x["uid"], x["reason"]) for x in from_file["imported"]) == sorted(
        (x["uid"], x["reason"]) for x in first["imported"])


def test_pull_absences_from_a_calendar_that_is_not_there_says_so(desk, radicale, user):
    desk.ok("caldav", "add", "srv", "--url", radicale.url, "--user", user)
    status, _, err = desk.run("caldav", "pull-absences", "srv", "--calendar", "nowhere", "--team", "Les Castors")
    assert status == 2 and "no calendar at" in err
