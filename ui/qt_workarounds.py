"""Works around a reference-counting bug of the Qt bindings that would end the app after a while.

With PySide6 6.12 on CPython 3.11, every call of a Qt method that returns nothing (setPen,
setFont, update...) drops one reference to None. A painted calendar makes thousands of such
calls a second, so None's count soon reaches zero and Python aborts ("none_dealloc"). From
CPython 3.12 on, None is immortal and the bug is harmless; a fixed PySide6 does not drop it.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 56  # references given to None: more void calls than a process can make


def void_calls_drop_none() -> bool:
    """Whether calling a void Qt method loses a reference to None in this process."""
    from PySide6.QtGui import QColor

    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(32):
        color.setAlpha(1)
    return sys.getrefcount(None) < before - 16


def protect_none() -> bool:
    """Give None enough references that the bug can never free it; True when it was needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal None, or a debug build whose object header differs
    if sys.getrefcount(None) > HEADROOM // 2:
        return True  # already protected
    if not void_calls_drop_none():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
