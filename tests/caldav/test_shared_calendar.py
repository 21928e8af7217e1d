"""Every team in one calendar (`caldav add --calendar PATH`): a push of one team leaves the others' events alone."""

from __future__ import annotations

from datetime import date, timedelta

from .readback import events, live, server_calendars


def push_two_teams_to_one_calendar(desk, proxy, user, *, sprint_weeks: int) -> None:
    """Phoenix (New York, a planning opening each sprint) beside Les Castors, both pushed to one calendar."""
    start = (date.today() - timedelta(days=10)).isoformat()
    desk.ok("team", "add", "Phoenix", "--timezone", "America/New_York", "--holidays", "none", "--sprint-weeks",
            str(sprint_weeks), "--sprint-start", start)
    desk.ok("member", "add", "Phoenix", "Zoe")
    desk.ok("ritual", "add", "Phoenix", "planning", "Planning", "--at", "10:00", "--minutes", "60",
            "--sprint-day", "first", "--from", start)
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user, "--calendar", f"/{user}/rituals/")
    desk.ok("caldav", "test", "srv")  # Radicale makes the user's own collection when it is first asked for
    desk.ok("caldav", "push", "srv")


def test_teams_sharing_a_calendar_keep_each_others_events(desk, radicale, proxy, user):
    push_two_teams_to_one_calendar(desk, proxy, user, sprint_weeks=4)
    shared = server_calendars(radicale.url, user)
    assert list(shared) == ["Les Castors (RitualDesk)"]  # the first team's push created and named it
    both = live(events(next(iter(shared.values()))))
    assert any("Planning" in s for s in (e["summary"] for e in events(next(iter(shared.values()))).values()))

    proxy.reset()
    out = desk.ok("caldav", "push", "srv", "--team", "Phoenix")
    assert "0 cancelled" in out and proxy.count("PUT") == 0
    proxy.reset()
    desk.ok("caldav", "push", "srv", "--team", "Les Castors")
    assert proxy.count("PUT") == 0
    assert live(events(next(iter(server_calendars(radicale.url, user).values())))) == both
