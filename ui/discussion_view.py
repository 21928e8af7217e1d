"""The retrospective's discussion table: every row as tall as its wrapped card, sized row by row as the board changes.

Qt's ResizeToContents sizes every row and column again at each change of the model (half a second
on a board of 1,500 cards); here an edit sizes the rows it changed, and a new width all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from .retro_models import DiscussionModel

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


class DiscussionView(QTableView):
    """Votes, column, card and the cards grouped with it, most votes first; long texts wrap, rows grow to them."""

    def __init__(self, model: DiscussionModel, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SizedDelegate(self))
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)  # a long card is read whole where it is discussed
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized here, row by row
        self._shortest = rows.defaultSectionSize()  # a short card keeps the table's usual row
        rows.setMinimumSectionSize(self._shortest)  # (whatever the font: Qt's minimum follows it)
        header = self.horizontalHeader()
        for column in (VOTES, COLUMN, GROUP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)
        self._widths: tuple[int, ...] | None = None  # the columns' widths the rows were last sized for
        self._again = QTimer(self)  # a new width sizes every row once the layout has settled
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._settle)
        model.rowsInserted.connect(lambda _parent, first, last: self._changed(first, last))
        model.rowsRemoved.connect(lambda *_: self._changed(0, -1))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._changed(top.row(), bottom.row()))
        model.modelReset.connect(self.fit_all)
        model.layoutChanged.connect(self.fit_all)
        header.sectionResized.connect(self._resized)

    def _changed(self, first: int, last: int) -> None:
        self.fit_columns()
        self.fit_rows(first, last)

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        self._again.start()  # (a section's size is not yet the new one while it says so)

    def _settle(self) -> None:
        """Once a resize is over: every row sized again if the columns are not as wide as they were sized for."""
        self.fit_columns()
        if self._widths != self._widths_now():
            self.fit_all()

    def _widths_now(self) -> tuple[int, ...]:
        return tuple(self.columnWidth(column) for column in range(self.model().columnCount()))

    def fit_all(self) -> None:
        """Size the columns, then every row, for the texts and widths they have now."""
        self._again.stop()
        self.fit_columns()
        self.fit_rows(0, self.model().rowCount() - 1)
        self._widths = self._widths_now()

    def fit_columns(self) -> None:
        """The votes and column names as wide as their widest; the group at most a third of the room."""
        model, header, delegate = self.model(), self.horizontalHeader(), self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # as wide as the text on one line
        samples: dict[int, dict] = {VOTES: {}, COLUMN: {}, GROUP: {}}  # one row per value shown
        for row, (head, total, group) in enumerate(model.rows()):
            samples[VOTES].setdefault(total, row)
            samples[COLUMN].setdefault(head.column, row)
            if group:
                samples[GROUP].setdefault(id(group), row)
        grid = 1 if self.showGrid() else 0
        for column, rows in samples.items():
            width = max([header.sectionSizeHint(column)]
                        + [delegate.sizeHint(option, model.index(row, column)).width() + grid for row in rows.values()])
            if column == GROUP:
                room = self.viewport().width() - self.columnWidth(VOTES) - self.columnWidth(COLUMN)
                width = max(header.sectionSizeHint(column), min(width, room // 3))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def fit_rows(self, first: int, last: int) -> None:
        """Each of these rows as tall as its tallest cell (its texts wrapped at their columns' widths)."""
        if self._widths is not None and self._widths != self._widths_now():
            self._widths = None  # sized at widths on their way to others: every row again once they are there
            self._again.start()
        rows = self.verticalHeader()
        for row in range(max(0, first), min(last, self.model().rowCount() - 1) + 1):
            for _ in range(2):  # Qt's hint for a row depends a little on the row's height: once more if it moved
                height = max(self.sizeHintForRow(row), self._shortest)
                if rows.sectionSize(row) == height:
                    break
                rows.resizeSection(row, height)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.itemDelegate().forget_sizes()
            self._widths = None  # every row sized again once the header has its new font
            self._again.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._widths is not None:
            self._again.start()  # the group's share of the room, then the rows' heights

