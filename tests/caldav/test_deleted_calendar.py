"""A calendar deleted on the server (by hand, in a web client) is made again at the next push, with every event."""

from __future__ import annotations

from datetime import date

from ritualdesk.ical.feed import default_horizon

from .readback import agenda_instants, events, live, server_calendars

TEAM = "Les Castors (RitualDesk)"


def test_a_team_calendar_deleted_on_the_server_is_made_again_with_every_event(desk, radicale, proxy, user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    desk.ok("caldav", "push", "srv")
    first, last = default_horizon(date.today())
    expected = agenda_instants(desk.agenda(first, last))
    server_calendars(radicale.url, user)[TEAM].delete()
    assert TEAM not in server_calendars(radicale.url, user)

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert proxy.count("MKCALENDAR") == 1 and proxy.count("DELETE") == 0
    assert f"{len(expected)} created" in out
    assert live(events(server_calendars(radicale.url, user)[TEAM])) == expected

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")  # and then as usual: nothing more to write
    assert proxy.count("PUT", "MKCALENDAR") == 0 and f"{len(expected)} unchanged" in out


def test_a_shared_calendar_deleted_on_the_server_gets_every_team_back(desk, radicale, proxy, user):
    desk.ok("team", "add", "Phoenix", "--timezone", "America/New_York", "--holidays", "none",
            "--sprint-start", date.today().isoformat())
    desk.ok("member", "add", "Phoenix", "Zoe")
    desk.ok("ritual", "add", "Phoenix", "standup", "Daily", "--at", "10:00", "--minutes", "15",
            "--every-working-day")
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user, "--calendar", f"/{user}/rituals/")
    desk.ok("caldav", "test", "srv")  # Radicale makes the user's own collection when it is first asked for
    desk.ok("caldav", "push", "srv")
    shared = next(iter(server_calendars(radicale.url, user).values()))
    both = live(events(shared))
    shared.delete()

    desk.ok("caldav", "push", "srv")
    assert live(events(next(iter(server_calendars(radicale.url, user).values())))) == both
