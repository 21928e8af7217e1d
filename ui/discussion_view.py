"""The retrospective's discussion table: every row as tall as its wrapped card, sized row by row as the board changes.

Qt's ResizeToContents sizes every row and column again at each change of the model (half a second
on a board of 1,500 cards); here an edit sizes the rows it changed (see sized_rows), and the votes'
and columns' widths come from one row per value shown.
"""

from __future__ import annotations

import heapq

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem

from .retro_models import DiscussionModel
from .sized_rows import RowSizedTable

_KEPT = 20_000  # sizes kept at most (a board's texts at a few widths); past it they are worked out again
VOTES, COLUMN, CARD, GROUP = range(4)


class SizedDelegate(QStyledItemDelegate):
    """Qt's own cells, each size worked out once per text, room and font (until the style changes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def forget_sizes(self) -> None:
        """Work every size out again (the style or its sheet changed what a cell's margins are)."""
        self._sizes.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        wrap = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        # Wrapped, a cell's size hint depends on the room it is given, its row's height included.
        room = (option.rect.width(), option.rect.height()) if wrap else None
        key = (index.data(), room, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= _KEPT:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)


class DiscussionView(RowSizedTable):
    """Votes, column, card and the cards grouped with it, most votes first; long texts wrap, rows grow to them."""

    def __init__(self, model: DiscussionModel, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SizedDelegate(self))
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)  # a long card is read whole where it is discussed
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.set_shortest(self.verticalHeader().defaultSectionSize())  # a short card keeps the table's usual row
        header = self.horizontalHeader()
        for column in (VOTES, COLUMN, GROUP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)

    def sizeHintForRow(self, row: int) -> int:  # noqa: N802 (Qt's name)
        """As tall as its card or its group, wrapped (the votes and the column's name fit on one line by width)."""
        model, delegate = self.model(), self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = 0
        for column in (CARD, GROUP):
            index = model.index(row, column)
            if column == GROUP and not index.data():
                continue  # nothing grouped with it
            option.rect.setRect(0, 0, self.columnWidth(column) - (1 if self.showGrid() else 0),
                                max(1, self.rowHeight(row)))
            height = max(height, delegate.sizeHint(option, index).height())
        return height + (1 if self.showGrid() else 0)

    def fit_columns(self) -> None:
        """Votes and column names as wide as their widest; the groups (the longest few) a third of the room at most."""
        model, header, delegate = self.model(), self.horizontalHeader(), self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # as wide as the text on one line
        samples: dict[int, dict] = {VOTES: {}, COLUMN: {}, GROUP: {}}  # one row per value shown
        longest: list[tuple[int, int]] = []  # the groups' texts: the longest few stand for them all
        for row, (head, total, group) in enumerate(model.rows()):
            samples[VOTES].setdefault(total, row)
            samples[COLUMN].setdefault(head.column, row)
            if group:
                longest.append((sum(len(card.text) + 3 for card in group), row))
        samples[GROUP] = {row: row for _, row in heapq.nlargest(3, longest)}
        grid = 1 if self.showGrid() else 0
        for column, rows in samples.items():
            width = max([header.sectionSizeHint(column)]
                        + [delegate.sizeHint(option, model.index(row, column)).width() + grid for row in rows.values()])
            if column == GROUP:
                room = self.viewport().width() - self.columnWidth(VOTES) - self.columnWidth(COLUMN)
                width = max(header.sectionSizeHint(column), min(width, room // 3))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
