"""Published feeds parse with independent readers; random moves and cancellations still export exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
import vobject
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from ritualdesk import operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.ical.publish import publish
from ritualdesk.model import Member, OccurrenceStatus, Ritual, RitualKind, Schedule, ScheduleKind, Team
from ritualdesk.store import Store

from .world import NOW, build_world


def test_every_published_feed_reads_back_and_member_feeds_are_within_their_team(tmp_path):
    store = Store.open(tmp_path / "w.sqlite3")
    build_world(store)
    folder = tmp_path / "shared"
    folder.mkdir()
    results = publish(store, folder, now=NOW, today=NOW.date(), todos=True)
    assert len(results) == 6 + 4 * 4 + 1 + 3  # teams, members (the Cadence team has three)
    team_uids = {}
    for result in results:
        calendar = vobject.readOne(result.path.read_bytes().decode())
        uids = [e.uid.value for e in calendar.vevent_list]
        assert len(uids) == len(set(uids)) == result.events
        parsed = Calendar.from_ical(result.path.read_bytes())
        assert {str(e["UID"]) for e in parsed.walk("VEVENT")} == set(uids)
        if result.spec.file_name.startswith("team-"):
            team_uids[result.spec.team.id] = set(uids)
    for result in results:
        if result.spec.file_name.startswith("member-"):
            events = {e.uid.value for e in vobject.readOne(result.path.read_bytes().decode()).vevent_list}
            assert events <= team_uids[result.spec.team.id]


PARIS_DAYS = [date(2026, 3, 23) + timedelta(days=i) for i in range(21)]  # around the spring change
EDITS = st.lists(st.tuples(st.sampled_from(["move", "cancel", "held"]), st.integers(0, 200),
                           st.integers(-3 * 24 * 60, 3 * 24 * 60)), max_size=8)


# Paris meets the spring gap (29 March), Sydney the autumn fold (5 April), New York neither
ZONES = ["Europe/Paris", "Australia/Sydney", "America/New_York"]


@pytest.mark.parametrize("zone", ZONES)
@settings(max_examples=15, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink])
@given(edits=EDITS)
def test_random_edits_export_the_agenda_exactly(edits, zone):
    store = Store.memory()
    team = store.add_team(Team(None, "T", timezone=zone, holidays_country=None, working_days=tuple(range(7))))
    people = [store.add_member(Member(None, team.id, n)) for n in ("A", "B", "C")]
    roster = [p.id for p in people]
    standup = store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Daily", time(2, 30), 45,
                                      Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 1)), roster)
    store.add_ritual(Ritual(None, team.id, RitualKind.RETROSPECTIVE, "Retro", time(23, 30), 60,
                            Schedule(ScheduleKind.WEEKLY, weekdays=(6,)), date(2026, 3, 1)), roster)
    first, last = date(2026, 3, 20), date(2026, 4, 20)
    found = agenda(store, first=first, last=last)
    for action, index, minutes in edits:
        target = found[index % len(found)]
        current = operations.occurrence(store, target.key)
        if current.status is not OccurrenceStatus.PLANNED:
            continue
        if action == "move":
            operations.move(store, target.key, target.key.planned + timedelta(minutes=minutes), now=NOW)
        elif action == "cancel":
            operations.cancel(store, target.key, now=NOW)
        elif current.start < datetime(2026, 4, 1, tzinfo=UTC):
            operations.mark_held(store, target.key, now=datetime(2026, 4, 1, tzinfo=UTC))
    want = {
        occurrence_uid(store.ritual(o.key.ritual_id), o.key.planned): (o.start, o.end)
        for o in agenda(store, first=first, last=last) if o.status is not OccurrenceStatus.CANCELLED
    }
    data = export_feed(store, Scope(first, last), now=NOW).data
    got = {e.uid.value: (e.dtstart.value, e.dtend.value) for e in vobject.readOne(data.decode()).vevent_list}
    assert set(got) == set(want)
    for uid, (start, end) in want.items():  # in UTC: Python never finds a repeated local time equal to another zone's
        assert got[uid][0].astimezone(UTC) == start.astimezone(UTC), uid
        assert got[uid][1].astimezone(UTC) == end.astimezone(UTC), uid
    assert any(standup.uid in uid for uid in got)  # a stand-up moved before the window is not the first event
