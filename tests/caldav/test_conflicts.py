"""Someone else's edit on the server is left alone; a push killed half-way is completed without duplicates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar

from ritualdesk.ical.feed import default_horizon
from ritualdesk.store import Store

from .readback import agenda_instants, events, live, server_calendars
from .servers import Proxy, Radicale

TEAM = "Les Castors (RitualDesk)"


def edit_on_server(url, user, uid, summary):
    """What another calendar client would do: change the event's title (PUT with its ETag)."""
    calendar = server_calendars(url, user)[TEAM]
    found = calendar.get_object_by_uid(uid)
    parsed = Calendar.from_ical(found.data)
    for event in parsed.walk("VEVENT"):
        event["SUMMARY"] = summary
    found.data = parsed.to_ical().decode()
    found.save()


def move_later(desk, row, hour=16):
    desk.ok("occurrence", row["uid"], "--move", datetime.fromisoformat(row["start"]).strftime(f"%Y-%m-%dT{hour}:%M"))


def future_reviews(desk):
    today = date.today()
    return [r for r in desk.agenda(today, default_horizon(today)[1]) if r["ritual"] == "Revue"]


def test_an_event_changed_on_the_server_is_reported_and_left_alone(desk, radicale, proxy, user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    desk.ok("caldav", "push", "srv")
    theirs, ours = future_reviews(desk)[1:3]
    edit_on_server(radicale.url, user, theirs["uid"], "Revue (salle 4, dit Zoé)")
    move_later(desk, theirs)
    move_later(desk, ours)

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert "! left alone: Revue" in out and "changed on the server by someone else" in out
    assert "1 updated" in out
    held = events(server_calendars(radicale.url, user)[TEAM])
    assert held[theirs["uid"]]["summary"] == "Revue (salle 4, dit Zoé)"  # not overwritten
    assert held[theirs["uid"]]["start"] == datetime.fromisoformat(theirs["start"])  # nor moved
    assert held[ours["uid"]]["start"].hour != datetime.fromisoformat(ours["start"]).hour  # the other one was
    assert proxy.count("PUT") == 1

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert proxy.count("PUT") == 0 and "! left alone" in out


def test_an_edit_made_between_the_listing_and_the_write_gets_412_and_is_left_alone(desk, radicale, proxy, user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    desk.ok("caldav", "push", "srv")
    target = future_reviews(desk)[1]
    move_later(desk, target)

    def meanwhile(seen, index):
        if seen.method == "REPORT":
            edit_on_server(radicale.url, user, target["uid"], "Revue (changée entre-temps)")
        return True

    proxy.after = meanwhile
    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    proxy.after = None
    assert "! left alone: Revue" in out
    held = events(server_calendars(radicale.url, user)[TEAM])
    assert held[target["uid"]]["summary"] == "Revue (changée entre-temps)"
    assert [s.headers.get("If-Match") for s in proxy.seen if s.method == "PUT"][0].startswith('"')


@pytest.fixture
def own_radicale():
    """A Radicale of this test's own, to kill."""
    server = Radicale().start()
    yield server
    server.stop()


def test_a_server_killed_mid_push_then_back_gets_the_rest_without_duplicates(desk, own_radicale, user):
    proxy = Proxy(own_radicale.port)
    try:
        desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)

        def crash(seen, index):  # the fifth PUT reaches the disk, then the server dies before answering
            if seen.method == "PUT" and proxy.count("PUT") == 5:
                own_radicale.kill()
                return False
            return True

        proxy.after = crash
        status, _, err = desk.run("caldav", "push", "srv")
        assert status == 1 and "the next push goes on from there" in err and "Traceback" not in err
        store = Store.open(desk.db)
        confirmed, pending = store.db.execute(
            "SELECT sum(confirmed AND pending_hash IS NULL), sum(pending_hash IS NOT NULL) "
            "FROM caldav_resources").fetchone()
        store.close()
        assert confirmed == 4 and pending >= 1

        proxy.after = None
        status, _, err = desk.run("caldav", "push", "srv")  # still down: nothing is lost either
        assert status == 1 and "cannot reach" in err

        own_radicale.start()
        proxy.reset()
        out = desk.ok("caldav", "push", "srv")
        assert "left alone" not in out and proxy.count("GET") >= 1  # the unanswered write was checked, not redone
        first, last = default_horizon(date.today())
        held = events(server_calendars(own_radicale.url, user)[TEAM])  # asserts one resource per UID
        assert live(held) == agenda_instants(desk.agenda(first, last))
        proxy.reset()
        desk.ok("caldav", "push", "srv")
        assert proxy.count("PUT") == 0
    finally:
        proxy.close()


def test_the_network_cut_before_a_write_lands_loses_nothing(desk, radicale, proxy, user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    proxy.refuse = lambda seen, index: seen.method == "PUT" and proxy.count("PUT") > 3
    assert desk.run("caldav", "push", "srv")[0] == 1
    proxy.refuse = None
    desk.ok("caldav", "push", "srv")
    first, last = default_horizon(date.today())
    assert live(events(server_calendars(radicale.url, user)[TEAM])) == agenda_instants(desk.agenda(first, last))


def test_a_server_that_gives_no_etag_on_put_is_asked_for_it(desk, radicale, proxy, user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    original = proxy.server.RequestHandlerClass.send_header

    def no_etag(self, key, value):
        if not (self.command == "PUT" and key.lower() == "etag"):
            original(self, key, value)

    proxy.server.RequestHandlerClass.send_header = no_etag
    try:
        desk.ok("caldav", "push", "srv")
        store = Store.open(desk.db)
        assert store.db.execute("SELECT count(*) FROM caldav_resources WHERE etag IS NULL").fetchone()[0] == 0
        store.close()
        move_later(desk, future_reviews(desk)[1])
        proxy.reset()
        out = desk.ok("caldav", "push", "srv")
        assert "1 updated" in out and proxy.count("PUT") == 1
        assert [s.headers["If-Match"] for s in proxy.seen if s.method == "PUT"][0].startswith('"')
    finally:
        proxy.server.RequestHandlerClass.send_header = original


def test_a_server_that_gives_no_etags_at_all_is_read_back_before_an_update(desk, radicale, proxy, user):
    import re

    def no_etags(seen, headers, data):  # neither in headers nor in listings
        return [(k, v) for k, v in headers if k.lower() != "etag"], re.sub(rb"<getetag>[^<]*</getetag>", b"", data)

    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    proxy.rewrite = no_etags
    desk.ok("caldav", "push", "srv")
    mine, theirs = future_reviews(desk)[1:3]
    move_later(desk, mine)
    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert "1 updated" in out and proxy.count("GET") == 1  # our copy read back, then written with If-Match: *
    assert [s.headers["If-Match"] for s in proxy.seen if s.method == "PUT"] == ["*"]

    edit_on_server(radicale.url, user, theirs["uid"], "Revue (dans le grand bureau)")
    move_later(desk, theirs)
    out = desk.ok("caldav", "push", "srv")
    assert "! left alone: Revue" in out
    assert events(server_calendars(radicale.url, user)[TEAM])[theirs["uid"]]["summary"] == "Revue (dans le grand bureau)"
