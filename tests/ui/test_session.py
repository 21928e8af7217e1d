"""The session's reads stay right after every edit, undo and redo, and cost little when repeated."""

from __future__ import annotations

from datetime import date, datetime, time

from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
from ui.session import Change, ChangeSet


def standups(session, team_id, day):
    return [o for o in session.agenda(day, day, [team_id]) if o.start.time() == time(9, 30)]


def test_a_move_shows_at_once_and_undo_puts_it_back(session):
    team = session.teams()[0].id
    [standup] = standups(session, team, date(2026, 3, 19))
    session.move(standup.key, datetime(2026, 3, 19, 11, 0))
    assert standups(session, team, date(2026, 3, 19)) == []
    session.undo_stack.undo()
    assert [o.key for o in standups(session, team, date(2026, 3, 19))] == [standup.key]


def test_an_edit_of_one_team_keeps_the_other_teams_computed(session):
    castors = session.teams()[0].id
    other = session.create_team(Team(None, "Les Hiboux", timezone="Europe/Brussels", sprint_start=date(2026, 3, 2)),
                                [Member(None, 0, "Inès")],
                                [Ritual(None, 0, RitualKind.STANDUP, "Daily", time(9, 0), 15,
                                        Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2))])
    session.agenda(date(2026, 3, 16), date(2026, 3, 22))
    kept = session._windows[other.id]
    [standup] = standups(session, castors, date(2026, 3, 18))
    session.cancel(standup.key)
    assert session._windows.get(other.id) is kept and not kept.stale
    assert session._windows[castors].stale == {standup.key.ritual_id}  # only the stand-up is computed again
    read = session.agenda(date(2026, 3, 16), date(2026, 3, 22), [castors])
    from ritualdesk.agenda import agenda

    assert read == [o for o in agenda(session.store, first=date(2026, 3, 16), last=date(2026, 3, 22))
                    if o.team_id == castors]
    assert session.occurrence(standup.key).status.value == "cancelled"


def test_a_change_of_actions_only_keeps_every_computed_week(session):
    session.agenda(date(2026, 3, 16), date(2026, 3, 22))
    windows = dict(session._windows)
    session.announce(ChangeSet(Change.ACTIONS, frozenset()))
    assert session._windows == windows


def test_reading_further_than_computed_extends_the_window(session):
    team = session.teams()[0].id
    session.agenda(date(2026, 3, 16), date(2026, 3, 22))
    far = session.agenda(date(2027, 1, 4), date(2027, 1, 8))
    assert far and all(o.start.date().year == 2027 for o in far)
    assert session._windows[team].covers(date(2027, 1, 4), date(2027, 1, 8))


def test_creating_a_team_is_one_undoable_edit(session):
    made = session.create_team(Team(None, "Orion", timezone="America/New_York"), [Member(None, 0, "Ava")], [])
    assert session.team(made.id).name == "Orion" and session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert [t.name for t in session.teams()] == ["Les Castors"]


def test_a_teams_holidays_between_two_days(session):
    team = session.teams()[0].id
    assert session.holidays(team, date(2026, 4, 1), date(2026, 4, 30)) == {date(2026, 4, 6): "Easter Monday"}


def test_a_sprint_only_planned_by_the_cadence_can_be_edited_and_undone(session):
    from dataclasses import replace

    team = session.teams()[0].id
    assert session.sprints(team) == []  # the fixture team only has a cadence
    from ritualdesk.sprints import sprints_until

    third = next(s for s in sprints_until(session.team(team), [], date(2026, 5, 1)) if s.number == 3)
    session.save_sprint(replace(third, goal="Ship the onboarding"))
    assert {s.number: s.goal for s in session.sprints(team)}[3] == "Ship the onboarding"
    session.undo_stack.undo()
    assert session.sprints(team) == []  # exactly what was stored before: the cadence plans them again


def test_now_is_the_teams_zone_when_they_share_one_else_this_computers(session):
    from datetime import UTC

    from ui.calendar_data import CalendarData

    session.create_team(Team(None, "Kookaburra", timezone="Australia/Sydney"), [], [])
    now = datetime(2026, 3, 18, 22, 0, tzinfo=UTC)  # already Thursday in Sydney
    paris_only = CalendarData.load(session, date(2026, 3, 16), date(2026, 3, 22), [session.teams()[1].id])
    assert paris_only.local_now(now).utcoffset().total_seconds() == 3600
    both = CalendarData.load(session, date(2026, 3, 16), date(2026, 3, 22), [t.id for t in session.teams()])
    assert both.local_now(now) == now.astimezone()


