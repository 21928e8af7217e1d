"""First run: the welcome page, the team wizard (with its checks) and the demo data."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ritualdesk.model import RitualKind, Role, ScheduleKind
from ui.team_wizard import MembersDraftModel, TeamWizard


def _shown_window(qtbot, session, settings):
    """The main window over `session`, shown, with its views loaded."""
    from ui.main_window import MainWindow

    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    return window


def test_a_new_database_opens_on_the_welcome_page(qtbot, empty_session, settings):
    from ui.main_window import MainWindow

    window = MainWindow(empty_session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.welcome
    assert not window.toolbar.isVisible()
    assert window.count_label.text() == ""


def test_explore_with_demo_data_fills_the_calendar_and_undo_empties_it(qtbot, empty_session, settings):
    window = _shown_window(qtbot, empty_session, settings)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert len(empty_session.teams()) == 3
    assert window.pages.currentWidget() is window.workspace
    assert window.teams_model.rowCount() == 3
    assert window.week_view.data.occurrences
    empty_session.undo_stack.undo()
    assert empty_session.teams() == []
    assert window.pages.currentWidget() is window.welcome


def fill_team_page(qtbot, wizard, name="Les Hiboux"):
    page = wizard.team_page
    qtbot.keyClicks(page.name_edit, name)
    page.zone_combo.setCurrentText("Europe/Brussels")
    page.holidays_combo.setCurrentIndex(page.holidays_combo.findData("BE"))
    return page


def test_the_wizard_creates_a_team_with_members_and_the_usual_rituals(qtbot, empty_session):
    wizard = TeamWizard(empty_session)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_team_page(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    model = wizard.members_page.model
    for row, name in enumerate(["Inès", "Hugo", "Zoé"]):
        model.setData(model.index(row, MembersDraftModel.NAME), name)
    model.add("Yanis", Role.DEVELOPER, "yanis@hiboux.example")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    retro_row = next(r for r in wizard.rituals_page.rows if r[0].kind is RitualKind.REFINEMENT)
    retro_row[1].setChecked(False)  # no refinement for this team
    with qtbot.waitSignal(empty_session.changed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    team = empty_session.teams()[0]
    assert (team.name, team.timezone, team.holidays_country) == ("Les Hiboux", "Europe/Brussels", "BE")
    members = sorted(empty_session.members(team.id), key=lambda m: m.id)
    assert [m.name for m in members] == ["Inès", "Hugo", "Zoé", "Yanis"]
    assert members[0].role is Role.PRODUCT_OWNER
    rituals = empty_session.rituals(team.id)
    assert [r.kind for r in rituals] == [RitualKind.STANDUP, RitualKind.PLANNING, RitualKind.REVIEW,
                                         RitualKind.RETROSPECTIVE]
    standup = rituals[0]
    assert (standup.start_time, standup.minutes, standup.schedule.kind) == (time(9, 30), 15,
                                                                            ScheduleKind.WORKING_DAYS)
    assert list(empty_session.roster(standup.id)[0].member_ids) == [m.id for m in members]
    empty_session.undo_stack.undo()
    assert empty_session.teams() == []
    empty_session.undo_stack.redo()
    assert [r.uid for r in empty_session.rituals()] == [r.uid for r in rituals]


def test_a_duplicate_or_empty_name_is_flagged_and_next_stays_disabled(qtbot, session):
    wizard = TeamWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.team_page
    assert not page.isComplete()  # nothing typed yet, but not shouted at either
    assert not page.name_edit.property("invalid")
    qtbot.keyClicks(page.name_edit, "les castors")
    assert not page.isComplete()
    assert page.name_edit.property("invalid") is True
    assert "already exists" in page.name_problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.name_edit.setText("Les Castors 2")
    assert page.isComplete() and not page.name_edit.property("invalid")
    page.zone_combo.setCurrentText("Mars/Olympus")
    assert not page.isComplete() and page.zone_combo.property("invalid") is True


def test_members_with_problems_are_flagged_in_the_table(qtbot, qtmodeltester, empty_session):
    wizard = TeamWizard(empty_session)
    qtbot.addWidget(wizard)
    model = wizard.members_page.model
    qtmodeltester.check(model)
    assert wizard.members_page.isComplete()  # blank rows are simply skipped
    model.setData(model.index(0, MembersDraftModel.NAME), "Léa")
    model.setData(model.index(1, MembersDraftModel.NAME), "léa")
    assert not wizard.members_page.isComplete()
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Two members have the same name."
    model.setData(model.index(1, MembersDraftModel.NAME), "Théo")
    model.setData(model.index(1, MembersDraftModel.EMAIL), "theo-at-example")
    assert model.problem(1) == "This is not an email address."
    model.setData(model.index(1, MembersDraftModel.EMAIL), "theo@example.org")
    assert wizard.members_page.isComplete()
    qtmodeltester.check(model)


def test_a_storage_error_keeps_the_wizard_open_with_what_was_typed(qtbot, empty_session):
    from PySide6.QtWidgets import QMessageBox

    from ritualdesk.model import Team

    wizard = TeamWizard(empty_session)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_team_page(qtbot, wizard, "Les Hiboux")
    wizard.next()
    wizard.next()
    empty_session.store.add_team(Team(None, "Les Hiboux"))  # someone else took the name meanwhile
    wizard.accept()
    box = wizard.findChild(QMessageBox, "errorMessage")
    assert box is not None and "already exists" in box.informativeText()
    assert wizard.isVisible() and wizard.team_page.name_edit.text() == "Les Hiboux"
    assert [t.name for t in empty_session.teams()] == ["Les Hiboux"]  # nothing half-created
    assert empty_session.undo_stack.count() == 0


def _create_from_the_wizard(qtbot, wizard, session):
    fill_team_page(qtbot, wizard)
    wizard.next()
    wizard.members_page.model.setData(wizard.members_page.model.index(0, MembersDraftModel.NAME), "Inès")
    wizard.next()
    with qtbot.waitSignal(session.changed):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_team_made_on_the_welcome_page_shows_the_week_its_rituals_begin(qtbot, empty_session, settings):
    window = _shown_window(qtbot, empty_session, settings)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    _create_from_the_wizard(qtbot, window.welcome.wizard, empty_session)
    team = empty_session.teams()[0]
    assert team.sprint_start == date(2026, 3, 23)  # the Monday after NOW (Wednesday 18 March)
    assert window.pages.currentWidget() is window.workspace
    assert window.anchor == team.sprint_start  # the week shown was empty: the rituals begin the next one
    assert {o.start.date() for o in window.week_view.data.occurrences} >= {date(2026, 3, 23)}
    assert "Les Hiboux" in window.statusBar().currentMessage()


def test_a_new_team_from_the_menu_shows_its_first_week_too(qtbot, session, settings):
    window = _shown_window(qtbot, session, settings)
    window.new_team_action.trigger()
    _create_from_the_wizard(qtbot, window.last_dialog, session)
    assert window.anchor == date(2026, 3, 23)
    hiboux = next(t for t in session.teams() if t.name == "Les Hiboux")
    assert any(o.team_id == hiboux.id for o in window.week_view.data.occurrences)
