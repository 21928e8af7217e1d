"""How retrospective cards are drawn in their column: rounded boxes as wide as the column, their text wrapped in them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PAD = 7  # inside the box, around the text
_MARGIN = 2  # between the box and the column's edge
_KEPT = 20_000  # sizes kept at most (a board's texts at a few widths); past it they are worked out again


class CardDelegate(QStyledItemDelegate):
    """Cards fit the column's width whatever their text (a long word or address breaks anywhere).

    A column is laid out again whole at each change of its cards (QListView sizes every row), so each
    card's size is worked out once per text and width, and kept until the view's font or style changes.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], QSize] = {}
        self._wraps: dict[tuple[str, int], int] = {}

    def forget_sizes(self) -> None:
        """Work every size out again: the font they were measured in changed."""
        self._sizes.clear()
        self._wraps.clear()

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(20, width - 2 * _MARGIN - 2 * _PAD - 2)

    def _flags(self, metrics, text: str, width: int) -> int:
        key = (text, width)
        flags = self._wraps.get(key)
        if flags is None:
            if len(self._wraps) >= _KEPT:
                self._wraps.clear()
            anywhere = any(metrics.horizontalAdvance(word) > width for word in text.split())
            wrap = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
            flags = self._wraps[key] = int(wrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return flags

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        text = str(index.data() or "")
        width = self._text_width(option)
        key = (text, width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= _KEPT:
                self._sizes.clear()
            metrics = option.fontMetrics
            needed = metrics.boundingRect(QRect(0, 0, width, 100000), self._flags(metrics, text, width), text)
            size = self._sizes[key] = QSize(width + 2 * _PAD + 2, max(needed.height(), metrics.height()) + 2 * _PAD + 2)
        return QSize(size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        text = str(index.data() or "")
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        box = option.rect.adjusted(_MARGIN, 1, -_MARGIN, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        inner = box.adjusted(_PAD, _PAD - 1, -_PAD, -_PAD + 1)
        painter.drawText(inner, self._flags(option.fontMetrics, text, inner.width()), text)
        painter.restore()


class CardList(QListView):
    """A column of cards; a card changed within its size is painted again, the column not laid out again.

    QListView lays out every row again for any change of one (a vote on a column of 500 cards).
    """

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # noqa: N802 (Qt's name)
        if top_left == bottom_right and top_left.isValid() and self._fits(top_left):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)  # its box painted again, no more
            return
        super().dataChanged(top_left, bottom_right, roles)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, CardDelegate):
                delegate.forget_sizes()  # before the layout this change asks for
        super().changeEvent(event)

    def _fits(self, index) -> bool:
        """Whether the card's new text takes the height its box was laid out with."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return self.visualRect(index).height() == self.itemDelegate().sizeHint(option, index).height()
