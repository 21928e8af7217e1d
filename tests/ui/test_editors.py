"""The team, members, ritual and sprints editors save through the session and refuse invalid input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from ritualdesk.model import Role, ScheduleKind, Sprint
from ui.editors.members_editor import MembersEditor
from ui.editors.ritual_editor import RitualEditor
from ui.editors.sprints_editor import SprintsEditor
from ui.editors.team_editor import TeamEditor

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def team(session):
    return session.teams()[0]


def _ritual(session, title: str):
    return next(r for r in session.rituals() if r.title == title)


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- team ----------------------------------------------------------------------------------------


def test_editing_a_team_saves_it_and_undo_restores_it(qtbot, session, team):
    editor = _open(qtbot, TeamEditor(session, team.id))
    assert editor.name_edit.text() == "Les Castors" and editor.timezone_combo.currentText() == "Europe/Paris"
    assert editor.country_combo.currentData() == "FR"
    editor.name_edit.setText("Les Castors du Nord")
    editor.timezone_combo.setCurrentText("Europe/Brussels")
    editor.day_checks[4].setChecked(False)  # no more Fridays
    editor.country_combo.setCurrentIndex(editor.country_combo.findData("BE"))
    editor.sprint_weeks_spin.setValue(3)
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, LEFT)
    saved = session.team(team.id)
    assert (saved.name, saved.timezone, saved.working_days, saved.holidays_country, saved.sprint_weeks) == (
        "Les Castors du Nord", "Europe/Brussels", (0, 1, 2, 3), "BE", 3)
    session.undo_stack.undo()
    assert session.team(team.id) == team


def test_a_new_team_is_added(qtbot, session):
    editor = _open(qtbot, TeamEditor(session, None))
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, "Phoenix")
    editor.timezone_combo.setCurrentText("Europe/London")
    editor.country_combo.setCurrentIndex(editor.country_combo.findData("GB"))
    editor.subdivision_combo.setCurrentIndex(editor.subdivision_combo.findData("ENG"))
    editor.sprint_start.set_value(date(2026, 3, 2))
    qtbot.mouseClick(editor.save_button, LEFT)
    added = next(t for t in session.teams() if t.name == "Phoenix")
    assert (added.timezone, added.holidays_country, added.holidays_subdivision, added.sprint_start) == (
        "Europe/London", "GB", "ENG", date(2026, 3, 2))
    assert editor.result_team == added


@pytest.mark.parametrize("spoil", ["name", "zone", "days"])
def test_invalid_team_input_keeps_save_disabled_and_is_flagged_where_it_is(qtbot, session, team, spoil):
    editor = _open(qtbot, TeamEditor(session, team.id))
    assert editor.save_button.isEnabled()
    if spoil == "name":
        editor.name_edit.clear()
        field = editor.name_edit
    elif spoil == "zone":
        editor.timezone_combo.setCurrentText("Europe/Atlantis")
        field = editor.timezone_combo
    else:
        for check in editor.day_checks:
            check.setChecked(False)
        field = editor.day_checks[0].parentWidget()
    assert not editor.save_button.isEnabled()
    assert field.property("invalid") is True and editor.message_label.text()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert session.team(team.id) == team


def test_a_holiday_code_outside_the_list_is_kept(qtbot, session, team):
    session.store.update_team(replace(team, holidays_country="FRA"))
    editor = _open(qtbot, TeamEditor(session, team.id))
    assert editor.country_combo.currentData() == "FRA"
    editor.name_edit.setText("Les Castors !")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert session.team(team.id).holidays_country == "FRA"


def test_a_legacy_zone_alias_stays_acceptable(qtbot, session, team):
    editor = _open(qtbot, TeamEditor(session, team.id))
    editor.timezone_combo.setCurrentText("US/Eastern")  # not listed, but the core accepts it
    assert editor.save_button.isEnabled()


def test_the_time_zone_completer_finds_zones_by_city(qtbot, session, team):
    editor = _open(qtbot, TeamEditor(session, team.id))
    completer = editor.timezone_combo.completer()
    completer.setCompletionPrefix("montr")
    assert completer.currentCompletion() == "America/Montreal"


# -- members --------------------------------------------------------------------------------------


def test_editing_a_member_role_and_leave_date(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    chloe = next(m for m in session.members() if m.name == "Chloé")
    row = next(r for r in range(editor.members_model.rowCount())
               if editor.members_model.item(r).text().startswith("Chloé"))
    editor.members_view.setCurrentIndex(editor.members_model.index(row, 0))
    assert editor.name_edit.text() == "Chloé" and not editor.save_button.isEnabled()
    editor.role_combo.setCurrentIndex(editor.role_combo.findData(Role.SCRUM_MASTER.value))
    editor.left_date.set_value(date(2026, 6, 30))
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = session.member(chloe.id)
    assert (saved.role, saved.left) == (Role.SCRUM_MASTER, date(2026, 6, 30))
    assert "Chloé — Scrum master" in [editor.members_model.item(r).text()
                                      for r in range(editor.members_model.rowCount())]


def test_adding_a_member(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    qtbot.mouseClick(editor.new_button, LEFT)
    editor.name_edit.setText("Élodie")
    qtbot.keyClicks(editor.email_edit, "elodie@castors.example")
    editor.joined.set_value(date(2026, 3, 16))
    qtbot.mouseClick(editor.save_button, LEFT)
    added = next(m for m in session.members(team.id) if m.name == "Élodie")
    assert (added.email, added.joined, added.role) == ("elodie@castors.example", date(2026, 3, 16), Role.DEVELOPER)


def test_invalid_member_input_keeps_save_disabled(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    editor.email_edit.clear()
    qtbot.keyClicks(editor.email_edit, "ana at castors")
    assert not editor.save_button.isEnabled() and editor.email_edit.property("invalid") is True
    editor.email_edit.setText("ana@castors.example")
    editor.joined.set_value(date(2026, 3, 10))
    editor.left_date.set_value(date(2026, 3, 1))
    assert not editor.save_button.isEnabled() and editor.left_date.edit.property("invalid") is True
    assert "leave before joining" in editor.message_label.text()


def test_adding_and_removing_an_absence(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    member_id = editor.members_model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    editor.absence_start.setDate(QDate(2026, 3, 23))
    editor.absence_end.setDate(QDate(2026, 3, 20))
    assert not editor.add_absence_button.isEnabled()
    editor.absence_end.setDate(QDate(2026, 3, 27))
    editor.absence_reason.setText("Congés")
    qtbot.mouseClick(editor.add_absence_button, LEFT)
    (absence,) = session.absences([member_id])
    assert (absence.start, absence.end, absence.reason) == (date(2026, 3, 23), date(2026, 3, 27), "Congés")
    assert editor.absences_model.rowCount() == 1
    editor.absences_view.selectRow(0)
    qtbot.mouseClick(editor.remove_absence_button, LEFT)
    assert session.absences([member_id]) == [] and editor.absences_model.rowCount() == 0


def test_removing_several_absences_is_one_undo_step(qtbot, session, team):
    from tests.ui.conftest import two_absences_selected

    editor = _open(qtbot, MembersEditor(session, team.id))
    member_id = editor.members_model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    two_absences_selected(qtbot, editor)
    qtbot.mouseClick(editor.remove_absence_button, LEFT)
    assert session.absences([member_id]) == []
    session.undo_stack.undo()  # both come back at once, as they went
    assert len(session.absences([member_id])) == 2


# -- rituals -------------------------------------------------------------------------------------


def test_editing_a_ritual_schedule_time_and_roster_is_one_undo_step(qtbot, session, team):
    standup = _ritual(session, "Mêlée")
    editor = _open(qtbot, RitualEditor(session, team.id, standup.id))
    assert editor.roster() == tuple(m.id for m in session.members(team.id))
    editor.schedule_combo.setCurrentIndex(editor.schedule_combo.findData(ScheduleKind.WEEKLY.value))
    assert not editor.save_button.isEnabled()  # a weekly ritual needs a day
    for weekday in (0, 2, 4):
        editor.weekday_checks[weekday].setChecked(True)
    editor.time_edit.setTime(QTime(9, 45))
    editor.location_edit.setText("https://meet.example.org/castors")
    editor.roster_view.setCurrentIndex(editor.roster_model.index(3, 0))
    qtbot.mouseClick(editor.up_button, LEFT)  # David before Chloé
    editor.roster_model.item(0).setCheckState(Qt.CheckState.Unchecked)  # Ana no longer facilitates
    editor.roster_from.setDate(QDate(2026, 3, 23))
    qtbot.mouseClick(editor.save_button, LEFT)
    # the stand-up has a past (today's took place): it ends today and a new series continues it tomorrow
    saved = editor.result_ritual
    assert saved.id != standup.id and saved.starts_on == date(2026, 3, 19)
    assert session.ritual(standup.id).ends_on == date(2026, 3, 18)
    assert (saved.schedule.kind, saved.schedule.weekdays, saved.start_time, saved.location) == (
        ScheduleKind.WEEKLY, (0, 2, 4), time(9, 45), "https://meet.example.org/castors")
    names = {m.id: m.name for m in session.members()}
    latest = max(session.roster(saved.id), key=lambda c: c.effective)
    assert latest.effective == date(2026, 3, 23)
    assert [names[i] for i in latest.member_ids] == ["Bruno", "David", "Chloé"]
    session.undo_stack.undo()
    assert session.ritual(standup.id) == standup
    assert session.rituals(team.id).count(standup) == 1 and saved.id not in {r.id for r in session.rituals()}


@pytest.mark.parametrize("title", ["Mêlée", "Planification", "Rétro"])
def test_saving_an_unchanged_ritual_records_no_edit(qtbot, session, team, title):
    session.store.update_ritual(replace(_ritual(session, title), agenda="Hier, aujourd'hui\n",
                                        location="https://meet.example.org/castors"))
    editor = _open(qtbot, RitualEditor(session, team.id, _ritual(session, title).id))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert session.undo_stack.count() == 0 and not editor.isVisible()


def test_saving_an_unchanged_team_records_no_edit(qtbot, session, team):
    editor = _open(qtbot, TeamEditor(session, team.id))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert session.undo_stack.count() == 0 and editor.result_team == team


def test_a_new_ritual_gets_defaults_from_its_kind(qtbot, session, team):
    editor = _open(qtbot, RitualEditor(session, team.id, None))
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("review"))
    assert editor.title_edit.text() == "Sprint review"
    assert editor.schedule_combo.currentData() == ScheduleKind.SPRINT_DAY.value
    assert editor.sprint_day_combo.currentData() == "last"
    editor.sprint_day_combo.setCurrentIndex(editor.sprint_day_combo.findData("nth"))
    editor.sprint_day_spin.setValue(9)
    qtbot.mouseClick(editor.save_button, LEFT)
    added = _ritual(session, "Sprint review")
    assert (added.schedule.sprint_day, added.minutes, added.starts_on) == (9, 60, date(2026, 3, 18))
    again = _open(qtbot, RitualEditor(session, team.id, added.id))
    assert again.sprint_day_combo.currentData() == "nth" and again.sprint_day_spin.value() == 9
    again.sprint_day_combo.setCurrentIndex(again.sprint_day_combo.findData("nth_last"))
    again.sprint_day_spin.setValue(2)
    qtbot.mouseClick(again.save_button, LEFT)
    assert session.ritual(added.id).schedule.sprint_day == -2  # the last working day but one
    assert session.roster(added.id)[0].member_ids == tuple(m.id for m in session.members(team.id))


def test_invalid_ritual_input_keeps_save_disabled(qtbot, session, team):
    editor = _open(qtbot, RitualEditor(session, team.id, _ritual(session, "Rétro").id))
    editor.title_edit.clear()
    assert not editor.save_button.isEnabled() and editor.title_edit.property("invalid") is True
    editor.title_edit.setText("Rétro")
    editor.ends_on.set_value(date(2026, 1, 1))
    assert not editor.save_button.isEnabled() and editor.ends_on.edit.property("invalid") is True
    editor.ends_on.set_value(None)
    for row in range(editor.roster_model.rowCount()):
        editor.roster_model.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not editor.save_button.isEnabled()
    assert editor.message_label.text() == "Tick at least one facilitator."


def test_a_refused_save_shows_a_message_and_keeps_the_dialog_open(qtbot, monkeypatch, session, team):
    editor = _open(qtbot, TeamEditor(session, team.id))
    session.store.delete_team(team.id)  # gone behind the dialog's back
    editor.name_edit.setText("Les Castors bis")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert [box.informativeText() for box in editor.findChildren(QMessageBox, "errorMessage")] == [
        f"no team with id {team.id}"]
    assert editor.isVisible()


# -- sprints -------------------------------------------------------------------------------------


def test_sprints_list_the_cadence_and_edit_the_current_one(qtbot, session, team):
    editor = _open(qtbot, SprintsEditor(session, team.id))
    assert editor.current().number == 2 and editor.model.rowCount() >= 14
    qtmodel = editor.model
    assert [qtmodel.item(r, 1).text() for r in range(2)] == ["2026-03-02", "2026-03-16"]
    assert not editor.save_button.isEnabled()
    editor.goal_edit.setText("Ship the onboarding flow")
    editor.end_edit.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(editor.save_button, LEFT)
    stored = {s.number: s for s in session.sprints(team.id)}
    assert stored[2].goal == "Ship the onboarding flow" and stored[2].end == date(2026, 3, 31)
    assert stored[1].end == date(2026, 3, 15)  # the planned sprint before it was stored as planned
    assert qtmodel.item(2, 1).text() == "2026-04-01"  # the cadence continues after the edited sprint
    session.undo_stack.undo()
    assert session.sprints(team.id) == []  # back to the cadence alone, as before


def test_an_overlapping_sprint_keeps_save_disabled(qtbot, session, team):
    session.store.save_sprints([Sprint(team.id, 1, date(2026, 3, 2), date(2026, 3, 15), "First")])
    editor = _open(qtbot, SprintsEditor(session, team.id))
    editor.start_edit.setDate(QDate(2026, 3, 13))
    assert not editor.save_button.isEnabled() and editor.start_edit.property("invalid") is True
    editor.start_edit.setDate(QDate(2026, 3, 16))
    editor.end_edit.setDate(QDate(2026, 3, 10))
    assert not editor.save_button.isEnabled() and editor.end_edit.property("invalid") is True


def test_a_sprint_cannot_run_into_a_stored_next_sprint(qtbot, session, team):
    session.store.save_sprints([Sprint(team.id, 1, date(2026, 3, 2), date(2026, 3, 15)),
                                Sprint(team.id, 2, date(2026, 3, 16), date(2026, 3, 29)),
                                Sprint(team.id, 3, date(2026, 3, 30), date(2026, 4, 12))])
    editor = _open(qtbot, SprintsEditor(session, team.id))
    editor.view.selectRow(1)  # sprint 2, the current one
    editor.end_edit.setDate(QDate(2026, 3, 31))
    assert not editor.save_button.isEnabled() and "starts on 2026-03-30" in editor.message_label.text()
    editor.end_edit.setDate(QDate(2026, 3, 27))
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, LEFT)  # a stored sprint goes through Session.save_sprint
    assert session.sprints(team.id)[1].end == date(2026, 3, 27)
    session.undo_stack.undo()
    assert session.sprints(team.id)[1].end == date(2026, 3, 29)


def test_the_past_of_a_sprint_cannot_be_edited(qtbot, session, team):
    editor = _open(qtbot, SprintsEditor(session, team.id))
    editor.view.selectRow(0)  # sprint 1, over on the fixture's clock
    editor.end_edit.setDate(QDate(2026, 3, 13))
    assert not editor.save_button.isEnabled() and "already past" in editor.message_label.text()
    editor.end_edit.setDate(QDate(2026, 3, 15))
    editor.goal_edit.setText("Looking back: onboarding")
    assert editor.save_button.isEnabled()  # a goal can still be written down


def test_editor_item_models_pass_the_model_tester(qtbot, qtmodeltester, session, team):
    members = _open(qtbot, MembersEditor(session, team.id))
    ritual = _open(qtbot, RitualEditor(session, team.id, _ritual(session, "Mêlée").id))
    sprints = _open(qtbot, SprintsEditor(session, team.id))
    for model in (members.members_model, members.absences_model, ritual.roster_model, sprints.model):
        qtmodeltester.check(model)


def test_a_taken_team_or_member_name_keeps_save_disabled(qtbot, session, team):
    from ritualdesk.model import Team

    session.store.add_team(Team(None, "Phoenix", timezone="Europe/London"))
    editor = _open(qtbot, TeamEditor(session, team.id))
    editor.name_edit.setText("phoenix")
    assert not editor.save_button.isEnabled()
    members = _open(qtbot, MembersEditor(session, team.id))
    members.members_view.setCurrentIndex(members.members_model.index(0, 0))  # Ana
    members.name_edit.setText("BRUNO")
    assert not members.save_button.isEnabled()


def test_a_sprint_day_beyond_the_sprint_keeps_save_disabled(qtbot, session, team):
    editor = _open(qtbot, RitualEditor(session, team.id, _ritual(session, "Rétro").id))
    editor.sprint_day_combo.setCurrentIndex(editor.sprint_day_combo.findData("nth"))
    editor.sprint_day_spin.setValue(11)  # two weeks of five working days
    assert not editor.save_button.isEnabled()
    editor.sprint_day_spin.setValue(10)
    assert editor.save_button.isEnabled()


def test_enter_in_an_absences_reason_adds_the_absence_not_the_members_half_typed_edit(qtbot, session, team):
    editor = _open(qtbot, MembersEditor(session, team.id))
    member_id = editor.members_model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    name = session.member(member_id).name
    editor.name_edit.setText(name + " B.")  # being edited, not saved
    editor.absence_start.setDate(QDate(2026, 3, 23))
    editor.absence_end.setDate(QDate(2026, 3, 24))
    editor.absence_reason.setFocus()
    qtbot.keyClicks(editor.absence_reason, "Holiday")
    qtbot.keyClick(editor.absence_reason, Qt.Key.Key_Return)
    (absence,) = session.absences([member_id])
    assert (absence.start, absence.reason) == (date(2026, 3, 23), "Holiday")
    assert session.member(member_id).name == name and editor.name_edit.text() == name + " B."
    editor.name_edit.setFocus()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)  # in the member's fields, Enter still saves the member
    assert session.member(member_id).name == name + " B."
