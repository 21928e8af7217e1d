"""The `ritualdesk` entry point: a sub-command runs the CLI, none starts the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ritualdesk.cli import main as cli_main


def _start_gui(database: Path) -> int:
    from .app import run  # Qt is imported only when the window is wanted

    return run(database)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line, or the desktop app when no command is given."""
    return cli_main(argv, gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())
