"""The fairness chart, painted with QPainter: turns held and planned against the fair share, and who is owed."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .fairness_models import MemberTurns, figure
from .theme import is_dark

HELD = QColor("#2563eb")
ABOVE = QColor("#d97706")  # did more than their share
BELOW = QColor("#0891b2")  # owes the team turns


class FairnessChart(QWidget):
    """One line per member: held (solid) and planned (light) bars, a mark at the fair share, and owed
    as a bar either side of zero."""

    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberTurns] = []
        self.painted_labels: list[tuple[QRectF, str]] = []  # each bar's "held + planned", where it was last painted
        self.owed_x = 0.0  # where the owed bars begin, as last painted
        self.turns_x = 0.0  # where the turns bars begin (the names end before), as last painted
        self.painted_names: list[str] = []  # each member's name as last painted (elided when too long)
        self.legend_bottom = 0.0  # where the legend ends, as last painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Fairness chart"))

    def set_rows(self, rows: Sequence[MemberTurns]) -> None:
        self._rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 70 + self.ROW * max(3, len(self._rows)))

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        dark = is_dark(palette)
        planned = QColor(HELD)
        planned.setAlpha(110 if dark else 80)
        return {"text": palette.color(QPalette.ColorRole.WindowText), "base": palette.color(QPalette.ColorRole.Base),
                "grid": palette.color(QPalette.ColorRole.Mid), "planned": planned,
                "share": QColor("#f3f4f6") if dark else QColor("#111827")}

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors()
        painter.fillRect(self.rect(), colors["base"])
        metrics = self.fontMetrics()
        if not self._rows:
            painter.setPen(colors["text"])
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No turns in this period."))
            return
        pad = 12
        # A long name is elided: the names take at most a third of the width, the bars the rest.
        names_w = min(max(metrics.horizontalAdvance(r.name) for r in self._rows) + 16,
                      max(60, int(self.width() / 3)))
        legend_h = self._paint_legend(painter, colors, pad, pad) - pad + 14
        top = pad + legend_h + metrics.height() + 4
        row_h = max(22, min(self.ROW * 1.4, (self.height() - top - pad) / len(self._rows)))
        width = self.width() - names_w - 2 * pad
        number_w = metrics.horizontalAdvance("+00.0") + 12
        turns_w, owed_w = width * 0.6, width * 0.4 - 16 - number_w
        turns_x = pad + names_w
        owed_x = turns_x + turns_w + 16
        self.owed_x, self.turns_x, self.painted_labels, self.painted_names = owed_x, turns_x, [], []
        most = max(max(r.held + r.planned, r.share) for r in self._rows) or 1
        # Room for the "held + planned" label after the longest bar: it never runs into the owed bars.
        label_w = max(metrics.horizontalAdvance(_turns_label(r)) for r in self._rows) + 6
        reach = max(max(abs(r.owed) for r in self._rows), 1.0)
        painter.setPen(colors["text"])
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        head_y = pad + legend_h
        painter.drawText(QRectF(turns_x, head_y, turns_w, metrics.height()), int(Qt.AlignmentFlag.AlignLeft),
                         painter.fontMetrics().elidedText(self.tr("Turns held + planned (fair share: |)"),
                                                          Qt.TextElideMode.ElideRight, int(turns_w)))
        owed_head = QRectF(owed_x, head_y, owed_w + number_w, metrics.height())
        painter.drawText(owed_head, int(Qt.AlignmentFlag.AlignHCenter), painter.fontMetrics().elidedText(
            self.tr("Owed (− owes, + is owed)"), Qt.TextElideMode.ElideRight, int(owed_head.width())))
        painter.setFont(self.font())
        scale = max(turns_w - label_w, turns_w / 2) / (math.ceil(most) + 0.5)
        zero = owed_x + owed_w / 2
        painter.setPen(QPen(colors["grid"], 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(zero), int(top - 2), int(zero), int(top + row_h * len(self._rows)))
        for i, row in enumerate(self._rows):
            y = top + i * row_h
            bar_h = row_h * 0.56
            bar_y = y + (row_h - bar_h) / 2
            painter.setPen(colors["text"])
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, int(names_w - 8))
            painter.drawText(QRectF(pad, y, names_w - 8, row_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name)
            self.painted_names.append(name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HELD)
            painter.drawRoundedRect(QRectF(turns_x, bar_y, row.held * scale, bar_h), 2, 2)
            painter.setBrush(colors["planned"])
            painter.drawRoundedRect(QRectF(turns_x + row.held * scale, bar_y, row.planned * scale, bar_h), 2, 2)
            share_x = turns_x + row.share * scale
            painter.setPen(QPen(colors["share"], 2))
            painter.drawLine(int(share_x), int(bar_y - 3), int(share_x), int(bar_y + bar_h + 3))
            painter.setPen(colors["text"])
            end = turns_x + (row.held + row.planned) * scale + 6
            label = (QRectF(max(end, share_x + 6), y, label_w, row_h), _turns_label(row))
            painter.drawText(label[0], int(Qt.AlignmentFlag.AlignVCenter), label[1])
            self.painted_labels.append(label)
            length = (owed_w / 2 - 4) * (row.owed / reach)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ABOVE if row.owed > 0 else BELOW)
            painter.drawRoundedRect(QRectF(min(zero, zero + length), bar_y, abs(length), bar_h), 2, 2)
            painter.setPen(colors["text"])
            painter.drawText(QRectF(owed_x + owed_w, y, number_w, row_h),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), figure(row.owed, sign=True))

    def _paint_legend(self, painter: QPainter, colors: dict[str, QColor], x: float, y: float) -> float:
        """The legend's items in rows (wrapped like words in a narrow chart); where it ends."""
        metrics = self.fontMetrics()
        items = [(HELD, self.tr("held")), (colors["planned"], self.tr("planned")),
                 (ABOVE, self.tr("did more than their share")), (BELOW, self.tr("owes turns"))]
        left = x
        for color, text in items:
            if x > left and x + 18 + metrics.horizontalAdvance(text) > self.width() - left:
                x, y = left, y + metrics.height() + 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, y + 3, 14, metrics.height() - 6), 2, 2)
            painter.setPen(colors["text"])
            painter.drawText(QRectF(x + 18, y, metrics.horizontalAdvance(text) + 4, metrics.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
            x += 18 + metrics.horizontalAdvance(text) + 18
        self.legend_bottom = y + metrics.height()
        return self.legend_bottom


def _turns_label(row: MemberTurns) -> str:
    """What a member's bar says: turns held, and planned after a plus."""
    return f"{row.held}" + (f" + {row.planned}" if row.planned else "")
