"""The calendar exchange in the app: the Export, Publish and Import dialogs, and publishing after each change."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer

from ritualdesk.model import OccurrenceKey, RitualKind
from ui import settings as keys
from ui.export_dialog import ExportDialog
from ui.import_dialog import ImportDialog
from ui.publish_dialog import PublishDialog


@pytest.fixture(autouse=True)
def _in_english(english):
    """Every test here reads the English catalogue's plural forms ("10 minutes")."""

AWAY = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:away-1@test\r\nDTSTART;VALUE=DATE:20260323\r\nDTEND;VALUE=DATE:20260326\r\n"
        "SUMMARY:Holiday\r\nATTENDEE:mailto:chloé@castors.example\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:away-2@test\r\nDTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260402\r\n"
        "SUMMARY:Someone else\r\nATTENDEE:mailto:nobody@elsewhere.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _standup_key(session, day):
    ritual = next(r for r in session.rituals() if r.kind is RitualKind.STANDUP)
    return OccurrenceKey(ritual.id, datetime(2026, 3, day, 9, 30))


# -- export -------------------------------------------------------------------------------------------------


def test_export_a_members_standups_with_alarms(qtbot, session, tmp_path):
    dialog = ExportDialog(session, session.teams()[0].id)
    qtbot.addWidget(dialog)
    dialog.scope.setCurrentIndex(dialog.scope.findText("Ana's calendar (Les Castors)", Qt.MatchFlag.MatchContains))
    for kind, box in dialog.kinds.items():
        box.setChecked(kind is RitualKind.STANDUP)
    dialog.alarms.setChecked(True)
    dialog.alarm_minutes.setValue(15)
    target = tmp_path / "ana.ics"
    dialog.path.setText(str(target))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.progress.bar.isHidden() or dialog.job is None  # busy while it writes
    qtbot.waitUntil(lambda: dialog.job is None)
    assert "Wrote" in dialog.progress.label.text()
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events and all(str(e["CATEGORIES"].cats[0]) == "standup" for e in events)
    assert all(e.walk("VALARM") for e in events)
    assert any(len(e.walk("VALARM")) == 3 for e in events)  # her own turns: the stronger set


def test_export_needs_a_kind_and_a_sane_horizon(qtbot, session):
    dialog = ExportDialog(session, session.teams()[0].id)
    qtbot.addWidget(dialog)
    for box in dialog.kinds.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert "ritual kind" in dialog.progress.label.text()
    dialog.kinds[RitualKind.RETROSPECTIVE].setChecked(True)
    dialog.last.setDate(dialog.first.date().addDays(-1))
    assert not dialog.export_button.isEnabled()


def test_a_failed_export_says_why_and_writes_nothing(qtbot, session, tmp_path):
    dialog = ExportDialog(session, session.teams()[0].id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.ics"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.job is None)
    assert "does not exist" in dialog.progress.label.text()
    assert dialog.export_button.isEnabled()


# -- publish ------------------------------------------------------------------------------------------------


def _publish_dialog(qtbot, session, settings, folder):
    dialog = PublishDialog(session, settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is None)
    dialog.folder.setText(str(folder))
    qtbot.waitUntil(lambda: dialog.job is None)  # the diff, computed once a folder is chosen
    return dialog


def _tree_lines(dialog):
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def test_publish_shows_each_feeds_diff_before_writing_then_nothing_left(qtbot, session, settings, tmp_path):
    folder = tmp_path / "shared"
    dialog = _publish_dialog(qtbot, session, settings, folder)
    lines = _tree_lines(dialog)
    assert lines[0].startswith("team-les-castors.ics — ") and "(first publication)" in lines[0]
    assert len(lines) == 5  # the team and its four members
    assert not folder.exists()  # a preview writes nothing
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and hasattr(dialog, "results") and not dialog.last_result_text,
                    timeout=20000)
    assert sorted(p.name for p in folder.iterdir())[-1] == "team-les-castors.ics"
    assert all(line.endswith("no change") for line in _tree_lines(dialog))
    assert "5 feeds published" in dialog.progress.label.text()
    assert settings.get(keys.PUBLISH_FOLDER) == str(folder)


def _published_then_moved(qtbot, session, settings, folder):
    """The publish dialog after a first publication, then a stand-up moved to Thursday 19 March 11:00."""
    dialog = _publish_dialog(qtbot, session, settings, folder)
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.job is None and hasattr(dialog, "results") and not dialog.last_result_text,
                    timeout=20000)
    session.move(_standup_key(session, 19), datetime(2026, 3, 19, 11, 0))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.job is None)
    return dialog


def test_another_folder_shows_every_feed_as_a_first_publication_there(qtbot, session, settings, tmp_path):
    dialog = _published_then_moved(qtbot, session, settings, tmp_path / "shared")
    dialog.folder.setText(str(tmp_path / "elsewhere"))
    dialog.folder.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.tree.topLevelItemCount() == 5)
    lines = _tree_lines(dialog)
    assert all(line.endswith("(first publication)") and " 0 changed, 0 removed" in line for line in lines), lines
    dialog.folder.setText(str(tmp_path / "shared"))
    dialog.folder.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.tree.topLevelItemCount() == 5)
    assert _tree_lines(dialog)[0] == "team-les-castors.ics — 0 added, 1 changed, 0 removed"


