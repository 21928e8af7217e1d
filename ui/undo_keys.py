"""Undo and redo in a window of its own (run mode, the retrospective board): the session's one undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def add_undo_keys(window: QWidget, undo_stack: QUndoStack) -> tuple[QAction, QAction]:
    """Ctrl+Z and Ctrl+Shift+Z (the platform's keys) in `window`; a text field keeps its own while it has the focus."""
    undo = undo_stack.createUndoAction(window, QCoreApplication.translate("UndoKeys", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(window, QCoreApplication.translate("UndoKeys", "&Redo"))
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    window.addActions([undo, redo])
    return undo, redo
