"""Combo and spin boxes that a passing mouse wheel cannot change: only one the person has focused turns.

Qt lets the wheel change a combo or spin box under the pointer, focused or not: scrolling a panel
whose boxes pass under the pointer, or resting it on one, then edits a value that may be saved at
once. A guarded box takes the focus by click or Tab only (StrongFocus), and an unfocused one leaves
the wheel to its parents (the panel scrolls instead).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    """An event filter: a wheel over a guarded box without the focus goes to the box's parents."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not accepted: QApplication offers it to the parents (a scroll area scrolls)
            return True
        return False


_guard: _WheelGuard | None = None


def guard_wheel(*widgets: QWidget) -> None:
    """Guard these combo and spin boxes, and every one inside them, against an unfocused wheel."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    for widget in widgets:
        boxes = [widget] if isinstance(widget, _GUARDED) else []
        for kind in _GUARDED:
            boxes += widget.findChildren(kind)
        for box in boxes:
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.removeEventFilter(_guard)  # installed once however often it is guarded
            box.installEventFilter(_guard)
