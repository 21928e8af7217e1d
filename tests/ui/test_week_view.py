"""The week view: blocks in local time, selection, double-click, drag to move and undo, keys."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, Qt

from ritualdesk.model import Absence, OccurrenceStatus
from ui.session import Change, ChangeSet
from ui.week_view import WeekView, layout_day

WEEK = date(2026, 3, 16)  # the fixture's "now" is Wednesday 18 March 2026


def make_view(qtbot, session, day=WEEK):
    view = WeekView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.show_period(day, [t.id for t in session.teams()])
    return view


def standup_on(view, day):
    return next(o for o in view.data.occurrences if o.start.date() == day and o.start.time() == time(9, 30))


def test_the_week_shows_each_standup_and_the_planning_in_local_time(qtbot, session):
    view = make_view(qtbot, session)
    days = sorted({o.start.date() for o in view.data.occurrences})
    assert days == [WEEK + timedelta(days=n) for n in range(5)]
    assert all(o.start.tzinfo is not None for o in view.data.occurrences)
    planning = [o for o in view.data.occurrences if view.data.title(o) == "Planification"]
    assert [o.start.replace(tzinfo=None) for o in planning] == [datetime(2026, 3, 16, 10, 0)]
    assert view.block_rect(planning[0].key) is not None
    assert view.title().endswith("2026")


def test_each_block_knows_its_facilitator(qtbot, session):
    view = make_view(qtbot, session)
    names = {view.data.facilitator(o) for o in view.data.occurrences}
    assert names <= {"Ana", "Bruno", "Chloé", "David"} and names


def test_clicking_a_block_selects_it(qtbot, session):
    view = make_view(qtbot, session)
    standup = standup_on(view, WEEK + timedelta(days=2))
    with qtbot.waitSignal(view.occurrence_selected) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.block_rect(standup.key).center().toPoint())
    assert signal.args == [standup.key]
    assert view.selected == standup.key


def test_clicking_empty_grid_clears_the_selection(qtbot, session):
    view = make_view(qtbot, session)
    view.select(standup_on(view, WEEK).key)
    with qtbot.waitSignal(view.occurrence_selected) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(WEEK + timedelta(days=6),
                                                                             time(16)).toPoint())
    assert signal.args == [None]


def test_double_click_asks_to_edit_the_ritual(qtbot, session):
    view = make_view(qtbot, session)
    standup = standup_on(view, WEEK)
    with qtbot.waitSignal(view.occurrence_activated) as signal:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.block_rect(standup.key).center().toPoint())
    assert signal.args == [standup.key]


def test_dragging_a_block_moves_the_occurrence_and_undo_puts_it_back(qtbot, session, send_mouse):
    view = make_view(qtbot, session)
    standup = standup_on(view, WEEK + timedelta(days=3))  # Thursday
    rect = view.block_rect(standup.key)
    start = rect.center()
    # Drop it one hour later on Friday: the block's top follows the pointer.
    target = view.point_for(WEEK + timedelta(days=4), time(10, 30))
    end = QPointF(target.x(), target.y() + (start.y() - rect.top()))
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    send_mouse(view, QEvent.Type.MouseMove, (start + end) / 2)
    send_mouse(view, QEvent.Type.MouseMove, end)
    with qtbot.waitSignal(session.changed):
        send_mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    moved = session.occurrence(standup.key)
    assert moved.start.replace(tzinfo=None) == datetime(2026, 3, 20, 10, 30)
    assert moved.key == standup.key  # its identity is the planned start
    assert view.block_rect(standup.key) is not None  # the view refreshed
    session.undo_stack.undo()
    assert session.occurrence(standup.key).start.replace(tzinfo=None) == datetime(2026, 3, 19, 9, 30)
    session.undo_stack.redo()
    assert session.occurrence(standup.key).start.replace(tzinfo=None) == datetime(2026, 3, 20, 10, 30)


def test_a_small_wiggle_does_not_move_anything(qtbot, session, send_mouse):
    view = make_view(qtbot, session)
    standup = standup_on(view, WEEK)
    start = view.block_rect(standup.key).center()
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    send_mouse(view, QEvent.Type.MouseMove, start + QPointF(1, 1))
    send_mouse(view, QEvent.Type.MouseButtonRelease, start + QPointF(1, 1), Qt.MouseButton.NoButton)
    assert session.undo_stack.count() == 0


def test_arrow_keys_walk_the_rituals_and_enter_opens_one(qtbot, session):
    view = make_view(qtbot, session)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = view.selected
    assert first is not None and first.planned == datetime(2026, 3, 16, 9, 30)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected.planned == datetime(2026, 3, 16, 10, 0)  # the planning, same day
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected.planned.date() == date(2026, 3, 17)
    with qtbot.waitSignal(view.occurrence_activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected is None


def test_ctrl_shift_arrows_move_the_selected_occurrence(qtbot, session):
    view = make_view(qtbot, session)
    standup = standup_on(view, WEEK + timedelta(days=4))
    view.select(standup.key)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, mods)
    assert session.occurrence(standup.key).start.time() == time(9, 45)
    qtbot.keyClick(view, Qt.Key.Key_Left, mods)
    assert session.occurrence(standup.key).start.date() == date(2026, 3, 19)
    assert session.undo_stack.count() == 2


def test_public_holidays_are_marked_and_have_no_standup(qtbot, session):
    view = make_view(qtbot, session, date(2026, 4, 6))  # Easter Monday in France
    assert date(2026, 4, 6) in view.data.holidays
    assert all(o.start.date() != date(2026, 4, 6) for o in view.data.occurrences)
    assert not view.grab().isNull()


def test_absences_are_listed_on_their_days(qtbot, session):
    ana = next(m for m in session.members() if m.name == "Ana")
    session.add_absence(Absence(None, ana.id, date(2026, 3, 23), date(2026, 3, 24), "Congés"))
    view = make_view(qtbot, session, date(2026, 3, 23))
    assert view.data.absences[date(2026, 3, 23)] == ["Ana"]
    assert date(2026, 3, 25) not in view.data.absences


def test_cancelled_occurrences_stay_visible(qtbot, session):
    view = make_view(qtbot, session)
    standup = standup_on(view, WEEK + timedelta(days=4))
    session.cancel(standup.key)
    assert view.data.find(standup.key).status is OccurrenceStatus.CANCELLED
    assert view.block_rect(standup.key) is not None


def test_the_view_reloads_only_for_changes_that_concern_it(qtbot, session):
    view = make_view(qtbot, session)
    reloads = []
    original, only_occurrences = view.reload, view.reload_occurrences
    view.reload = lambda: (reloads.append("all"), original())
    view.reload_occurrences = lambda: (reloads.append("occurrences"), only_occurrences())
    team = session.teams()[0].id
    session.changed.emit(ChangeSet(Change.ACTIONS, frozenset({team})))
    session.changed.emit(ChangeSet(Change.OCCURRENCES, frozenset({team + 100})))
    assert reloads == []
    session.changed.emit(ChangeSet(Change.OCCURRENCES, frozenset({team})))
    assert reloads == ["occurrences"]
    session.changed.emit(ChangeSet(Change.OCCURRENCES | Change.MEMBERS, frozenset({team})))
    assert reloads == ["occurrences", "all"]


def test_overlapping_rituals_sit_side_by_side(qtbot, session):
    view = make_view(qtbot, session)
    monday = [o for o in view.data.occurrences if o.start.date() == WEEK]
    placed = layout_day(monday)
    assert {(o.start.time(), column, width) for o, column, width in placed} == {
        (time(9, 30), 0, 1), (time(10, 0), 0, 1)}
    overlapping = layout_day([monday[0], monday[0]])
    assert sorted(column for _, column, _ in overlapping) == [0, 1]
    assert {width for _, _, width in overlapping} == {2}


def test_the_now_line_and_the_grid_paint(qtbot, session):
    view = make_view(qtbot, session)
    image = view.grab().toImage()
    assert image.width() == 1000


def test_a_focused_week_with_the_now_line_is_not_painted_over(qtbot, session):
    # Regression: the now-line's brush once filled the focus frame, painting the whole grid red.
    view = make_view(qtbot, session)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    image = view.grab().toImage()
    corner = image.pixelColor(image.width() - 20, image.height() - 20)
    assert not (corner.red() > 200 and corner.green() < 100), corner.name()  # not the now-line red


def test_day_and_month_names_follow_the_users_language(qtbot, session):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        view = make_view(qtbot, session)
        assert "mars" in view.title()
    finally:
        QLocale.setDefault(previous)


def add_teams_with_standups(session, count):
    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team

    for n in range(count):
        session.create_team(Team(None, f"Team {n}", timezone="Europe/Paris", sprint_start=date(2026, 3, 2)),
                            [Member(None, 0, f"Person {n}")],
                            [Ritual(None, 0, RitualKind.STANDUP, f"Stand-up {n}", time(9, 30), 15,
                                    Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2))])


def test_too_many_simultaneous_rituals_become_one_group_block(qtbot, session):
    add_teams_with_standups(session, 9)
    view = make_view(qtbot, session)
    view.resize(700, 500)
    wednesday = [o for o in view.data.occurrences
                 if o.start.date() == date(2026, 3, 18) and o.start.time() == time(9, 30)]
    assert len(wednesday) == 10
    rects = {tuple(view.block_rect(o.key).getRect()) for o in wednesday}
    assert len(rects) == 1  # one block for the ten of them
    [group] = [b for b in view._blocks if b.group and b.occurrence.start.date() == date(2026, 3, 18)]
    assert len(group.group) == 10
    center = group.rect.center().toPoint()
    with qtbot.waitSignal(view.occurrence_selected):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=center)
    assert view.selected in [o.key for o in wednesday]
    with qtbot.waitSignal(view.day_activated) as signal:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=center)
    assert signal.args == [date(2026, 3, 18)]
    view.setFocus()
    seen = set()
    for _ in range(10):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        seen.add(view.selected)
    assert len(seen) == 10  # the keyboard still reaches each one
    assert not view.grab().isNull()


def test_a_wide_view_keeps_them_side_by_side(qtbot, session):
    add_teams_with_standups(session, 2)
    view = make_view(qtbot, session)
    view.resize(1400, 700)
    assert not any(b.group for b in view._blocks)


def test_a_held_occurrence_cannot_be_dragged_or_moved_by_keyboard(qtbot, session, send_mouse):
    from ritualdesk.model import OccurrenceKey

    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    session.mark_held(key)
    view = make_view(qtbot, session)
    view.select(key)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not session.occurrence(key).moved
    block = next(b for b in view._blocks if b.occurrence.key == key)
    send_mouse(view, QEvent.Type.MouseButtonPress, block.rect.center())  # a press starts no drag
    send_mouse(view, QEvent.Type.MouseMove, block.rect.center() + QPointF(0, 80))
    send_mouse(view, QEvent.Type.MouseButtonRelease, block.rect.center() + QPointF(0, 80))
    assert not session.occurrence(key).moved


def test_a_group_block_says_how_many_of_its_rituals_are_cancelled(qtbot, session):
    add_teams_with_standups(session, 9)
    view = make_view(qtbot, session)
    view.resize(700, 500)

    def wednesday_group():
        view.grab()  # laid out and painted: the block's summary is worked out
        return next(b for b in view._blocks if b.group and b.occurrence.start.date() == date(2026, 3, 18))

    before = view.grab().toImage()
    block = wednesday_group()
    assert "cancel" not in block.summary.title
    facilitator = view.data.facilitator(block.group[3])
    session.cancel(block.group[3].key)
    block = wednesday_group()
    assert block.summary.title.endswith("· 1 cancelled")
    assert facilitator not in block.summary.names.split(", ")  # who would have facilitated it does not
    assert view.grab().toImage() != before
    for occurrence in block.group:
        if occurrence.status is not OccurrenceStatus.CANCELLED:
            session.cancel(occurrence.key)
    block = wednesday_group()
    assert block.summary.title.endswith("· 10 cancelled") and block.summary.names == "" and block.summary.all_cancelled
