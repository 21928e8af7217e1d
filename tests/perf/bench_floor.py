"""What PySide6 alone costs a window over a bare QMainWindow: the floor under the start-up targets.

Run it by hand (pytest does not collect tests/perf):

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_floor.py [--runs 15]

Three windows made with PySide6 only (not a line of RitualDesk) are started in fresh processes,
alternately with the bare window of `bench_ui.py` and through the same probe, which notes each
window's first paint: the bare window using the `Qt` namespace once (PySide6 then builds its
enums), the same with one line of text (the font system's first use), and the chrome of a
calendar app (six menus of eight actions with shortcuts, a tool bar, a sidebar list, a splitter,
a label and a status bar, the Fusion style). Each ratio is the median of the pairwise ratios to
the bare window of the same round.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ui import BARE_SCRIPT, BARE_WINDOW, run_child  # noqa: E402

QT_ONCE = BARE_WINDOW.replace(
    "from PySide6.QtWidgets import", "from PySide6.QtCore import Qt\nfrom PySide6.QtWidgets import").replace(
    "    window.resize(1280, 800)", "    window.setWindowFlag(Qt.WindowType.Window)\n    window.resize(1280, 800)")
ONE_LABEL = QT_ONCE.replace("QApplication, QMainWindow", "QApplication, QLabel, QMainWindow").replace(
    "    window.resize(1280, 800)", "    label = QLabel('30 Nov – 6 Dec 2026')\n"
    "    label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n    window.setCentralWidget(label)\n"
    "    window.resize(1280, 800)")
CHROME = '''"""The chrome of a calendar app in PySide6 alone."""
import sys
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QListView, QMainWindow, QSplitter, QToolBar

class Window(QMainWindow):
    pass

def main():
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    window = Window()
    window.setWindowTitle("RitualDesk")
    bar = QToolBar(window)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(bar)
    for name in ("&File", "&Edit", "&View", "&Team", "&Meeting", "&Help"):
        menu = window.menuBar().addMenu(name)
        for i in range(8):
            action = QAction(f"Action {i}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            menu.addAction(action)
            if i < 2:
                bar.addAction(action)
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    teams = QListView(splitter)
    teams.setModel(QStringListModel([f"Team {i}" for i in range(10)], teams))
    label = QLabel("30 Nov – 6 Dec 2026", splitter)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("80 occurrences · 10 teams shown")
    window.resize(1280, 800)
    window.show()
    return app.exec()
'''
WINDOWS = {"bare": BARE_WINDOW, "the Qt namespace used once": QT_ONCE, "and one line of text": ONE_LABEL,
           "a calendar app's chrome": CHROME}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), HOME=str(folder),
               XDG_CONFIG_HOME=str(folder / ".config"), XDG_CACHE_HOME=str(folder / ".cache"))
    scripts, envs = {}, {}
    for n, (name, source) in enumerate(WINDOWS.items()):
        place = folder / str(n)
        place.mkdir()
        (place / "bare_window.py").write_text(source)  # the probe watches bare_window.Window
        compileall.compile_file(str(place / "bare_window.py"), quiet=1)
        scripts[name] = place / "bare"  # named "bare": the probe then waits for the shell's paint only
        scripts[name].write_text(BARE_SCRIPT)
        envs[name] = dict(env, PYTHONPATH=str(place))
        run_child(scripts[name], env=envs[name])  # warm-up
    paints: dict[str, list[float]] = {name: [] for name in WINDOWS}
    for _ in range(args.runs):
        for name in WINDOWS:  # interleaved: every window sees the same load
            paints[name].append(run_child(scripts[name], env=envs[name])["shell"])
    bare = paints["bare"]
    print(f"first paint, {args.runs} alternate runs each (fresh processes, the same probe as bench_ui.py):")
    print(f"  {'bare QMainWindow':28} {statistics.median(bare) * 1000:6.0f} ms")
    for name in list(WINDOWS)[1:]:
        ratio = statistics.median(a / b for a, b in zip(paints[name], bare, strict=True))
        print(f"  {name:28} {statistics.median(paints[name]) * 1000:6.0f} ms  ratio {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
