"""Pushing a team's feed to a real Radicale: first push, re-push, move, cancel, roster change, sync tokens."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from ritualdesk.ical.feed import default_horizon
from ritualdesk.store import Store

from .readback import agenda_instants, events, live, server_calendars

TEAM = "Les Castors (RitualDesk)"


def span():
    return default_horizon(date.today())


def connect(desk, url, user, *extra):
    desk.ok("caldav", "add", "srv", "--url", url, "--user", user, *extra)


def test_first_push_holds_the_agenda_instant_by_instant_and_a_second_push_writes_nothing(desk, radicale, proxy, user):
    connect(desk, proxy.url, user)
    out = desk.ok("caldav", "push", "srv")
    first, last = span()
    expected = agenda_instants(desk.agenda(first, last))
    assert len(expected) >= 15
    held = events(server_calendars(radicale.url, user)[TEAM])
    assert live(held) == expected
    assert proxy.count("PUT") == len(expected) and proxy.count("DELETE") == 0
    assert all(s.headers.get("If-None-Match") == "*" for s in proxy.seen if s.method == "PUT")
    assert f"{len(expected)} created" in out

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert proxy.count("PUT", "DELETE", "MKCALENDAR", "PROPPATCH") == 0
    assert proxy.count() == 1  # one sync-collection REPORT: nothing changed on either side
    assert f"0 created, 0 updated, 0 cancelled, {len(expected)} unchanged (sync token)" in out
    assert live(events(server_calendars(radicale.url, user)[TEAM])) == expected


def test_a_move_a_cancel_and_a_roster_change_are_sent_as_updates_never_deletes(desk, radicale, proxy, user):
    connect(desk, proxy.url, user)
    desk.ok("caldav", "push", "srv", "--team", "Les Castors", "--member", "Chloé")
    first, last = span()
    today = date.today()
    future = [r for r in desk.agenda(today, last) if r["status"] == "planned"]
    reviews = [r for r in future if r["ritual"] == "Revue"]
    moved, cancelled = reviews[1], reviews[2]
    new_start = datetime.fromisoformat(moved["start"]).replace(hour=16).strftime("%Y-%m-%dT%H:%M")
    desk.ok("occurrence", moved["uid"], "--move", new_start)
    desk.ok("occurrence", cancelled["uid"], "--cancel")
    desk.ok("roster", "Les Castors", "Revue", "Ana,Bruno", "--from", today.isoformat())
    before = events(server_calendars(radicale.url, user)[TEAM])

    proxy.reset()
    out = desk.ok("caldav", "push", "srv", "--team", "Les Castors", "--member", "Chloé")
    assert proxy.count("DELETE") == 0
    puts = [s for s in proxy.seen if s.method == "PUT"]
    assert puts and all(s.headers.get("If-Match", "").startswith('"') for s in puts)  # updates of known ETags

    calendars = server_calendars(radicale.url, user)
    held = events(calendars[TEAM])
    assert live(held) == agenda_instants(desk.agenda(first, last))
    assert held[moved["uid"]]["start"] == datetime.fromisoformat(new_start + "+00:00").replace(
        tzinfo=ZoneInfo("Europe/Paris")).astimezone(UTC)
    assert held[moved["uid"]]["sequence"] > before[moved["uid"]]["sequence"]
    assert held[cancelled["uid"]]["status"] == "CANCELLED"
    assert held[cancelled["uid"]]["sequence"] > before[cancelled["uid"]]["sequence"]
    # Chloé's own calendar: the reviews she no longer attends are cancelled there, the retros stay
    mine = events(calendars["Chloé - Les Castors (RitualDesk)"])
    later_reviews = [r["uid"] for r in future if r["ritual"] == "Revue"]
    assert all(mine[uid]["status"] == "CANCELLED" for uid in later_reviews if uid in mine)
    assert any(mine[uid]["status"] == "CONFIRMED" for uid in mine if "Rétro" in mine[uid]["summary"])
    assert "Chloé - Les Castors (RitualDesk): 0 created" in out

    proxy.reset()
    desk.ok("caldav", "push", "srv", "--team", "Les Castors", "--member", "Chloé")
    assert proxy.count("PUT", "DELETE") == 0


def test_a_refused_sync_token_falls_back_to_comparing_etags(desk, radicale, proxy, user):
    connect(desk, proxy.url, user)
    desk.ok("caldav", "push", "srv")
    store = Store.open(desk.db)
    with store.transaction():
        store.db.execute("UPDATE caldav_calendars SET sync_token = 'http://radicale.org/ns/sync/bogus'")
    store.close()
    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert "(full listing)" in out
    assert proxy.count("PUT") == 0
    assert [s.method for s in proxy.seen] == ["REPORT", "REPORT"]  # refused, then a listing of every ETag
    proxy.reset()
    assert "(sync token)" in desk.ok("caldav", "push", "srv")
