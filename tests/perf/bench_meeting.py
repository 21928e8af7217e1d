"""Benchmark of the meeting views: the fairness view's refresh and "what if", opening run mode, a timer tick.

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_meeting.py [--teams 3] [--years 2]

Figures are printed against a baseline measured in the same run: computing one team's agenda for
four weeks from scratch (what the week view does for a team it has not shown yet).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ritualdesk.agenda import agenda  # noqa: E402
from ritualdesk.demo import generate_demo  # noqa: E402
from ritualdesk.store import Store  # noqa: E402
from ui.qt_workarounds import protect_none  # noqa: E402

NOW = datetime(2026, 12, 10, 13, 40, tzinfo=UTC)


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--teams", type=int, default=3)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    protect_none()
    from ui.fairness_view import FairnessView
    from ui.run_mode.window import RunWindow
    from ui.session import Session

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        generate_demo(store, teams=args.teams, years=args.years, seed=3, now=NOW)
        app = QApplication([])
        session = Session(store, clock=lambda: NOW)
        team = store.teams()[0]
        today = NOW.date()
        baseline = median_ms(lambda: agenda(store, first=today, last=today + timedelta(days=27), team_ids=[team.id],
                                            checkpoints=False), args.runs)
        print(f"demo: {args.teams} teams x {args.years} years; baseline (one team's four weeks, from scratch): "
              f"{baseline:.0f} ms")
        view = FairnessView(session)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        figures = {"fairness view refresh, all the team's rituals": median_ms(view.refresh, args.runs)}
        view.ritual_combo.setCurrentIndex(1)
        figures["fairness view refresh, one ritual"] = median_ms(view.refresh, args.runs)
        figures["what if (mark away: two forecasts)"] = median_ms(lambda: (view.what_if.clear(), view._mark_away()),
                                                                 args.runs)
        coming = [o for o in agenda(store, first=date(2026, 12, 14), last=date(2026, 12, 31), team_ids=[team.id])
                  if o.status.value == "planned"]
        windows = []

        def open_run() -> None:  # each meeting run on its own day, at its start (a later one cannot be run yet)
            found = coming[len(windows)]
            window = RunWindow(session, found.key, clock=lambda start=found.start: start)
            window.show()
            app.processEvents()
            windows.append(window)

        figures["open run mode (meeting started and saved)"] = median_ms(open_run, min(args.runs, len(coming)))
        figures["run mode timer tick"] = median_ms(windows[0].tick, 50)
        figures["next speaker (saved in SQLite)"] = median_ms(windows[0].next_speaker, 5)
        for name, value in figures.items():
            print(f"{name}: {value:.1f} ms -> {value / baseline:.2f}x the baseline")
        for window in windows:
            window.timer.stop()
        store.close()


if __name__ == "__main__":
    main()
