"""UI benchmark: start-up of the installed app against a bare QMainWindow, peak memory, navigation.

Run it by hand (pytest does not collect tests/perf):

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_ui.py [--runs 7] [--startup 10x5] [--navigation 50x10]

Start-up: fresh processes, started alternately (bare, app, bare, app...), each through a console
script run by this interpreter: the installed `ritualdesk` entry point (with its real icon,
translations, settings file and theme) over a demo database, and, as the baseline, a script that
shows a bare PySide6 QMainWindow. A small import hook (no Qt imported before the script runs)
notes when each window first paints and when the week view first paints with rituals in it; the
window is then closed as a user would close it. Peak memory is the kernel's accounting of each
finished child (wait4). Every ratio is the median of the pairwise ratios.

Navigation: in this process, over a bigger demo database with every team shown, the time of each
next / previous week and week <-> month switch until the view has painted, and how many times it
painted per switch (once is the target).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the navigation part imports the checkout's ui (installed as ritualdesk_ui)
CHILD_TIMEOUT = 60.0  # seconds a started window has to paint (and close) before it is killed

# Runs a console script (argv[1]) with its arguments after installing an import hook that reports,
# in seconds since the epoch, the first paint of the main window ("shell") and the first paint of the
# week view with rituals in it ("week"), then closes every window.
PROBE = r"""
import importlib.machinery, sys, time  # nothing more: the probe must not import what the app would

def report(word):
    print(word, time.time(), flush=True)

def wrap(cls, check, word, close):
    original = cls.paintEvent
    done = []
    def paintEvent(self, event):
        original(self, event)
        if not done and check(self):
            done.append(True)
            report(word)
            if close:
                from PySide6.QtCore import QTimer
                from PySide6.QtWidgets import QApplication
                QTimer.singleShot(0, QApplication.closeAllWindows)
    cls.paintEvent = paintEvent

# The app's ui/ folder is the package `ritualdesk_ui` once installed (pip install . or -e .), `ui` in a checkout.
WATCH = {"bare_window": lambda m: wrap(m.Window, lambda w: True, "shell", True)}
for package in ("ui", "ritualdesk_ui"):
    WATCH[package + ".main_window"] = lambda m: wrap(m.MainWindow, lambda w: True, "shell", False)
    WATCH[package + ".week_view"] = lambda m: wrap(m.WeekView, lambda w: bool(w.data.occurrences), "week", True)

