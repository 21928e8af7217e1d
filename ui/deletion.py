"""Deleting a team or a ritual: the person is told what goes with it and confirms; Edit › Undo brings it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .feedback import guarded

translate = QCoreApplication.translate


def confirm(parent: QWidget, *, title: str, question: str, lost: list[str], delete: Callable[[], object],
            then: Callable[[], object] | None = None) -> QMessageBox:
    """Ask (window-modal, not blocking the caller) before `delete`, then `then` once it is done.

    Cancel is the default button: Enter does not delete.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
    undo = translate("deletion", "Edit › Undo (Ctrl+Z) brings it back until you quit RitualDesk.")
    if lost:
        undo = translate("deletion", "Deleted with it: %1.").replace("%1", ", ".join(lost)) + "\n\n" + undo
    box.setInformativeText(undo)
    yes = box.addButton(translate("deletion", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.setObjectName("confirmDeletion")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes and guarded(parent, lambda: delete() or True) and then is not None:
            then()

    box.finished.connect(finished)
    box.open()
    return box


def delete_team(parent: QWidget, session, team_id: int) -> QMessageBox:
    """Team › Delete team…: the team with its members, rituals, history and action items."""
    team = session.team(team_id)
    question = translate("deletion", "Delete the team “%1” and everything it holds?").replace("%1", team.name)
    return confirm(parent, title=translate("deletion", "Delete team"), question=question,
                   lost=session.holdings(team_id=team_id).lost(team=True),
                   delete=lambda: session.delete_team(team_id))


def delete_ritual(parent: QWidget, session, ritual_id: int, *, then: Callable[[], object] | None = None
                  ) -> QMessageBox:
    """The ritual editor's Delete ritual…: the series and its occurrences' records; its action items stay."""
    ritual = session.ritual(ritual_id)
    holdings = session.holdings(ritual_id=ritual_id)
    question = translate("deletion", "Delete the ritual “%1” with every occurrence of it, past and planned?"
                         ).replace("%1", ritual.title)
    if holdings.actions:
        question += " " + translate("deletion", "Its action items stay on the actions board.")
    return confirm(parent, title=translate("deletion", "Delete ritual"), question=question,
                   lost=holdings.lost(team=False), delete=lambda: session.delete_ritual(ritual_id), then=then)
