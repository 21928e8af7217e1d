"""`pip install` puts the app under `ritualdesk_ui`, never a top-level `ui`, and the installed command runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return next(out.glob("ritualdesk-*.whl"))


def test_the_wheel_has_no_top_level_ui(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    assert "ui" not in tops
    assert "ritualdesk_ui/launcher.py" in names and "ritualdesk_ui/editors/__init__.py" in names
    assert any(n.startswith("ritualdesk_ui/resources/icons/") for n in names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "ritualdesk = ritualdesk_ui.launcher:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_the_wheel_carries_every_style_and_icon_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("styles", "icons"):
        files = sorted((ROOT / "resources" / folder).iterdir())
        assert files
        for file in files:  # the dark style sheet's tick image as much as the sheets themselves
            assert f"ritualdesk_ui/resources/{folder}/{file.name}" in names, file


def test_the_installed_app_runs_from_its_own_name(wheel, tmp_path):
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    assert not (target / "ui").exists() and (target / "ritualdesk_ui" / "launcher.py").is_file()
    code = ("import sys, ritualdesk_ui.launcher as l, ritualdesk_ui.resources as r\n"
            f"assert l.__file__.startswith({str(target)!r}), l.__file__\n"
            "assert (r.resources_dir() / 'icons').is_dir()\n"
            "sys.exit(l.main(['--version']))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("ritualdesk ")
