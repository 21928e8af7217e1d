"""The guard against the bindings dropping references to None, True and False keeps long sessions alive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor

from ui.qt_workarounds import SINGLETONS, protect_singletons, void_calls_drop_none

ROOT = Path(__file__).resolve().parents[2]

MILLION = r"""
import sys
from ui.qt_workarounds import protect_singletons
protect_singletons()  # what ui.app.run does before the first paint
from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QColor

class Emitter(QObject):
    flag = Signal(bool)

color, rect, emitter = QColor(1, 2, 3), QRect(0, 0, 5, 5), Emitter()
emitter.flag.connect(lambda value: None)
for _ in range(1_000_000):
    color.setAlpha(1)  # void: PySide6 6.12.0 drops a None
    rect.isEmpty()  # returns False
    color.isValid()  # returns True
for _ in range(100_000):
    emitter.flag.emit(True)  # PySide6 6.12.0 drops a True about one time in three
    emitter.flag.emit(False)
print("survived")
"""


def test_a_million_void_and_bool_returning_qt_calls_do_not_end_the_process():
    """In a child process, so that the abort the bug causes shows as a failure instead of ending the run."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", MILLION], capture_output=True, text=True, env=environment,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "survived", done.stderr[-500:]


def test_every_singleton_the_bug_hits_is_protected():
    if not protect_singletons():
        return  # CPython 3.12+: immortal singletons
    assert all(sys.getrefcount(singleton) > 1 << 50 for singleton in SINGLETONS)


def test_many_void_calls_cannot_free_none():
    protect_singletons()  # idempotent in effect: the headroom dwarfs any count
    color = QColor()
    for _ in range(20_000):  # more than None's own count in a fresh interpreter
        color.setAlpha(1)
    assert sys.getrefcount(None) > 1_000_000 or not void_calls_drop_none()


def test_references_are_added_without_ctypes_where_the_system_allows_it():
    from ui.qt_workarounds import add_references

    class Thing:
        pass

    thing = Thing()
    before = sys.getrefcount(thing)
    add_references(thing, 3)
    assert sys.getrefcount(thing) == before + 3
    add_references(thing, -3)  # give them back: the object can be freed as usual
    assert sys.getrefcount(thing) == before


def test_protecting_the_singletons_imports_no_ctypes_on_linux():
    if not sys.platform.startswith("linux"):
        return
    code = ("import sys\nfrom ui.qt_workarounds import protect_singletons\ndone = protect_singletons()\n"
            "print('ctypes' in sys.modules, not done or sys.getrefcount(None) > 1 << 50)")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr[-500:]


def test_forgotten_module_sources_are_read_again_for_a_traceback():
    import linecache
    import traceback

    import ui.settings
    from ui.qt_workarounds import forget_module_sources

    linecache.getlines(ui.settings.__file__)  # as PySide6's check of each imported module leaves it
    forget_module_sources()
    assert linecache.cache == {}
    try:
        raise ValueError("seen")
    except ValueError:
        text = traceback.format_exc()
    assert 'raise ValueError("seen")' in text  # the lines are read again when a traceback needs them
