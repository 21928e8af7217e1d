"""Every import ends: hostile time-zone rules, pipes and devices, sizes checked while reading; one-line messages."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from ritualdesk.cli import main
from ritualdesk.errors import InvalidInput
from ritualdesk.ical import importer
from ritualdesk.ical.importer import import_calendar, import_file

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


@contextlib.contextmanager
def within(seconds: float):
    """Fail (instead of hanging the test run) when the block takes longer than `seconds`."""
    def expired(*_):
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def calendar(zone_rules: str, *, tzid: str = "Custom", events: str = "") -> bytes:
    """A file with one VTIMEZONE (`zone_rules` inside its STANDARD part) and a stand-up in that zone."""
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n"
            f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n"
            "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
            f"{zone_rules}END:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
            + (events or f"BEGIN:VEVENT\r\nUID:standup@x\r\nDTSTART;TZID={tzid}:20260406T093000\r\n"
                         f"DTEND;TZID={tzid}:20260406T094500\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"
                         "SUMMARY:Stand-up\r\nEND:VEVENT\r\n")
            + "END:VCALENDAR\r\n")
    return text.encode()


HOSTILE_ZONES = {
    "interval-0": "RRULE:FREQ=YEARLY;INTERVAL=0;BYMONTH=10;BYDAY=-1SU\r\n",
    "minutely-from-1601": "RRULE:FREQ=MINUTELY;COUNT=1000000000\r\n",
    "secondly": "RRULE:FREQ=SECONDLY\r\n",
    "two-rules": "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n",
    "every-day-for-ever": "RRULE:FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\n",
    "byhour-flood": "RRULE:FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11\r\n",
    "rdate-flood": "RDATE:" + ",".join(f"{1900 + i // 12}{i % 12 + 1:02d}01T030000" for i in range(6000)) + "\r\n",
}


@pytest.mark.parametrize("rules", HOSTILE_ZONES.values(), ids=HOSTILE_ZONES.keys())
@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry-run"])
def test_hostile_time_zone_rules_are_refused_quickly_and_import_nothing(store, team, rules, dry_run):
    before = list(store.db.conn.iterdump())
    with within(5), pytest.raises(InvalidInput, match="the time zone 'Custom'") as refused:
        import_calendar(store, calendar(rules), team=team, now=NOW, dry_run=dry_run)
    assert "\n" not in str(refused.value) and "\r" not in str(refused.value)
    assert list(store.db.conn.iterdump()) == before and store.rituals() == []


def test_the_same_rule_a_thousand_times_is_one_rule(store, team):
    rules = "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n" * 1000
    with within(5):
        report = import_calendar(store, calendar(rules), team=team, now=NOW)
    assert [line.what for line in report.imported] == ["ritual"]
    assert store.rituals()[0].start_time.isoformat() == "09:30:00"


def test_cli_dry_run_of_a_hostile_zone_ends_with_one_line(store, team, tmp_path, capsys):
    path = tmp_path / "hostile.ics"
    path.write_bytes(calendar(HOSTILE_ZONES["minutely-from-1601"]))
    store.close()
    with within(10):
        status = main(["--db", str(store.path), "import", str(path), "--team", team.name, "--dry-run"])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "yearly" in err


def test_a_zone_the_file_defines_gives_the_instants_its_rules_say():
    """Outlook's 'Customized Time Zone' for Paris: same instants as Europe/Paris, 1990 to 2199."""
    from ritualdesk.ical.custom_zones import DefinedZones
    from ritualdesk.ical.reading import parse_calendar

    rules = "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    zones = DefinedZones(parse_calendar(calendar(rules, tzid="Customized Time Zone")), source="x")
    defined, paris = zones.get("Customized Time Zone"), ZoneInfo("Europe/Paris")
    for year in range(1997, 2199, 7):  # Paris's rules are these since 1996
        for month, day, hour in ((1, 15, 12), (3, 30, 12), (7, 1, 0), (10, 20, 23), (12, 31, 9)):
            wall = datetime(year, month, day, hour)
            assert wall.replace(tzinfo=defined).utcoffset() == wall.replace(tzinfo=paris).utcoffset(), wall
            instant = datetime(year, month, day, hour, tzinfo=UTC)
            assert instant.astimezone(defined).replace(tzinfo=None) == instant.astimezone(paris).replace(tzinfo=None)


def test_a_custom_zone_of_another_file_with_the_same_name_is_not_reused(store, team):
    """icalendar caches a custom zone by TZID for the whole process; each file's own definition counts."""
    first = calendar("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n", tzid="Office")
    import_calendar(store, first, team=team, now=NOW, dry_run=True)
    shifted = first.replace(b"TZOFFSETTO:+0200", b"TZOFFSETTO:+0300").replace(b"TZOFFSETFROM:+0200",
                                                                            b"TZOFFSETFROM:+0300")
    import_calendar(store, shifted, team=team, now=NOW)
    assert store.rituals()[0].start_time.isoformat() == "08:30:00"  # 09:30 at +03:00 is 08:30 in Paris


