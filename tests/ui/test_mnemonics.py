"""Every Alt+letter of a window presses one thing, in English and French (a shared letter only moves the focus).

Save, Cancel, OK and Close carry one too on GNOME and KDE (&Save, &Annuler), none on the offscreen platform:
they are counted with the letter those desktops give them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)

from ritualdesk.model import OccurrenceKey

MNEMONIC = re.compile(r"&([^&\s])")
_BOX = QDialogButtonBox.StandardButton
_DESKTOP_TEXTS = {_BOX.Ok: "&OK", _BOX.Save: "&Save", _BOX.Cancel: "&Cancel", _BOX.Close: "&Close"}  # Qt's GNOME theme


def _letters(texts) -> dict[str, list[str]]:
    """Each Alt+letter and the texts that claim it, when more than one does."""
    found = defaultdict(list)
    for text in texts:
        match = MNEMONIC.search((text or "").replace("&&", ""))
        if match:
            found[match.group(1).casefold()].append(text)
    return {letter: claims for letter, claims in found.items() if len(claims) > 1}


def _window_texts(root: QWidget) -> list[str]:
    """The mnemonics a person can reach in `root` as it is shown: buttons, labels of fields, tabs, menus."""
    texts = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(_button_text(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
    return texts


def _button_text(button: QAbstractButton) -> str:
    """A button's text, a standard one's as GNOME and KDE show it (in the language installed)."""
    box = button.parent()
    if isinstance(box, QDialogButtonBox) and (standard := box.standardButton(button)) in _DESKTOP_TEXTS:
        return QCoreApplication.translate("QGnomeTheme", _DESKTOP_TEXTS[standard])
    return button.text()


def _clashes(root: QWidget) -> dict[str, list[str]]:
    QApplication.processEvents()
    return _letters(_window_texts(root))


def _key(session, title: str, moment: datetime) -> OccurrenceKey:
    return OccurrenceKey(next(r for r in session.rituals() if r.title == title).id, moment)


STANDUP = ("Mêlée", datetime(2026, 3, 18, 9, 30))  # today on the fixture's clock
RETRO = ("Rétro", datetime(2026, 3, 27, 15, 0))  # a planned one: its panel shows the carried actions
PAST_RETRO = ("Rétro", datetime(2026, 3, 13, 15, 0))  # run mode opens from its day on


@pytest.fixture(params=["english", "french"])
def language(request):
    request.getfixturevalue(request.param)
    return request.param


def test_the_main_window_with_each_page_and_the_panel(language, window, session, qtbot):
    for title, moment in (STANDUP, RETRO):
        key = _key(session, title, moment)
        window.reveal_occurrence(key)
        window._on_selected(key)
        qtbot.waitUntil(lambda k=key: window.panel.key == k)
        assert _clashes(window) == {}, title
    for page in ("actions", "fairness"):
        window.show_view(page)
        assert _clashes(window) == {}, page
    for menu in window.menuBar().findChildren(QMenu):
        assert _letters(a.text() for a in menu.actions() if a.isVisible()) == {}, menu.title()


def test_run_mode_and_the_board(language, session, qtbot):
    from ui.retro_board import RetroBoard
    from ui.run_mode.window import RunWindow

    for window in (RunWindow(session, _key(session, *STANDUP)), RunWindow(session, _key(session, *PAST_RETRO)),
                   RetroBoard(session, _key(session, *RETRO))):
        qtbot.addWidget(window)
        window.show()
        assert _clashes(window) == {}, type(window).__name__


def test_the_editors_and_dialogs(language, session, settings, qtbot):
    from ui.editors.members_editor import MembersEditor
    from ui.editors.ritual_editor import RitualEditor
    from ui.editors.sprints_editor import SprintsEditor
    from ui.editors.team_editor import TeamEditor
    from ui.export_dialog import ExportDialog
    from ui.import_dialog import ImportDialog
    from ui.minutes_export import MinutesExport
    from ui.preferences import PreferencesDialog
    from ui.publish_dialog import PublishDialog
    from ui.team_wizard import TeamWizard

    team = session.teams()[0]
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    dialogs = [TeamEditor(session, team.id), TeamEditor(session, None), MembersEditor(session, team.id), SprintsEditor(session, team.id),
               RitualEditor(session, team.id, ritual.id), RitualEditor(session, team.id, None),
               ExportDialog(session, team.id), ImportDialog(session, team.id),
               MinutesExport(session, key=_key(session, *STANDUP), team_id=team.id),
               PreferencesDialog(settings, session), PublishDialog(session, settings), TeamWizard(session)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, PreferencesDialog):
            for row in range(dialog.page_list.count()):
                dialog.page_list.setCurrentRow(row)
                assert _clashes(dialog) == {}, dialog.page_list.item(row).text()
            continue
        if isinstance(dialog, TeamWizard):
            for _ in range(len(dialog.pageIds())):  # each page with the wizard's own buttons (< Back, Next >)
                assert _clashes(dialog) == {}, type(dialog.currentPage()).__name__
                dialog.button(dialog.WizardButton.NextButton).setEnabled(True)
                dialog.next()
            continue
        assert _clashes(dialog) == {}, type(dialog).__name__


def _without_letter(root: QWidget) -> list[str]:
    """The buttons and check boxes of `root` that neither an Alt letter nor a shortcut presses.

    Standard buttons are left out (Enter and Escape press them), and so are rows of like check boxes
    (the days of the week, the kinds of ritual): a letter each would be a puzzle, Tab and Space reach them.
    """
    QApplication.processEvents()
    rows = [layout for layout in root.findChildren(QLayout)
            if sum(isinstance(layout.itemAt(i).widget(), QCheckBox) for i in range(layout.count())) >= 4]
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text() or isinstance(button.parent(), QDialogButtonBox):
            continue
        if MNEMONIC.search(button.text().replace("&&", "")) or not button.shortcut().isEmpty():
            continue
        if any(row.indexOf(button) >= 0 for row in rows):
            continue
        found.append(button.text())
    return found


def test_every_command_and_option_of_the_editors_has_an_alt_letter(language, session, settings, qtbot):
    from ui.editors.members_editor import MembersEditor
    from ui.editors.ritual_editor import RitualEditor
    from ui.editors.sprints_editor import SprintsEditor
    from ui.editors.team_editor import TeamEditor
    from ui.export_dialog import ExportDialog
    from ui.import_dialog import ImportDialog
    from ui.minutes_export import MinutesExport
    from ui.preferences import PreferencesDialog

    team = session.teams()[0]
    ritual = next(r for r in session.rituals() if r.title == "Mêlée")
    dialogs = [TeamEditor(session, team.id), TeamEditor(session, None), MembersEditor(session, team.id),
               SprintsEditor(session, team.id), RitualEditor(session, team.id, ritual.id),
               RitualEditor(session, team.id, None), ExportDialog(session, team.id), ImportDialog(session, team.id),
               MinutesExport(session, key=_key(session, *STANDUP), team_id=team.id),
               PreferencesDialog(settings, session)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, PreferencesDialog):
            for row in range(dialog.page_list.count()):
                dialog.page_list.setCurrentRow(row)
                assert _without_letter(dialog) == [], dialog.page_list.item(row).text()
            continue
        assert _without_letter(dialog) == [], type(dialog).__name__


def test_every_command_of_the_panel_run_mode_and_the_board_has_an_alt_letter(language, window, session, qtbot):
    """Mark held, Save notes and the board's votes had only their shortcuts: no Alt letter, in either language."""
    from ui.retro_board import RetroBoard
    from ui.run_mode.window import RunWindow

    for title, moment in (STANDUP, RETRO):
        key = _key(session, title, moment)
        window.reveal_occurrence(key)
        window._on_selected(key)
        qtbot.waitUntil(lambda k=key: window.panel.key == k)
        panel = window.panel
        # With the menus', every letter of the panel's words is taken: the review buttons keep Ctrl+Shift+K, D, X.
        review = [b.text() for b in (panel.keep_button, panel.done_button, panel.drop_button) if b.isVisibleTo(panel)]
        assert _without_letter(panel) == review, title
        assert MNEMONIC.search(panel.held_button.text()) and MNEMONIC.search(panel.save_notes_button.text())
        assert _clashes(window) == {}, title
    board = RetroBoard(session, _key(session, *RETRO))
    for run in (RunWindow(session, _key(session, *STANDUP)), board):
        qtbot.addWidget(run)
        run.show()
        assert _without_letter(run) == [], type(run).__name__
    for page in range(board.tabs.count()):
        board.tabs.setCurrentIndex(page)
        assert _without_letter(board) == [] and _clashes(board) == {}, board.tabs.tabText(page)
