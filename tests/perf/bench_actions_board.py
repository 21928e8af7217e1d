"""Benchmark: the actions board with 50,000 action items (filtering, sorting, loading).

Run: QT_QPA_PLATFORM=offscreen python tests/perf/bench_actions_board.py [--actions 50000]
Prints milliseconds (median of several runs) and, as a baseline measured in the same run,
the same filter done by a QSortFilterProxyModel asking the model row by row.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ritualdesk.model import (  # noqa: E402
    ActionItem,
    ActionStatus,
    Member,
    OccurrenceKey,
    Ritual,
    RitualKind,
    Schedule,
    ScheduleKind,
    Team,
)
from ritualdesk.store import Store  # noqa: E402

WORDS = ("fix", "write", "book", "clarify", "automate", "pair", "limit", "timebox", "invite", "update",
         "runbook", "login", "test", "room", "review", "criteria", "deployment", "module", "stories", "support")


def populate(store: Store, count: int, *, teams: int = 10, seed: int = 7) -> None:
    """`count` actions spread over `teams` teams of eight members, from their retrospectives."""
    rng = random.Random(seed)
    start = date(2021, 1, 4)
    items = []
    for t in range(teams):
        team = store.add_team(Team(None, f"Team {t + 1}", sprint_start=start))
        members = [store.add_member(Member(None, team.id, f"Member {t + 1}.{m + 1}")) for m in range(8)]
        retro = store.add_ritual(Ritual(None, team.id, RitualKind.RETROSPECTIVE, "Retrospective", clock_time(15),
                                        60, Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), start))
        for _ in range(count // teams):
            created = start + timedelta(days=rng.randrange(5 * 365))
            status = rng.choices(list(ActionStatus), weights=(3, 5, 2))[0]
            items.append(ActionItem(
                None, team.id, " ".join(rng.sample(WORDS, 4)).capitalize(),
                origin=OccurrenceKey(retro.id, datetime.combine(created, clock_time(15))),
                owner_id=rng.choice(members).id if rng.random() < 0.9 else None,
                due=created + timedelta(days=rng.randrange(3, 30)) if rng.random() < 0.8 else None,
                status=status, created=created, closed=None if status is ActionStatus.OPEN else created))
    store.add_actions(items)


def median_ms(action, *, runs: int = 7) -> float:
    """Median wall time of `action` in milliseconds."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=50_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from ui.actions_board import ActionsBoard
    from ui.actions_model import DUE, STATUS, TITLE, ActionFilter
    from ui.session import Session

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        began = time.perf_counter()
        populate(store, args.actions)
        print(f"populate {args.actions:,} actions: {time.perf_counter() - began:.1f} s")
        session = Session(store, clock=lambda: datetime(2026, 3, 18, 12, tzinfo=UTC))

        began = time.perf_counter()
        board = ActionsBoard(session)
        board.resize(1200, 700)
        board.show()
        app.processEvents()
        print(f"open the board (read, build rows, first paint): {(time.perf_counter() - began) * 1000:.0f} ms")
        print(f"  of which session.actions(): {median_ms(session.actions, runs=3):.0f} ms")

        model = board.model
        team_id, owner_id = session.teams()[3].id, session.members(session.teams()[3].id)[2].id
        filters = {
            "everything": ActionFilter(),
            "open": ActionFilter(status=ActionStatus.OPEN),
            "one team": ActionFilter(team_id=team_id),
            "one owner": ActionFilter(owner_id=owner_id),
            "overdue": ActionFilter(overdue=True),
            "text 'login'": ActionFilter(text="login"),
            "team + open + text": ActionFilter(team_id=team_id, status=ActionStatus.OPEN, text="re"),
        }

        def apply(wanted: ActionFilter) -> float:
            times = []
            for _ in range(7):
                model.set_filter(ActionFilter(team_id=-1))  # untimed: start from another filter
                app.processEvents()
                began = time.perf_counter()
                model.set_filter(wanted)
                app.processEvents()  # the view's repaint is part of the cost
                times.append((time.perf_counter() - began) * 1000)
            return statistics.median(times)

        print("filter, sorted by due date (median of 7, including the repaint):")
        figures = {}
        for name, wanted in filters.items():
            figures[name] = apply(wanted)
            print(f"  {name:<20} {figures[name]:7.1f} ms  ({model.rowCount():,} rows)")

        board.status_combo.setCurrentIndex(board.status_combo.findData(None))
        model.set_filter(ActionFilter())
        for column, name in ((TITLE, "title"), (DUE, "due date")):
            def by(c=column):
                board.table.sortByColumn(TITLE if c != TITLE else DUE, Qt.SortOrder.AscendingOrder)
                began = time.perf_counter()
                board.table.sortByColumn(c, Qt.SortOrder.AscendingOrder)
                app.processEvents()
                return (time.perf_counter() - began) * 1000
            print(f"sort all {model.rowCount():,} rows by {name}: {statistics.median(by() for _ in range(3)):.0f} ms")
            began = time.perf_counter()
            board.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
            app.processEvents()
            print(f"  reverse the order: {(time.perf_counter() - began) * 1000:.0f} ms")

        # An inline edit (written through the session), then its undo (the board reads that team back).
        model.set_filter(ActionFilter(status=ActionStatus.OPEN))
        index = model.index(0, STATUS)
        began = time.perf_counter()
        model.setData(index, ActionStatus.DONE.value)
        app.processEvents()
        print(f"inline edit of one status: {(time.perf_counter() - began) * 1000:.0f} ms")
        began = time.perf_counter()
        session.undo_stack.undo()
        app.processEvents()
        print(f"undo it (the board re-reads one team of {args.actions // 10:,}): "
              f"{(time.perf_counter() - began) * 1000:.0f} ms")

        # Baseline: the textbook proxy filtering the same model through data(), row by row.
        model.set_filter(ActionFilter())
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(TITLE)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.rowCount()

        def proxy_filter():
            proxy.setFilterRegularExpression(QRegularExpression("\0"))
            proxy.rowCount()
            proxy.setFilterRegularExpression(QRegularExpression("login",
                                             QRegularExpression.PatternOption.CaseInsensitiveOption))
            proxy.rowCount()

        baseline = median_ms(proxy_filter, runs=3) / 2  # two filters per run
        print(f"baseline: QSortFilterProxyModel text filter on the same rows: {baseline:.0f} ms")
        text_ms = figures["text 'login'"]
        print(f"ratio text filter / baseline: {text_ms / baseline:.3f}")
        worst = max(figures.values())
        print(f"worst filter: {worst:.1f} ms (target < 50 ms): {'OK' if worst < 50 else 'TOO SLOW'}")
        store.close()


if __name__ == "__main__":
    main()
