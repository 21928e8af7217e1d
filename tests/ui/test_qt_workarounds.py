"""The guard against the bindings dropping references to None keeps long paint sessions alive."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor

from ui.qt_workarounds import protect_none, void_calls_drop_none


def test_many_void_calls_cannot_free_none():
    protect_none()  # idempotent in effect: the headroom dwarfs any count
    color = QColor()
    for _ in range(20_000):  # more than None's own count in a fresh interpreter
        color.setAlpha(1)
    assert sys.getrefcount(None) > 1_000_000 or not void_calls_drop_none()