def test_undoing_a_second_verdict_brings_back_the_first(session):
    from datetime import datetime

    from ritualdesk.model import OccurrenceKey, Verdict

    retro = next(r for r in session.rituals() if r.title == "Rétro")
    first = OccurrenceKey(retro.id, datetime(2026, 3, 13, 15, 0))
    second = OccurrenceKey(retro.id, datetime(2026, 3, 27, 15, 0))
    item = session.add_action(first, "Limit WIP")
    session.review_actions(second, [(item.id, Verdict.KEEP)])
    session.review_actions(second, [(item.id, Verdict.DONE)])
    session.undo_stack.undo()
    restored = session.store.action(item.id)
    assert (restored.status.value, dict(restored.reviews)[second]) == ("open", Verdict.KEEP)


def test_redoing_a_new_time_gives_the_new_series_the_same_uid(session):
    from dataclasses import replace
    from datetime import time

    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    first = session.update_ritual(replace(standup, start_time=time(10, 0)))
    session.undo_stack.undo()
    session.undo_stack.redo()
    again = next(r for r in session.rituals() if r.id != standup.id and r.title == "Mêlée")
    assert again.uid == first.uid


def test_perform_pushes_one_command_and_announces_its_changes_at_undo_and_redo(qtbot, session):
    from ritualdesk import operations

    team = session.teams()[0].id
    [standup] = standups(session, team, date(2026, 3, 19))
    seen = []
    session.changed.connect(seen.append)
    cancelled = session.perform("Cancel", lambda: operations.cancel(session.store, standup.key, now=session.now()))
    assert cancelled.status.value == "cancelled" and session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.occurrence(standup.key).status.value == "planned"
    session.undo_stack.redo()
    assert session.occurrence(standup.key).status.value == "cancelled"
    assert len(seen) == 3 and all(c.team_ids == {team} and c.what & Change.OCCURRENCES for c in seen)


def test_an_undo_whose_rows_changed_meanwhile_is_reported_and_dropped(qtbot, session):
    from ritualdesk import operations

    team = session.teams()[0].id
    [standup] = standups(session, team, date(2026, 3, 19))
    session.set_notes(standup.key, "ours")
    operations.set_notes(session.store, standup.key, "theirs")  # another program, same file
    with qtbot.waitSignal(session.failed) as failure:
        session.undo_stack.undo()
    assert "changed since" in str(failure.args[0])
    assert session.occurrence(standup.key).notes == "theirs" and session.undo_stack.count() == 0


def test_the_asked_week_is_computed_first_and_the_weeks_around_it_when_idle(qtbot, session, monkeypatch):
    import ui.session as session_module
    from ritualdesk.agenda import agenda

    asked: list[tuple[date, date]] = []
    real = session_module.team_occurrences

    def counting(store, team, rituals, *, first, last, **options):
        asked.append((first, last))
        return real(store, team, rituals, first=first, last=last, **options)

    monkeypatch.setattr(session_module, "team_occurrences", counting)
    week = session.agenda(date(2026, 3, 16), date(2026, 3, 22))
    assert set(asked) == {(date(2026, 3, 16), date(2026, 3, 22))}  # nothing more before the week is shown
    assert week
    shown = len(asked)
    qtbot.waitUntil(session.windows_complete)
    assert all(first < date(2026, 3, 16) and last > date(2026, 3, 22) for first, last in asked[shown:])
    computed = len(asked)
    following = session.agenda(date(2026, 3, 23), date(2026, 4, 26))  # next week, then the month after
    assert len(asked) == computed  # sliced from the grown window
    assert following == agenda(session.store, first=date(2026, 3, 23), last=date(2026, 4, 26))


def test_the_calendars_read_members_and_rituals_once_until_an_edit_of_that_team(session):
    team = session.teams()[0]
    reads: list[str] = []
    store = session.store
    for name in ("members_of", "rituals_of"):
        real = getattr(store, name)
        setattr(store, name, lambda ids, real=real, name=name: reads.append(name) or real(ids))
    members = session.members_of([team.id])
    assert session.rituals_of([team.id]) and session.members_of([team.id]) == members
    assert reads == ["members_of", "rituals_of"]  # the second read of members was kept
    added = session.add_member(Member(None, team.id, "Élodie"))
    assert added in session.members_of([team.id])  # an edit of the team's members reads them again
    assert reads == ["members_of", "rituals_of", "members_of"]
    session.undo_stack.undo()
    assert added not in session.members_of([team.id])


def test_an_edit_to_what_already_is_pushes_no_step_and_announces_nothing(qtbot, session):
    team = session.teams()[0].id
    [held] = standups(session, team, date(2026, 3, 16))
    session.mark_held(held.key)
    [coming] = standups(session, team, date(2026, 3, 19))
    session.cancel(coming.key)
    steps = session.undo_stack.count()
    seen = []
    session.changed.connect(seen.append)
    session.mark_held(held.key)  # already held: the later past stand-ups are not frozen for it either
    session.cancel(coming.key)
    with session.step("Nothing"):
        session.cancel(coming.key)
    assert session.undo_stack.count() == steps and seen == []
    session.undo_stack.undo()  # the last real edit is still the one undone
    assert session.occurrence(coming.key).status.value == "planned"
