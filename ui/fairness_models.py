"""Table models of the fairness view: turns per member, the history of turn changes, the forecast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from ritualdesk.fairness import ForecastTurn, TurnEvent
from ritualdesk.rotation import Fairness

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Table(QAbstractTableModel):
    """Rows of plain values under translated headers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return None

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]


@dataclass(frozen=True, slots=True)
class MemberTurns:
    """One member's line of the fairness table."""

    name: str
    held: int
    planned: int
    share: float
    owed: float


def figure(value: float, *, sign: bool = False) -> str:
    """A share or a balance to one decimal as the app's language writes it ('+1.5', '+1,5' in French)."""
    text = QLocale().toString(float(value), "f", 1)
    return "+" + text if sign and not text.startswith("-") else text


def member_turns(rows: Sequence[Fairness], names: dict[int, str]) -> list[MemberTurns]:
    """Fairness rows with the members' names."""
    return [MemberTurns(names.get(r.member_id, f"#{r.member_id}"), r.held, r.planned, r.share, r.owed) for r in rows]


class FairnessModel(_Table):
    """Member, turns held, turns planned, fair share, owed."""

    def headers(self) -> list[str]:
        return [self.tr("Member"), self.tr("Held"), self.tr("Planned"), self.tr("Fair share"), self.tr("Owed")]

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: MemberTurns = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return [row.name, str(row.held), str(row.planned), figure(row.share), figure(row.owed, sign=True)][column]
        if role == SORT_ROLE:
            return [row.name.casefold(), row.held, row.planned, row.share, row.owed][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return (self.tr("Did more than their share: the team owes them turns off") if row.owed > 0 else
                    self.tr("Did less than their share: they owe the team turns") if row.owed < 0 else
                    self.tr("Exactly their share"))
        return None


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


class HistoryModel(_Table):
    """Overrides, swaps, passes and defers: when, which ritual, what, who, why."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def change_label(self, what: str) -> str:
        """'override', 'swap', 'pass', 'defer' as a person reads them."""
        return {"override": self.tr("Override"), "swap": self.tr("Swap"), "pass": self.tr("Pass"),
                "defer": self.tr("Defer")}.get(what, what)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Ritual"), self.tr("Change"), self.tr("Facilitator"), self.tr("Instead of"),
                self.tr("Reason")]

    def set_events(self, events: Sequence[TurnEvent], names: dict[int, str]) -> None:
        self._names = names
        self.set_rows(events)

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role not in (
                _DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        event: TurnEvent = self._rows[index.row()]
        instead = event.member_id if event.what != "override" else None
        return [_when(event.start), event.ritual, self.change_label(event.what),
                self._names.get(event.facilitator_id, "—"),
                self._names.get(instead, "—") if instead else "—", event.reason][index.column()]


class ForecastModel(_Table):
    """The coming occurrences with their facilitator, and who it would be in the "what if"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}
        self._what_if: list[ForecastTurn] | None = None

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Ritual"), self.tr("Facilitator"), self.tr("What if")]

    def set_forecast(self, turns: Sequence[ForecastTurn], what_if: Sequence[ForecastTurn] | None,
                     names: dict[int, str]) -> None:
        self._names = names
        self._what_if = list(what_if) if what_if is not None else None
        self.set_rows(turns)

    def changed(self, row: int) -> bool:
        """Whether the "what if" gives this occurrence another facilitator."""
        if self._what_if is None or row >= len(self._what_if):
            return False
        return self._what_if[row].facilitator_id != self._rows[row].facilitator_id

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        turn: ForecastTurn = self._rows[index.row()]
        if role == _DISPLAY:
            if index.column() == 3:
                if self._what_if is None or index.row() >= len(self._what_if):
                    return ""
                return self._names.get(self._what_if[index.row()].facilitator_id, self.tr("nobody"))
            return [_when(turn.start), turn.ritual, self._names.get(turn.facilitator_id, self.tr("nobody"))][
                index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() == 3 and self.changed(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None
