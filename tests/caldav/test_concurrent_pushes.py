"""Two pushes of one database at once (the app's push after each change and a script's) write each event once."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ritualdesk.calserver.accounts import account
from ritualdesk.calserver.push import push
from ritualdesk.ical.feed import default_horizon
from ritualdesk.store import Store

from .readback import agenda_instants, events, live, server_calendars

TEAM = "Les Castors (RitualDesk)"


def test_a_push_that_meets_the_writes_of_another_push_of_this_database_takes_them_as_its_own(desk, radicale, proxy,
                                                                                              user):
    desk.ok("caldav", "add", "srv", "--url", proxy.url, "--user", user)
    desk.ok("caldav", "test", "srv")
    other_results = []

    def meanwhile(seen, index):  # the other push runs to its end between this one's listing and its writes
        if seen.method == "REPORT" and not other_results:
            other_results.append(None)
            other = Store.open(desk.db)
            try:
                other_results[0] = push(other, account(other, "srv"), now=datetime.now(UTC))
            finally:
                other.close()
        return True

    proxy.after = meanwhile
    out = desk.ok("caldav", "push", "srv")
    proxy.after = None
    first, last = default_horizon(date.today())
    expected = agenda_instants(desk.agenda(first, last))
    assert other_results[0] is not None and not other_results[0].error
    assert "left alone" not in out, out
    assert live(events(server_calendars(radicale.url, user)[TEAM])) == expected

    proxy.reset()
    out = desk.ok("caldav", "push", "srv")  # and nothing is taken for someone else's later
    assert "left alone" not in out and proxy.count("PUT") == 0 and f"{len(expected)} unchanged" in out
