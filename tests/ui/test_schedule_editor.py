"""The ritual editor's schedules: every N weeks, monthly, holiday moves, one-offs; only the fields in use show."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from ritualdesk.model import HolidayRule, ScheduleKind
from ui.editors.ritual_editor import RitualEditor

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor(qtbot, session):
    dialog = RitualEditor(session, session.teams()[0].id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(editor, kind: ScheduleKind) -> None:
    editor.schedule_combo.setCurrentIndex(editor.schedule_combo.findData(kind.value))


def visible_rows(editor) -> set[str]:
    fields = editor.schedule_fields
    shown = {"every": fields.every_row, "holiday": fields.holiday_combo, "starts": editor.starts_on,
             "ends": editor.ends_on}
    return {name for name, widget in shown.items() if widget.isVisibleTo(editor)}


@pytest.mark.parametrize(("kind", "rows"), [
    (ScheduleKind.WORKING_DAYS, {"starts", "ends"}),
    (ScheduleKind.WEEKLY, {"every", "holiday", "starts", "ends"}),
    (ScheduleKind.MONTHLY_DAY, {"every", "holiday", "starts", "ends"}),
    (ScheduleKind.MONTHLY_WEEKDAY, {"every", "holiday", "starts", "ends"}),
    (ScheduleKind.SPRINT_DAY, {"starts", "ends"}),
    (ScheduleKind.ONCE, {"holiday"}),
])
def test_only_the_fields_of_the_chosen_schedule_are_shown(editor, kind, rows):
    choose(editor, kind)
    assert visible_rows(editor) == rows
    assert editor.schedule_fields.anchor_date.isVisibleTo(editor) is False  # every 1: nothing to count from


def test_a_fortnightly_demo_that_moves_off_holidays_is_saved_and_shown_again(qtbot, editor, session):
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("review"))
    choose(editor, ScheduleKind.WEEKLY)
    editor.weekday_checks[3].setChecked(True)
    fields = editor.schedule_fields
    fields.every_spin.setValue(2)
    assert fields.anchor_date.isVisibleTo(editor) and fields.anchor_date.date() == QDate(2026, 3, 18)
    fields.holiday_combo.setCurrentIndex(fields.holiday_combo.findData(HolidayRule.BEFORE.value))
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = editor.result_ritual.schedule
    assert (saved.kind, saved.weekdays, saved.every, saved.anchor, saved.on_holiday) == (
        ScheduleKind.WEEKLY, (3,), 2, date(2026, 3, 16), HolidayRule.BEFORE)
    again = RitualEditor(session, session.teams()[0].id, editor.result_ritual.id)
    qtbot.addWidget(again)
    assert again.schedule_fields.schedule() == saved and again.schedule_fields.every_spin.value() == 2


def test_monthly_schedules_are_saved(qtbot, editor):
    choose(editor, ScheduleKind.MONTHLY_WEEKDAY)
    fields = editor.schedule_fields
    fields.ordinal_combo.setCurrentIndex(fields.ordinal_combo.findData(-1))
    fields.month_weekday_combo.setCurrentIndex(4)
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = editor.result_ritual.schedule
    assert (saved.kind, saved.ordinal, saved.weekdays) == (ScheduleKind.MONTHLY_WEEKDAY, -1, (4,))
    assert saved.describe() == "monthly on the last Friday"


def test_a_one_off_in_the_past_is_its_own_dates(qtbot, editor):
    choose(editor, ScheduleKind.ONCE)
    editor.once_date.setDate(QDate(2026, 3, 10))  # before today, and before the "starts on" it used to need
    assert editor.save_button.isEnabled(), editor.message_label.text()
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = editor.result_ritual
    assert (saved.schedule.on, saved.starts_on, saved.ends_on) == (date(2026, 3, 10), date(2026, 3, 10), None)
