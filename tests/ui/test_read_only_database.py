"""The app on a database it cannot write: it says so, reads, exports and publishes; every edit is refused cleanly."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from ritualdesk.model import OccurrenceKey, RitualKind
from ritualdesk.store import Store
from tests.core.test_reads_write_nothing import unwritable
from tests.ui.conftest import NOW
from ui.export_dialog import ExportDialog
from ui.publish_dialog import PublishDialog


def snapshot(folder):
    """The database's files in the folder (the test's settings and outputs live there too): bytes and times."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in folder.glob("ui.sqlite3*")}


@pytest.fixture
def read_only(store, monkeypatch, qapp):
    """The fixture database, closed, made unwritable, and opened again as the app opens it; its folder's files."""
    store.close()
    with unwritable(store.path, monkeypatch, folder_too=False):
        opened = Store.open(store.path, check_later=True)
        before = snapshot(store.path.parent)
        yield opened, before
        opened.close()


@pytest.fixture
def ro_session(read_only):
    from ui.session import Session

    return Session(read_only[0], clock=lambda: NOW)


@pytest.fixture
def ro_window(ro_session, settings, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(ro_session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    return window


def _standup(session, day: int) -> OccurrenceKey:
    ritual = next(r for r in session.rituals() if r.kind is RitualKind.STANDUP)
    return OccurrenceKey(ritual.id, datetime(2026, 3, day, 9, 30))


def _message_boxes(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_window_says_the_database_is_read_only(ro_window, store):
    assert ro_window.windowTitle() == f"{store.path.name} (read-only) — RitualDesk"
    badge = ro_window.files.read_only_badge
    assert badge is not None and badge.isVisible() and badge.text() == "Read-only"
    assert "every edit is refused" in badge.toolTip()


def test_a_writable_database_has_no_read_only_mark(window, store):
    assert window.windowTitle() == f"{store.path.name} — RitualDesk"
    assert window.files.read_only_badge is None


def test_the_read_only_mark_is_in_french(qtbot, french, ro_session, settings, store):
    from ui.main_window import MainWindow

    window = MainWindow(ro_session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{store.path.name} (lecture seule) — RitualDesk"
    assert window.files.read_only_badge.text() == "Lecture seule"


def test_every_edit_from_the_panel_is_refused_with_a_message_and_nothing_changes(qtbot, ro_window, ro_session,
                                                                                  read_only, store):
    _, before = read_only
    key = _standup(ro_session, 18)
    ro_window._on_selected(key)
    panel = ro_window.panel
    qtbot.waitUntil(lambda: panel.key == key)
    attempts = [panel.cancel_button.click, panel.held_button.click,
                lambda: (panel.action_title_edit.setText("Relancer le fournisseur"), panel.add_action_button.click())]
    for attempt in attempts:
        attempt()
        boxes = _message_boxes(panel)
        assert len(boxes) == 1, attempt
        assert "cannot be written (it or its folder is read-only); nothing was changed" in boxes[0].informativeText()
        boxes[0].close()
        QApplication.processEvents()
    assert ro_session.undo_stack.count() == 0 and not ro_window.undo_action.isEnabled()
    assert ro_session.occurrence(key).status.value == "planned"
    assert snapshot(store.path.parent) == before


def test_an_undo_the_file_refuses_keeps_the_edit_on_the_stack(qtbot, session):
    """PRAGMA query_only makes SQLite refuse writes as a read-only (or full) file does: SQLITE_READONLY."""
    key = _standup(session, 19)
    failures = []
    session.failed.connect(failures.append)
    session.cancel(key)
    stack = session.undo_stack
    session.store.conn.execute("PRAGMA query_only = ON")
    stack.undo()
    assert "cannot be written" in str(failures[-1])
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert stack.count() == 1 and stack.canUndo() and not stack.canRedo()
    assert session.occurrence(key).status.value == "cancelled"
    session.store.conn.execute("PRAGMA query_only = OFF")
    stack.undo()  # the file takes writes again: the edit can be undone
    assert session.occurrence(key).status.value == "planned" and stack.index() == 0
    session.store.conn.execute("PRAGMA query_only = ON")
    stack.redo()
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert len(failures) == 2 and stack.canRedo() and session.occurrence(key).status.value == "planned"
    session.store.conn.execute("PRAGMA query_only = OFF")
    stack.redo()
    assert session.occurrence(key).status.value == "cancelled" and stack.index() == 1


def test_the_export_dialog_writes_the_calendar_and_says_it_is_not_recorded(qtbot, english, ro_session, read_only,
                                                                           store, tmp_path):
    _, before = read_only
    dialog = ExportDialog(ro_session, ro_session.teams()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "out" / "castors.ics"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None)
    text = dialog.progress.label.text()
    assert text.startswith("Wrote ") and text.endswith(
        "The database cannot be written, so the SEQUENCE numbers of this export are not recorded in it."), text
    QApplication.processEvents()
    label = dialog.progress.label
    shown = QRect(label.mapTo(dialog, QPoint(0, 0)), label.size())
    for neighbour in (dialog.path, dialog.export_button):  # the two lines are not drawn under them
        assert not shown.intersects(QRect(neighbour.mapTo(dialog, QPoint(0, 0)), neighbour.size())), neighbour
    assert list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert snapshot(store.path.parent) == before


def test_the_publish_dialog_publishes_and_says_it_is_not_recorded(qtbot, english, ro_session, read_only, settings,
                                                                  store, tmp_path):
    _, before = read_only
    dialog = PublishDialog(ro_session, settings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "feeds"))
    qtbot.waitUntil(lambda: dialog.job is None)
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.job is None and hasattr(dialog, "results"), timeout=20000)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert len(list((tmp_path / "feeds").iterdir())) == 5
    assert "The database cannot be written, so this publication is not recorded in it" in dialog.progress.label.text()
    assert snapshot(store.path.parent) == before


def test_after_publishing_from_a_read_only_database_the_dialog_says_every_feed_is_up_to_date(
        qtbot, english, ro_session, read_only, settings, tmp_path):
    dialog = PublishDialog(ro_session, settings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "feeds"))
    qtbot.waitUntil(lambda: dialog.job is None)
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.job is None and hasattr(dialog, "results") and not dialog.last_result_text,
                    timeout=20000)
    lines = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert len(lines) == 5 and all(line.endswith("— no change") for line in lines), lines  # it said 'N added'
    assert "Every feed is up to date." in dialog.progress.label.text()


