"""How a retrospective card is drawn in its column: a rounded box as wide as the column, its text wrapped in it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PAD = 7  # inside the box, around the text
_MARGIN = 2  # between the box and the column's edge


class CardDelegate(QStyledItemDelegate):
    """Cards fit the column's width whatever their text (a long word or address breaks anywhere)."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(20, width - 2 * _MARGIN - 2 * _PAD - 2)

    @staticmethod
    def _flags(metrics, text: str, width: int) -> int:
        words = text.split()
        anywhere = any(metrics.horizontalAdvance(word) > width for word in words)
        wrap = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
        return int(wrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        text = str(index.data() or "")
        width = self._text_width(option)
        metrics = option.fontMetrics
        needed = metrics.boundingRect(QRect(0, 0, width, 100000), self._flags(metrics, text, width), text)
        return QSize(width + 2 * _PAD + 2, max(needed.height(), metrics.height()) + 2 * _PAD + 2)

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
