"""A flat model's rows replaced by the fewest removals, moves and insertions: views keep their selection."""

from __future__ import annotations

import random

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.row_diff import DiffRows, plan


def _apply(old: list, new: list, steps) -> list:
    rows = list(old)
    for kind, first, second in steps:
        if kind == "remove":
            del rows[first:second + 1]
        elif kind == "move":
            assert second not in (first, first + 1)  # Qt refuses a move to where the row is
            rows.insert(second if second < first else second - 1, rows.pop(first))
        else:
            rows[first:first] = new[first:second + 1]
    return rows


def test_the_steps_make_the_old_rows_the_new_ones_whatever_the_change():
    rng = random.Random(3)
    for _ in range(3000):
        old = rng.sample(range(50), rng.randrange(0, 25))
        new = list(old)
        for _ in range(rng.randrange(0, 5)):
            choice = rng.randrange(4)
            if choice == 0 and new:
                new.pop(rng.randrange(len(new)))
            elif choice == 1:
                new.insert(rng.randrange(len(new) + 1), rng.randrange(50, 500))
                new = list(dict.fromkeys(new))
            elif choice == 2 and new:
                new.insert(rng.randrange(len(new)), new.pop(rng.randrange(len(new))))
            elif choice == 3:
                rng.shuffle(new)
        assert _apply(old, new, plan(old, new, limit=10_000)) == new, (old, new)


def test_a_card_voted_up_the_ranking_is_one_move_and_a_new_card_one_insertion():
    rows = list(range(1500))
    assert plan(rows, rows[:5] + rows[6:900] + [5] + rows[900:]) == [("move", 5, 900)]
    assert plan(rows, rows[:300] + [-1] + rows[300:]) == [("insert", 300, 300)]
    assert plan(rows, rows[:10] + rows[12:]) == [("remove", 10, 11)]
    assert plan(rows, rows) == []
    shuffled = list(rows)
    random.Random(1).shuffle(shuffled)
    assert plan(rows, shuffled) is None  # past the limit: a reset


class _Model(DiffRows, QAbstractListModel):
    def __init__(self, rows):
        super().__init__()
        self._rows = list(rows)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self._rows[index.row()][1] if role == Qt.ItemDataRole.DisplayRole else None


def test_a_kept_row_keeps_its_persistent_index_and_a_changed_one_says_so(qtmodeltester):
    model = _Model([(n, f"card {n}") for n in range(10)])
    qtmodeltester.check(model)
    kept = QPersistentModelIndex(model.index(6))
    changed = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    rows = [(n, f"card {n}") for n in range(10) if n != 2]
    rows.insert(0, rows.pop(5))  # card 6 to the top
    rows[4] = (4, "card 4, voted")
    assert model.replace_rows(rows, lambda row: row[0]) is False
    assert kept.row() == 0 and kept.data() == "card 6"
    assert [model.index(r).data() for r in range(model.rowCount())] == [text for _, text in rows]
    assert changed == [(4, 4)] and resets == []
