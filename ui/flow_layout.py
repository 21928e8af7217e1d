"""A layout that lays its widgets out in a row and wraps them onto more rows when the width runs out."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Widgets left to right at their preferred sizes, wrapped like words; one stretches to end its row.

    A row of buttons then needs only the width of its widest button: a narrow side panel (or a
    longer French label) wraps it instead of clipping it or asking for a horizontal scroll bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: QWidget | None = None  # set_stretch: the widget that takes what is left of its row
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def set_stretch(self, widget: QWidget | None) -> None:
        """The widget that grows to the end of its row."""
        self._stretch = widget
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(_preferred_width(item) for item in shown) + self._spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """One widget a row: the widest one's minimum width."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                   Qt.Orientation.Horizontal)

    @staticmethod
    def _width(item: QLayoutItem, room: int) -> int:
        width = _preferred_width(item)
        width = min(width, room) if room > 0 else width
        return max(width, item.minimumSize().width())

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the rows out in `rect` (or only measure them); the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing()
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        shown = self._shown()
        widths = [self._width(item, area.width()) for item in shown]
        for index, item in enumerate(shown):
            width = widths[index]
            # A label starts a row with its field rather than ending the row above without it ("Author:" alone).
            together = width + gap + widths[index + 1] if _labels_next(shown, index) else width
            if rows[-1] and used + gap + min(together, area.width()) > area.width():
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append((item, width))
        y = area.y()
        for row in rows:
            if not row:
                continue
            spare = area.width() - sum(w for _, w in row) - gap * (len(row) - 1)
            height = max(_height(item, width) for item, width in row)
            x = area.x()
            for item, width in row:
                if spare > 0 and item.widget() is not None and item.widget() is self._stretch:
                    width += spare
                if move:  # centred on the row's middle, as a QHBoxLayout does
                    own = _height(item, width)
                    item.setGeometry(QRect(QPoint(x, y + (height - own) // 2), QSize(width, own)))
                x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0


def _labels_next(shown: list[QLayoutItem], index: int) -> bool:
    """Whether the item at `index` is the label of the one after it (its buddy)."""
    label = shown[index].widget()
    return (isinstance(label, QLabel) and index + 1 < len(shown) and label.buddy() is not None
            and label.buddy() is shown[index + 1].widget())


def _preferred_width(item: QLayoutItem) -> int:
    """An item's width on a row of its own: a wrapped label's whole line (its size hint wraps it short)."""
    label = item.widget()
    if isinstance(label, QLabel) and label.wordWrap() and label.textFormat() != Qt.TextFormat.RichText:
        margins = label.contentsMargins()
        return (label.fontMetrics().horizontalAdvance(label.text()) + 2 * label.margin()
                + margins.left() + margins.right() + 2)
    return item.sizeHint().width()


def _height(item: QLayoutItem, width: int) -> int:
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

