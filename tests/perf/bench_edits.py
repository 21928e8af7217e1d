"""Edit benchmark: each edit from the UI, from the click to the views repainted, on a large demo.

Run it by hand (pytest does not collect tests/perf):

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_edits.py [--teams 50] [--years 10] [--rounds 15]
                                                               [--db EXISTING_DEMO.sqlite3]

It builds a demo database (50 teams x 10 years by default; or copies `--db`), opens the real main
window over it (every team shown, the week view, the occurrence panel), and for each edit clicks
the panel's own button (a move goes through the week view, as a drag does), lets Qt deliver the
session's `changed` signal, and repaints the view and the panel; the edit is then undone (not
timed), so every round edits the same occurrence in the same state; before each click the app is
left idle, as while a person looks at the week (each team's window of weeks grows then). The baseline, measured in the
same run and interleaved with the edits, is the same repaint with no edit. It prints each edit's
median and worst in milliseconds, against the 16 ms / 50 ms targets and the baseline.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def build_demo(path: Path, teams: int, years: int, now: datetime) -> float:
    from ritualdesk.demo import generate_demo
    from ritualdesk.store import Store

    started = time.perf_counter()
    store = Store.open(path)
    generate_demo(store, teams=teams, years=years, seed=1, now=now)
    store.close()
    return time.perf_counter() - started


def cli_figures(database: Path, uid: str, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds of `ritualdesk --version` and of `ritualdesk occurrence UID --held`, interleaved."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in [str(ROOT), os.environ.get("PYTHONPATH", "")] if p))
    command = [sys.executable, "-m", "ui.launcher"]
    # As installed by pip, which compiles bytecode: with PYTHONDONTWRITEBYTECODE set (as on some
    # machines) each process would otherwise compile the modules it imports again, both commands alike.
    for package in ("ui", "ritualdesk"):
        compileall.compile_dir(ROOT / package, quiet=1)

    def run(*args: str) -> float:
        started = time.perf_counter()
        subprocess.run([*command, *args], env=env, check=True, capture_output=True)
        return (time.perf_counter() - started) * 1000

    version, held = [], []
    for _ in range(runs):
        version.append(run("--version"))
        held.append(run("--db", str(database), "occurrence", uid, "--held"))
        run("--db", str(database), "occurrence", uid, "--planned")  # back as it was (not timed)
    return version, held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, default=50)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--db", type=Path, help="a demo database to copy instead of building one")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ritualdesk.model import OccurrenceStatus, RitualKind
    from ritualdesk.store import Store
    from ui.main_window import MainWindow
    from ui.qt_workarounds import protect_none
    from ui.session import Session
    from ui.settings import Settings

    real_now = datetime.now(UTC)
    folder = Path(tempfile.mkdtemp(prefix="bench-edits-"))
    database = folder / "demo.sqlite3"
    if args.db:
        shutil.copy(args.db, database)
        print(f"demo database: a copy of {args.db}")
    else:
        built = build_demo(database, args.teams, args.years, real_now)
        print(f"demo database: {args.teams} teams x {args.years} years, built in {built:.1f} s")
    print(f"{database.stat().st_size / 1e6:.0f} MB; SQLite synchronous=FULL (each edit waits for its fsync)")

    # The clock: tomorrow evening (or the next weekday's), so that day's rituals can be marked held.
    now = real_now + timedelta(days=1)
    while now.weekday() >= 5:
        now += timedelta(days=1)
    now = now.replace(hour=19, minute=0)
    protect_none()
    app = QApplication.instance() or QApplication(sys.argv)
    store = Store.open(database)
    session = Session(store, clock=lambda: now)
    window = MainWindow(session, settings=Settings(QSettings(str(folder / "settings.ini"),
                                                             QSettings.Format.IniFormat)), apply_themes=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.load()
    window.show_view("week")
    app.processEvents()
    view, panel = window.week_view, window.panel
    shown = view.data.occurrences
    print(f"week view: {len(view.data.teams)} teams shown, {len(shown)} occurrences this week")

    today = now.date()
    day = [o for o in shown if o.start.date() == today and o.status is OccurrenceStatus.PLANNED]
    standup = next(o for o in day if view.data.kind(o) is RitualKind.STANDUP)
    later = next(o for o in shown if o.start.date() > today and o.status is OccurrenceStatus.PLANNED
                 and view.data.kind(o) is RitualKind.STANDUP)
    around = session.agenda(today - timedelta(days=21), today + timedelta(days=21))  # a retrospective to review
    retro = next((o for o in around if session.ritual(o.key.ritual_id).kind is RitualKind.RETROSPECTIVE
                  and o.status is not OccurrenceStatus.CANCELLED and session.carried_actions(o.key)), None)

    def idle() -> None:
        """Let the app do what it does while a person looks (each team's window grows, one per idle turn)."""
        app.processEvents()
        while not session.windows_complete():
            app.processEvents()

    def select(key) -> None:
        idle()
        view.select(key)
        if panel._key != key:  # not in the week shown (a retrospective of another week): the panel alone
            panel.show_occurrence(key)
        app.processEvents()

    def paint() -> None:
        app.processEvents()  # whatever the click set off: queued signals, timers, the paints it asked for

    def repaint_only() -> None:  # the baseline: the same view and panel painted, with no edit
        window.current_view().update()
        panel.update()

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        paint()
        return (time.perf_counter() - started) * 1000

    def swap_with_someone() -> None:
        due = panel._occurrence.facilitator_id
        for index in range(panel.member_combo.count()):
            if panel.member_combo.itemData(index) not in (None, due):
                panel.member_combo.setCurrentIndex(index)
                break
        panel.swap_button.click()

    def add_action() -> None:
        panel.action_title_edit.setText("Write the runbook")
        panel.add_action_button.click()

    def keep_first_carried() -> None:
        panel.carried_view.selectRow(0)
        panel.keep_button.click()

    edits: list[tuple[str, object, Callable[[], None]]] = [
        ("mark held", standup.key, lambda: panel.held_button.click()),
        ("move (week view)", later.key,
         lambda: view.move_occurrence(later.key, later.start.replace(tzinfo=None) + timedelta(hours=2))),
        ("swap turns", later.key, swap_with_someone),
        ("cancel", later.key, lambda: panel.cancel_button.click()),
        ("add an action", standup.key, add_action),
    ]
    if retro is not None:
        edits.append(("retro verdict (keep)", retro.key, keep_first_carried))
    else:
        print("no retrospective with carried actions this week: the verdict is not measured")

    figures: dict[str, list[float]] = {name: [] for name, _, _ in edits}
    figures["baseline: repaint, no edit"] = []
    for _ in range(args.rounds):
        for name, key, click in edits:  # interleaved, so all see the same machine load
            select(key)
            figures["baseline: repaint, no edit"].append(timed(repaint_only))
            count = session.undo_stack.index()
            figures[name].append(timed(click))
            if session.undo_stack.index() != count + 1:
                shown_errors = [w.informativeText() for w in window.findChildren(QMessageBox)]
                raise SystemExit(f"{name}: the click made no edit {shown_errors}")
            session.undo_stack.undo()
            paint()
            idle()
    if os.environ.get("BENCH_PROFILE"):  # where one edit's time goes
        import cProfile
        import pstats

        name, key, click = edits[int(os.environ["BENCH_PROFILE"])]
        select(key)
        profile = cProfile.Profile()
        profile.enable()
        click()
        paint()
        profile.disable()
        session.undo_stack.undo()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    base = statistics.median(figures["baseline: repaint, no edit"])
    print(f"\n{'edit':28} {'median':>8} {'worst':>8}   (ms; target 16 median, 50 worst; x baseline)")
    for name, times in figures.items():
        median = statistics.median(times)
        print(f"{name:28} {median:8.1f} {max(times):8.1f}   x{median / base:.1f}")
    # For the process: one of today's (real today: the CLI's clock is the wall clock) stand-ups.
    from ritualdesk.agenda import agenda

    day = real_now.date()
    while day.weekday() >= 5:  # a stand-up of the last working day up to today
        day -= timedelta(days=1)
    mine = next(o for o in agenda(store, first=day, last=day)
                if o.status is not OccurrenceStatus.CANCELLED and view.data.kind(o) is RitualKind.STANDUP)
    uid = session.uid(mine.key)
    window.close()
    store.close()
    version, held = cli_figures(database, uid, max(5, args.rounds // 2))
    print(f"\n`ritualdesk --version` as a process: median {statistics.median(version):.0f} ms")
    print(f"`ritualdesk occurrence UID --held`: median {statistics.median(held):.0f} ms "
          f"-> x{statistics.median(held) / statistics.median(version):.2f} (target 1.5x)")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
