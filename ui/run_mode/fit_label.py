"""A big one-line label that makes its font smaller to fit its width instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    """Shows its text in the height of one line of its font: on one line, or smaller on two (down to a quarter
    of the size) when it would not fit; past that the text is elided and whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._size = self.font().pointSizeF()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_base_font(self, font) -> None:
        """The font at its largest."""
        self._size = font.pointSizeF()
        self.setFont(font)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._text = text
        self._fit()

    def full_text(self) -> str:
        return self._text

    def _line_height(self) -> int:
        font = self.font()
        font.setPointSizeF(self._size)
        return int(QFontMetricsF(font).height()) + 1 + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False  # always one line of the largest size high, whatever the wrapping

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self._line_height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self._line_height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(1.0, self.contentsRect().width() - 2.0 * self.margin())
        font = self.font()
        font.setPointSizeF(self._size)
        height = QFontMetricsF(font).height()  # one line at the largest size: the room the layout gives
        size = self._size
        while size > self._size / 4 and not _fits(font, self._text, room, height):
            size = max(self._size / 4, size * 0.92)
            font.setPointSizeF(size)
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)
        metrics = QFontMetricsF(font)
        one_line = metrics.horizontalAdvance(self._text) <= room
        shown = self._text if one_line or _fits(font, self._text, room, height) else metrics.elidedText(
            self._text, Qt.TextElideMode.ElideRight, room)
        self.setWordWrap(not one_line)
        self.setToolTip(self._text if shown != self._text else "")
        super().setText(shown)


def _fits(font, text: str, width: float, height: float) -> bool:
    """Whether `text` word-wrapped in `width` takes no more than `height` and breaks no word."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return True
    wrapped = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
    return wrapped.width() <= width and wrapped.height() <= height
