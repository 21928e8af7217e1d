"""Help › Keyboard shortcuts lists every window's shortcuts, each under where it works, in English and French."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser

from ui.shortcuts_help import ShortcutsHelp


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _sections(window) -> dict[str, dict[str, str]]:
    return {heading: dict(rows) for heading, rows in ShortcutsHelp().sections(window, window._build_panel())}


def test_the_panel_board_and_meeting_windows_have_their_sections(window):
    found = _sections(window)
    assert list(found) == ["Everywhere in the main window", "Week view", "Occurrence panel", "Actions board",
                           "Run mode", "Retrospective board"]
    panel = found["Occurrence panel"]
    assert panel["Mark held"] == _native("Ctrl+Shift+H") and panel["Save notes"] == _native("Ctrl+S")
    assert panel["Keep the selected carried-over actions (retrospective)"] == _native("Ctrl+Shift+K")  # not "Keep"
    assert "Keep" not in panel and "Mark held" not in found["Everywhere in the main window"]
    assert found["Actions board"]["Mark the selected rows done / reopen / drop them"].count("/") == 2
    assert found["Run mode"]["Next speaker"] == _native("Space") and found["Run mode"]["Full screen on or off"]
    assert found["Retrospective board"]["Vote for the selected card / take back a vote"]
    assert found["Everywhere in the main window"]["Undo"] == window.undo_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)


def test_an_open_run_window_adds_nothing_to_the_main_windows_list(window, session):
    from datetime import datetime

    from ritualdesk.model import OccurrenceKey

    before = _sections(window)["Everywhere in the main window"]
    standup = OccurrenceKey(next(r for r in session.rituals() if r.title == "Mêlée").id, datetime(2026, 3, 18, 9, 30))
    window.run_meeting(standup)  # its Space, F11… are the run window's: listed under Run mode only
    assert _sections(window)["Everywhere in the main window"] == before
    window.run_windows[standup].close()


def test_the_dialog_reads_in_french(french, window, qtbot):
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    text = dialog.findChild(QTextBrowser).toPlainText()
    for heading in ("Partout dans la fenêtre principale", "Panneau de l’occurrence", "Tableau des actions",
                    "Animation de la réunion", "Tableau de la rétrospective"):
        assert heading in text
    assert "Garder les actions reportées sélectionnées" in text and "Intervenant suivant" in text
    dialog.close()
