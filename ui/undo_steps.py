"""Several edits as one step of Edit › Undo (a macro), and no empty step when every one of them was refused."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack


def end_macro(stack: QUndoStack) -> None:
    """End the macro begun last; one that holds no edit (each was refused: a read-only file) leaves no step behind.

    Qt keeps an empty macro on the stack: Edit › Undo would then offer to undo what was never made.
    """
    stack.endMacro()
    macro = stack.command(stack.index() - 1)
    if macro is not None and macro.childCount() == 0:
        macro.setObsolete(True)  # undone while obsolete, a command is removed, and nothing is replayed
        stack.undo()
