"""A table whose rows are each as tall as their contents, sized row by row as its model changes.

Qt's views size every row again at any change (QListView lays out all its items, ResizeToContents
sizes all sections): on a retrospective board of 1,500 cards that is 0.3 s for one vote. Here an
edit sizes the rows it inserted or changed, and only a new width (or font, or style) sizes them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class RowSizedTable(QTableView):
    """Rows sized to their cells (the delegate's size hints), each when it comes or changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized here, row by row
        self.shortest = rows.defaultSectionSize()  # the table's usual row, at the least
        self._widths: tuple[int, ...] | None = None  # the columns' widths the rows were last sized for
        self._again = QTimer(self)  # a new width sizes every row once the layout has settled
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._settle)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._again.start())  # (not yet its new size)

    def set_shortest(self, height: int) -> None:
        """The height a row has at the least (whatever the font: Qt's own minimum follows it)."""
        self.shortest = height
        self.verticalHeader().setMinimumSectionSize(height)

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        model.rowsInserted.connect(lambda _parent, first, last: self._changed(first, last))
        model.rowsRemoved.connect(lambda *_: self._changed(0, -1))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._changed(top.row(), bottom.row()))
        model.modelReset.connect(self.fit_all)
        model.layoutChanged.connect(self.fit_all)

    def fit_columns(self) -> None:
        """Size the columns that are not stretched (nothing here; a subclass may)."""

    def _changed(self, first: int, last: int) -> None:
        self.fit_columns()
        self.fit_rows(first, last)

    def _settle(self) -> None:
        """Once a resize is over: every row sized again if the columns are not as wide as they were sized for."""
        self.fit_columns()
        if self._widths != self._widths_now():
            self.fit_all()

    def _widths_now(self) -> tuple[int, ...]:
        return tuple(self.columnWidth(column) for column in range(self.horizontalHeader().count()))

    def fit_all(self) -> None:
        """Size the columns, then every row, for the texts and widths they have now."""
        self._again.stop()
        self.fit_columns()
        self.fit_rows(0, self.model().rowCount() - 1)
        self._widths = self._widths_now()

    def fit_rows(self, first: int, last: int) -> None:
        """Each of these rows as tall as its tallest cell (its texts wrapped at their columns' widths)."""
        if self._widths is not None and self._widths != self._widths_now():
            self._widths = None  # sized at widths on their way to others: every row again once they are there
            self._again.start()
        rows = self.verticalHeader()
        for row in range(max(0, first), min(last, self.model().rowCount() - 1) + 1):
            for _ in range(2):  # Qt's hint for a row depends a little on the row's height: once more if it moved
                height = max(self.sizeHintForRow(row), self.shortest)
                if rows.sectionSize(row) == height:
                    break
                rows.resizeSection(row, height)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            forget = getattr(self.itemDelegate(), "forget_sizes", None)
            if forget is not None:
                forget()
            self._widths = None  # every row sized again once the header has its new font
            self._again.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._widths is not None:
            self._again.start()  # the columns' shares of the room, then the rows' heights
