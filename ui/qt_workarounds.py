"""Works around a reference-counting bug of the Qt bindings that would end the app after a while.

With PySide6 6.12.0 on CPython 3.11, every call of a Qt method that returns nothing (setPen,
setFont, update...) drops one reference to None, and a signal with a bool argument (toggled,
clicked) drops some hundreds of references to True in its first emissions. A painted calendar
makes thousands of void calls a second and a long session connects many such signals, so the
count of None or of True reaches zero and Python aborts ("none_dealloc", "bool_dealloc:
deallocating True or False").

Measured with tests/perf/qt_references.py (10,000 calls of each kind, CPython 3.11.7):
PySide6 6.8.3, 6.9.3, 6.10.3 and 6.11.3 drop nothing; 6.12.0 drops 10,000 None in 10,000 void
calls and 580 True in the first 1,000 emissions of a bool signal. From CPython 3.12 on, None, True
and False are immortal and the bug is harmless. Whatever the version, the three singletons are
given references enough that no number of calls can free them.
"""

from __future__ import annotations

import os
import sys

HEADROOM = 1 << 56  # references given to each singleton: more calls than a process can make
SINGLETONS = (None, True, False)


def void_calls_drop_none() -> bool:
    """Whether calling a void Qt method loses a reference to None in this process."""
    from PySide6.QtGui import QColor

    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(32):
        color.setAlpha(1)
    return sys.getrefcount(None) < before - 16


def bool_signals_drop_true() -> bool:
    """Whether emitting a Qt signal with a bool argument loses references to True in this process."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        flag = Signal(bool)

    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(300):
        emitter.flag.emit(True)
    return sys.getrefcount(True) < before - 30


def _needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12) and not hasattr(
        sys, "gettotalrefcount")  # immortal singletons from 3.12; a debug build's object header differs


def protect_singletons() -> bool:
    """Give None, True and False enough references that the bug can never free them; whether it was done."""
    if not _needed():
        return False
    for singleton in SINGLETONS:
        if sys.getrefcount(singleton) < HEADROOM // 2:  # not yet protected
            add_references(singleton, HEADROOM)
    return True


def add_references(singleton: object, count: int) -> None:
    """Add `count` to an object's reference count: through /proc/self/mem where there is one, else ctypes."""
    # ob_refcnt is the first field of every object in a release build of CPython 3.11. Importing ctypes
    # costs some 3 ms and 0.5 MB before the first paint; /proc/self/mem costs nothing. References the
    # interpreter takes or drops between the read and the write may be miscounted: a handful, against 2**56.
    address, size = id(singleton), (sys.maxsize.bit_length() + 1) // 8
    try:
        memory = os.open("/proc/self/mem", os.O_RDWR)
    except OSError:
        memory = None
    if memory is not None:
        try:
            now = int.from_bytes(os.pread(memory, size, address), sys.byteorder, signed=True)
            if os.pwrite(memory, (now + count).to_bytes(size, sys.byteorder, signed=True), address) == size:
                return
        except (OSError, OverflowError):
            pass  # a kernel that refuses it: ctypes below
        finally:
            os.close(memory)
    import ctypes

    ctypes.c_ssize_t.from_address(address).value += count


def protect_none() -> bool:
    """The former name of protect_singletons (None was the first object seen freed)."""
    return protect_singletons()


def forget_module_sources() -> None:
    """Drop the source lines PySide6 had Python read and keep for every module imported after it.

    PySide6 checks each newly imported module for `from __feature__ import` by reading its whole
    source (inspect.getsource), which linecache then keeps: some 2 MB once the window's modules are
    imported, held for nothing. Tracebacks read the lines again when they need them.
    """
    import linecache

    linecache.clearcache()
