"""How retrospective cards are drawn in their column: rounded boxes as wide as the column, their texts wrapped."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .sized_rows import RowSizedTable

_PAD = 7  # inside the box, around the text
_MARGIN = 2  # between the box and its room
_GAP = 2  # around each card's room: cards stand 4 pixels apart
_KEPT = 20_000  # sizes kept at most (a board's texts at a few widths); past it they are worked out again


class CardDelegate(QStyledItemDelegate):
    """Cards fit the column's width whatever their text (a long word or address breaks anywhere).

    Each card's size is worked out once per text and width, and kept until the view's font or style
    changes (a new width sizes every card of the column again).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], QSize] = {}
        self._wraps: dict[tuple[str, int], int] = {}

    def forget_sizes(self) -> None:
        """Work every size out again: the font they were measured in changed."""
        self._sizes.clear()
        self._wraps.clear()

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        return max(20, option.rect.width() - 2 * _GAP - 2 * _MARGIN - 2 * _PAD - 2)

    def _flags(self, metrics, text: str, width: int) -> int:
        key = (text, width)
        flags = self._wraps.get(key)
        if flags is None:
            if len(self._wraps) >= _KEPT:
                self._wraps.clear()
            widest = metrics.maxWidth()  # a word of n letters is at most n times that wide: measured if it may not fit
            anywhere = any(len(word) * widest > width and metrics.horizontalAdvance(word) > width
                           for word in text.split())
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
            size = self._sizes[key] = QSize(width + 2 * _PAD + 2 + 2 * _GAP,
                                            max(needed.height(), metrics.height()) + 2 * _PAD + 2 + _GAP)
        return QSize(size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        text = str(index.data() or "")
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        box = option.rect.adjusted(_GAP + _MARGIN, 1 + _GAP // 2, -_GAP - _MARGIN, -1 - _GAP // 2)
        painter.save()
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Base))  # over the table's own row highlight
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        inner = box.adjusted(_PAD, _PAD - 1, -_PAD, -_PAD + 1)
        painter.drawText(inner, self._flags(option.fontMetrics, text, inner.width()), text)
        painter.restore()


class CardColumn(RowSizedTable):
    """A column of cards, one a row: a card added or changed is sized alone, not the whole column laid out again.

    (A QListView lays out every row again for any change of one: a vote on a column of 500 cards.)
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))  # each card as wide as the column, its text wrapped
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)  # as wide as the column, narrower or wider with it
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_shortest(1)  # each card as tall as its text
