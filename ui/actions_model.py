"""A table model of action items, filtered and sorted in bulk so 50,000 rows stay instant."""

from __future__ import annotations

import bisect
import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ritualdesk.errors import InvalidInput, RitualDeskError
from ritualdesk.model import ActionItem, ActionStatus, Verdict

translate = QCoreApplication.translate

TITLE, OWNER, DUE, STATUS, TEAM, ORIGIN, SURVIVED, VERDICT = range(8)
COLUMNS = 8

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActionItem of a row
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(value, label)] an editor offers for a cell
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # whether the row is an open action past its due date

_STATUS_ORDER = {ActionStatus.OPEN: 0, ActionStatus.DONE: 1, ActionStatus.DROPPED: 2}


def status_label(status: ActionStatus) -> str:
    """The translated name of an action status."""
    return {ActionStatus.OPEN: translate("ActionsModel", "Open"),
            ActionStatus.DONE: translate("ActionsModel", "Done"),
            ActionStatus.DROPPED: translate("ActionsModel", "Dropped")}[status]


def verdict_label(verdict: Verdict | None) -> str:
    """The translated name of a retrospective verdict ('' for none yet)."""
    if verdict is None:
        return ""
    return {Verdict.KEEP: translate("ActionsModel", "Kept"), Verdict.DONE: translate("ActionsModel", "Done"),
            Verdict.DROP: translate("ActionsModel", "Dropped")}[verdict]


def headers() -> tuple[str, ...]:
    """The translated column titles."""
    return (translate("ActionsModel", "Action"), translate("ActionsModel", "Owner"),
            translate("ActionsModel", "Due"), translate("ActionsModel", "Status"),
            translate("ActionsModel", "Team"), translate("ActionsModel", "From"),
            translate("ActionsModel", "Retros"), translate("ActionsModel", "Verdict"))


def searchable(text: str) -> str:
    """Text folded for searching: case and accents ignored, so 'melee' finds 'Mêlée'."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Directory:
    """Names the model shows instead of ids, and each team's today (for 'overdue')."""

    teams: dict[int, str]
    members: dict[int, tuple[int, str]]  # member id -> (team id, name)
    rituals: dict[int, str]
    today: dict[int, date]  # team id -> today in its zone

    def team_members(self, team_id: int) -> list[tuple[int, str]]:
        """(id, name) of a team's members, by name."""
        return sorted(((mid, name) for mid, (tid, name) in self.members.items() if tid == team_id),
                      key=lambda pair: pair[1].casefold())


def directory(session) -> Directory:
    """A Directory read through the session."""
    teams = session.teams()
    return Directory(
        teams={t.id: t.name for t in teams},
        members={m.id: (m.team_id, m.name) for m in session.members()},
        rituals={r.id: r.title for r in session.rituals()},
        today={t.id: session.today(t.id) for t in teams},
    )


class KeptDirectory:
    """A Directory read once and kept until names are edited (`forget`) or the day changes (it holds today)."""

    def __init__(self) -> None:
        self._kept: Directory | None = None
        self._day = None

    def get(self, session) -> Directory:
        day = session.today()
        if self._kept is None or self._day != day:
            self._kept, self._day = directory(session), day
        return self._kept

    def forget(self) -> None:
        self._kept = None


@dataclass(frozen=True, slots=True)
class ActionFilter:
    """Which rows to show; None means 'any'. owner_id 0 means 'nobody'."""

    team_id: int | None = None
    owner_id: int | None = None
    status: ActionStatus | None = None
    overdue: bool = False
    text: str = ""


class _Row:
    """One action with its display texts and sort keys worked out once."""

    __slots__ = ("item", "texts", "search", "overdue", "verdict")

    def __init__(self, item: ActionItem, names: Directory, review_key, labels: dict) -> None:
        self.item = item
        owner = names.members.get(item.owner_id, (0, ""))[1] if item.owner_id is not None else ""
        origin = ""
        if item.origin is not None:
            # isoformat, not strftime: strftime imports a module per call, which PySide6 hooks (slow).
            origin = f"{item.origin.planned.date().isoformat()} {names.rituals.get(item.origin.ritual_id, '?')}"
        self.verdict = None
        if review_key is not None:
            self.verdict = next((v for k, v in item.reviews if k == review_key), None)
        today = names.today.get(item.team_id)
        self.overdue = (item.status is ActionStatus.OPEN and item.due is not None and today is not None
                        and item.due < today)
        self.texts = (item.title, owner, item.due.isoformat() if item.due else "", labels[item.status],
                      names.teams.get(item.team_id, ""), origin, str(item.retros_survived), labels[self.verdict])
        self.search = searchable(f"{item.title}\n{owner}\n{self.texts[TEAM]}\n{origin}")

    def sort_key(self, column: int):
        """What this row sorts by in `column` (ties broken by id, so the order is stable)."""
        item = self.item
        if column == DUE:
            return (item.due is None, item.due or date.min, item.id)
        if column == STATUS:
            return (_STATUS_ORDER[item.status], item.id)
        if column == SURVIVED:
            return (item.retros_survived, item.id)
        text = self.texts[column]
        return (text == "", text.casefold(), item.id)  # empty cells last


