"""The CLI sub-commands of calendar exchange: export, import, publish."""

from __future__ import annotations

import argparse


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register `export`, `import` and `publish` on the `ritualdesk` parser."""
