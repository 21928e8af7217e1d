"""Help › Keyboard shortcuts: every shortcut of the main window, the panel, the board and the meeting windows."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText


def _keys(*sequences: str) -> str:
    """Key sequences as the person's platform and language write them ("Ctrl+Maj+D" in French)."""
    return " / ".join(QKeySequence(s).toString(NATIVE) for s in sequences)


class ShortcutsHelp(QObject):
    """The texts of the help, translated in their own context."""

    def sections(self, window, panel: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
        """(heading, [(what it does, keys)]) for the main window (its own actions), the week view, the panel, the
        actions board, run mode and the retrospective board: the last three are listed before they are opened."""
        fixed = {window.undo_action: self.tr("Undo"), window.redo_action: self.tr("Redo")}  # not "Undo Mark held"

        def listed(owner) -> list[tuple[str, str]]:
            return [(fixed.get(a) or a.text().replace("&", ""), a.shortcut().toString(NATIVE))
                    for a in owner.findChildren(QAction) if a.parent() is owner and not a.shortcut().isEmpty()
                    and (a in fixed or a.text())]

        return [
            (self.tr("Everywhere in the main window"), listed(window)),
            (self.tr("Week view"), [
                (self.tr("Select the previous / next ritual"), self.tr("Up / Down")),
                (self.tr("Select the nearest ritual on the previous / next day"), self.tr("Left / Right")),
                (self.tr("Move the selected ritual by 15 minutes"), self.tr("Ctrl+Shift+Up / Down")),
                (self.tr("Move the selected ritual by a day"), self.tr("Ctrl+Shift+Left / Right")),
                (self.tr("Open the selected ritual"), self.tr("Enter"))]),
            (self.tr("Occurrence panel"), listed(panel)),
            (self.tr("Actions board"), [
                (self.tr("Search actions"), _keys("Ctrl+F")),
                (self.tr("Export the visible rows"), _keys("Ctrl+E")),
                (self.tr("Mark the selected rows done / reopen / drop them"),
                 _keys("Ctrl+Shift+D", "Ctrl+Shift+O", "Ctrl+Shift+X"))]),
            (self.tr("Run mode"), [
                (self.tr("Next speaker"), _keys("Space")),
                (self.tr("Next phase"), _keys("Ctrl+Right")),
                (self.tr("Two more minutes for the phase"), _keys("Ctrl++")),
                (self.tr("Finish the meeting"), _keys("Ctrl+Return")),
                (self.tr("Full screen on or off"), _keys("F11")),
                (self.tr("The retrospective's board"), _keys("Ctrl+B")),
                (self.tr("Undo / redo"), _keys("Ctrl+Z", "Ctrl+Shift+Z"))]),
            (self.tr("Retrospective board"), [
                (self.tr("Vote for the selected card / take back a vote"), _keys("Ctrl+Up", "Ctrl+Down")),
                (self.tr("Edit the selected card"), _keys("F2")),
                (self.tr("Undo / redo"), _keys("Ctrl+Z", "Ctrl+Shift+Z"))]),
        ]


def show_shortcuts(window, panel: QWidget) -> QDialog:
    """A dialog that scrolls (a message box taller than the screen was cut at the top), sized to its rows."""
    help_texts = ShortcutsHelp()
    found = help_texts.sections(window, panel)
    html = "<table>"
    for heading, rows in found:
        html += f"<tr><td colspan='2'><br><b>{escape(heading)}</b></td></tr>"
        html += "".join(f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;<b>{escape(keys)}</b></td></tr>"
                        for name, keys in rows)
    html += "</table>"
    box = QDialog(window)
    box.setObjectName("shortcutsDialog")
    box.setWindowTitle(help_texts.tr("Keyboard shortcuts"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser = QTextBrowser(box)
    browser.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
    buttons.rejected.connect(box.reject)
    layout = QVBoxLayout(box)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    metrics = browser.fontMetrics()
    bold = QFont(browser.font())
    bold.setBold(True)
    rows = [row for _, section in found for row in section]
    wide = max(metrics.horizontalAdvance(name) + QFontMetrics(bold).horizontalAdvance(keys) for name, keys in rows)
    tall = (len(rows) + 2 * len(found) + 1) * (metrics.lineSpacing() + 4)
    screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    box.resize(min(wide + 8 * metrics.averageCharWidth() + 60, screen.width() * 9 // 10),
               min(tall + buttons.sizeHint().height() + 60, screen.height() * 8 // 10))
    box.open()
    return box
