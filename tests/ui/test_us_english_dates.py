"""In US English, dates and calendars are the app's own: ISO dates, weeks from Monday (as the week and month views)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit

MONDAY = Qt.DayOfWeek.Monday


def test_the_export_dialog_writes_its_horizon_as_iso_dates_on_monday_calendars(qtbot, us_english, session):
    from ui.export_dialog import ExportDialog

    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday  # the desktop's own convention
    dialog = ExportDialog(session, session.teams()[0].id)
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.last.setDate(QDate(2027, 6, 1))
    assert (dialog.first.text(), dialog.last.text()) == ("2026-11-01", "2027-06-01")
    assert all(edit.calendarWidget().firstDayOfWeek() == MONDAY for edit in (dialog.first, dialog.last))


def test_go_to_date_starts_its_weeks_on_monday(qtbot, us_english, window):
    window.go_to_action.trigger()
    assert window.date_picker.firstDayOfWeek() == MONDAY
    window.last_dialog.reject()


def test_every_calendar_of_the_panel_and_the_editors_starts_on_monday(qtbot, us_english, session):
    from ui.editors.ritual_editor import RitualEditor
    from ui.fairness_view import FairnessView
    from ui.occurrence_panel import OccurrencePanel
    from ui.team_wizard import TeamWizard

    team = session.teams()[0]
    widgets = [OccurrencePanel(session), RitualEditor(session, team.id, None), TeamWizard(session),
               FairnessView(session)]
    calendars = []
    for widget in widgets:
        qtbot.addWidget(widget)
        calendars += widget.findChildren(QCalendarWidget)
        calendars += [edit.calendarWidget() for edit in widget.findChildren(QDateEdit) if edit.calendarPopup()]
    calendars.append(widgets[0].action_due_edit.calendar)  # a DateField's, in its menu
    assert len(calendars) >= 6
    assert [c for c in calendars if c.firstDayOfWeek() != MONDAY] == []
