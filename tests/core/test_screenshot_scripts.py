"""The README's screenshot commands run as written, from a checkout, in any virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("script", ["render.py", "render_meeting.py", "render_desktop.py"])
def test_a_screenshot_script_finds_the_checkout_s_code_and_says_how_to_run_it(script, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # as typed: `python docs/screenshots/...`
    done = subprocess.run([sys.executable, str(ROOT / "docs" / "screenshots" / script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    # It was a ModuleNotFoundError for `ui` (exit 1): `ui` is the checkout's folder, not an installed package.
    assert done.returncode == 2, done.stderr
    assert f"docs/screenshots/{script}" in done.stderr and "Traceback" not in done.stderr