@pytest.mark.parametrize("language", ["english", "french"])
def test_the_publish_dialog_shows_no_diff_until_a_folder_is_chosen(qtbot, request, session, settings, tmp_path,
                                                                   language):
    request.getfixturevalue(language)
    dialog = PublishDialog(session, settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.progress.label.text() == {"english": "Choose the folder to publish into.",
                                            "french": "Choisissez le dossier où publier."}[language]
    assert not dialog.publish_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "feeds"))
    qtbot.waitUntil(lambda: dialog.job is None and dialog.tree.topLevelItemCount() == 5)
    dialog.folder.setText("  ")
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0)
    assert not dialog.publish_button.isEnabled()


def _preferences(qtbot, settings, session):
    from ui.preferences import PreferencesDialog
    from ui.reminder_prefs import RemindersPage

    dialog = PreferencesDialog(settings, session)
    qtbot.addWidget(dialog)
    return dialog, dialog.page(RemindersPage)


def test_who_you_are_is_shown_but_not_editable_on_a_read_only_database(qtbot, english, ro_session, read_only,
                                                                       settings, store):
    from ui import settings as keys

    _, before = read_only
    settings.set(keys.REMINDERS_ON, False)
    dialog, page = _preferences(qtbot, settings, ro_session)
    assert page.me and not any(field.isEnabled() for field in (*page.me.values(), *page.leads.values()))
    assert any("can be changed only where it can be" in label.text() for label in page.findChildren(QLabel))
    page.enabled.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and not _message_boxes(dialog)
    assert settings.get(keys.REMINDERS_ON)  # a preference of this computer: kept
    assert snapshot(store.path.parent) == before


def test_a_refused_reminder_preference_is_said_and_the_others_still_apply(qtbot, english, session, settings):
    """PRAGMA query_only: the file refuses the write as a read-only (or busy, full) one does."""
    from ui import settings as keys

    settings.set(keys.REMINDERS_ON, False)
    dialog, page = _preferences(qtbot, settings, session)
    team_id, combo = next(iter(page.me.items()))
    combo.setCurrentIndex(2)
    page.enabled.setChecked(True)
    session.store.conn.execute("PRAGMA query_only = ON")
    dialog.accept()
    session.store.conn.execute("PRAGMA query_only = OFF")
    assert dialog.result() == QDialog.DialogCode.Accepted and settings.get(keys.REMINDERS_ON)
    [box] = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert box.text() == "Who you are and how long before each ritual were not saved."
    assert "cannot be written" in box.informativeText()
    box.close()
    assert session.me().get(team_id) is None


