"""A team (or a member) deleted in RitualDesk: the next push cancels what its calendar still shows as coming."""

from __future__ import annotations

from datetime import date

from .readback import events, live, server_calendars
from .test_shared_calendar import push_two_teams_to_one_calendar

TEAM = "Les Castors (RitualDesk)"


def test_the_coming_events_of_a_deleted_team_are_cancelled_by_the_next_push(desk, radicale, proxy, user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    desk.ok("caldav", "push", "srv", "--team", "Les Castors", "--member", "Chloé")
    before = events(server_calendars(radicale.url, user)[TEAM])
    coming = [uid for uid, e in before.items() if e["start"].date() >= date.today()]
    assert coming and live(before)
    desk.ok("team", "delete", "Les Castors", "--yes")

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")
    assert proxy.count("DELETE") == 0
    calendars = server_calendars(radicale.url, user)
    held = events(calendars[TEAM])
    assert all(held[uid]["status"] == "CANCELLED" and held[uid]["sequence"] > before[uid]["sequence"]
               for uid in coming)
    assert all(held[uid] == before[uid] for uid in before if uid not in coming)  # the past stays as it was
    mine = events(calendars["Chloé - Les Castors (RitualDesk)"])
    assert mine and not live({u: e for u, e in mine.items() if e["start"].date() >= date.today()})
    assert "(of a deleted team or member)" in out and f"{len(coming)} cancelled" in out

    proxy.reset()
    desk.ok("caldav", "push", "srv")
    assert proxy.count() == 0  # nothing left to cancel: no request at all


def test_in_a_shared_calendar_only_the_deleted_teams_events_are_cancelled(desk, radicale, proxy, user):
    push_two_teams_to_one_calendar(desk, proxy, user, sprint_weeks=1)  # a planning each week: some still to come
    before = events(next(iter(server_calendars(radicale.url, user).values())))
    phoenix = {uid for uid, e in before.items() if "Planning" in e["summary"]}
    coming = {uid for uid in phoenix if before[uid]["start"].date() >= date.today()}
    assert coming and phoenix - coming and live(before).keys() - phoenix
    desk.ok("team", "delete", "Phoenix", "--yes")
    desk.ok("caldav", "push", "srv")
    held = events(next(iter(server_calendars(radicale.url, user).values())))
    assert all(held[uid]["status"] == "CANCELLED" for uid in coming)
    assert all(held[uid] == before[uid] for uid in before if uid not in coming)  # Les Castors, Phoenix's past

