"""The `ritualdesk` entry point: a sub-command runs the CLI, none starts the desktop app."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def gui_database(argv: Sequence[str]) -> str | None | bool:
    """The --db of a command line that asks for the app (None: the default database); False for the CLI.

    Told without importing the CLI, whose imports would cost the window its instant start.
    """
    database: str | None = None
    rest = list(argv)
    while rest:
        argument = rest.pop(0)
        if argument == "--db" and rest and rest[0] and not rest[0].startswith("-"):
            database = rest.pop(0)
        elif argument.startswith("--db=") and len(argument) > len("--db="):
            database = argument.removeprefix("--db=")
        else:
            return False  # a command, --help, --version or a mistake: the CLI says what to do
    return database


def _minutes_pdf(document) -> bytes:
    """Minutes as PDF, through Qt (imported only when a PDF is asked for)."""
    from .minutes_pdf import pdf_bytes

    return pdf_bytes(document)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line, or the desktop app when no command is given."""
    argv = list(sys.argv[1:] if argv is None else argv)
    database = gui_database(argv)
    if database is False:
        from ritualdesk import verify_ahead

        verify_ahead.begin(argv)  # the database's checks run on another core while the CLI is imported
        from ritualdesk.cli import main as cli_main

        return cli_main(argv, pdf_writer=_minutes_pdf)
    from ritualdesk.display import no_display, no_display_message

    if no_display(os.environ):
        from ritualdesk import i18n

        i18n.set_language(i18n.language_from_environment())  # as the command line speaks
        print("ritualdesk: " + i18n._("error: {error}").format(error=no_display_message()), file=sys.stderr)
        return 1
    from ritualdesk.paths import database_path

    from .app import run

    return run(database_path(database))


if __name__ == "__main__":
    sys.exit(main())
