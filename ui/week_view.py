"""The week view: a painted time grid in the teams' local time; click, double-click, drag, keys."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ritualdesk.localize import time_span
from ritualdesk.model import Occurrence, OccurrenceKey, OccurrenceStatus

from .calendar_data import CalendarData, RefreshWhenShown, SelectsOccurrence, kind_name, local_text
from .feedback import guarded
from .session import Session
from .theme import KIND_COLORS, NOW_LINE, is_dark, team_color

SNAP_MINUTES = 15
GUTTER = 50  # the hours column
HEADER = 40  # day names
STRIP_LINE = 16  # one line of holidays / absences above the grid


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


MIN_COLUMN = 36  # narrower than this, simultaneous rituals are drawn as one group block
READABLE_CHARS = 10  # ... nor narrower than about ten characters of a title


class _GroupSummary(NamedTuple):
    """What a group block paints, worked out from its occurrences once."""

    color: QColor
    title: str  # "10 × Stand-up · 1 cancelled"
    names: str  # who facilitates those taking place
    latest_end: datetime
    keys: frozenset[OccurrenceKey]
    all_cancelled: bool


@dataclass(slots=True)
class _Block:
    """Where one occurrence (or a group of simultaneous ones, too many to sit side by side) is painted."""

    rect: QRectF
    occurrence: Occurrence  # the group's first one
    group: tuple[Occurrence, ...] = ()
    summary: _GroupSummary | None = field(default=None, compare=False)  # a group's: worked out once

    def occurrence_keys(self) -> list[OccurrenceKey]:
        return [o.key for o in self.group] if self.group else [self.occurrence.key]


def _minutes(moment: datetime) -> float:
    return moment.hour * 60 + moment.minute + moment.second / 60


def _real_minutes(occurrence: Occurrence) -> float:
    """How long it lasts, on the clock of the world: an hour the night clocks go back ends at the time it began."""
    return (occurrence.end.astimezone(UTC) - occurrence.start.astimezone(UTC)).total_seconds() / 60


def _painted_area(rect: QRectF) -> QRect:
    """The pixels a block may touch: its rectangle, its selection pen and antialiased edges."""
    return rect.adjusted(-2, -2, 2, 2).toAlignedRect()


def layout_day(occurrences: Sequence[Occurrence]) -> list[tuple[Occurrence, int, int]]:
    """Side-by-side columns for overlapping occurrences: (occurrence, column, columns in its cluster)."""
    result: list[tuple[Occurrence, int, int]] = []
    cluster: list[tuple[Occurrence, int]] = []
    cluster_end = -1.0

    def flush() -> None:
        width = max((c for _, c in cluster), default=-1) + 1
        result.extend((o, c, width) for o, c in cluster)

    ordered = sorted(occurrences, key=lambda o: (_minutes(o.start), -(o.end - o.start).total_seconds()))
    ends: list[float] = []  # end minute of the last block in each column of the cluster
    for occurrence in ordered:
        start = _minutes(occurrence.start)
        end = start + max((occurrence.end - occurrence.start).total_seconds() / 60, _real_minutes(occurrence), 15)
        if start >= cluster_end and cluster:
            flush()
            cluster, ends, cluster_end = [], [], -1.0
        column = next((i for i, e in enumerate(ends) if e <= start), len(ends))
        if column == len(ends):
            ends.append(end)
        else:
            ends[column] = end
        cluster.append((occurrence, column))
        cluster_end = max(cluster_end, end)
    if cluster:
        flush()
    return result


class WeekView(SelectsOccurrence, RefreshWhenShown, QWidget):
    """Seven days of rituals; each block coloured by kind shows its title and facilitator."""

    occurrence_selected = Signal(object)  # OccurrenceKey | None
    occurrence_activated = Signal(object)  # OccurrenceKey: double-click or Enter
    day_activated = Signal(object)  # date: a group of simultaneous rituals was double-clicked

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("weekView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 380)
        self.setAccessibleName(self.tr("Week calendar"))
        self.first = week_start(session.today())
        self.team_ids: list[int] = []
        self.data = CalendarData(self.first, self.first + timedelta(days=6))
        self.selected: OccurrenceKey | None = None
        self._blocks: list[_Block] = []  # every day's, by day
        self._day_blocks: dict[date, list[_Block]] = {}
        self._by_day: dict[date, list[Occurrence]] = {}  # what the blocks were laid out from
        self._painted_at: datetime | None = None  # the clock at the last paint of the whole view
        self._now = session.now()  # the clock during a paint
        self._ends: list[float] = []  # when each occurrence shown ends, in order (a block fades once past)
        self._first_hour, self._last_hour = 7, 19
        self.columns = 7  # 5 when nobody shown works at the weekend
        self._press: tuple[QPointF, _Block] | None = None
        self._drag_to: datetime | None = None  # naive local start while dragging
        self._stale = True
        self._strip: tuple[CalendarData, int, float] | None = None
        session.changed.connect(self._on_changed)

    # -- what is shown -----------------------------------------------------------------

    @staticmethod
    def period(anchor: date) -> tuple[date, date]:
        first = week_start(anchor)
        return first, first + timedelta(days=6)

    @staticmethod
    def step(anchor: date, direction: int) -> date:
        return anchor + timedelta(weeks=direction)

    def title(self) -> str:
        first, last = self.data.first, self.data.last
        return self.tr("%1 – %2").replace("%1", local_text(first, "d MMM")).replace(
            "%2", local_text(last, "d MMM yyyy"))

    def show_period(self, anchor: date, team_ids: Sequence[int]) -> None:
        """Show the week of `anchor` for these teams."""
        first = week_start(anchor)
        if first == self.data.first and list(team_ids) == self.team_ids and not self._stale:
            return
        self.first, self.team_ids = first, list(team_ids)
        self.reload()

    def reload(self) -> None:
        self.data = CalendarData.load(self.session, self.first, self.first + timedelta(days=6), self.team_ids)
        self._stale = False
        self._show_data()

    def reload_occurrences(self) -> None:
        """After an edit of occurrences only: read them again, lay out and repaint only the days that changed."""
        before = self._by_day
        fitted = (self.columns, self._first_hour, self._last_hour)
        self.data = self.data.with_occurrences(self.session)
        selected = self.selected
        self._fit()
        if (selected != self.selected or fitted != (self.columns, self._first_hour, self._last_hour)
                or not self._painted_now_holds()):
            self._layout()
            self.update()
            return
        by_day = self._group_by_day()
        changed = [day for day in before.keys() | by_day.keys() if before.get(day) != by_day.get(day)]
        was = {day: self._day_blocks.get(day, []) for day in changed}
        self._layout(days=changed, by_day=by_day)
        # Only the blocks that differ are painted again (where they were and where they are).
        for day in changed:
            now = self._day_blocks.get(day, [])
            for block in [b for b in was[day] if b not in now] + [b for b in now if b not in was[day]]:
                self.update(_painted_area(block.rect))

    def _painted_now_holds(self) -> bool:
        """Whether what depends on the clock (the now line, past blocks faded) is as last painted in full."""
        if self._painted_at is None:
            return False
        then, now = self._painted_at, self.session.now()
        if then == now:
            return True
        if self.data.local_now(then).replace(second=0, microsecond=0) != \
                self.data.local_now(now).replace(second=0, microsecond=0):
            return False  # the now line moved
        early, late = sorted((then.timestamp(), now.timestamp()))
        return bisect_left(self._ends, early) == bisect_left(self._ends, late)  # no block became past (or not)

    def _show_data(self) -> None:
        self._fit()
        self._layout()
        self.update()

    def _fit(self) -> None:
        """The selection still shown, the columns and the hours the data needs."""
        if self.selected is not None and self.data.find(self.selected) is None:
            self.selected = None
        starts = [o.start.hour for o in self.data.occurrences]
        ends = [o.end.hour + (1 if o.end.minute else 0) if o.end.date() == o.start.date() else 24
                for o in self.data.occurrences]
        # The weekend takes room only when a shown team works then or something is planned.
        weekend_used = any(d >= 5 for t in self.data.teams.values() for d in t.working_days) or any(
            o.start.weekday() >= 5 for o in self.data.occurrences)
        self.columns = 7 if weekend_used or not self.data.teams else 5
        self._ends = sorted(o.end.timestamp() for o in self.data.occurrences)
        self._first_hour = min([7, *starts])
        self._last_hour = max([19, *ends])


    # -- geometry ------------------------------------------------------------------------

    def _strip_height(self) -> float:
        """The height of the holidays and absences above the grid (kept per period: asked for every point)."""
        kept = self._strip
        if kept is not None and kept[0] is self.data and kept[1] == self.columns:
            return kept[2]
        lines = 0
        for offset in range(self.columns):
            day = self.first + timedelta(days=offset)
            lines = max(lines, len(self.data.holidays.get(day, ())) + (1 if self.data.absences.get(day) else 0))
        height = min(lines, 3) * STRIP_LINE + (6 if lines else 0)
        self._strip = (self.data, self.columns, height)
        return height

    def _grid_top(self) -> float:
        return HEADER + self._strip_height()

    def _day_width(self) -> float:
        return (self.width() - GUTTER) / self.columns

    def _hour_height(self) -> float:
        return max((self.height() - self._grid_top() - 4) / (self._last_hour - self._first_hour), 12)

    def _y_of(self, minutes: float) -> float:
        return self._grid_top() + (minutes / 60 - self._first_hour) * self._hour_height()

    def _x_of(self, day_index: int) -> float:
        return GUTTER + day_index * self._day_width()

    def _day_rect(self, day_index: int) -> QRectF:
        return QRectF(self._x_of(day_index), self._grid_top(), self._day_width(),
                      self.height() - self._grid_top())

    def _at(self, pos: QPointF) -> tuple[int, float] | None:
        """The day index and minute of the day under a point of the grid."""
        if pos.x() < GUTTER or pos.y() < self._grid_top():
            return None
        day_index = min(int((pos.x() - GUTTER) // self._day_width()), self.columns - 1)
        minutes = ((pos.y() - self._grid_top()) / self._hour_height() + self._first_hour) * 60
        return day_index, minutes

    def _group_by_day(self) -> dict[date, list[Occurrence]]:
        by_day: dict[date, list[Occurrence]] = {}
        for occurrence in self.data.occurrences:
            by_day.setdefault(occurrence.start.date(), []).append(occurrence)
        return by_day

    def _layout(self, *, days: Sequence[date] | None = None, by_day: dict[date, list[Occurrence]] | None = None
                ) -> None:
        """Place the blocks of every day, or only of `days` (the others' blocks are kept)."""
        self._by_day = self._group_by_day() if by_day is None else by_day
        if days is None:
            self._day_blocks = {}
        narrowest = max(MIN_COLUMN, READABLE_CHARS * self.fontMetrics().averageCharWidth())
        for day in self._by_day if days is None else days:
            self._day_blocks.pop(day, None)
            index = (day - self.first).days
            if day in self._by_day and 0 <= index < self.columns:
                self._day_blocks[day] = self._layout_day(day, index, self._by_day[day], narrowest)
        self._blocks = [block for day in sorted(self._day_blocks) for block in self._day_blocks[day]]

    def _layout_day(self, day: date, index: int, occurrences: list[Occurrence], narrowest: int) -> list[_Block]:
        blocks: list[_Block] = []
        crowded: dict[tuple[datetime, datetime], list[Occurrence]] = {}
        for occurrence in occurrences:
            crowded.setdefault((occurrence.start.replace(tzinfo=None), occurrence.end.replace(tzinfo=None)),
                               []).append(occurrence)
        # Side by side only while each block keeps a readable title (three at once used to show "A…"). As
        # many at once as in the largest group of the same start and end sit side by side at least.
        at_once = max(map(len, crowded.values()))
        placed = layout_day(occurrences) if (self._day_width() - 6) / at_once >= narrowest else None
        if placed is None or any((self._day_width() - 6) / width < narrowest for _, _, width in placed):
            # Too many at once for this width: one block per start and end, listing them all.
            firsts = [group[0] for group in crowded.values()]
            placed = layout_day(firsts)
            groups = {group[0].key: tuple(group) for group in crowded.values()}
        else:
            groups = {}
        for occurrence, column, columns in placed:
            width = (self._day_width() - 6) / columns
            top = self._y_of(_minutes(occurrence.start))
            end = occurrence.end if occurrence.end.date() == day else datetime.combine(day, time(23, 59))
            bottom = max(self._y_of(max(_minutes(end), _minutes(occurrence.start) + _real_minutes(occurrence))),
                         top + 18)
            rect = QRectF(self._x_of(index) + 2 + column * width, top + 1, width - 1, bottom - top - 2)
            group = groups.get(occurrence.key, ())
            blocks.append(_Block(rect, occurrence, group if len(group) > 1 else ()))
        return blocks

    def focusInEvent(self, event) -> None:
        self.update(self._focus_line())  # only the accent line shows focus (QWidget would repaint everything)

    def focusOutEvent(self, event) -> None:
        self.update(self._focus_line())

    def _focus_line(self) -> QRect:
        return QRectF(GUTTER, HEADER - 3, self.width() - GUTTER, 2).toAlignedRect()

    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def block_at(self, pos: QPointF) -> _Block | None:
        for block in reversed(self._blocks):
            if block.rect.contains(pos):
                return block
        return None

    def block_rect(self, key: OccurrenceKey) -> QRectF | None:
        """Where an occurrence is painted (for tests and accessibility)."""
        return next((b.rect for b in self._blocks if key in b.occurrence_keys()), None)

    def point_for(self, day: date, at: time) -> QPointF:
        """The centre-left point of the grid at a local day and time."""
        index = (day - self.first).days
        return QPointF(self._x_of(index) + self._day_width() / 2, self._y_of(at.hour * 60 + at.minute))

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # The grid is straight lines and rectangles on whole pixels: antialiasing only the rounded
        # blocks keeps them smooth and makes a paint of fifty teams' week several times cheaper.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        dark = is_dark(palette)
        base = palette.base().color()
        text = palette.text().color()
        muted = QColor(text)
        muted.setAlpha(140)
        line = QColor(text)
        line.setAlpha(38)
        faint = QColor(text)
        faint.setAlpha(12)
        painter.fillRect(self.rect(), base)
        self._now = now = self.session.now()  # one instant for the whole paint
        if event.rect().contains(self.rect()):
            self._painted_at = now
        clip = event.rect()  # what lies outside what is painted again is skipped
        today = self.data.local_now(now).date()
        top = self._grid_top()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        bold = QFont(self.font())
        bold.setBold(True)

        working = set()
        for team in self.data.teams.values():
            working |= set(team.working_days)
        for index in range(self.columns):
            day = self.first + timedelta(days=index)
            if not QRectF(self._x_of(index), 0, self._day_width(), self.height()).toAlignedRect().intersects(clip):
                continue
            column = self._day_rect(index)
            if day.weekday() not in working or day in self.data.holidays:
                shade = QColor("#000000" if not dark else "#ffffff")
                shade.setAlpha(10 if not dark else 8)
                painter.fillRect(column, shade)
            if day == today:
                highlight = QColor(palette.highlight().color())
                highlight.setAlpha(22)
                painter.fillRect(QRectF(self._x_of(index), 0, self._day_width(), self.height()), highlight)
            # Day header: weekday and date, today's in the accent colour.
            header = QRectF(self._x_of(index), 0, self._day_width(), HEADER)
            painter.setFont(small)
            accent = palette.highlight().color().lighter(160) if dark else palette.highlight().color()
            painter.setPen(accent if day == today else muted)
            painter.drawText(header.adjusted(0, 4, 0, -HEADER / 2), Qt.AlignmentFlag.AlignCenter,
                             local_text(day, "ddd").upper())
            painter.setFont(bold)
            painter.setPen(accent if day == today else text)
            painter.drawText(header.adjusted(0, HEADER / 2 - 2, 0, 0), Qt.AlignmentFlag.AlignCenter,
                             local_text(day, "d MMM"))
            self._paint_strip(painter, index, day, small)
        # Hour lines and labels. The grid's lines are one-pixel rectangles: filling them is some thirty
        # times cheaper than stroking lines (a step of fifty teams' week paints within a frame).
        painter.setFont(small)
        width = self.width() - GUTTER
        for hour in range(self._first_hour, self._last_hour + 1):
            y = self._y_of(hour * 60)
            painter.fillRect(QRect(GUTTER, round(y), width, 1), line)
            if hour < self._last_hour:
                painter.fillRect(QRect(GUTTER, round(self._y_of(hour * 60 + 30)), width, 1), faint)
                if clip.left() >= GUTTER:  # the hours column is not painted again
                    continue
                painter.setPen(muted)
                painter.drawText(QRectF(0, y - 8, GUTTER - 6, 16),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 QTime(hour, 0).toString("HH:mm"))
        for index in range(self.columns + 1):
            column_top = HEADER - 4 if index else 0
            painter.fillRect(QRect(round(self._x_of(index)), column_top, 1, self.height() - column_top), line)
        painter.fillRect(QRect(GUTTER, round(top), width, 1), line)

        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in self._blocks:
            if _painted_area(block.rect).intersects(clip):
                self._paint_block(painter, block, small, bold)
        self._paint_now(painter)
        self._paint_drag(painter, small)
        if not self.team_ids or not self.data.teams:
            painter.setPen(muted)
            painter.drawText(self.rect().adjusted(GUTTER, int(top), 0, 0), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No team shown: tick a team in the sidebar."))
        if self.hasFocus():  # keyboard focus: an accent line under the day names
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRect(QRectF(GUTTER, HEADER - 3, self.width() - GUTTER, 2))
        painter.end()

    def _paint_strip(self, painter: QPainter, index: int, day: date, font: QFont) -> None:
        """Holidays and absences of a day, above the grid."""
        lines: list[tuple[str, QColor]] = []
        teams_shown = len(self.data.teams)
        for team, name in self.data.holidays.get(day, ()):
            lines.append((f"★ {name}" if teams_shown == 1 else f"★ {name} ({team})", QColor("#dc2626")))
        away = self.data.absences.get(day)
        if away:
            lines.append((self.tr("Away: %1").replace("%1", ", ".join(sorted(set(away)))),
                          QColor(self.palette().text().color())))
        if not lines:
            return
        painter.setFont(font)
        metrics = QFontMetrics(font)
        width = self._day_width() - 8
        for n, (label, color) in enumerate(lines[:3]):
            rect = QRectF(self._x_of(index) + 4, HEADER + 2 + n * STRIP_LINE, width, STRIP_LINE)
            background = QColor(color)
            background.setAlpha(28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(rect.adjusted(0, 1, 0, -1), 3, 3)
            painter.setPen(color)
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width - 6)))

    def _paint_group(self, painter: QPainter, block: _Block, small: QFont, bold: QFont) -> None:
        """Simultaneous rituals of several teams: how many, of what, and who facilitates."""
        rect, group = block.rect, block.group
        if block.summary is None:  # the block is made again when its occurrences or their names change
            kinds = {self.data.kind(o) for o in group}
            title = self.tr("%1 × %2").replace("%1", str(len(group))).replace(
                "%2", kind_name(next(iter(kinds))) if len(kinds) == 1 else self.tr("rituals"))
            taking_place = [o for o in group if o.status is not OccurrenceStatus.CANCELLED]
            if len(taking_place) < len(group):
                title += " · " + self.tr("%n cancelled", "", len(group) - len(taking_place))
            block.summary = _GroupSummary(
                color=KIND_COLORS[next(iter(kinds)) if len(kinds) == 1 else "custom"], title=title,
                names=", ".join(sorted({self.data.facilitator(o) for o in taking_place} - {""})),
                latest_end=max(o.end for o in group), keys=frozenset(o.key for o in group),
                all_cancelled=not taking_place)
        kind_color, title, names, latest_end, keys, all_cancelled = block.summary
        color = QColor(kind_color)
        if all_cancelled:
            color.setAlpha(90)  # as a cancelled block
        elif latest_end < self._now:
            color = color.darker(125) if is_dark(self.palette()) else color.lighter(118)
        selected = self.selected in keys
        painter.setPen(QPen(self.palette().text().color(), 2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 4, 4)
        # One thin stripe per team, in the teams' colours.
        stripe = max(min(4.0, (rect.height() - 4) / len(group)), 1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        for n, occurrence in enumerate(group[: int((rect.height() - 4) // stripe)]):
            stripe_color = team_color(self.data.team_index.get(occurrence.team_id, 0))
            if occurrence.status is OccurrenceStatus.CANCELLED:
                stripe_color = QColor(stripe_color)  # a copy, faded as its block would be
                stripe_color.setAlpha(90)
            painter.setBrush(stripe_color)
            painter.drawRect(QRectF(rect.left(), rect.top() + 2 + n * stripe, 3, stripe))
        inner = rect.adjusted(7, 1, -3, -1)
        painter.setPen(QColor("#ffffff"))
        metrics = QFontMetrics(bold)
        if rect.height() < 30:
            font = QFont(small)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(font).elidedText(f"{title} · {names}", Qt.TextElideMode.ElideRight,
                                                           int(inner.width())))
            return
        painter.setFont(bold)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width())))
        painter.setFont(small)
        body = QRectF(inner.left(), inner.top() + metrics.height(), inner.width(), inner.height() - metrics.height())
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         names)

    def _paint_block(self, painter: QPainter, block: _Block, small: QFont, bold: QFont) -> None:
        if block.group:
            self._paint_group(painter, block, small, bold)
            return
        occurrence = block.occurrence
        rect = block.rect
        color = QColor(KIND_COLORS[self.data.kind(occurrence)])
        cancelled = occurrence.status is OccurrenceStatus.CANCELLED
        if cancelled:
            color.setAlpha(90)
        elif occurrence.end < self._now:
            color = color.darker(125) if is_dark(self.palette()) else color.lighter(118)
        selected = occurrence.key == self.selected
        painter.setPen(QPen(self.palette().text().color(), 2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 4, 4)
        if cancelled:
            painter.setPen(QPen(QColor(255, 255, 255, 120), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        if len(self.data.teams) > 1:  # which team: a stripe in the team's colour
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(team_color(self.data.team_index.get(occurrence.team_id, 0)))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
        inner = rect.adjusted(6, 2, -3, -2)
        if inner.width() < 8:
            return
        painter.setPen(QColor("#ffffff"))
        title = self.data.title(occurrence)
        if occurrence.status is OccurrenceStatus.HELD:
            title = "✓ " + title
        bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
        lines = [(title, bold, bold_metrics)]
        facilitator = self.data.facilitator(occurrence)
        if facilitator:
            lines.append((facilitator, small, small_metrics))
        lines.append((time_span(occurrence.start, occurrence.end), small, small_metrics))
        if len(self.data.teams) > 1:
            lines.append((self.data.team_name(occurrence), small, small_metrics))
        if rect.height() < 30:  # a short block: title and facilitator on one line
            font = QFont(small)
            font.setBold(True)
            font.setStrikeOut(cancelled)
            painter.setFont(font)
            # Too narrow for both (several teams at once): who facilitates says more.
            if inner.width() < 90 and facilitator:
                label = facilitator
            else:
                label = f"{title} · {facilitator}" if facilitator else title
            painter.drawText(rect.adjusted(6, 0, -3, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, int(inner.width())))
            return
        y = inner.top()
        for n, (label, font, metrics) in enumerate(lines):
            if n and y + metrics.height() > inner.bottom() + 2:
                break
            if font is bold:
                font.setStrikeOut(cancelled)
            painter.setFont(font)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            y += metrics.height()
        bold.setStrikeOut(False)

    def _paint_now(self, painter: QPainter) -> None:
        """A line at the current time: the teams' if they share a zone, else this computer's."""
        if not self.data.teams:
            return
        now = self.data.local_now(self._now)
        index = (now.date() - self.first).days
        if not 0 <= index < self.columns or not self._first_hour <= now.hour < self._last_hour:
            return
        y = self._y_of(_minutes(now))
        painter.setPen(QPen(NOW_LINE, 2))
        painter.drawLine(QPointF(self._x_of(index), y), QPointF(self._x_of(index + 1), y))
        painter.setBrush(NOW_LINE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(self._x_of(index), y), 4, 4)

    def _paint_drag(self, painter: QPainter, font: QFont) -> None:
        if self._drag_to is None or self._press is None:
            return
        occurrence = self._press[1].occurrence
        index = (self._drag_to.date() - self.first).days
        duration = (occurrence.end - occurrence.start).total_seconds() / 60
        top = self._y_of(_minutes(self._drag_to))
        rect = QRectF(self._x_of(index) + 2, top, self._day_width() - 5, max(duration / 60 * self._hour_height(), 14))
        color = QColor(KIND_COLORS[self.data.kind(occurrence)])
        color.setAlpha(190)
        painter.setBrush(color)
        painter.setPen(QPen(self.palette().text().color(), 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 4, 4)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff"))
        label = f"{self._drag_to:%H:%M} · {self.data.title(occurrence)}"
        painter.drawText(rect.adjusted(6, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         QFontMetrics(bold).elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width() - 8)))

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        block = self.block_at(event.position())
        self.select(block.occurrence.key if block else None)
        # A group is not dragged, nor a held or cancelled occurrence (the core refuses to move them).
        movable = block is not None and not block.group and block.occurrence.status is OccurrenceStatus.PLANNED
        self._press = (event.position(), block) if movable else None
        self._drag_to = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            block = self.block_at(event.position())
            self.setCursor(Qt.CursorShape.PointingHandCursor if block else Qt.CursorShape.ArrowCursor)
            return
        origin, block = self._press
        if self._drag_to is None and (event.position() - origin).manhattanLength() < \
                QApplication.startDragDistance():
            return
        # The block's top follows the pointer, keeping where it was grabbed.
        grabbed = origin.y() - block.rect.top()
        where = self._at(QPointF(event.position().x(), event.position().y() - grabbed))
        if where is None:
            where = self._at(QPointF(max(event.position().x(), GUTTER + 1), self._grid_top() + 1))
            if where is None:
                return
        index, minutes = where
        snapped = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        snapped = min(max(snapped, 0), 24 * 60 - SNAP_MINUTES)
        day = self.first + timedelta(days=index)
        self._drag_to = datetime.combine(day, time(0)) + timedelta(minutes=snapped)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target, press = self._drag_to, self._press
        self._drag_to, self._press = None, None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if target is None or press is None:
            return
        occurrence = press[1].occurrence
        if target != occurrence.start.replace(tzinfo=None):
            self.move_occurrence(occurrence.key, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None and block.group:
            self.day_activated.emit(block.occurrence.start.date())  # a list shows them one by one
        elif block is not None:
            self.select(block.occurrence.key)
            self.occurrence_activated.emit(block.occurrence.key)

    def move_occurrence(self, key: OccurrenceKey, to: datetime) -> None:
        """Move an occurrence to a local start (one undoable edit); errors are shown."""
        guarded(self, lambda: self.session.move(key, to))

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            block = self.block_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if block is not None and block.group:
                QToolTip.showText(event.globalPos(), "<hr>".join(self.data.tooltip(o) for o in block.group), self)
            elif block is not None:
                QToolTip.showText(event.globalPos(), self.data.tooltip(block.occurrence), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- keyboard ---------------------------------------------------------------------------

    def _ordered(self) -> list[Occurrence]:
        shown = [o for o in self.data.occurrences if 0 <= (o.start.date() - self.first).days < self.columns]
        return sorted(shown, key=lambda o: (o.start.date(), _minutes(o.start), o.key.ritual_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ordered = self._ordered()
        current = self.data.find(self.selected)
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if current is not None and mods & shift_ctrl == shift_ctrl and key in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = {Qt.Key.Key_Up: timedelta(minutes=-SNAP_MINUTES), Qt.Key.Key_Down: timedelta(minutes=SNAP_MINUTES),
                    Qt.Key.Key_Left: timedelta(days=-1), Qt.Key.Key_Right: timedelta(days=1)}[key]
            self.move_occurrence(current.key, current.start.replace(tzinfo=None) + step)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and ordered and not mods & Qt.KeyboardModifier.AltModifier:
            if current is None or current not in ordered:
                target = ordered[0 if key == Qt.Key.Key_Down else -1]
            else:
                i = ordered.index(current) + (1 if key == Qt.Key.Key_Down else -1)
                target = ordered[max(0, min(i, len(ordered) - 1))]
            self.select(target.key)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ordered and not mods:
            day = current.start.date() if current else self.session.today(self.team_ids[0] if self.team_ids else None)
            step = 1 if key == Qt.Key.Key_Right else -1
            for offset in range(1, 8):
                wanted = day + timedelta(days=step * offset)
                candidates = [o for o in ordered if o.start.date() == wanted]
                if candidates:
                    mine = _minutes(current.start) if current else 0
                    self.select(min(candidates, key=lambda o: abs(_minutes(o.start) - mine)).key)
                    return
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.occurrence_activated.emit(current.key)
            return
        if key == Qt.Key.Key_Escape:
            if self._drag_to is not None:
                self._drag_to, self._press = None, None
                self.update()
            else:
                self.select(None)
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

