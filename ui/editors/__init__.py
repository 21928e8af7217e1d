"""Dialogs that edit teams, members, rituals and sprints; invalid input is flagged where it is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from ritualdesk.errors import RitualDeskError

from ..date_field import date_edit
from ..feedback import show_error

Problem = tuple[QWidget, str]  # the field at fault and what to tell the person


def flag(widget: QWidget, problem: str | None) -> None:
    """Give an invalid field a red border and its problem as a tooltip (or take them away)."""
    widget.setProperty("invalid", bool(problem))
    if not widget.objectName():
        widget.setObjectName(f"field_{id(widget):x}")
    # Selected by name so the border stays on this widget and does not cascade to its children.
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setStyleSheet(f"#{widget.objectName()} {{ border: 1px solid #c0392b; border-radius: 3px; }}"
                         if problem else "")
    widget.setToolTip(problem or "")


class OptionalDate(QWidget):
    """A check box that enables a date: unchecked means 'no date'."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = date_edit(self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self):
        """The chosen date, or None."""
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day) -> None:
        """Show `day` (None: unchecked)."""
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day))

    def connect_changed(self, slot) -> None:
        """Call `slot` whenever the value changes."""
        self.check.toggled.connect(slot)
        self.edit.dateChanged.connect(slot)


class EditorDialog(QDialog):
    """A dialog with Save/Cancel whose Save stays disabled while `problems()` finds any."""

    _ordered = False  # Save and Cancel moved to the end of the Tab order (at the first show)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._flagged: list[QWidget] = []
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The first time: Save and Cancel come last with Tab, and the focus is in the first field.

        They are made here, before a subclass makes its fields: Tab order follows creation, so the
        dialog opened with the focus on Save, and Tab from the last field wrapped to it first.
        """
        if not self._ordered:
            self._ordered = True
            chain, widget = [], self.nextInFocusChain()
            while widget is not self and widget not in chain:
                chain.append(widget)
                widget = widget.nextInFocusChain()
            tabbed = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
            fields = [w for w in tabbed if not self.buttons.isAncestorOf(w)]
            ends = [w for w in tabbed if self.buttons.isAncestorOf(w)]
            for before, after in zip([*fields[-1:], *ends], ends, strict=False):
                QWidget.setTabOrder(before, after)
            focus = self.focusWidget()
            if fields and (focus is None or self.buttons.isAncestorOf(focus)):
                fields[0].setFocus(Qt.FocusReason.TabFocusReason)
        super().showEvent(event)

    def problems(self) -> Sequence[Problem]:
        """What is wrong with the input now (empty when it can be saved)."""
        return ()

    def save(self) -> None:
        """Write the edit through the session (may raise RitualDeskError)."""

    def failed_text(self) -> str | None:
        """What a refused save tells the person (None: that the change could not be made)."""
        return None

    def revalidate(self) -> bool:
        """Flag the invalid fields, list the problems, enable Save only when valid; whether valid."""
        found = list(self.problems())
        for widget in self._flagged:
            flag(widget, None)
        for widget, message in found:
            flag(widget, message)
        self._flagged = [widget for widget, _ in found]
        self.message_label.setText("\n".join(message for _, message in found))
        self.save_button.setEnabled(not found)
        return not found

    def _save_clicked(self) -> None:
        if not self.revalidate():
            return
        try:
            self.save()
        except RitualDeskError as error:
            show_error(self, error, text=self.failed_text())
            return
        self.accept()


def ask_unsaved(parent: QWidget, name: str, *, savable: bool, answer: Callable[[bool], None]) -> QMessageBox:
    """Ask, without blocking, what becomes of the unsaved edit of `name`: answer(True) to save it, answer(False)
    to discard it; Cancel (or Escape) calls nothing: the person goes back to the form."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
                      QCoreApplication.translate("UnsavedChanges", "Save the changes to %1?").replace("%1", name),
                      parent=parent)
    box.setInformativeText(
        QCoreApplication.translate("UnsavedChanges", "Otherwise they are lost.") if savable else
        QCoreApplication.translate("UnsavedChanges", "They cannot be saved as they are: correct them, or discard "
                                                     "them."))
    box.setStandardButtons((buttons.Save if savable else buttons.NoButton) | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save if savable else buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    box.setObjectName("unsavedChanges")

    def finished(_result: int) -> None:
        chosen = box.standardButton(box.clickedButton())  # none for Escape: as Cancel
        box.deleteLater()
        if chosen in (buttons.Save, buttons.Discard):
            answer(chosen == buttons.Save)

    box.finished.connect(finished)
    box.open()
    return box


class FormDialog(QDialog):
    """A dialog whose form has its own Save button: leaving an unsaved edit asks first (Save / Discard / Cancel).

    A subclass says whether the form holds an edit (`has_changes`), what it is the edit of
    (`unsaved_name`), whether it could be saved as it is (`revalidate`) and saves it (`save_edit`).
    """

    _closing = False  # the person chose to discard: closing goes on without asking again

    def has_changes(self) -> bool:
        raise NotImplementedError

    def unsaved_name(self) -> str:
        raise NotImplementedError

    def revalidate(self) -> bool:
        raise NotImplementedError

    def save_edit(self) -> bool:
        raise NotImplementedError

    def ask_then(self, then: Callable[[], None]) -> None:
        """Save or discard the unsaved edit, then `then()`; Cancel goes back to the form."""
        def answer(save: bool) -> None:
            if not save or self.save_edit():
                then()

        ask_unsaved(self, self.unsaved_name(), savable=self.revalidate(), answer=answer)

    def reject(self) -> None:
        if self.has_changes() and not self._closing:
            self.ask_then(self._close_anyway)
            return
        super().reject()

    def _close_anyway(self) -> None:
        self._closing = True
        self.reject()


def key_label(text: str, parent: QWidget) -> QLabel:
    """A secondary, greyed explanation."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label