def test_an_unknown_zone_name_of_5000_characters_gives_a_short_message_without_a_path(store, team):
    data = calendar("", events=f"BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID={'A' * 5000}:20260406T093000\r\n"
                    "SUMMARY:x\r\nEND:VEVENT\r\n")
    with pytest.raises(InvalidInput) as refused:
        import_calendar(store, data, team=team, now=NOW)
    message = str(refused.value)
    assert len(message) < 300 and "site-packages" not in message and "zoneinfo/" not in message


def test_a_fifo_is_refused_without_waiting_for_a_writer(store, team, tmp_path):
    pipe = tmp_path / "calendar.ics"
    os.mkfifo(pipe)
    done = threading.Event()
    failure = {}

    def run():
        try:
            import_file(store, pipe, team=team, now=NOW)
        except InvalidInput as error:
            failure["message"] = str(error)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(10), "the import blocked on a named pipe"
    assert "not a regular file" in failure["message"]


def test_dev_zero_through_a_link_is_refused_without_being_read(store, team, tmp_path):
    link = tmp_path / "calendar.ics"
    link.symlink_to("/dev/zero")
    with within(5), pytest.raises(InvalidInput, match="not a regular file"):
        import_file(store, link, team=team, now=NOW)


def test_a_file_over_the_size_limit_is_refused_before_reading(store, team, tmp_path, monkeypatch):
    path = tmp_path / "big.ics"
    path.write_bytes(calendar("") + b" " * 5000)
    monkeypatch.setattr(importer, "MAX_BYTES", 4096)
    read = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(InvalidInput, match="larger than"):
        import_file(store, path, team=team, now=NOW)
    assert read == []


def test_a_file_that_grows_past_the_limit_while_read_is_refused(store, team, tmp_path, monkeypatch):
    path = tmp_path / "growing.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\n")
    monkeypatch.setattr(importer, "MAX_BYTES", 1 << 20)
    real_read = os.read

    def growing(fd, n):  # another program appends while we read
        with open(path, "ab") as more:
            more.write(b"X" * (1 << 19))
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", growing)
    with pytest.raises(InvalidInput, match="larger than"):
        import_file(store, path, team=team, now=NOW)


BROKEN_WITH_LINE_BREAKS = [
    "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:2026040\r\n T1000\\n00\r\nSUMMARY:x\r\nEND:VEVENT\r\n",
    "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260406T100000\r\nDTEND:2026\\r\\n0405T1000\r\nSUMMARY:x\r\nEND:VEVENT\r\n",
    "BEGIN:VEVENT\r\nUID:a\\nb\r\nSUMMARY:line one\\nline two\\r\\nthree\r\nEND:VEVENT\r\n",
    "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:a\\nb\r\nDTSTART;TZID=Mars\\nOlympus:20260406T100000\r\nEND:VEVENT\r\n",
]


@pytest.mark.parametrize("event", BROKEN_WITH_LINE_BREAKS)
def test_import_errors_are_one_line_whatever_the_file_holds(store, team, tmp_path, capsys, event):
    path = tmp_path / "broken.ics"
    path.write_bytes(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//X//EN\r\n" + event + "END:VCALENDAR\r\n").encode())
    store.close()
    status = main(["--db", str(store.path), "import", str(path), "--team", team.name])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "\r" not in err and err.startswith("ritualdesk: error: ")


def test_a_megabyte_imports_in_well_under_two_seconds_of_parsing_per_megabyte(store, team):
    """The bound of the issue, checked with room for a loaded machine; tests/perf measures it properly."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:202604{1 + i % 28:02d}\r\n"
        f"SUMMARY:Away {i}\r\nDESCRIPTION:{'Holiday notes ' * 25}\r\nEND:VEVENT\r\n" for i in range(2200))
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//X//EN\r\n" + events + "END:VCALENDAR\r\n").encode()
    assert len(data) > 1_000_000
    started = time.process_time()
    with within(30):
        import_calendar(store, data, team=team, now=NOW, dry_run=True, mode="absences")
    assert time.process_time() - started < 6  # 2 s budget, times 3 for a CI machine shared with others


def test_the_import_report_has_one_line_per_thing_whatever_the_titles_hold(store, team, tmp_path, capsys):
    path = tmp_path / "titles.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//X//EN\r\nBEGIN:VEVENT\r\nUID:a\\nb\r\n"
                     b"DTSTART;VALUE=DATE:20260406\r\nSUMMARY:Line one\\nLine two\\Nthree\r\nEND:VEVENT\r\n"
                     b"END:VCALENDAR\r\n")
    store.close()
    assert main(["--db", str(store.path), "import", str(path), "--team", team.name, "--as", "absences",
                 "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "Line one Line two three" in out[1]