class ActionsModel(QAbstractTableModel):
    """Action items as rows; filtering and sorting work on whole lists, not row by row.

    QSortFilterProxyModel asks Python about every row (about 200 ms to filter and 12 s to sort
    50,000 rows), so the model keeps its own visible order: see tests/perf/bench_actions_board.py.
    """

    failed = Signal(object)  # the RitualDeskError of an edit the core refused

    def __init__(self, parent=None, *, write: Callable[[ActionItem], ActionItem] | None = None,
                 editable: Sequence[int] = (TITLE, OWNER, DUE, STATUS)) -> None:
        super().__init__(parent)
        self._write = write
        self._editable = frozenset(editable) if write is not None else frozenset()
        self._rows: list[_Row] = []
        self._visible: list[int] = []  # indexes into _rows, in display order
        self._names = Directory({}, {}, {}, {})
        self._filter = ActionFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: list = []  # each row's sort key in the sorted column
        self._order: list[int] = []  # every row, ascending by _keys (or as loaded)
        self._review_key = None
        self._headers = headers()
        # Translated once: looking labels up per row would cost more than the rest of a load.
        self._labels = {**{s: status_label(s) for s in ActionStatus}, **{v: verdict_label(v) for v in Verdict},
                        None: ""}
        self._index_columns()

    def _row(self, item: ActionItem) -> _Row:
        return _Row(item, self._names, self._review_key, self._labels)

    # -- loading -------------------------------------------------------------------------------

    def set_items(self, items: Iterable[ActionItem], names: Directory, *, review_key=None) -> None:
        """Replace every row (`review_key`: the retrospective whose verdicts the Verdict column shows)."""
        self.beginResetModel()
        self._names, self._review_key = names, review_key
        self._rows = [self._row(item) for item in items]
        self._reorder()
        self._visible = self._select()
        self.endResetModel()

    def shows(self, items: Sequence[ActionItem], names: Directory, *, review_key=None) -> bool:
        """Whether `set_items` with these would show what is shown (so a reset, and its repaint, can be spared)."""
        return (review_key == self._review_key and names == self._names and len(items) == len(self._rows)
                and all(row.item == item for row, item in zip(self._rows, items, strict=True)))

    def merge_items(self, items: Iterable[ActionItem], *, team_ids: Iterable[int], names: Directory) -> None:
        """Replace the rows of some teams by `items`, keeping the others (and the view's selection)."""
        teams = set(team_ids)
        fresh = {item.id: item for item in items}
        kept = [row for row in self._rows if row.item.team_id not in teams or row.item.id in fresh]
        if len(kept) != len(self._rows) or names != self._names:
            # Rows disappeared or names changed: a reset is both simpler and honest.
            known = {row.item.id for row in kept}
            updated = [fresh.get(row.item.id, row.item) for row in kept]
            self.set_items(updated + [i for i in fresh.values() if i.id not in known], names,
                           review_key=self._review_key)
            return
        position = {row.item.id: index for index, row in enumerate(self._rows)}
        for item_id, item in fresh.items():
            if item_id in position and self._rows[position[item_id]].item != item:
                self._replace(position[item_id], item)
        added = [item for item_id, item in fresh.items() if item_id not in position]
        if added:
            self.beginResetModel()
            self._rows += [self._row(item) for item in added]
            self._reorder()
            self._visible = self._select()
            self.endResetModel()

    def _replace(self, index: int, item: ActionItem) -> None:
        self._set_row(index, self._row(item))
        try:
            row = self._visible.index(index)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    # -- filtering and sorting ---------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows there are, shown or not."""
        return len(self._rows)

    def set_filter(self, wanted: ActionFilter) -> None:
        """Show only the rows `wanted` accepts."""
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._visible = self._select()
        self.endResetModel()

    def _reorder(self) -> None:
        """Sort every row once; filtering then walks this order and never sorts."""
        self._index_columns()
        if self._sort is None:
            self._keys, self._order = [], list(range(len(self._rows)))
            return
        column = self._sort[0]
        self._keys = [row.sort_key(column) for row in self._rows]
        self._order = sorted(range(len(self._rows)), key=self._keys.__getitem__)

    def _set_row(self, index: int, row: _Row) -> None:
        """Replace one row, moving it to its place in the sort order (shown where it was until refiltered)."""
        self._rows[index] = row
        self._team_ids[index], self._statuses[index], self._owners[index] = (
            row.item.team_id, row.item.status, row.item.owner_id)
        self._overdues[index], self._searches[index] = row.overdue, row.search
        if self._sort is not None:
            key = row.sort_key(self._sort[0])
            if key != self._keys[index]:
                self._order.remove(index)
                self._keys[index] = key
                bisect.insort(self._order, index, key=self._keys.__getitem__)

    def _index_columns(self) -> None:
        """Flat lists of what filters look at: a comprehension over them costs ~1 ms per 50,000 rows."""
        rows = self._rows
        self._team_ids = [row.item.team_id for row in rows]
        self._statuses = [row.item.status for row in rows]
        self._owners = [row.item.owner_id for row in rows]
        self._overdues = [row.overdue for row in rows]
        self._searches = [row.search for row in rows]

    def _select(self) -> list[int]:
        wanted = self._filter
        descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
        chosen: Iterable[int] = self._order[::-1] if descending else self._order
        if wanted.team_id is not None:
            team, teams = wanted.team_id, self._team_ids
            chosen = [i for i in chosen if teams[i] == team]
        if wanted.status is not None:
            status, statuses = ActionStatus(wanted.status), self._statuses
            chosen = [i for i in chosen if statuses[i] is status]
        if wanted.owner_id is not None:
            owner, owners = wanted.owner_id or None, self._owners
            chosen = [i for i in chosen if owners[i] == owner]
        if wanted.overdue:
            overdues = self._overdues
            chosen = [i for i in chosen if overdues[i]]
        needle = searchable(wanted.text.strip())
        if needle:
            searches = self._searches
            chosen = [i for i in chosen if needle in searches[i]]
        return list(chosen)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._visible[p.row()], p.column()) if p.row() < len(self._visible) else None
                for p in persistent]
        if self._sort is None or self._sort[0] != column:
            self._sort = (column, order)
            self._reorder()
        self._sort = (column, order)
        self._visible = self._select()
        where = {source: row for row, source in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[h[0]], h[1]) if h is not None and h[0] in where else QModelIndex() for h in held])
        self.layoutChanged.emit()

    # -- reading rows ---------------------------------------------------------------------------

    def item(self, row: int) -> ActionItem:
        """The action shown at `row`."""
        return self._rows[self._visible[row]].item

    def row_of(self, action_id: int) -> int | None:
        """The row showing an action, if it is shown."""
        for row, index in enumerate(self._visible):
            if self._rows[index].item.id == action_id:
                return row
        return None

    def visible_texts(self, columns: Sequence[int]) -> list[tuple[str, ...]]:
        """The shown rows' texts in the given columns, in display order (for exports)."""
        return [tuple(self._rows[i].texts[c] for c in columns) for i in self._visible]

    # -- Qt overrides -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMNS:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row, column = self._rows[self._visible[index.row()]], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row.item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, ORIGIN):
            return row.texts[column] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column in (TITLE, DUE):
                return QBrush(QColor("#c0392b"))
            if row.item.status is not ActionStatus.OPEN:
                return QBrush(QColor("#808080"))
            return None
        if role == Qt.ItemDataRole.FontRole and column == TITLE and row.item.status is ActionStatus.DONE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SURVIVED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ROLE:
            return row.item
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == CHOICES_ROLE:
            return self._choices(row.item, column)
        return None

    def _edit_value(self, item: ActionItem, column: int):
        if column == TITLE:
            return item.title
        if column == OWNER:
            return item.owner_id or 0
        if column == DUE:
            return QDate(item.due) if item.due else QDate()
        if column == STATUS:
            return item.status.value
        return None

    def _choices(self, item: ActionItem, column: int) -> list[tuple[object, str]] | None:
        if column == OWNER:
            return [(0, translate("ActionsModel", "Nobody"))] + self._names.team_members(item.team_id)
        if column == STATUS:
            return [(s.value, status_label(s)) for s in ActionStatus]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in self._editable:
            return False
        source = self._visible[index.row()]
        item = self._rows[source].item
        try:
            edited = self._edited(item, index.column(), value)
            if edited == item:
                return True
            saved = self._write(edited)
        except RitualDeskError as error:
            self.failed.emit(error)
            return False
        # The write announced a change; a listener may have reloaded this very model meanwhile,
        # so find the row again rather than trusting `source`.
        position = next((i for i, row in enumerate(self._rows) if row.item.id == saved.id), None)
        if position is not None and self._rows[position].item != saved:
            self._replace(position, saved)
        return True

    @staticmethod
    def _edited(item: ActionItem, column: int, value) -> ActionItem:
        if column == TITLE:
            if not str(value).strip():
                raise InvalidInput(translate("ActionsModel", "An action needs a title."))
            return replace(item, title=str(value).strip())
        if column == OWNER:
            return replace(item, owner_id=(int(value) or None) if value is not None else None)
        if column == DUE:
            due = value.toPython() if isinstance(value, QDate) and value.isValid() else value
            return replace(item, due=due if isinstance(due, date) else None)
        return replace(item, status=ActionStatus(str(value)))


def to_markdown(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table (pipes and newlines in cells escaped)."""
    def cell(text: str) -> str:
        """One cell's text, safe inside a table row."""
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def to_csv(header: Sequence[str], rows: Sequence[Sequence[str]], *, delimiter: str = ",") -> str:
    """CSV text with a header row, starting with a byte order mark so spreadsheets read it as UTF-8."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
