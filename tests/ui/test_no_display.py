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


def _unused_display() -> str:
    """An X display number no server listens on here."""
    number = next(n for n in range(99, 199) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    return f":{number}"


def test_a_display_out_of_reach_is_said_in_one_line_in_french(tmp_path):
    database = tmp_path / "team.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    display = _unused_display()  # a DISPLAY left by a closed session (ssh -X gone, an X server stopped)
    env.update(DISPLAY=display, LANGUAGE="fr", LANG="fr_FR.UTF-8", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(database)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)
    # Qt said, in English, that xcb-cursor0 was needed and 'Reinstalling the application may fix this', then
    # aborted (134, a core dump).
    assert done.returncode == 1, done
    assert done.stderr == ("ritualdesk: erreur\u00a0: l’application de bureau ne peut pas joindre l’affichage "
                           f"{display} (la session graphique qu’il désigne est fermée ou hors d’atteinte)\u00a0; "
                           "la ligne de commande fonctionne sans\u00a0: ritualdesk --help\n")
    assert not database.exists()


def test_a_missing_library_of_qt_s_x11_plugin_is_named():
    from ritualdesk import i18n
    from ritualdesk.display import platform_failure_message

    qt_said = ["qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform "
               "plugin.", 'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.',
               "This application failed to start because no Qt platform plugin could be initialized. Reinstalling "
               "the application may fix this problem."]
    i18n.set_language("en")
    said = platform_failure_message(qt_said, {"DISPLAY": ":0"})
    assert "libxcb-cursor0" in said and "apt install" in said and "Reinstalling" not in said
