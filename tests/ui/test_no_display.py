"""`ritualdesk` with no screen to open on says so in one line instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ritualdesk.display import no_display

ROOT = Path(__file__).resolve().parents[2]


def test_a_session_without_x11_or_wayland_has_no_display():
    assert no_display({}, "linux")
    assert no_display({"DISPLAY": ""}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")  # chosen by the person: Qt is asked
    assert not no_display({}, "win32") and not no_display({}, "darwin")


def test_the_app_without_a_display_says_so_in_french_and_opens_nothing(tmp_path):
    database = tmp_path / "team.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LANGUAGE="fr", LANG="fr_FR.UTF-8", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(database)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)
    assert done.returncode == 1, done  # Qt alone aborts: 134
    assert done.stderr.startswith("ritualdesk: erreur\u00a0: l’application de bureau a besoin d’une session graphique")
    assert done.stderr.count("\n") == 1 and "qt.qpa" not in done.stderr
    assert not database.exists() and not (tmp_path / "config").exists()
