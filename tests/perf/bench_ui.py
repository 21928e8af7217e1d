"""UI benchmark: start-up against a bare QMainWindow, peak memory, and week/month switching.

Run it by hand (pytest does not collect tests/perf):

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_ui.py [--teams 10] [--years 5] [--runs 5]

It builds a demo database (10 teams x 5 years by default), then measures, in fresh processes
started alternately, the time from process start to the first painted window for a bare PySide6
QMainWindow and for RitualDesk's main window over that database. It prints ratios (figures
measured in the same run), not absolute verdicts.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Each child prints "painted <seconds since its parent's clock>" and its peak RSS, then quits.
BARE = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not Window.done:
            Window.done = True
            print("painted", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP = r"""
import resource, sys, time
import ui.launcher  # what the `ritualdesk` entry point loads before deciding on the app
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
from ui.qt_workarounds import protect_none
from ui.settings import Settings
from ui.theme import apply_theme

protect_none()
# As ui.app.run does: the window paints, then opens the database and computes the visible week.
app = QApplication(sys.argv)
apply_theme(app, "light")
stores = []

def open_session():
    from ritualdesk.store import Store
    from ui.session import Session
    stores.append(Store.open(sys.argv[1]))
    return Session(stores[0])

window = MainWindow(open_session=open_session,
                    settings=Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.first_painted.connect(lambda: print("painted", time.time(), flush=True))

def loaded():
    window.week_view.repaint()
    print("loaded", time.time(), len(window.week_view.data.occurrences), flush=True)
    app.quit()

original = window.load
def load_then_report():
    original()
    QTimer.singleShot(0, loaded)
window.load = load_then_report
window.resize(1280, 800)
window.show()
app.exec()
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
stores[0].close()
"""


def run_child(code: str, *args: str) -> dict[str, float]:
    """Start a fresh interpreter; the seconds from its start to each reported event, and its peak RSS."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=os.pathsep.join(p for p in [os.environ.get("PYTHONPATH", ""), str(ROOT)] if p))
    started = time.time()
    output = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                            check=True, cwd=tempfile.gettempdir()).stdout
    result: dict[str, float] = {}
    for line in output.splitlines():
        word, *values = line.split()
        if word in ("painted", "loaded"):
            result[word] = float(values[0]) - started
        elif word == "rss":
            result["rss_mb"] = int(values[0]) / 1024
    return result


def build_demo(path: Path, teams: int, years: int) -> float:
    from ritualdesk.demo import generate_demo
    from ritualdesk.store import Store

    started = time.perf_counter()
    store = Store.open(path)
    generate_demo(store, teams=teams, years=years, seed=1, now=datetime.now(UTC))
    store.close()
    return time.perf_counter() - started


def switching(path: Path, settings: str, rounds: int = 20) -> dict[str, float]:
    """Milliseconds to switch week <-> month (every team shown), painted, in this process."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ritualdesk.store import Store
    from ui.main_window import MainWindow
    from ui.qt_workarounds import protect_none
    from ui.session import Session
    from ui.settings import Settings

    protect_none()
    app = QApplication.instance() or QApplication(sys.argv)
    store = Store.open(path)
    window = MainWindow(Session(store), settings=Settings(QSettings(settings, QSettings.Format.IniFormat)),
                        apply_themes=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.load()
    app.processEvents()

    def timed(action) -> float:
        started = time.perf_counter()
        action()
        window.current_view().repaint()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    first_month = timed(lambda: window.show_view("month"))
    times = []
    for _ in range(rounds):
        times.append(timed(lambda: window.show_view("week")))
        times.append(timed(lambda: window.show_view("month")))
    window.show_view("week")
    steps = [timed(lambda: window.go(1)) for _ in range(8)] + [timed(lambda: window.go(-1)) for _ in range(8)]
    agenda = timed(lambda: window.show_view("agenda"))
    window.close()
    store.close()
    return {"first_month_ms": first_month, "switch_median_ms": statistics.median(times),
            "switch_max_ms": max(times), "step_median_ms": statistics.median(steps), "step_max_ms": max(steps),
            "agenda_ms": agenda}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, default=10)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed by pip, which compiles bytecode: with PYTHONDONTWRITEBYTECODE set (as on some
    # machines) every run would otherwise compile our modules again, and PySide6's were compiled at install.
    for package in ("ui", "ritualdesk"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite3"
        settings = str(Path(folder) / "settings.ini")
        built = build_demo(database, args.teams, args.years)
        print(f"demo database: {args.teams} teams x {args.years} years, built in {built:.1f} s, "
              f"{database.stat().st_size / 1e6:.1f} MB")
        bare, app = [], []
        for _ in range(args.runs):  # alternate, so both see the same machine load
            bare.append(run_child(BARE))
            app.append(run_child(APP, str(database), settings))
        bare_paint = statistics.median(r["painted"] for r in bare)
        app_paint = statistics.median(r["painted"] for r in app)
        app_loaded = statistics.median(r["loaded"] for r in app)
        bare_rss = max(r["rss_mb"] for r in bare)
        app_rss = max(r["rss_mb"] for r in app)
        print(f"bare QMainWindow, process start to first paint: {bare_paint * 1000:.0f} ms (median of {args.runs})")
        print(f"RitualDesk, process start to first paint:       {app_paint * 1000:.0f} ms "
              f"-> ratio {app_paint / bare_paint:.2f}")
        print(f"RitualDesk, process start to the week's rituals painted: {app_loaded * 1000:.0f} ms "
              f"-> ratio {app_loaded / bare_paint:.2f}")
        print(f"peak memory: bare {bare_rss:.0f} MB, RitualDesk {app_rss:.0f} MB -> ratio {app_rss / bare_rss:.2f}")
        figures = switching(database, settings)
        print(f"week <-> month with every team shown: median {figures['switch_median_ms']:.1f} ms, "
              f"max {figures['switch_max_ms']:.1f} ms (first month {figures['first_month_ms']:.1f} ms)")
        print(f"previous/next week: median {figures['step_median_ms']:.1f} ms, max {figures['step_max_ms']:.1f} ms; "
              f"agenda view {figures['agenda_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
