"""The command line is one set of modules (cli*.py) that imports the core, never the other way round."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
CLI_MODULES = {"cli.py", "cli_common.py", "cli_calendar.py", "cli_caldav.py", "cli_delete.py", "cli_argparse.py"}


def test_argparse_is_used_by_the_cli_modules_only():
    users = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ritualdesk").rglob("*.py")
                   if "import argparse" in path.read_text(encoding="utf-8") and path.name not in CLI_MODULES)
    assert users == []


def test_no_core_module_reaches_back_into_the_cli():
    reaching = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ritualdesk").rglob("*.py")
                      if path.name not in CLI_MODULES and "from .. import cli" in path.read_text(encoding="utf-8"))
    assert reaching == []


def test_the_sub_command_modules_load_without_the_main_cli_module():
    code = ("import sys, ritualdesk.cli_calendar, ritualdesk.cli_caldav, ritualdesk.cli_delete; "
            "assert 'ritualdesk.cli' not in sys.modules, 'a cycle back into cli.py'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_core_module_names_the_desktop_app():
    import ast

    naming = []
    for path in (ROOT / "ritualdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            if any(n == "ui" or n.startswith(("ui.", "PySide6")) for n in names):
                naming.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert naming == []
