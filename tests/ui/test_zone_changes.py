"""The app after a team changed its time zone: each occurrence says the zone it was, or will be, in."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ritualdesk import operations
from ritualdesk.model import OccurrenceKey
from tests.ui.conftest import NOW
from ui.occurrence_panel import OccurrencePanel


def test_the_panel_gives_a_past_meeting_the_zone_it_took_place_in(qtbot, session, english):
    team = session.teams()[0]
    operations.update_team(session.store, replace(team, timezone="America/New_York"), now=NOW)
    standup = next(r.id for r in session.rituals() if r.title == "Mêlée")
    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.show_occurrence(OccurrenceKey(standup, datetime(2026, 3, 16, 9, 30)))  # Monday, in Paris
    assert "09:30–09:45 (Europe/\u2060Paris)" in panel.when_label.text()
    panel.show_occurrence(OccurrenceKey(standup, datetime(2026, 3, 19, 9, 30)))  # tomorrow, in New York
    assert "09:30–09:45 (America/\u2060New_York)" in panel.when_label.text()


def test_an_hour_across_the_autumn_change_shows_each_end_with_its_offset(qtbot, session, english):
    from datetime import date, time

    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
    from ui.agenda_model import TIME, AgendaModel
    from ui.calendar_data import CalendarData

    store = session.store
    team = store.add_team(Team(None, "Nuit", timezone="Europe/Paris", working_days=tuple(range(7))))
    ana = store.add_member(Member(None, team.id, "Ana"))
    ritual = store.add_ritual(Ritual(None, team.id, RitualKind.CUSTOM, "Veille", time(2, 30), 60,
                                     Schedule(ScheduleKind.ONCE, on=date(2027, 10, 31)), date(2027, 10, 31)), [ana.id])
    key = OccurrenceKey(ritual.id, datetime(2027, 10, 31, 2, 30))
    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.show_occurrence(key)
    # an hour: 02:30 summer time to 02:30 winter time (it read 02:30–02:30, a meeting of no length)
    assert "02:30 +0200–02:30 +0100 (Europe/\u2060Paris)" in panel.when_label.text()
    data = CalendarData.load(session, date(2027, 10, 31), date(2027, 10, 31), [team.id])
    model = AgendaModel()
    model.set_data(data)
    assert model.index(0, TIME, model.index(0, 0)).data() == "02:30 +0200–02:30 +0100"
    assert "02:30 +0200–02:30 +0100" in data.tooltip(data.occurrences[0])


def test_the_agenda_widens_its_time_column_for_such_an_hour(qtbot, session, english):
    from datetime import date, time

    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
    from ui.agenda_model import TIME
    from ui.agenda_view import AgendaView

    store = session.store
    team = store.add_team(Team(None, "Nuit", timezone="Europe/Paris", working_days=tuple(range(7))))
    ana = store.add_member(Member(None, team.id, "Ana"))
    store.add_ritual(Ritual(None, team.id, RitualKind.CUSTOM, "Veille", time(2, 30), 60,
                            Schedule(ScheduleKind.ONCE, on=date(2027, 10, 31)), date(2027, 10, 31)), [ana.id])
    view = AgendaView(session)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    view.show_period(date(2027, 10, 31), [team.id])
    needed = view.fontMetrics().horizontalAdvance("02:30 +0200–02:30 +0100")
    assert view.header().sectionSize(TIME) > needed + view.indentation()  # it was cut: "02:30 +020…"


def test_the_week_view_draws_an_hour_across_the_autumn_change_an_hour_long_with_each_end_s_offset(qtbot, session,
                                                                                                  english):
    from datetime import date, time

    from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
    from ui.week_view import WeekView

    store = session.store
    team = store.add_team(Team(None, "Nuit", timezone="Europe/Paris", working_days=tuple(range(7))))
    ana = store.add_member(Member(None, team.id, "Ana"))
    for day in (date(2027, 10, 30), date(2027, 10, 31)):  # the hour before, and the hour across the change
        store.add_ritual(Ritual(None, team.id, RitualKind.CUSTOM, f"Veille {day.day}", time(2, 30), 60,
                                Schedule(ScheduleKind.ONCE, on=day), day), [ana.id])
    view = WeekView(session)
    qtbot.addWidget(view)
    view.resize(1000, 2000)
    view.show()
    view.show_period(date(2027, 10, 25), [team.id])
    saturday, sunday = sorted(view._blocks, key=lambda b: b.occurrence.start)
    assert sunday.rect.height() == saturday.rect.height() > 30  # an hour, as the day before (it was 18 px: none)
    import ui.week_view

    said = []
    spans = ui.week_view.time_span
    ui.week_view.time_span = lambda start, end: said.append(spans(start, end)) or said[-1]
    try:
        view.grab()  # painted: each block's lines
    finally:
        ui.week_view.time_span = spans
    assert "02:30 +0200–02:30 +0100" in said and "02:30–03:30" in said  # it read 02:30–02:30
