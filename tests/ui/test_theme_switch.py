"""Switching themes while the team wizard exists: no crash (a Qt 6.12 segfault seen at the second switch)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a child process: the crash it guards against is a segfault, which would end the whole test run.
SWITCHES = r"""
import sys
from datetime import UTC, datetime
from PySide6.QtWidgets import QApplication
from ritualdesk.store import Store
from ui.session import Session
from ui.team_wizard import TeamWizard
from ui.theme import apply_theme, is_dark

app = QApplication([])
apply_theme(app, "light")
session = Session(Store.open(sys.argv[1]), clock=lambda: datetime(2026, 12, 17, 13, 40, tzinfo=UTC))
wizard = TeamWizard(session)  # as on a first run, the wizard made and not shown yet
for theme in ("dark", "light", "dark", "light"):
    apply_theme(app, theme)
    app.processEvents()
    assert is_dark(app.palette()) == (theme == "dark"), theme
wizard.show()
app.processEvents()
apply_theme(app, "dark")
app.processEvents()
print("switched")
"""


def test_themes_switch_back_and_forth_while_the_team_wizard_exists(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SWITCHES, str(tmp_path / "rituals.sqlite3")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "switched", done.stderr[-2000:]
