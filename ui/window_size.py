"""The size a window of its own opens at: the one it asks for, within the screen's available area."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give `window` this size, or the available area of its screen (its parent's) where that is smaller."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else window.screen()) or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width()), min(height, area.height())
    window.resize(width, height)
