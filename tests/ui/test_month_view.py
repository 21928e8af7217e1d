"""The month view: six weeks of rituals, selection, day double-click, keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.month_view import MonthView, month_grid_start


def make_view(qtbot, session, day=date(2026, 3, 18)):
    view = MonthView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.show_period(day, [t.id for t in session.teams()])
    return view


def test_the_grid_starts_on_the_monday_before_the_first(qtbot):
    assert month_grid_start(date(2026, 3, 18)) == date(2026, 2, 23)
    assert MonthView.step(date(2026, 12, 5), 1) == date(2027, 1, 1)
    assert MonthView.step(date(2026, 1, 5), -1) == date(2025, 12, 1)


def test_the_month_lists_each_working_day_and_the_sprint_rituals(qtbot, session):
    view = make_view(qtbot, session)
    march = [o for o in view.data.occurrences if o.start.month == 3]
    titles = {view.data.title(o) for o in march}
    assert titles == {"Mêlée", "Planification", "Rétro"}
    assert date(2026, 3, 13) in view.by_day and date(2026, 3, 14) not in view.by_day  # Saturday
    assert "2026" in view.title()


def test_clicking_an_item_selects_its_occurrence(qtbot, session):
    view = make_view(qtbot, session)
    occurrence = view.by_day[date(2026, 3, 18)][0]
    rect = view.item_rect(occurrence.key)
    with qtbot.waitSignal(view.occurrence_selected) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert signal.args == [occurrence.key]


def test_double_clicking_an_empty_day_opens_it(qtbot, session):
    view = make_view(qtbot, session)
    cell = view.day_rect(date(2026, 3, 21))  # a Saturday: nothing planned
    with qtbot.waitSignal(view.day_activated) as signal:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    assert signal.args == [date(2026, 3, 21)]


def test_arrow_keys_move_the_current_day_across_months(qtbot, session):
    view = make_view(qtbot, session, date(2026, 3, 30))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_day == date(2026, 3, 31)
    with qtbot.waitSignal(view.anchor_changed):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_day == date(2026, 4, 7)
    assert view.month == date(2026, 4, 1)
    with qtbot.waitSignal(view.day_activated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [date(2026, 4, 7)]


def test_a_holiday_is_in_the_month_data(qtbot, session):
    view = make_view(qtbot, session, date(2026, 5, 1))
    assert date(2026, 5, 1) in view.data.holidays
    assert not view.grab().isNull()


def test_a_move_refreshes_the_month(qtbot, session):
    view = make_view(qtbot, session)
    occurrence = view.by_day[date(2026, 3, 19)][0]
    session.move(occurrence.key, occurrence.key.planned.replace(day=21))
    assert occurrence.key in [o.key for o in view.by_day[date(2026, 3, 21)]]


def test_more_than_fits_opens_the_days_week(qtbot, session):
    from datetime import time

    from ritualdesk.model import Ritual, RitualKind, Schedule, ScheduleKind

    team = session.teams()[0].id
    for hour in (11, 13, 16):
        session.add_ritual(Ritual(None, team, RitualKind.CUSTOM, f"Atelier {hour}h", time(hour), 30,
                                  Schedule(ScheduleKind.ONCE, on=date(2026, 3, 18)), date(2026, 3, 18)), [])
    view = make_view(qtbot, session)
    view.resize(600, 380)  # four rituals on Wednesday 18 March cannot all fit
    day = date(2026, 3, 18)
    qtbot.waitUntil(lambda: day in view._more)
    with qtbot.waitSignal(view.day_activated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.more_rect(day).center().toPoint())
    assert signal.args == [day]


def test_many_teams_fold_into_one_line_per_time_and_kind(qtbot, session):
    from datetime import time

    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team

    for n in range(5):
        session.create_team(Team(None, f"Team {n}", timezone="America/New_York", sprint_start=date(2026, 3, 2)),
                            [Member(None, 0, f"Person {n}")],
                            [Ritual(None, 0, RitualKind.STANDUP, f"Stand-up {n}", time(9, 30), 15,
                                    Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2))])
    view = make_view(qtbot, session)
    view.resize(700, 420)
    day = date(2026, 3, 18)
    items = [i for i in view._items if i.occurrence.start.date() == day]
    assert len(items) == 1 and len(items[0].group) == 6  # the Castors' stand-up and five in New York
    assert view.item_rect(items[0].group[-1].key) == items[0].rect
    with qtbot.waitSignal(view.day_activated) as signal:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=items[0].rect.center().toPoint())
    assert signal.args == [day]
    assert not view.grab().isNull()


def test_the_away_count_never_covers_the_day_number_of_a_narrow_cell(qtbot, store, french):
    from datetime import UTC, datetime

    from ritualdesk.model import Absence
    from ui.session import Session

    session = Session(store, clock=lambda: datetime(2026, 4, 1, 10, 0, tzinfo=UTC))  # today is the 1st: "1 avr."
    ana = next(m for m in session.members() if m.name == "Ana")
    store.add_absence(Absence(None, ana.id, date(2026, 3, 31), date(2026, 4, 2)))
    view = MonthView(session)
    qtbot.addWidget(view)
    view.resize(560, 560)  # beside the teams and the panel of a 1024-pixel window
    view.show()
    view.show_period(date(2026, 4, 1), [t.id for t in session.teams()])
    assert view.data.absences.get(date(2026, 4, 1))
    for day in (date(2026, 4, 1), date(2026, 4, 2)):  # today's pill, and a plain number
        number, away = view.header_rects(day, date(2026, 4, 1))
        assert not number.intersects(away) and away.right() <= view.day_rect(day).right()
    view.grab()  # paints the elided count where header_rects says
