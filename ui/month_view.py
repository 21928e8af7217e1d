"""The month view: six painted weeks, each day listing its rituals; click, double-click, keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ritualdesk.model import Occurrence, OccurrenceKey, OccurrenceStatus

from .calendar_data import CalendarData, RefreshWhenShown, SelectsOccurrence, kind_name, local_text
from .session import Session
from .theme import KIND_COLORS, is_dark
from .week_view import week_start

HEADER = 26
WEEKS = 6


def month_grid_start(anchor: date) -> date:
    """The Monday on or before the first day of `anchor`'s month."""
    return week_start(anchor.replace(day=1))


@dataclass(slots=True)
class _Item:
    rect: QRectF
    occurrence: Occurrence  # a group's first one
    group: tuple[Occurrence, ...] = ()

    def occurrence_keys(self) -> list[OccurrenceKey]:
        return [o.key for o in self.group] if self.group else [self.occurrence.key]


class MonthView(SelectsOccurrence, RefreshWhenShown, QWidget):
    """A month at a glance; double-click a day to open its week."""

    occurrence_selected = Signal(object)  # OccurrenceKey | None
    occurrence_activated = Signal(object)  # OccurrenceKey
    day_activated = Signal(object)  # date
    anchor_changed = Signal(object)  # date: the keyboard left the month shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("monthView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 380)
        self.setAccessibleName(self.tr("Month calendar"))
        self.month = session.today().replace(day=1)
        self.current_day = session.today()
        self.team_ids: list[int] = []
        first = month_grid_start(self.month)
        self.data = CalendarData(first, first + timedelta(days=7 * WEEKS - 1))
        self.by_day: dict[date, list[Occurrence]] = {}
        self.selected: OccurrenceKey | None = None
        self._items: list[_Item] = []
        self._more: dict[date, int] = {}
        self._stale = True
        session.changed.connect(self._on_changed)

    @staticmethod
    def period(anchor: date) -> tuple[date, date]:
        first = month_grid_start(anchor)
        return first, first + timedelta(days=7 * WEEKS - 1)

    @staticmethod
    def step(anchor: date, direction: int) -> date:
        month = anchor.month - 1 + direction
        year = anchor.year + month // 12
        return date(year, month % 12 + 1, 1)

    def title(self) -> str:
        return local_text(self.month, "MMMM yyyy").capitalize()

    def show_period(self, anchor: date, team_ids: Sequence[int]) -> None:
        """Show the month of `anchor` for these teams."""
        month = anchor.replace(day=1)
        self.current_day = anchor
        if month == self.month and list(team_ids) == self.team_ids and not self._stale:
            self.update()
            return
        self.month, self.team_ids = month, list(team_ids)
        self.reload()

    def reload(self) -> None:
        first, last = self.period(self.month)
        self.data = CalendarData.load(self.session, first, last, self.team_ids)
        self._stale = False
        self._show_data()

    def reload_occurrences(self) -> None:
        """After an edit of occurrences only: read them again (names, holidays and absences are kept)."""
        self.data = self.data.with_occurrences(self.session)
        self._show_data()

    def _show_data(self) -> None:
        self.by_day = {}
        for occurrence in self.data.occurrences:
            self.by_day.setdefault(occurrence.start.date(), []).append(occurrence)
        for occurrences in self.by_day.values():  # in local time, whatever the team's zone
            occurrences.sort(key=lambda o: (o.start.time(), self.data.team_index.get(o.team_id, 0)))
        self._layout()
        self.update()


    # -- geometry --------------------------------------------------------------------------

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / WEEKS
        return QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)

    def day_rect(self, day: date) -> QRectF:
        return self._cell((day - self.data.first).days)

    def day_at(self, pos: QPointF) -> date | None:
        if pos.y() < HEADER:
            return None
        column = min(int(pos.x() // (self.width() / 7)), 6)
        row = min(int((pos.y() - HEADER) // ((self.height() - HEADER) / WEEKS)), WEEKS - 1)
        return self.data.first + timedelta(days=row * 7 + column)

    def _line_height(self) -> int:
        return QFontMetrics(self._small()).height() + 2

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return font

    def _layout(self) -> None:
        self._items, self._more = [], {}
        line = self._line_height()
        for index in range(7 * WEEKS):
            day = self.data.first + timedelta(days=index)
            cell = self._cell(index)
            occurrences = self.by_day.get(day, [])
            top = cell.top() + line + 4 + (line if day in self.data.holidays else 0)
            room = max(int((cell.bottom() - 2 - top) // line), 0)
            entries: list[tuple[Occurrence, ...]] = [(o,) for o in occurrences]
            if len(entries) > room:  # too many: one line per time and kind ("09:30 10 × Stand-up")
                grouped: dict[tuple, list[Occurrence]] = {}
                for occurrence in occurrences:
                    grouped.setdefault((occurrence.start.time(), self.data.kind(occurrence)), []).append(occurrence)
                entries = [tuple(group) for group in grouped.values()]
            shown = entries if len(entries) <= room else entries[:max(room - 1, 0)]
            for n, entry in enumerate(shown):
                rect = QRectF(cell.left() + 3, top + n * line, cell.width() - 6, line - 1)
                self._items.append(_Item(rect, entry[0], entry if len(entry) > 1 else ()))
            hidden = sum(len(entry) for entry in entries[len(shown):])
            if hidden:
                self._more[day] = hidden

    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def header_rects(self, day: date, today: date) -> tuple[QRectF, QRectF]:
        """Where a day's number (in its pill today, "1 Dec" on the first) and its "n away" go: side by side."""
        cell = self.day_rect(day)
        label_rect = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, self._line_height())
        day_label = str(day.day) if day.day != 1 else local_text(day, "d MMM")
        if day == today:
            bold = QFont(self.font())
            bold.setBold(True)
            used = max(QFontMetrics(bold).horizontalAdvance(day_label) + 10, self._line_height()) - 3
        else:
            used = QFontMetrics(self._small()).horizontalAdvance(day_label)
        number = QRectF(label_rect.left(), label_rect.top(), used, label_rect.height())
        away_left = number.right() + 6
        return number, QRectF(away_left, label_rect.top(), max(0.0, label_rect.right() - away_left),
                              label_rect.height())

    def more_rect(self, day: date) -> QRectF | None:
        """Where '+N more' is written for a day that has more rituals than room."""
        if day not in self._more:
            return None
        cell = self.day_rect(day)
        return QRectF(cell.left() + 6, cell.bottom() - self._line_height() - 1, cell.width() - 10,
                      self._line_height())

    def item_at(self, pos: QPointF) -> _Item | None:
        return next((i for i in self._items if i.rect.contains(pos)), None)

    def item_rect(self, key: OccurrenceKey) -> QRectF | None:
        return next((i.rect for i in self._items if key in i.occurrence_keys()), None)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the grid: see WeekView.paintEvent
        palette = self.palette()
        text = palette.text().color()
        muted = QColor(text)
        muted.setAlpha(120)
        line = QColor(text)
        line.setAlpha(38)
        painter.fillRect(self.rect(), palette.base().color())
        small = self._small()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(small)
        today = self.data.local_now(self.session.now()).date()
        working = set().union(*(t.working_days for t in self.data.teams.values())) if self.data.teams else set()
        width = self.width() / 7
        painter.setFont(small)
        painter.setPen(muted)
        for column in range(7):
            painter.drawText(QRectF(column * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter,
                             local_text(self.data.first + timedelta(days=column), "dddd"))
        for index in range(7 * WEEKS):
            day = self.data.first + timedelta(days=index)
            cell = self._cell(index)
            if day.weekday() not in working or day in self.data.holidays or day.month != self.month.month:
                shade = QColor("#ffffff" if is_dark(palette) else "#000000")
                shade.setAlpha(8 if day.month == self.month.month else 16)
                painter.fillRect(cell, shade)
            if day == self.current_day and self.hasFocus():
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
            label_rect = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, self._line_height())
            day_label = str(day.day) if day.day != 1 else local_text(day, "d MMM")
            if day == today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.highlight())
                size = self._line_height()
                pill = max(QFontMetrics(bold).horizontalAdvance(day_label) + 10, size)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.drawRoundedRect(QRectF(label_rect.left() - 3, label_rect.top(), pill, size), size / 2, size / 2)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(palette.highlightedText().color())
            else:
                painter.setPen(text if day.month == self.month.month else muted)
            painter.setFont(bold if day == today else small)
            painter.drawText(label_rect.adjusted(0 if day != today else 2, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, day_label)
            painter.setFont(small)
            holidays = self.data.holidays.get(day)
            if holidays:
                painter.setPen(QColor("#dc2626"))
                rect = QRectF(cell.left() + 4, label_rect.bottom() + 1, cell.width() - 8, self._line_height())
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText("★ " + holidays[0][1], Qt.TextElideMode.ElideRight,
                                                    int(rect.width())))
            away = self.data.absences.get(day)
            if away:  # beside the day's number, shortened to the room left: never over today's pill
                painter.setPen(muted)
                away_rect = self.header_rects(day, today)[1]
                painter.drawText(away_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(self.tr("%n away", "", len(set(away))), Qt.TextElideMode.ElideRight,
                                                    int(away_rect.width())))
            more = self._more.get(day)
            if more:
                painter.setPen(muted)
                painter.drawText(self.more_rect(day),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("+%n more", "", more))
        for column in range(1, 7):  # one-pixel rectangles: much cheaper than stroked lines (see WeekView)
            painter.fillRect(QRect(round(column * width), HEADER, 1, self.height() - HEADER), line)
        for row in range(WEEKS):
            painter.fillRect(QRect(0, round(self._cell(row * 7).top()), self.width(), 1), line)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for item in self._items:
            self._paint_item(painter, item, small, metrics)
        painter.end()

    def _paint_item(self, painter: QPainter, item: _Item, font: QFont, metrics: QFontMetrics) -> None:
        occurrence = item.occurrence
        color = QColor(KIND_COLORS[self.data.kind(occurrence)])
        cancelled = occurrence.status is OccurrenceStatus.CANCELLED and not item.group
        selected = self.selected in item.occurrence_keys()
        rect = item.rect
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 2, 4, rect.height() - 4), 2, 2)
            painter.setPen(self.palette().text().color())
        if item.group:
            label = self.tr("%1 %2 × %3").replace("%1", f"{occurrence.start:%H:%M}").replace(
                "%2", str(len(item.group))).replace("%3", kind_name(self.data.kind(occurrence)))
        else:
            label = f"{occurrence.start:%H:%M} {self.data.title(occurrence)}"
            facilitator = self.data.facilitator(occurrence)
            if facilitator:
                label += f" · {facilitator}"
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.drawText(rect.adjusted(8, 0, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width() - 10)))
        font.setStrikeOut(False)

    # -- interaction -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        item = self.item_at(event.position())
        day = self.day_at(event.position())
        if day is not None:
            self.current_day = day
        self.select(item.occurrence.key if item else None)
        self.update()
        more = self.more_rect(day) if day is not None else None
        if more is not None and more.contains(event.position()):
            self.day_activated.emit(day)  # '+N more' opens the day's week

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None and not item.group:
            self.occurrence_activated.emit(item.occurrence.key)
            return
        day = self.day_at(event.position())  # a group opens its day's week
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = event.key()
        if key in steps and not event.modifiers():
            day = self.current_day + timedelta(days=steps[key])
            if day.month != self.month.month:
                self.anchor_changed.emit(day)
                self.show_period(day, self.team_ids)
            self.current_day = day
            self.select(None)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None:
                self.occurrence_activated.emit(self.selected)
            else:
                self.day_activated.emit(self.current_day)
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            item = self.item_at(QPointF(event.pos()))
            if item is not None:
                shown = item.group or (item.occurrence,)
                QToolTip.showText(event.globalPos(), "<hr>".join(self.data.tooltip(o) for o in shown), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
