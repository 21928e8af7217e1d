"""A checkable list model of the teams: the sidebar shows or hides each team's rituals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from .theme import team_color

if TYPE_CHECKING:
    from ritualdesk.model import Team

TEAM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamsModel(QAbstractListModel):
    """One row per team, by name; checked rows are shown in the calendar."""

    shown_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._teams: list[Team] = []
        self._hidden: set[int] = set()

    def set_teams(self, teams: Sequence[Team]) -> None:
        """Replace the teams, keeping which ones are hidden."""
        self.beginResetModel()
        self._teams = list(teams)
        self.endResetModel()

    def set_hidden(self, team_ids: Iterable[int]) -> None:
        self._hidden = set(team_ids)
        if self._teams:
            self.dataChanged.emit(self.index(0), self.index(len(self._teams) - 1), [Qt.ItemDataRole.CheckStateRole])
        self.shown_changed.emit()

    def hidden_ids(self) -> list[int]:
        return sorted(self._hidden)

    def all_ids(self) -> list[int]:
        return [t.id for t in self._teams]

    def shown_ids(self) -> list[int]:
        """The ids of the checked teams, in sidebar order."""
        return [t.id for t in self._teams if t.id not in self._hidden]

    def team(self, row: int) -> Team | None:
        return self._teams[row] if 0 <= row < len(self._teams) else None

    def row_of(self, team_id: int) -> int:
        return next((i for i, t in enumerate(self._teams) if t.id == team_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._teams)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        team = self._teams[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return team.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{team.name} — {team.timezone}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if team.id in self._hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DecorationRole:
            return team_color(index.row())
        if role == TEAM_ID_ROLE:
            return team.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        team = self._teams[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self._hidden.discard(team.id)
        else:
            self._hidden.add(team.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.shown_changed.emit()
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)
