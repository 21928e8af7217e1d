"""A flat item model's rows replaced by new ones through the fewest removals, moves and insertions.

Views keep their selection, current row and scroll place across such a change, and lay out or
size only the rows that changed, where a model reset would make them start again from nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex

# ("remove", first, last), ("move", row, before) or ("insert", first, last), in the rows as they are at that step.
Step = tuple[str, int, int]
LIMIT = 64  # more steps than this: a reset is as cheap, and views lay everything out again anyway


def plan(old: Sequence[Hashable], new: Sequence[Hashable], *, limit: int = LIMIT) -> list[Step] | None:
    """The steps that make the keys `old` into `new` (each key once in each), or None past `limit` steps.

    Removals come first (bottom up), then moves of single rows (a move's `before` is Qt's: the row
    it goes before, counted before the move), then insertions (top down).
    """
    start, stop_old, stop_new = 0, len(old), len(new)
    while start < min(stop_old, stop_new) and old[start] == new[start]:
        start += 1
    while stop_old > start and stop_new > start and old[stop_old - 1] == new[stop_new - 1]:
        stop_old, stop_new = stop_old - 1, stop_new - 1
    current, wanted = list(old[start:stop_old]), list(new[start:stop_new])
    steps: list[Step] = []
    kept_wanted = set(wanted)
    row = len(current) - 1
    while row >= 0:
        if current[row] in kept_wanted:
            row -= 1
            continue
        last = row
        while row >= 0 and current[row] not in kept_wanted:
            row -= 1
        steps.append(("remove", start + row + 1, start + last))
        del current[row + 1:last + 1]
    kept = set(current)
    target = [key for key in wanted if key in kept]
    place = {key: n for n, key in enumerate(target)}
    stay = {current[i] for i in _longest_increasing([place[key] for key in current])}
    for n, key in enumerate(target):
        if key in stay:
            continue
        if len(steps) >= limit:
            return None
        source = current.index(key)
        before = current.index(target[n - 1]) + 1 if n else 0  # right after the key that precedes it
        if before not in (source, source + 1):
            steps.append(("move", start + source, start + before))
            current.insert(before if before < source else before - 1, current.pop(source))
    row = 0
    while row < len(wanted):
        if wanted[row] in kept:
            row += 1
            continue
        first = row
        while row < len(wanted) and wanted[row] not in kept:
            row += 1
        steps.append(("insert", start + first, start + row - 1))
    return steps if len(steps) <= limit else None


def _longest_increasing(values: Sequence[int]) -> list[int]:
    """The positions of one longest increasing run (not necessarily contiguous) of `values`."""
    tails: list[int] = []  # the smallest last value of an increasing run of each length
    ends: list[int] = []  # and its position
    before = [-1] * len(values)
    for position, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            ends.append(position)
        else:
            tails[length], ends[length] = value, position
        before[position] = ends[length - 1] if length else -1
    found, position = [], ends[-1] if ends else -1
    while position >= 0:
        found.append(position)
        position = before[position]
    return found[::-1]


class DiffRows:
    """Mixin for a flat item model (list or table) whose rows are the list `self._rows`."""

    _rows: list

    def replace_rows(self, new: Sequence, key: Callable[[object], Hashable]) -> bool:
        """Make the rows `new`: rows of the same key are kept (changed in place when their value differs).

        Whether the model was reset instead (too many steps): its views start again from the top.
        """
        new = list(new)
        steps = plan([key(row) for row in self._rows], [key(row) for row in new])
        if steps is None:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return True
        rows = self._rows = list(self._rows)
        top = QModelIndex()
        for kind, first, second in steps:
            if kind == "remove":
                self.beginRemoveRows(top, first, second)
                del rows[first:second + 1]
                self.endRemoveRows()
            elif kind == "move":
                self.beginMoveRows(top, first, first, top, second)
                rows.insert(second if second < first else second - 1, rows.pop(first))
                self.endMoveRows()
            else:
                self.beginInsertRows(top, first, second)
                rows[first:first] = new[first:second + 1]
                self.endInsertRows()
        changed = [n for n, (was, now) in enumerate(zip(rows, new, strict=True)) if was is not now and was != now]
        self._rows = new
        last_column = 0 if isinstance(self, QAbstractListModel) else self.columnCount(top) - 1
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        return False


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
