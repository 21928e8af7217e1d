"""A big countdown that turns amber near its end, red past it, and flashes when it runs out."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .labels import clock_text

_COLORS = {"ok": ("#1f2937", "#e5f3ea", "#15803d"), "soon": ("#1f2937", "#fdf3d8", "#b45309"),
           "over": ("#ffffff", "#b91c1c", "#b91c1c"), "flash": ("#ffffff", "#f59e0b", "#f59e0b"),
           "idle": ("#6b7280", "transparent", "#9ca3af")}


class TimeboxLabel(QLabel):
    """Shows time left in a timebox; its `state` is 'ok', 'soon' (last fifth), 'over' or 'idle'."""

    def __init__(self, point_size: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setPointSizeF(point_size)
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.setFont(font)
        self.state = "idle"
        self.flashes = 0
        self._flashing = False
        self._paint("idle")

    def show_left(self, left: float, box: float) -> None:
        """`left` seconds remain of a `box`-second timebox (negative: over time)."""
        if box <= 0:
            self.state = "idle"
            self.setText("—")
        else:
            self.state = "over" if left < 0 else "soon" if left <= box / 5 else "ok"
            self.setText(("+" + clock_text(-left)) if left < 0 else clock_text(left))
        if not self._flashing:
            self._paint(self.state)

    def flash(self) -> None:
        """A short visual flash, and the system's beep where there is one: the timebox has run out."""
        self.flashes += 1
        self._flashing = True
        self._paint("flash")
        QApplication.beep()
        QTimer.singleShot(700, self._end_flash)

    def _end_flash(self) -> None:
        self._flashing = False
        self._paint(self.state)

    def _paint(self, state: str) -> None:
        text, background, border = _COLORS[state]
        self.setStyleSheet(f"QLabel {{ color: {text}; background: {background}; border: 2px solid {border}; "
                           "border-radius: 10px; padding: 4px 14px; }")
