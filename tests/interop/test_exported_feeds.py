"""Exported feeds read back by independent parsers agree, instant by instant, with `agenda --json`."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar

from ritualdesk.cli import main
from ritualdesk.model import ActionStatus
from ritualdesk.store import Store

from .world import CADENCE, FIRST, LAST, build_world

ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]


NIGHT = "Night shift"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("interop")
    path = folder / "world.sqlite3"
    store = Store.open(path)
    teams = build_world(store)
    store.close()
    return path, folder, teams


def run(capsys, *argv) -> str:
    capsys.readouterr()
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def expected(capsys, db, team: str) -> dict[str, tuple[datetime, datetime, str | None]]:
    rows = json.loads(run(capsys, "--db", db, "agenda", "--team", team, "--from", FIRST, "--to", LAST, "--json"))
    return {
        row["uid"]: (datetime.fromisoformat(row["start"]).astimezone(UTC),
                     datetime.fromisoformat(row["end"]).astimezone(UTC), row["facilitator"])
        for row in rows if row["status"] != "cancelled"
    }


def cancelled(capsys, db, team: str) -> set[str]:
    rows = json.loads(run(capsys, "--db", db, "agenda", "--team", team, "--from", FIRST, "--to", LAST, "--json"))
    return {row["uid"] for row in rows if row["status"] == "cancelled"}


def with_private_tzids(data: bytes) -> bytes:
    """The same file with every TZID renamed, so parsers must use our VTIMEZONE, not their own zone data."""
    def rename(match: re.Match) -> bytes:
        return b"TZID" + match.group(1) + b"X-RD-" + match.group(2).replace(b"/", b"-")

    return re.sub(rb"TZID([=:])([A-Za-z_/]+)", rename, data)


def by_recurring_ical_events(data: bytes) -> dict[str, tuple[datetime, datetime, str]]:
    calendar = Calendar.from_ical(data)
    events = recurring_ical_events.of(calendar).between(datetime(2025, 12, 1), datetime(2027, 1, 31))
    return {str(e["UID"]): (e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC), str(e["SUMMARY"]))
            for e in events}


def by_vobject(data: bytes) -> dict[str, tuple[datetime, datetime, str]]:
    calendar = vobject.readOne(data.decode())
    return {e.uid.value: (e.dtstart.value.astimezone(UTC), e.dtend.value.astimezone(UTC), e.summary.value)
            for e in calendar.vevent_list}


@pytest.mark.parametrize("team", ["Les Castors", "Orion", "Kookaburra", "Monsoon", NIGHT, CADENCE])
@pytest.mark.parametrize("reader", [by_recurring_ical_events, by_vobject])
@pytest.mark.parametrize("private_zones", [False, True], ids=["iana-tzid", "own-vtimezone-only"])
def test_every_exported_instant_matches_the_agenda(capsys, world, team, reader, private_zones):
    db, folder, _ = world
    target = folder / f"{team}-{reader.__name__}-{private_zones}.ics"
    run(capsys, "--db", db, "export", "--team", team, "--from", FIRST, "--to", LAST, "-o", target)
    data = target.read_bytes()
    if private_zones:
        data = with_private_tzids(data)
        assert b"TZID=Europe" not in data and b"TZID=America" not in data
    want = expected(capsys, db, team)
    got = reader(data)
    assert set(got) == set(want)
    for uid, (start, end, facilitator) in want.items():
        assert got[uid][:2] == (start, end), uid
        assert facilitator is None or f"({facilitator})" in got[uid][2]
    assert not cancelled(capsys, db, team) & set(got)


def test_the_world_has_what_the_interop_tests_need(capsys, world):
    db, _, _ = world
    rows = [row for team in ["Les Castors", "Orion", "Kookaburra", "Monsoon"] for row in json.loads(
        run(capsys, "--db", db, "agenda", "--team", team, "--from", FIRST, "--to", LAST, "--json"))]
    assert sum(r["moved"] for r in rows) >= 6
    assert sum(r["status"] == "cancelled" for r in rows) >= 6
    assert sum(r["status"] == "held" for r in rows) >= 30
    offsets = {(r["team"], r["start"][-6:]) for r in rows}
    for team, zone_offsets in [("Les Castors", {"+01:00", "+02:00"}), ("Orion", {"-05:00", "-04:00"}),
                               ("Kookaburra", {"+11:00", "+10:00"}), ("Monsoon", {"+05:30"})]:
        assert {o for t, o in offsets if t == team} == zone_offsets
    # public holidays give no occurrence: Bastille Day, US Independence Day (observed on Friday 3 July in 2026)
    assert not [r for r in rows if r["team"] == "Les Castors" and r["start"].startswith("2026-07-14")]
    assert not [r for r in rows if r["team"] == "Orion" and r["start"].startswith("2026-07-03")]
    assert not [r for r in rows if r["team"] == "Monsoon" and r["start"].startswith("2026-01-26")]


def test_the_cadence_team_meets_every_other_week_monthly_and_off_holidays(capsys, world):
    db, _, _ = world
    rows = json.loads(run(capsys, "--db", db, "agenda", "--team", CADENCE, "--from", FIRST, "--to", LAST, "--json"))
    days = {}
    for row in rows:
        days.setdefault(row["ritual"], []).append(row["start"][:10])
    # Ascension (Thursday 14 May 2026) moves the fortnightly demo to the Wednesday
    assert days["Demo"][6:10] == ["2026-04-30", "2026-05-13", "2026-05-28", "2026-06-11"] and len(days["Demo"]) == 22
    # the first Monday of April is Easter Monday: the sync moves to Tuesday 7 April
    assert days["PO/PM sync"][:4] == ["2026-02-02", "2026-03-02", "2026-04-07", "2026-05-04"]
    assert days["Health check"][:3] == ["2026-02-27", "2026-03-27", "2026-04-24"]
    # 15 August 2026 (Assumption in Bavaria, a Saturday): the Friday before
    assert "2026-08-14" in days["Budget"]
    # every third month from January, on its last day (31 October 2026 is a Saturday: the Friday before)
    assert days["Quarterly refinement"] == ["2026-04-30", "2026-07-31", "2026-10-30"]
    clock = [r["start"] for r in json.loads(run(capsys, "--db", db, "agenda", "--team", NIGHT, "--from", FIRST,
                                                "--to", LAST, "--json")) if r["ritual"] == "Clock check"]
    # 29 March 02:30 does not exist in Paris (forward by the jump); 25 October 02:30 is the first of the two
    assert "2026-03-29T03:30:00+02:00" in clock and "2026-10-25T02:30:00+02:00" in clock


def test_night_ritual_in_the_spring_gap_and_the_autumn_fold(capsys, world):
    db, folder, _ = world
    target = folder / "night.ics"
    run(capsys, "--db", db, "export", "--team", "Night shift", "--from", "2026-03-28", "--to", "2026-10-26",
        "-o", target)
    data = with_private_tzids(target.read_bytes())
    starts = {start for start, _, _ in by_vobject(data).values()}
    # 29 March 02:30 does not exist in Paris: the agenda moves it forward by the jump (01:30 UTC = 03:30 CEST)
    assert datetime(2026, 3, 29, 1, 30, tzinfo=UTC) in starts
    # 25 October 02:30 happens twice: the first one (CEST, 00:30 UTC) is meant
    assert datetime(2026, 10, 25, 0, 30, tzinfo=UTC) in starts
    assert starts == {s for s, _, _ in by_recurring_ical_events(data).values()}


def test_member_and_kind_feeds_are_subsets_of_the_team_feed(capsys, world):
    db, folder, _ = world
    team_file, member_file, kind_file = folder / "t.ics", folder / "m.ics", folder / "k.ics"
    run(capsys, "--db", db, "export", "--team", "Orion", "--from", FIRST, "--to", LAST, "-o", team_file)
    run(capsys, "--db", db, "export", "--member", "Ori1", "--from", FIRST, "--to", LAST, "-o", member_file)
    run(capsys, "--db", db, "export", "--kind", "retro", "--from", FIRST, "--to", LAST, "-o", kind_file)
    team_events = by_vobject(team_file.read_bytes())
    member_events = by_vobject(member_file.read_bytes())
    assert member_events and set(member_events) <= set(team_events)
    kinds = Calendar.from_ical(kind_file.read_bytes())
    assert {str(e["CATEGORIES"].cats[0]) for e in kinds.walk("VEVENT")} == {"retrospective"}
    assert len({e["DTSTART"].params["TZID"] for e in kinds.walk("VEVENT")}) == 5 - 1  # every team but the night one
    assert len(kinds.walk("VTIMEZONE")) == 4


@pytest.mark.parametrize("zone", ZONES)
def test_each_zone_gets_one_rrule_vtimezone(capsys, world, zone):
    db, folder, teams = world
    team = next(t for t in teams.values() if t.timezone == zone)
    target = folder / f"vtz-{team.id}.ics"
    run(capsys, "--db", db, "export", "--team", team.name, "--from", FIRST, "--to", LAST, "-o", target)
    calendar = Calendar.from_ical(target.read_bytes())
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == zone
    parts = vtimezone.walk("STANDARD") + vtimezone.walk("DAYLIGHT")
    if zone == "Asia/Kolkata":
        assert len(parts) == 1 and "RRULE" not in parts[0]
    else:
        assert len(parts) == 2 and all("RRULE" in p and "RDATE" not in p for p in parts)


def test_no_invitations_and_the_refresh_hints_are_there(capsys, world):
    db, folder, _ = world
    target = folder / "hints.ics"
    run(capsys, "--db", db, "export", "--team", "Monsoon", "--todos", "-o", target)
    text = target.read_bytes().decode()
    assert "ORGANIZER" not in text and "ATTENDEE" not in text
    for line in ["METHOD:PUBLISH", "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H",
                 "NAME:RitualDesk - Monsoon", "X-WR-CALNAME:RitualDesk - Monsoon"]:
        assert line + "\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    vobject.readOne(text)  # parses
    assert date.today() - timedelta(days=31) <= min(
        e.dtstart.value.date() for e in vobject.readOne(text).vevent_list) <= date.today() + timedelta(days=5)


def test_todos_read_back_by_vobject_point_at_exported_occurrences(capsys, tmp_path):
    from ritualdesk import operations
    from ritualdesk.agenda import agenda

    path = tmp_path / "todos.sqlite3"
    store = Store.open(path)
    build_world(store)
    team = store.find_team("Orion")
    occurrences = agenda(store, first=date(2026, 3, 9), last=date(2026, 3, 13), team_ids=[team.id])
    owner = store.members(team.id)[0]
    for index, found in enumerate(occurrences[:4]):
        item = operations.add_action(store, found.key, f"Action {index}", owner_id=owner.id,
                                     due=date(2026, 3, 20 + index), today=date(2026, 3, 10)).value
        if index == 1:
            operations.set_action_status(store, item.id, ActionStatus.DONE, today=date(2026, 3, 12))
    store.close()
    target = tmp_path / "todos.ics"
    run(capsys, "--db", path, "export", "--team", "Orion", "--from", FIRST, "--to", LAST, "--todos", "-o", target)
    calendar = vobject.readOne(target.read_bytes().decode())
    events = {e.uid.value for e in calendar.vevent_list}
    todos = {t.summary.value: t for t in calendar.vtodo_list}
    assert set(todos) == {"Action 0", "Action 1", "Action 2", "Action 3"}
    assert all(t.related_to.value in events for t in todos.values())
    assert todos["Action 1"].status.value == "COMPLETED" and todos["Action 1"].completed.value.tzinfo is not None
    assert todos["Action 2"].due.value == date(2026, 3, 22)
