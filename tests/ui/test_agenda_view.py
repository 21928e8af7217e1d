"""The agenda view: a tree of days and their occurrences, over a checked item model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from ui.agenda_model import DAY_ROLE, KEY_ROLE, AgendaModel
from ui.agenda_view import AgendaView
from ui.calendar_data import CalendarData


def make_view(qtbot, session):
    view = AgendaView(session)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.show_period(date(2026, 3, 18), [t.id for t in session.teams()])
    return view


def test_the_agenda_model_passes_the_model_tester(qtmodeltester, session):
    model = AgendaModel()
    model.set_data(CalendarData.load(session, date(2026, 3, 16), date(2026, 3, 29), [t.id for t in session.teams()]))
    qtmodeltester.check(model)
    model.set_data(CalendarData(date(2026, 3, 16), date(2026, 3, 29)))
    qtmodeltester.check(model)


def test_occurrences_are_grouped_by_day(qtbot, session):
    view = make_view(qtbot, session)
    model = view.agenda_model
    days = [model.index(row, 0).data(DAY_ROLE) for row in range(model.rowCount())]
    assert days[0] == date(2026, 3, 16) and len(days) == 10  # two working weeks
    monday = model.index(0, 0)
    assert model.rowCount(monday) == 2  # the stand-up and the planning
    assert model.index(0, 1, monday).data() == "Mêlée"
    assert model.index(0, 2, monday).data() == "Les Castors"
    assert model.index(0, 0, monday).data() == "09:30–09:45"
    assert model.index(0, 0, monday).data(KEY_ROLE) is not None


def test_selecting_a_row_selects_the_occurrence_and_enter_opens_it(qtbot, session):
    view = make_view(qtbot, session)
    model = view.agenda_model
    index = model.index(1, 1, model.index(0, 0))  # Monday's planning
    with qtbot.waitSignal(view.occurrence_selected) as signal:
        view.setCurrentIndex(index)
    assert signal.args == [index.data(KEY_ROLE)]
    with qtbot.waitSignal(view.occurrence_activated):
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)


def test_selection_survives_a_reload(qtbot, session):
    view = make_view(qtbot, session)
    key = view.agenda_model.index(0, 0, view.agenda_model.index(3, 0)).data(KEY_ROLE)
    view.select(key)
    session.set_notes(key, "Blocked on the build")
    assert view.selected == key
    assert view.currentIndex().data(KEY_ROLE) == key


def test_a_cancelled_occurrence_says_so(qtbot, session):
    view = make_view(qtbot, session)
    model = view.agenda_model
    key = model.index(0, 0, model.index(4, 0)).data(KEY_ROLE)
    session.cancel(key)
    index = model.index_of(key)
    assert index.siblingAtColumn(4).data() == "Cancelled"
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not model.parent(QModelIndex()).isValid()


def test_selecting_from_code_announces_the_occurrence_once(qtbot, session):
    view = make_view(qtbot, session)
    key = view.agenda_model.index(0, 0, view.agenda_model.index(1, 0)).data(KEY_ROLE)
    seen = []
    view.occurrence_selected.connect(seen.append)
    view.select(key)
    view.select(key)
    assert seen == [key]
    view.select(None)
    assert seen == [key, None]


def test_a_day_lists_its_rituals_by_local_time_across_zones(qtbot, session):
    from datetime import time

    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team

    session.create_team(Team(None, "Kookaburra", timezone="Australia/Sydney", sprint_start=date(2026, 3, 2)),
                        [Member(None, 0, "Isla")],
                        [Ritual(None, 0, RitualKind.STANDUP, "Daily", time(11, 0), 15,
                                Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2))])
    view = make_view(qtbot, session)
    model = view.agenda_model
    monday = model.index(0, 0)
    times = [model.index(row, 0, monday).data() for row in range(model.rowCount(monday))]
    assert times == sorted(times)  # Sydney's 11:00 comes after Paris's 09:30 and 10:00, not first
