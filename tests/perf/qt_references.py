"""Which of None, True and False the installed PySide6 loses references to, per kind of Qt call.

Run: QT_QPA_PLATFORM=offscreen python tests/perf/qt_references.py
(in a throwaway virtual environment per PySide6 version to compare them; see ui/qt_workarounds.py
for the versions measured). The singletons get headroom first, so that the probe survives the
bug it measures; a 0 means the kind of call is clean, N the references lost in N calls.
"""

from __future__ import annotations

import ctypes
import sys

for singleton in (None, True, False):
    ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40

import PySide6  # noqa: E402
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QStringListModel, Signal  # noqa: E402,E501
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QApplication, QCheckBox  # noqa: E402

CALLS = 10_000


def lost(call, singleton, calls: int = CALLS) -> int:
    before = sys.getrefcount(singleton)
    for _ in range(calls):
        call()
    return before - sys.getrefcount(singleton)


class Filter(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        return True


class Accepting(QSortFilterProxyModel):
    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt's name
        return True


class Emitter(QObject):
    flag = Signal(bool)
    bare = Signal()


class Empty(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def main() -> None:
    app = QApplication.instance() or QApplication([])
    color, box, target = QColor(1, 2, 3), QCheckBox(), QObject()
    watcher = Filter()
    target.installEventFilter(watcher)
    proxy = Accepting()
    proxy.setSourceModel(QStringListModel([str(i) for i in range(100)]))
    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    emitter.bare.connect(lambda: None)
    empty = Empty()
    results = {
        "void method (None)": lost(lambda: color.setAlpha(1), None),
        "method returning None (None)": lost(lambda: empty.index(0).data(), None),
        "method returning True (True)": lost(lambda: color.isValid(), True),
        "method returning False (False)": lost(lambda: box.isChecked(), False),
        "Python eventFilter returning True (True)": lost(
            lambda: QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User)), True),
        "Python filterAcceptsRow x100 (True)": lost(proxy.invalidate, True, CALLS // 100),
        "emit(True) (True)": lost(lambda: emitter.flag.emit(True), True),
        "emit(False) (False)": lost(lambda: emitter.flag.emit(False), False),
        "emit() (None)": lost(emitter.bare.emit, None),
    }
    print(f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}, {CALLS} calls each")
    for kind, count in results.items():
        print(f"  {kind:45} {count}")
    app.quit()


if __name__ == "__main__":
    main()
