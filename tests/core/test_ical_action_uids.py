"""Every action has a UID of its own, so two to-dos never share one (review 2, bug 1)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar

from ritualdesk import operations
from ritualdesk.agenda import agenda
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.ical.importer import import_calendar
from ritualdesk.model import ActionStatus
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
SCOPE = Scope(date(2026, 3, 2), date(2026, 4, 30))
TODOS = Scope(date(2026, 3, 2), date(2026, 4, 30), todos=True)


def todos(data: bytes) -> list[tuple[str, str]]:
    return sorted((str(t["UID"]), str(t["SUMMARY"])) for t in Calendar.from_ical(data).walk("VTODO"))


def _second_action_only(store, members) -> bytes:
    """An export whose only to-do is the store's second action (the first was closed long before)."""
    day = agenda(store, first=date(2026, 3, 4), last=date(2026, 3, 4))[0]
    old = operations.add_action(store, day.key, "Old one", today=date(2026, 3, 4)).value
    operations.set_action_status(store, old.id, ActionStatus.DONE, today=date(2026, 3, 5))
    operations.add_action(store, day.key, "Imported one", owner_id=members[0].id, today=date(2026, 3, 4))
    return export_feed(store, Scope(date(2026, 3, 10), date(2026, 4, 30), todos=True), now=NOW).data


def test_a_local_action_never_takes_the_uid_of_an_imported_one(store, team, members, standup, tmp_path):
    data = _second_action_only(store, members)
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    import_calendar(fresh, data, now=NOW)
    ritual = fresh.rituals()[0]
    day = agenda(fresh, first=date(2026, 3, 11), last=date(2026, 3, 11))[0]
    assert day.key.ritual_id == ritual.id
    operations.add_action(fresh, day.key, "Local one", today=date(2026, 3, 11))
    exported = todos(export_feed(fresh, TODOS, now=NOW).data)
    assert sorted(summary for _, summary in exported) == ["Imported one", "Local one"]
    assert len({uid for uid, _ in exported}) == 2
    # and the UIDs hold from one export to the next
    assert todos(export_feed(fresh, TODOS, now=NOW).data) == exported
    fresh.close()


def test_an_incoming_action_is_not_mistaken_for_a_local_one_with_the_same_id(store, team, members, standup,
                                                                             tmp_path):
    data = _second_action_only(store, members)
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    series_only = export_feed(store, SCOPE, now=NOW).data
    import_calendar(fresh, series_only, now=NOW)
    day = agenda(fresh, first=date(2026, 3, 11), last=date(2026, 3, 11))[0]
    for title in ("Local A", "Local B"):  # ids 1 and 2, like the actions of the first store
        operations.add_action(fresh, day.key, title, today=date(2026, 3, 11))
    report = import_calendar(fresh, data, now=NOW)
    assert [(line.what, line.summary) for line in report.imported] == [("action", "Imported one")]
    assert sorted(a.title for a in fresh.actions()) == ["Imported one", "Local A", "Local B"]
    fresh.close()


def test_own_export_with_todos_imported_back_adds_no_action(store, team, members, standup):
    _second_action_only(store, members)
    data = export_feed(store, TODOS, now=NOW).data
    report = import_calendar(store, data, now=NOW)
    assert not report.imported and len(store.actions()) == 2


def test_an_action_exported_with_its_old_id_based_uid_keeps_it(store, team, members, standup):
    day = agenda(store, first=date(2026, 3, 4), last=date(2026, 3, 4))[0]
    action = operations.add_action(store, day.key, "Write the runbook", today=date(2026, 3, 4)).value
    legacy = f"{standup.uid}-action-{action.id}@ritualdesk"
    store.db["calendar_ledger"].insert({"uid": legacy, "sequence": 0, "content_hash": "x",
                                        "modified": "2026-03-01T00:00:00+00:00"})
    assert todos(export_feed(store, TODOS, now=NOW).data) == [(legacy, "Write the runbook")]


def test_a_deleted_actions_uid_is_not_inherited_by_the_next_one(tmp_path):
    """SQLite reuses the id of the last row deleted; the calendar UID must not come with it."""
    from datetime import date, datetime, time

    from ritualdesk.ical.ledger import known_uids
    from ritualdesk.model import ActionItem, OccurrenceKey, Ritual, RitualKind, Schedule, ScheduleKind, Team
    from ritualdesk.store import Store

    store = Store.open(tmp_path / "uids.sqlite3")
    team = store.add_team(Team(None, "T"))
    ritual = store.add_ritual(Ritual(None, team.id, RitualKind.RETROSPECTIVE, "R", time(15), 60,
                                     Schedule(ScheduleKind.WEEKLY, weekdays=(4,)), date(2026, 3, 2)))
    key = OccurrenceKey(ritual.id, datetime(2026, 3, 6, 15))
    first = store.add_actions([ActionItem(None, team.id, "first", origin=key)])[0]
    store.db["calendar_uids"].insert({"uid": "action-x@ritualdesk", "what": "action", "target_id": first.id,
                                      "origin": "export", "recorded": "2026-03-06"})
    store.delete_action(first.id)
    second = store.add_actions([ActionItem(None, team.id, "second", origin=key)])[0]
    assert second.id == first.id  # the id came back...
    assert all(k.target_id != second.id for k in known_uids(store).values())  # ...the UID did not
