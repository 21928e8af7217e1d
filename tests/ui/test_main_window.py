"""The main window: sidebar, toolbar, views, selection into the panel, undo, export, errors."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from ritualdesk.model import OccurrenceKey
from ui.teams_model import TeamsModel


def test_the_teams_model_passes_the_model_tester(qtmodeltester, session):
    model = TeamsModel()
    model.set_teams(session.teams())
    qtmodeltester.check(model)
    model.set_hidden([session.teams()[0].id])
    qtmodeltester.check(model)


def test_the_window_opens_on_the_current_week_with_every_team(window):
    assert window.pages.currentWidget() is window.workspace
    assert window.views.currentWidget() is window.week_view
    assert window.week_view.data.first == date(2026, 3, 16)
    assert window.week_view.data.occurrences
    assert "16 Mar" in window.period_label.text()
    assert "occurrences" in window.count_label.text()


def test_the_toolbar_has_navigation_views_and_commands(window):
    texts = [a.text().replace("&", "") for a in window.toolbar.actions() if a.text()]
    assert texts[:6] == ["Today", "Previous", "Next", "Week", "Month", "Agenda"]
    if window.export_action is not None:
        assert window.export_action in window.toolbar.actions()
    for action in window.toolbar.actions():  # never a dead button
        assert action.isSeparator() or action.receivers("2triggered(bool)") > 0 or action.menu() is not None


def test_next_previous_and_today_move_the_period(qtbot, window):
    window.next_action.trigger()
    assert window.week_view.data.first == date(2026, 3, 23)
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.week_view.data.first == date(2026, 3, 9)
    window.today_action.trigger()
    assert window.week_view.data.first == date(2026, 3, 16)


def test_shortcuts_switch_between_week_month_and_agenda(qtbot, window):
    assert window.view_actions["month"].shortcut() == QKeySequence("Ctrl+2")
    qtbot.keyClick(window.week_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.month_view
    assert window.period_label.text() == "March 2026"
    window.next_action.trigger()
    assert window.month_view.month == date(2026, 4, 1)
    qtbot.keyClick(window.month_view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.agenda_view
    qtbot.keyClick(window.agenda_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.week_view


def test_double_clicking_a_day_in_the_month_opens_its_week(qtbot, window):
    window.show_view("month")
    window.month_view.day_activated.emit(date(2026, 4, 8))
    assert window.views.currentWidget() is window.week_view
    assert window.week_view.data.first == date(2026, 4, 6)


def test_unticking_a_team_hides_its_rituals(qtbot, window):
    index = window.teams_model.index(0)
    window.teams_model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.week_view.data.occurrences == []
    window.teams_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.week_view.data.occurrences


def test_selecting_in_a_view_shows_the_occurrence_in_the_panel(qtbot, window):
    occurrence = window.week_view.data.occurrences[0]
    window.week_view.select(occurrence.key)
    assert window.selected == occurrence.key
    if window.panel is not None:
        assert window.panel.key == occurrence.key
    window.show_view("agenda")
    assert window.agenda_view.selected == occurrence.key  # the selection follows across views


def test_drag_in_the_window_then_edit_undo_and_redo(qtbot, window, session, send_mouse):
    view = window.week_view
    occurrence = next(o for o in view.data.occurrences if o.start.date() == date(2026, 3, 17))
    rect = view.block_rect(occurrence.key)
    target = view.point_for(date(2026, 3, 17), time(11, 0))
    end = QPointF(target.x(), target.y() + rect.center().y() - rect.top())
    send_mouse(view, QEvent.Type.MouseButtonPress, rect.center())
    send_mouse(view, QEvent.Type.MouseMove, end)
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert session.occurrence(occurrence.key).start.time() == time(11, 0)
    assert window.undo_action.isEnabled()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert "Move occurrence" in window.undo_action.text()
    window.undo_action.trigger()
    assert session.occurrence(occurrence.key).start.time() == time(9, 30)
    assert view.data.find(occurrence.key).start.time() == time(9, 30)
    window.redo_action.trigger()
    assert view.data.find(occurrence.key).start.time() == time(11, 0)


def test_a_storage_error_is_shown_and_nothing_changes(qtbot, window, session):
    ritual = session.rituals()[0]
    missing = OccurrenceKey(ritual.id, datetime(2026, 3, 21, 9, 30))  # a Saturday: no such occurrence
    window.week_view.move_occurrence(missing, datetime(2026, 3, 23, 9, 30))
    box = window.week_view.findChild(QMessageBox, "errorMessage")
    assert box is not None and "no occurrence" in box.informativeText()
    assert session.undo_stack.count() == 0
    box.close()


def test_export_writes_the_selected_teams_calendar(qtbot, window, session, tmp_path):
    if window.export_action is None:
        return  # the exchange module does not provide an export yet
    target = tmp_path / "castors.ics"
    assert window.export_to(session.teams()[0].id, str(target))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "Mêlée" in text


def test_editor_actions_exist_only_for_editors_that_exist(window):
    import importlib.util

    def exists(name):
        try:
            return importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            return False

    assert (window.new_ritual_action is not None) == exists("ui.editors.ritual_editor")
    assert (window.edit_team_action is not None) == exists("ui.editors.team_editor")
    assert (window.members_action is not None) == exists("ui.editors.members_editor")
    assert (window.sprints_action is not None) == exists("ui.editors.sprints_editor")
    assert ("actions" in window.view_actions) == exists("ui.actions_board")


def test_the_actions_board_is_a_page_of_the_window(qtbot, window):
    if window.actions_board is None:
        return
    qtbot.keyClick(window.week_view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages_inner.currentWidget() is window.actions_board
    assert not window.next_action.isEnabled()
    window.show_view("week")
    assert window.next_action.isEnabled()


def test_switching_theme_changes_the_palette(qtbot, session, settings, qapp):
    from ui.main_window import MainWindow
    from ui.theme import is_dark

    window = MainWindow(session, settings=settings)
    qtbot.addWidget(window)
    try:
        window.set_theme("dark")
        assert is_dark(qapp.palette())
        window.set_theme("light")
        assert not is_dark(qapp.palette())
    finally:
        qapp.setStyleSheet("")


def test_a_new_team_from_the_menu_appears_in_the_sidebar(qtbot, window, session):
    window.new_team()
    wizard = window.last_dialog
    wizard.team_page.name_edit.setText("Les Hiboux")
    wizard.next()
    wizard.next()
    wizard.accept()
    assert window.teams_model.rowCount() == 2
    assert "Les Hiboux" in [window.teams_model.index(r).data() for r in range(2)]
    window.week_view.show_period(date(2026, 3, 16) + timedelta(weeks=2), window.teams_model.shown_ids())


def test_icons_and_style_sheets_are_found_and_shipped_in_the_wheel(window):
    import tomllib
    from fnmatch import fnmatch
    from pathlib import Path

    from ui.resources import resources_dir, style_sheet

    folder = resources_dir()
    for action in window.findChildren(type(window.today_action)):
        name = action.property("icon_name")
        if name:
            assert (folder / "icons" / f"{name}.svg").is_file()
            assert not action.icon().isNull()
    assert "QToolBar" in style_sheet("dark") and "QToolBar" in style_sheet("light")
    # ui/resources (a link to resources/ in a checkout) is package data of `ritualdesk_ui` (the ui/ folder).
    assert (Path(__file__).parents[2] / "ui" / "resources" / "icons").is_dir()
    root = Path(__file__).parents[2]
    setuptools = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]

    def ships(package: str, name: str) -> bool:  # a data folder is a package of its own, with its patterns
        return package in setuptools["packages"] and any(
            fnmatch(name, pattern) for pattern in setuptools["package-data"].get(package, ()))

    shipped = [*(root / "resources").glob("icons/*"), *(root / "resources").glob("styles/*"),
               *(root / "resources").glob("translations/*.qm")]
    assert len([p for p in shipped if p.suffix == ".qm"]) == 2
    for path in shipped:
        assert ships("ritualdesk_ui.resources." + path.parent.name, path.name), path
    catalogues = list((root / "ritualdesk").glob("locale/*/LC_MESSAGES/*.mo"))
    assert catalogues
    for path in catalogues:
        assert ships(".".join(path.parent.relative_to(root).parts), path.name), path


def test_double_click_opens_the_ritual_editor_and_menus_open_the_team_editors(qtbot, window, session):
    if window.new_ritual_action is None:
        return
    occurrence = window.week_view.data.occurrences[0]
    window.week_view.occurrence_activated.emit(occurrence.key)
    editor = window.last_dialog
    assert type(editor).__name__ == "RitualEditor" and editor.isVisible()
    editor.reject()
    for action, name in ((window.new_ritual_action, "RitualEditor"), (window.edit_team_action, "TeamEditor"),
                         (window.members_action, "MembersEditor"), (window.sprints_action, "SprintsEditor")):
        if action is None:
            continue
        action.trigger()
        assert type(window.last_dialog).__name__ == name
        window.last_dialog.reject()


def test_the_window_paints_before_opening_the_database(qtbot, session, settings):
    from ui.main_window import MainWindow

    opened = []

    def open_session():
        opened.append(window._painted)
        return session

    window = MainWindow(open_session=open_session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    assert window.session is None and not window.today_action.isEnabled()
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    assert opened == [True]
    assert window.session is session and window.week_view.data.occurrences


def test_a_database_that_cannot_be_opened_is_reported(qtbot, settings, tmp_path):
    from ritualdesk.errors import DatabaseTooNew
    from ui.main_window import MainWindow

    def open_session():
        raise DatabaseTooNew(f"{tmp_path}/x.sqlite3 was written by a newer version of RitualDesk")

    window = MainWindow(open_session=open_session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openError") is not None)
    box = window.findChild(QMessageBox, "openError")
    assert "newer version" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_sidebar_menu_shows_only_one_team_or_all(qtbot, window, session):
    from ritualdesk.model import Team

    session.add_team(Team(None, "Orion", timezone="America/New_York"))
    castors = session.teams()[0].id
    window.team_list.setCurrentIndex(window.teams_model.index(window.teams_model.row_of(castors)))
    labels = [a.text().replace("&", "") if a else None for a in window.team_menu_actions()]
    assert labels[:3] == ["Show only this team", "Show all teams", None]
    window.show_only_current_team()
    assert window.teams_model.shown_ids() == [castors]
    window.show_all_teams()
    assert len(window.teams_model.shown_ids()) == 2


def test_go_to_date_shows_the_chosen_week(qtbot, window):
    from PySide6.QtCore import QDate

    assert window.go_to_action.shortcut() == QKeySequence("Ctrl+G")
    window.go_to_action.trigger()
    window.date_picker.setSelectedDate(QDate(2026, 7, 15))
    window.last_dialog.accept()
    assert window.week_view.data.first == date(2026, 7, 13)
    assert "Jul" in window.period_label.text()


def test_the_first_window_needs_neither_the_core_nor_the_views():
    import subprocess
    import sys

    code = ("import sys, ui.main_window, ui.app; "
            "print(sorted(m for m in sys.modules if m.startswith(('ritualdesk.', 'ui.')) ))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for heavy in ("ritualdesk.store", "ritualdesk.agenda", "ritualdesk.model", "ui.session", "ui.week_view"):
        assert f"'{heavy}'" not in loaded


def test_the_system_theme_follows_the_desktop(qtbot, window, monkeypatch):
    applied = []
    monkeypatch.setattr("ui.main_window.apply_theme", lambda app, name: applied.append(name))
    window._apply_themes = True
    window.set_theme("system")
    window._on_color_scheme(Qt.ColorScheme.Dark)
    assert applied == ["system", "system"]
    window.set_theme("light")
    window._on_color_scheme(Qt.ColorScheme.Dark)
    assert applied == ["system", "system", "light"]


def test_double_clicking_a_group_lists_the_day_in_the_agenda(qtbot, window):
    window.week_view.day_activated.emit(date(2026, 3, 18))
    assert window.views.currentWidget() is window.agenda_view
    assert window.agenda_view.first == date(2026, 3, 16)


def test_a_locked_database_is_reported_and_nothing_changes(qtbot, window, session, tmp_path):
    import sqlite3

    occurrence = window.week_view.data.occurrences[0]
    other = sqlite3.connect(session.store.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        session.store.db.conn.execute("PRAGMA busy_timeout = 0")
        window.week_view.move_occurrence(occurrence.key, occurrence.key.planned.replace(hour=11))
    finally:
        other.rollback()
        other.close()
    box = window.week_view.findChild(QMessageBox, "errorMessage")
    assert box is not None and "nothing was changed" in box.informativeText()
    assert session.occurrence(occurrence.key).start.hour == 9
    assert session.undo_stack.count() == 0


def test_an_unexpected_error_is_shown_with_its_details(qtbot, window, capsys):
    from ui.app import report_unexpected

    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        report_unexpected(type(error), error, error.__traceback__)
    box = next(w for w in QApplication.topLevelWidgets() + window.findChildren(QMessageBox)
               if w.objectName() == "unexpectedError")
    assert "ZeroDivisionError: boom" in box.detailedText()
    box.close()


def test_ctrl_e_on_the_actions_board_exports_its_rows(qtbot, window, monkeypatch):
    """The window's Export calendar steps aside on the board, or the two Ctrl+E would cancel out."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    window.show_view("actions")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (asked.append(args[1]), ("", ""))[1])
    window.actions_board.setFocus()
    qtbot.keyClick(window.actions_board, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Export actions as Markdown"]
    window.show_view("week")
    assert window.export_action.isEnabled()


def test_the_entry_point_starts_the_app_without_loading_the_command_line():
    """`ritualdesk` alone must open as fast as a bare window: the CLI and the core wait."""
    import subprocess
    import sys

    code = ("import sys, ui.launcher\n"
            "assert ui.launcher.gui_database([]) is None and ui.launcher.gui_database(['--db', 'x']) == 'x'\n"
            "assert ui.launcher.gui_database(['agenda']) is False and ui.launcher.gui_database(['--help']) is False\n"
            "print(sorted(m for m in sys.modules if m.startswith('ritualdesk')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_an_actions_origin_on_the_board_opens_its_week_selected(qtbot, window, session):
    from datetime import datetime

    from ritualdesk.model import OccurrenceKey

    retro = next(r for r in session.rituals() if r.title == "Rétro")
    key = OccurrenceKey(retro.id, datetime(2026, 3, 27, 15, 0))
    window.show_view("actions")
    assert not window.next_action.isEnabled() and not window.export_action.isEnabled()
    window.actions_board.origin_activated.emit(key)
    assert window.view_name == "week" and window.selected == key
    assert window.panel.key == key
    assert window.next_action.isEnabled()


def test_ctrl_shift_h_marks_the_occurrence_selected_in_the_week_held(qtbot, window, session):
    from datetime import datetime

    from PySide6.QtCore import Qt

    from ritualdesk.model import OccurrenceKey, OccurrenceStatus

    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    key = OccurrenceKey(standup.id, datetime(2026, 3, 18, 9, 30))  # today on the fixture clock
    window.reveal_occurrence(key)
    window.week_view.setFocus()
    qtbot.keyClick(window.week_view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.occurrence(key).status is OccurrenceStatus.HELD


def test_an_option_after_db_is_not_a_database_name():
    import ui.launcher

    assert ui.launcher.gui_database(["--db", "--version"]) is False
    assert ui.launcher.gui_database(["--db="]) is False


def test_no_two_actions_of_the_window_share_a_shortcut(window):
    from PySide6.QtGui import QAction

    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners.setdefault(sequence.toString(), []).append(action.text().replace("&", ""))
    assert {key: names for key, names in owners.items() if len(set(names)) > 1} == {}
