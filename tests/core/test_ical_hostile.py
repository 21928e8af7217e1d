"""Broken and hostile .ics files get a clear message and import nothing; the importer never crashes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ritualdesk.errors import InvalidInput
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.ical.importer import import_calendar
from ritualdesk.ical.reading import MAX_LINE

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)

GOOD_EVENT = ("BEGIN:VEVENT\r\nUID:ok-1\r\nDTSTART;VALUE=DATE:20260406\r\nSUMMARY:Bruno away\r\nEND:VEVENT\r\n")


def calendar(*events: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//T//EN\r\n" + GOOD_EVENT + "".join(events)
            + "END:VCALENDAR\r\n").encode()


def dump(store) -> list[str]:
    return list(store.db.conn.iterdump())


HOSTILE = {
    "bad date": calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261345T250000\r\nSUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "year 9999": calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:99990101\r\nSUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "ends before it starts": calendar(
        "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260410\r\nDTEND;VALUE=DATE:20260401\r\n"
        "SUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "unknown TZID": calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus_Mons:20260410T100000\r\n"
                             "SUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "missing UID": calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260410\r\nSUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "missing DTSTART": calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "huge line": calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260410\r\nSUMMARY:"
                          + "A" * (MAX_LINE + 10) + "\r\nEND:VEVENT\r\n"),
    "binary junk": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "not a calendar": b"Hello, this is a letter.\n",
    "latin-1 text": calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260410\r\nSUMMARY:Bruno \xe9t\xe9\r\n"
                             "END:VEVENT\r\n").replace("\xe9".encode(), b"\xe9"),
    "broken RRULE": calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260410\r\nRRULE:FREQ=SOMETIMES\r\n"
                             "SUMMARY:Bruno\r\nEND:VEVENT\r\n"),
    "unterminated": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n",
    "two calendars": calendar() + calendar(),
    "deep nesting": ("BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * 3000 + "END:VEVENT\r\n" * 3000
                     + "END:VCALENDAR\r\n").encode(),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_is_refused_with_a_message_and_imports_nothing(store, team, members, name):
    before = dump(store)
    with pytest.raises(InvalidInput) as refused:
        import_calendar(store, HOSTILE[name], team=team, now=NOW)
    message = str(refused.value)
    assert message and "\n" not in message and len(message) < 400
    assert dump(store) == before


def test_the_good_part_of_a_file_imports_when_nothing_is_broken(store, team, members):
    report = import_calendar(store, calendar(), team=team, now=NOW)
    assert [line.uid for line in report.imported] == ["ok-1"]


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    for position, cut, insert in edits:
        position %= len(data) + 1
        data = data[:position] + insert + data[position + cut:]
    return data


JUNK = st.one_of(
    st.binary(max_size=20),
    st.sampled_from([b"\r\n", b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"END:VCALENDAR\r\n", b";TZID=Nowhere/X",
                     b"DTSTART:2026", b"RRULE:FREQ=WEEKLY;BYDAY=", b"UID:", b"X-RITUALDESK-RITUAL:{\"uid\":1}\r\n",
                     b"\r\n ", b":", b";VALUE=DATE", b"99991231T", b"00000000", b"-1SU", b"\\n", b"\xc3"]),
)
EDITS = st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 40), JUNK), min_size=1, max_size=6)


@pytest.fixture(scope="module")
def own_export(tmp_path_factory):
    """A real export of ours (with the series descriptions) to damage."""
    from datetime import time

    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
    from ritualdesk.store import Store

    source = Store.memory()
    team = source.add_team(Team(None, "Source", timezone="America/New_York", holidays_country="US"))
    people = [source.add_member(Member(None, team.id, n)) for n in ("Amy", "Bob")]
    source.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Daily", time(9, 0), 15,
                             Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [p.id for p in people])
    return export_feed(source, Scope(date(2026, 3, 2), date(2026, 3, 20), todos=True), now=NOW).data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, which=st.sampled_from(["hr", "own"]))
def test_damaged_files_never_crash_and_never_import_half(store, team, members, own_export, edits, which):
    original = calendar() if which == "hr" else own_export
    data = mutate(original, edits)
    before = dump(store)
    try:
        report = import_calendar(store, data, team=team if which == "hr" else None, now=NOW, dry_run=True)
    except InvalidInput as refused:
        assert str(refused) and dump(store) == before
    else:
        assert report.dry_run and dump(store) == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_a_failed_import_leaves_the_store_as_it_was(store, team, members, own_export, edits):
    data = mutate(own_export, edits)
    before = dump(store)
    try:
        import_calendar(store, data, now=NOW)
    except InvalidInput:
        assert dump(store) == before


def test_cli_refuses_a_hostile_file_in_one_line_with_status_2(store, team, members, tmp_path, capsys):
    from ritualdesk.cli import main

    path = tmp_path / "junk.ics"
    path.write_bytes(HOSTILE["unknown TZID"])
    before = dump(store)
    assert main(["--db", str(store.path), "import", str(path), "--team", "Les Castors"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown time zone 'Mars/Olympus_Mons'" in err
    assert dump(store) == before


def test_a_title_or_place_with_line_breaks_from_another_calendar_is_imported_on_one_line(store, team, members):
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//Tool//EN\r\nBEGIN:VEVENT\r\nUID:multi-line@other\r\n"
            "DTSTAMP:20260301T000000Z\r\nDTSTART;TZID=Europe/Paris:20260406T100000\r\n"
            "DTEND;TZID=Europe/Paris:20260406T103000\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Daily\\nstand-up\\n\r\n"
            "LOCATION:Room 2\\n2nd floor\r\nDESCRIPTION:first line\\nsecond line\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    report = import_calendar(store, data.encode(), team=team, mode="rituals", now=NOW)
    assert not report.skipped
    imported = [r for r in store.rituals(team.id) if r.title.startswith("Daily")]
    assert [(r.title, r.location, r.agenda) for r in imported] == [
        ("Daily stand-up", "Room 2 2nd floor", "first line\nsecond line")]  # the agenda keeps its lines
