"""The architecture: importing the core loads no Qt module and nothing from ui."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, ritualdesk\n"
        "for m in pkgutil.walk_packages(ritualdesk.__path__, 'ritualdesk.'):\n"
        "    if m.name != 'ritualdesk.__main__': importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'PyQt')) or n == 'ui' "
        "or n.startswith('ui.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
