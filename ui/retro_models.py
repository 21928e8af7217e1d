"""Item models of the retrospective board: a column's cards, every card ranked for discussion, the heads to group under.

Each takes the board's cards whole and changes only the rows that differ (see row_diff), so that an
edit of one card on a board of a thousand keeps the views' selection and place and lays out one row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt

from ritualdesk.retro_board import Card, for_discussion

from .row_diff import DiffRows

CARD_ID = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole


def _dots(count: int) -> str:
    return f"  {'●' * min(count, 10)}{'+' if count > 10 else ''} {count}" if count else ""


def grouped_under(cards: Sequence[Card]) -> dict[int, list[Card]]:
    """The cards grouped under each head, by the head's id, in the board's order."""
    members: dict[int, list[Card]] = {}
    for card in cards:
        if card.group_id is not None:
            members.setdefault(card.group_id, []).append(card)
    return members


def column_rows(cards: Sequence[Card], column: int, members: dict[int, list[Card]], *,
                last: bool = False) -> list[tuple[Card, bool]]:
    """A column's rows: each of its heads (or a card whose head is in another column), the cards grouped under it.

    The board's last column shows too the cards of columns its format has not (written in a wider one).
    """
    mine = [c for c in cards if c.column == column or last and c.column > column]
    here = {c.id for c in mine}
    rows: list[tuple[Card, bool]] = []
    for card in mine:
        if card.group_id is None or card.group_id not in here:
            rows.append((card, False))
            rows += [(c, True) for c in members.get(card.id, ())]
    return rows


def _card_id(row: tuple) -> int:
    return row[0].id


class ColumnModel(DiffRows, QAbstractListModel):
    """One column's cards: each group's head followed by the cards grouped under it."""

    def __init__(self, column: int, parent=None, *, last: bool = False) -> None:
        super().__init__(parent)
        self.column, self.last = column, last
        self._rows: list[tuple[Card, bool]] = []  # (card, grouped under the previous head)
        self._names: dict[int, str] = {}

    def set_cards(self, cards: Sequence[Card], names: dict[int, str], *,
                  members: dict[int, list[Card]] | None = None) -> bool:
        """Show these cards of the board (those of this column), authors named from `names`; whether it was reset."""
        if names != self._names:  # a member renamed: every card of theirs reads again
            self._names = dict(names)
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        members = grouped_under(cards) if members is None else members
        return self.replace_rows(column_rows(cards, self.column, members, last=self.last), _card_id)

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


class DiscussionModel(DiffRows, QAbstractTableModel):
    """Every group (or lone card) with its votes, most voted first: the order of the discussion."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Card, int, list[Card]]] = []
        self._columns: tuple[str, ...] = ()

    def set_cards(self, cards: Sequence[Card], columns: Sequence[str]) -> None:
        if tuple(columns) != self._columns:  # another format: every row's column reads again
            self._columns = tuple(columns)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))
        self.replace_rows(for_discussion(list(cards)), _card_id)

    def rows(self) -> list[tuple[Card, int, list[Card]]]:
        """Each row's head, its group's votes and the cards grouped under it."""
        return self._rows

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

    def column_name(self, column: int) -> str:
        """A column's name; a column the format has not is shown in, and named after, the last one."""
        return self._columns[min(column, len(self._columns) - 1)] if self._columns else "?"

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        head, total, group = self._rows[index.row()]
        if role == _DISPLAY:
            return [str(total), self.column_name(head.column), head.text + (" ✔" if head.action_id else ""),
                    " / ".join(c.text for c in group)][index.column()]
        if role == CARD_ID:
            return head.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GroupTargetsModel(DiffRows, QAbstractListModel):
    """The cards another can be grouped under (those under none), as the group box lists them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []  # (card id, its text's start)

    def set_cards(self, cards: Sequence[Card]) -> None:
        self.replace_rows([(c.id, c.text[:40]) for c in cards if c.group_id is None], lambda row: row[0])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][1]
        if role == Qt.ItemDataRole.UserRole:  # what the combo box's currentData() and findData() read
            return self._rows[index.row()][0]
        return None