class Hook:
    def find_spec(self, name, path, target=None):
        if name not in WATCH:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            WATCH[name](module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
script = sys.argv.pop(1)
sys.argv[0] = script
with open(script, encoding="utf-8") as source:
    code = compile(source.read(), script, "exec")
exec(code, {"__name__": "__main__", "__file__": script, "__builtins__": __builtins__})
"""

BARE_WINDOW = """\"\"\"A bare PySide6 main window, the start-up baseline.\"\"\"
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    pass

def main():
    app = QApplication(sys.argv)
    window = Window()
    window.resize(1280, 800)
    window.show()
    return app.exec()
"""

BARE_SCRIPT = """import sys
from bare_window import main
if __name__ == '__main__':
    sys.exit(main())
"""


def entry_point() -> Path:
    """The installed `ritualdesk` console script of this interpreter, which must start this checkout's app."""
    found = shutil.which("ritualdesk", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"the ritualdesk entry point is not installed next to this interpreter "
                         f"(pip install -e {ROOT})")
    # The script imports the installed app (ritualdesk_ui); measuring another copy than this one would mislead.
    spec = importlib.util.find_spec("ritualdesk_ui")
    installed = Path(spec.origin).resolve().parent if spec is not None and spec.origin else None
    if installed != (ROOT / "ui").resolve():
        raise SystemExit(f"the installed app is {installed}, not this checkout's ({ROOT / 'ui'}): "
                         f"pip install -e {ROOT}, then run this again")
    return Path(found)


def run_child(script: Path, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Start a fresh interpreter on `script`; seconds from the start to each reported paint, peak RSS in MB."""
    started = time.time()
    child = subprocess.Popen([sys.executable, "-c", PROBE, str(script), *args], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, cwd=tempfile.gettempdir())
    # A window that never paints what is watched (a dialog instead, a module renamed) would wait forever.
    watchdog = threading.Timer(CHILD_TIMEOUT, child.kill)
    watchdog.start()
    try:
        output = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        watchdog.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    result: dict[str, float] = {"rss_mb": usage.ru_maxrss / 1024}
    for line in output.splitlines():
        word, value = line.split()
        result[word] = float(value) - started
    awaited = ("shell",) if script.name == "bare" else ("shell", "week")
    if any(word not in result for word in awaited):
        raise RuntimeError(f"{script.name} {args} did not paint {' and '.join(awaited)} within {CHILD_TIMEOUT:.0f} s "
                           f"(exit status {child.returncode}): {output!r}")
    return result


def build_demo(path: Path, teams: int, years: int) -> float:
    from ritualdesk.demo import generate_demo
    from ritualdesk.store import Store

    started = time.perf_counter()
    store = Store.open(path)
    generate_demo(store, teams=teams, years=years, seed=1, now=datetime.now(UTC))
    store.close()
    return time.perf_counter() - started


def startup(database: Path, folder: Path, runs: int) -> None:
    """Bare window and app in alternate fresh processes; medians and pairwise ratios."""
    (folder / "bare_window.py").write_text(BARE_WINDOW)
    bare_script = folder / "bare"
    bare_script.write_text(BARE_SCRIPT)
    compileall.compile_file(str(folder / "bare_window.py"), quiet=1)
    home = folder / "home"  # the app's own settings file (written by the warm-up run, read by the others)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(folder)]), HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), LANG="fr_FR.UTF-8", LANGUAGE="fr")
    env.pop("LC_ALL", None)
    app_script = entry_point()
    run_child(bare_script, env=env)  # warm-up: file caches, the app's settings and holiday cache
    run_child(app_script, "--db", str(database), env=env)
    bare, app = [], []
    for _ in range(runs):
        bare.append(run_child(bare_script, env=env))
        app.append(run_child(app_script, "--db", str(database), env=env))

    def ratio(key: str, base: str = "shell") -> float:
        return statistics.median(a[key] / b[base] for a, b in zip(app, bare, strict=True))

    bare_paint = statistics.median(r["shell"] for r in bare)
    print(f"start-up, {runs} alternate runs each (fresh processes through console scripts, LANG=fr_FR):")
    print(f"  bare QMainWindow, start to first paint:        {bare_paint * 1000:6.0f} ms")
    print(f"  RitualDesk, start to the window painted:       {statistics.median(r['shell'] for r in app) * 1000:6.0f} ms"
          f"  ratio {ratio('shell'):.2f}")
    print(f"  RitualDesk, start to the week's rituals painted:{statistics.median(r['week'] for r in app) * 1000:6.0f} ms"
          f"  ratio {ratio('week'):.2f}")
    bare_rss = statistics.median(r["rss_mb"] for r in bare)
    app_rss = statistics.median(r["rss_mb"] for r in app)
    print(f"  peak memory: bare {bare_rss:.0f} MB, RitualDesk {app_rss:.0f} MB"
          f"  ratio {statistics.median(a['rss_mb'] / b['rss_mb'] for a, b in zip(app, bare, strict=True)):.2f}")


def navigation(path: Path, settings: str, rounds: int = 20) -> None:
    """Milliseconds per week <-> month switch and per week step, painted, with every team shown."""
    from PySide6.QtCore import QEvent, QObject, QSettings
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

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    counter = Paints()
    for view in (window.week_view, window.month_view):
        view.installEventFilter(counter)
    paints: list[int] = []
    idle: list[float] = []
    session = window.session

    slices: list[float] = []  # each idle moment's work (what blocks input meanwhile)

    def settle() -> None:
        """What the app does while the user looks at the week: its windows grow, a slice per idle moment."""
        started = time.perf_counter()
        while not session.windows_complete():
            moment = time.perf_counter()
            app.processEvents()
            slices.append((time.perf_counter() - moment) * 1000)
        app.processEvents()
        idle.append((time.perf_counter() - started) * 1000)

    cpu: dict[str, list[float]] = {"switch": [], "step": []}
    kind = ["switch"]

    def timed(action) -> float:
        Paints.count = 0
        started, processor = time.perf_counter(), time.process_time()
        action()
        while Paints.count == 0:  # until the switch is on screen
            app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        cpu[kind[0]].append((time.process_time() - processor) * 1000)  # this process's own work (a loaded machine)
        settle()  # anything painted again afterwards counts too
        paints.append(Paints.count)
        return elapsed

    def best_median(values: list[float]) -> str:
        return f"median {statistics.median(values):5.1f} ms, worst {max(values):5.1f} ms"

    settle()
    first_month = timed(lambda: window.show_view("month"))
    switches = []
    for _ in range(rounds):
        switches.append(timed(lambda: window.show_view("week")))
        switches.append(timed(lambda: window.show_view("month")))
    window.show_view("week")
    app.processEvents()
    kind[0] = "step"
    steps = [timed(lambda: window.go(1)) for _ in range(rounds)] + [timed(lambda: window.go(-1))
                                                                    for _ in range(2 * rounds)]
    teams = len(window.teams_model.shown_ids())
    print(f"navigation with {teams} teams shown ({rounds * 2} switches, {rounds * 3} steps), until painted:")
    print(f"  week <-> month: {best_median(switches)} (first month {first_month:.1f} ms); "
          f"CPU time median {statistics.median(cpu['switch'][1:]):.1f} ms")
    print(f"  previous / next week: {best_median(steps)}; CPU time median {statistics.median(cpu['step']):.1f} ms")
    print(f"  paints per switch or step: {min(paints)} to {max(paints)}")
    grew = [t for t in idle if t > 1]
    print(f"  idle work after a switch or step (windows growing, one team per idle moment): {len(grew)} of "
          f"{len(idle)} times, {statistics.median(grew) if grew else 0:.0f} ms median in all")
    busy = sorted(t for t in slices if t > 1)
    print(f"  idle moments with work: {len(busy)}, each {statistics.median(busy) if busy else 0:.1f} ms median, "
          f"{busy[-1] if busy else 0:.1f} ms the longest (input waits at most that long)")
    window.close()
    store.close()


def size(text: str) -> tuple[int, int]:
    teams, years = text.lower().split("x")
    return int(teams), int(years)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--startup", type=size, default=(10, 5), help="demo size for start-up (teams x years)")
    parser.add_argument("--navigation", type=size, default=(50, 10), help="demo size for navigation")
    parser.add_argument("--skip-navigation", action="store_true")
    parser.add_argument("--skip-startup", action="store_true", help="measure the navigation only")
    parser.add_argument("--navigation-db", type=Path, help="a demo database to copy instead of building one")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed by pip, which compiles bytecode: with PYTHONDONTWRITEBYTECODE set (as on some
    # machines) every run would otherwise compile our modules again, and PySide6's were compiled at install.
    for package in ("ui", "ritualdesk"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if not args.skip_startup:
            database = folder / "startup.sqlite3"
            teams, years = args.startup
            built = build_demo(database, teams, years)
            print(f"start-up database: {teams} teams x {years} years, built in {built:.1f} s, "
                  f"{database.stat().st_size / 1e6:.1f} MB")
            startup(database, folder, args.runs)
        if not args.skip_navigation:
            teams, years = args.navigation
            big = folder / "navigation.sqlite3"
            if args.navigation_db:
                shutil.copy(args.navigation_db, big)
                print(f"navigation database: a copy of {args.navigation_db}")
            else:
                built = build_demo(big, teams, years)
                print(f"navigation database: {teams} teams x {years} years, built in {built:.1f} s")
            navigation(big, str(folder / "settings.ini"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
