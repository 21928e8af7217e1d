"""The standalone build (PyInstaller) builds, starts offscreen and runs `--version` and CLI commands.

Slow (about 1.5 min): not part of the default run; `.ci/run` runs it as its own timed step:
    python -m pytest -q tests/build/test_standalone.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_built_app_runs_its_version_and_the_cli(tmp_path):
    built = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), sys.executable], cwd=ROOT,
                           capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    app = ROOT / "build" / "dist" / "RitualDesk" / "RitualDesk"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["RITUALDESK_CACHE_DIR"] = str(tmp_path / "cache")  # as on a new machine: holidays computed, not read
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, env=env, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("ritualdesk "), version.stderr
    db = tmp_path / "built.sqlite3"
    for args, allowed in ((["demo", "--teams", "1", "--years", "0"], (0,)),
                          (["reminders", "--member", "Ana", "--within", "1w"], (0, 1, 2))):
        done = subprocess.run([str(app), "--db", str(db), *args], capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode in allowed and "Traceback" not in done.stderr, done.stderr
    agenda = subprocess.run([str(app), "--db", str(db), "agenda", "--json"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert agenda.returncode == 0, agenda.stderr
    assert json.loads(agenda.stdout)[0]["uid"].endswith("@ritualdesk")
