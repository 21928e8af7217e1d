"""Entry script of the standalone build: the same `ritualdesk` command, CLI and desktop app."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
