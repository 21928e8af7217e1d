"""A table model of upcoming occurrences: when, team, ritual, facilitator, status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ritualdesk.model import Occurrence


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


class AgendaModel(QAbstractTableModel):
    """Occurrences as rows; names are resolved from the dictionaries given with them."""

    HEADERS = ("When", "Team", "Ritual", "Facilitator", "Status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._headers = (_tr("When"), _tr("Team"), _tr("Ritual"), _tr("Facilitator"), _tr("Status"))

    def set_occurrences(self, occurrences: Sequence[Occurrence], *, teams: dict, rituals: dict, members: dict) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = [
            (
                f"{o.start:%a %d %b %H:%M}",
                teams.get(o.team_id, ""),
                rituals[o.key.ritual_id].title if o.key.ritual_id in rituals else "",
                members.get(o.facilitator_id, "—"),
                o.status.value,
            )
            for o in occurrences
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