def test_after_a_move_the_diff_lists_the_changed_event(qtbot, session, settings, tmp_path):
    dialog = _published_then_moved(qtbot, session, settings, tmp_path / "shared")
    team = dialog.tree.topLevelItem(0)
    assert team.text(0) == "team-les-castors.ics — 0 added, 1 changed, 0 removed"
    group = team.child(0)
    assert group.text(0) == "Changed (1)"
    assert group.child(0).text(0).startswith("Mêlée") and "19 Mar 2026 11:00" in group.child(0).text(1)


def test_publishing_after_each_change_is_debounced_and_says_when(qtbot, window, session, settings, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    settings.set(keys.PUBLISH_FOLDER, str(folder))
    settings.set(keys.PUBLISH_AUTO, True)
    timer = QTimer()
    from ui.exchange import AutoPublisher

    auto = AutoPublisher(session, settings, timer=timer)
    published = []
    auto.published.connect(published.append)
    session.move(_standup_key(session, 19), datetime(2026, 3, 19, 11, 0))
    session.move(_standup_key(session, 20), datetime(2026, 3, 20, 11, 0))
    assert timer.isActive() and timer.interval() == 3000
    timer.stop()
    assert published == []  # nothing yet: the edits are still coming
    timer.timeout.emit()
    qtbot.waitUntil(lambda: len(published) == 1, timeout=20000)
    assert (folder / "team-les-castors.ics").is_file()
    assert auto.last_published == session.now()
    session.undo_stack.undo()
    assert timer.isActive()


def test_the_status_bar_says_when_it_last_published(qtbot, window, settings, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    settings.set(keys.PUBLISH_FOLDER, str(folder))
    settings.set(keys.PUBLISH_AUTO, True)
    auto = window.exchange.auto
    auto.publish_now()
    qtbot.waitUntil(lambda: auto.job is None and auto.last_published is not None, timeout=20000)
    expected = auto.last_published.astimezone().strftime("%H:%M")
    assert window.exchange.status.text() == f"Published at {expected}"


def test_no_auto_publishing_unless_asked(qtbot, session, settings):
    from ui.exchange import AutoPublisher

    timer = QTimer()
    AutoPublisher(session, settings, timer=timer)
    session.move(_standup_key(session, 19), datetime(2026, 3, 19, 11, 0))
    assert not timer.isActive()


# -- import -------------------------------------------------------------------------------------------------


def _import_dialog(qtbot, session, path):
    dialog = ImportDialog(session, session.teams()[0].id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.dry_run()
    qtbot.waitUntil(lambda: dialog.job is None)
    return dialog


def test_import_shows_the_dry_run_then_imports_as_one_undoable_step(qtbot, session, tmp_path):
    source = tmp_path / "away.ics"
    source.write_text(AWAY, encoding="utf-8")
    dialog = _import_dialog(qtbot, session, source)
    imported, skipped = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert imported.text(0) == "Will be imported (1)" and imported.child(0).text(1) == "absence"
    assert skipped.text(0) == "Skipped (1)" and skipped.child(0).text(0) == "Someone else"
    assert skipped.child(0).text(2)  # why
    assert session.absences() == []  # a dry run writes nothing
    with qtbot.waitSignal(session.changed, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [absence] = session.absences()
    assert (absence.start.isoformat(), absence.end.isoformat()) == ("2026-03-23", "2026-03-25")
    assert session.undo_stack.undoText() == "Import away.ics"
    session.undo_stack.undo()
    assert session.absences() == []
    session.undo_stack.redo()
    assert len(session.absences()) == 1


def test_a_file_that_cannot_be_imported_says_why_and_changes_nothing(qtbot, session, tmp_path):
    source = tmp_path / "junk.ics"
    source.write_bytes(b"\x00\x01 binary junk")
    dialog = _import_dialog(qtbot, session, source)
    assert dialog.report is None and not dialog.import_button.isEnabled()
    assert "junk.ics" in dialog.progress.label.text()
    assert session.undo_stack.count() == 0


def test_the_file_menu_offers_export_publish_and_import(window):
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    for text in ("Export calendar…", "Publish calendars…", "Import calendar…"):
        assert text in texts
    assert window.exchange.import_action.shortcut().toString() == "Ctrl+I"
    window.export_calendar()
    assert isinstance(window.exchange.last_dialog, ExportDialog)
    window.exchange.last_dialog.close()
    assert timedelta(0) == timedelta(0)


def test_the_export_dialog_opens_on_the_team_selected_not_the_first_one(qtbot, demo):
    later = demo.teams()[1]  # teams are listed by name: the first one was always chosen
    dialog = ExportDialog(demo, later.id)
    qtbot.addWidget(dialog)
    assert dialog.scope.currentData() == ("team", later.id)
    assert dialog.path.text().endswith(f"{later.name}.ics")


def test_the_diff_names_days_and_months_in_french(qtbot, french, session, settings, tmp_path):
    dialog = _published_then_moved(qtbot, session, settings, tmp_path / "shared")
    changed = dialog.tree.topLevelItem(0).child(0).child(0)
    assert changed.text(1) == "jeu. 19 mars 2026 11:00", changed.text(1)  # it said 'Thu 19 Mar 2026'
