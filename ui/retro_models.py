"""Item models of the retrospective board: the cards of one column, and every card ranked for the discussion."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt

from ritualdesk.retro_board import Card, for_discussion

CARD_ID = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole


def _dots(count: int) -> str:
    return f"  {'●' * min(count, 10)}{'+' if count > 10 else ''} {count}" if count else ""


class ColumnModel(QAbstractListModel):
    """One column's cards: each group's head followed by the cards grouped under it."""

    def __init__(self, column: int, parent=None) -> None:
        super().__init__(parent)
        self.column = column
        self._rows: list[tuple[Card, bool]] = []  # (card, grouped under the previous head)
        self._names: dict[int, str] = {}

    def set_cards(self, cards: Sequence[Card], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._names = names
        mine = [c for c in cards if c.column == self.column]
        heads = [c for c in mine if c.group_id is None or all(h.id != c.group_id for h in mine)]
        self._rows = []
        for head in heads:
            self._rows.append((head, False))
            self._rows += [(c, True) for c in cards if c.group_id == head.id]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def card(self, row: int) -> Card:
        return self._rows[row][0]

    def row_of(self, card_id: int) -> int | None:
        return next((i for i, (c, _) in enumerate(self._rows) if c.id == card_id), None)

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        card, grouped = self._rows[index.row()]
        if role == _DISPLAY:
            author = f" — {self._names[card.author_id]}" if card.author_id in self._names else ""
            action = " ✔" if card.action_id else ""
            return f"{'    ↳ ' if grouped else ''}{card.text}{author}{action}{_dots(card.vote_count)}"
        if role == CARD_ID:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n vote(s)", "", card.vote_count)
        return None


class DiscussionModel(QAbstractTableModel):
    """Every group (or lone card) with its votes, most voted first: the order of the discussion."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Card, int, list[Card]]] = []
        self._columns: tuple[str, ...] = ()

    def set_cards(self, cards: Sequence[Card], columns: Sequence[str]) -> None:
        self.beginResetModel()
        self._rows = for_discussion(list(cards))
        self._columns = tuple(columns)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 4:
            return [self.tr("Votes"), self.tr("Column"), self.tr("Card"), self.tr("Grouped with it")][section]
        return None

    def card(self, row: int) -> Card:
        return self._rows[row][0]

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        head, total, group = self._rows[index.row()]
        if role == _DISPLAY:
            column = self._columns[head.column] if head.column < len(self._columns) else "?"
            return [str(total), column, head.text + (" ✔" if head.action_id else ""),
                    " / ".join(c.text for c in group)][index.column()]
        if role == CARD_ID:
            return head.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
