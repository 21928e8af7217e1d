"""The desktop entry and the AppStream metainfo pass their validators (CI installs both)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).parents[2] / "packaging"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_the_desktop_entry_validates():
    done = subprocess.run([_tool("desktop-file-validate"), str(PACKAGING / "org.ritualdesk.RitualDesk.desktop")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_appstream_metainfo_validates():
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net",
                           str(PACKAGING / "org.ritualdesk.RitualDesk.metainfo.xml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_starts_the_command_that_pip_installs():
    entry = (PACKAGING / "org.ritualdesk.RitualDesk.desktop").read_text(encoding="utf-8")
    assert "\nExec=ritualdesk\n" in entry and "\nIcon=org.ritualdesk.RitualDesk\n" in entry
    assert (PACKAGING / "icons" / "org.ritualdesk.RitualDesk.svg").is_file()


def test_the_desktop_entry_names_the_window_class_the_app_gives_its_windows():
    """X11 docks match a window to its entry by WM_CLASS, whose class Qt takes from the application name."""
    entry = (PACKAGING / "org.ritualdesk.RitualDesk.desktop").read_text(encoding="utf-8")
    app = (PACKAGING.parent / "ui" / "app.py").read_text(encoding="utf-8")
    name = re.search(r'setApplicationName\("([^"]+)"\)', app).group(1)
    assert f"\nStartupWMClass={name}\n" in entry
    assert "'" not in entry.split("Comment[fr]=", 1)[1].splitlines()[0]  # French typography: ’