def test_notes_cannot_be_typed_where_they_could_never_be_kept(qtbot, ro_window, ro_session, read_only, store):
    _, before = read_only
    key = _standup(ro_session, 18)
    ro_window._on_selected(key)
    panel = ro_window.panel
    qtbot.waitUntil(lambda: panel.key == key)
    assert panel.notes_edit.isReadOnly() and not panel.save_notes_button.isEnabled()
    assert "cannot be written" in panel.notes_edit.toolTip()
    panel.notes_edit.setFocus()
    qtbot.keyClicks(panel.notes_edit, "Decisions")
    assert panel.notes_edit.toPlainText() == ""
    ro_window.show_view("actions")  # the panel hidden: it saves typed notes, and there are none
    ro_window.show_view("week")
    assert not _message_boxes(ro_window) and ro_session.undo_stack.count() == 0
    assert snapshot(store.path.parent) == before


def test_notes_stay_editable_on_a_writable_database(qtbot, window, session):
    key = _standup(session, 18)
    window._on_selected(key)
    panel = window.panel
    qtbot.waitUntil(lambda: panel.key == key)
    assert not panel.notes_edit.isReadOnly() and panel.save_notes_button.isEnabled()


def test_the_import_dialog_previews_a_file_and_offers_no_import_into_a_read_only_database(qtbot, english, ro_session,
                                                                                         read_only, store, tmp_path):
    from tests.ui.test_exchange import AWAY, _import_dialog

    _, before = read_only
    source = tmp_path / "away.ics"
    source.write_text(AWAY, encoding="utf-8")
    dialog = _import_dialog(qtbot, ro_session, source)
    assert dialog.tree.topLevelItem(0).text(0) == "Will be imported (1)"  # the dry run, on a copy in memory
    assert dialog.summary.text().startswith("This database cannot be written: this is what importing would do")
    assert not dialog.import_button.isEnabled()
    assert snapshot(store.path.parent) == before


def test_what_the_owner_writes_meanwhile_is_shown_in_a_window_that_cannot_write(qtbot, store, settings, monkeypatch):
    from tests.core.test_read_only_rereading import _read_only_here
    from tests.ui.test_elsewhere import _shown_status
    from ui.main_window import MainWindow
    from ui.session import Session

    store.close()
    reader = _read_only_here(store.path, monkeypatch)  # the owner can still write it
    session = Session(reader, clock=lambda: NOW)
    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    key = _standup(session, 19)
    assert _shown_status(window, key).value == "planned" and not window.elsewhere.poll()
    owner = Store.open(store.path)
    try:
        from ritualdesk import operations

        operations.cancel(owner, key, now=NOW)
    finally:
        owner.close()
    with qtbot.waitSignal(session.changed):
        assert window.elsewhere.poll()
    assert _shown_status(window, key).value == "cancelled"
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere"
    assert session.store.read_only and window.files.read_only_badge.isVisible()
    window.close()
    reader.close()


def test_a_refused_edit_of_several_actions_leaves_no_empty_step_to_undo(qtbot, session):
    """PRAGMA query_only: the file refuses every write, as a read-only one does."""
    from PySide6.QtCore import QItemSelectionModel

    from ritualdesk.model import ActionStatus
    from ui.actions_board import ActionsBoard

    key = _standup(session, 16)
    for title in ("Fix the flaky login test", "Book a room for the review"):
        session.add_action(key, title)
    stack = session.undo_stack
    before = (stack.count(), stack.index(), stack.undoText())
    board = ActionsBoard(session)
    qtbot.addWidget(board)
    board.show()
    selection = board.table.selectionModel()
    for row in range(board.model.rowCount()):
        selection.select(board.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    session.store.conn.execute("PRAGMA query_only = ON")
    board.set_status_of_selection(ActionStatus.DONE)
    session.store.conn.execute("PRAGMA query_only = OFF")
    assert [b.informativeText() for b in _message_boxes(board)][0].endswith("nothing was changed")
    assert (stack.count(), stack.index(), stack.undoText()) == before  # "Add action", not an empty step
    assert all(a.status is ActionStatus.OPEN for a in session.actions())
    board.set_status_of_selection(ActionStatus.DONE)  # the file takes writes again: one step for both
    assert stack.count() == before[0] + 1 and stack.undoText() == "Change the status of 2 actions"


def test_run_mode_on_a_database_that_cannot_be_written_says_the_meeting_cannot_be_run(qtbot, ro_window, ro_session,
                                                                                     read_only, store):
    _, before = read_only
    key = _standup(ro_session, 18)
    ro_window.run_meeting(key)
    boxes = _message_boxes(ro_window)
    assert len(boxes) == 1 and key not in ro_window.run_windows
    assert boxes[0].text() == "This meeting cannot be run."
    assert "cannot be written (it or its folder is read-only)" in boxes[0].informativeText()
    boxes[0].close()
    assert snapshot(store.path.parent) == before
