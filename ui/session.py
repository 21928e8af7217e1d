"""The one object that owns the store for the UI: it reads, performs every write as an undoable
command, and announces what changed with one typed signal."""

from __future__ import annotations

import contextlib
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from time import perf_counter
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ritualdesk import changes, operations
from ritualdesk.agenda import TeamPlan, keep_offered, occurrence_uid, team_occurrences, team_occurrences_in_steps
from ritualdesk.changes import Change, ChangeSet, Result
from ritualdesk.deletion import Holdings
from ritualdesk.errors import NotFound, RitualDeskError, StoreError
from ritualdesk.model import (
    Absence,
    ActionItem,
    ActionStatus,
    Member,
    Occurrence,
    OccurrenceKey,
    Ritual,
    RosterChange,
    Sprint,
    Team,
    TurnChange,
    Verdict,
)
from ritualdesk.rotation import Fairness
from ritualdesk.store import Store
from ritualdesk.workdays import WorkCalendar

T = TypeVar("T")
__all__ = ["Change", "ChangeSet", "Session"]  # Change and ChangeSet live in the core

_PLAN_INPUTS = Change.TEAMS | Change.MEMBERS | Change.RITUALS | Change.OCCURRENCES | Change.SPRINTS
_BEFORE = timedelta(weeks=6)  # how much more than asked a team's agenda window keeps
_AFTER = timedelta(weeks=14)
_NEAR_BEFORE = timedelta(weeks=2)  # it grows again (when idle) once less than this is known around what was asked
_NEAR_AFTER = timedelta(weeks=6)
_COMPLETE_AFTER_MS = 40  # an edited ritual's window is completed this long after the edit's paint
_SLICE = 0.008  # seconds of history replayed per idle moment at most (input waits no longer), give or take a step


def _order(occurrence: Occurrence) -> tuple[float, int]:
    """By start, then ritual: the instant as a number (comparing aware datetimes of many zones is slow)."""
    return occurrence.start.timestamp(), occurrence.key.ritual_id


@dataclass(slots=True)
class _Window:
    """One team's computed occurrences between two local days.

    After an edit, the rituals it changed are computed again for the days asked first (`partial`:
    only those days of theirs are held), and for the whole window when the event loop is idle.
    """

    team_id: int
    first: date
    last: date
    occurrences: list[Occurrence]
    days: list[date]  # each occurrence's local day, for bisection
    orders: list[tuple[float, int]]  # each occurrence's place in time (see _order), for merging windows
    by_key: dict[OccurrenceKey, Occurrence]
    stale: set[int]  # rituals whose occurrences an edit changed: computed again at the next read
    partial: dict[int, tuple[date, date]]  # rituals of which only the occurrences between two days are held

    @classmethod
    def of(cls, team_id: int, first: date, last: date, found: list[Occurrence]) -> _Window:
        window = cls(team_id=team_id, first=first, last=last, occurrences=[], days=[], orders=[], by_key={},
                     stale=set(), partial={})
        window._fill(found)
        return window

    def _fill(self, found: list[Occurrence]) -> None:
        found.sort(key=_order)
        self.occurrences, self.days = found, [o.start.date() for o in found]
        self.orders = [_order(o) for o in found]
        self.by_key = {o.key: o for o in found}

    def refresh(self, session: Session, first: date | None = None, last: date | None = None) -> bool:
        """Compute again what edits changed, for the days `first`..`last` at least (None: the whole window).

        Whether anything was computed again.
        """
        whole = first is None or last is None
        if whole:
            first, last = self.first, self.last
        for ritual_id in self.stale:
            self.partial.pop(ritual_id, None)
        short = {r for r, (f, t) in self.partial.items() if not (f <= first and last <= t)}
        if not self.stale and not short:
            return False
        if short:
            for ritual_id in short:
                del self.partial[ritual_id]
            self._compute(session, short, self.first, self.last)
        if self.stale:
            stale, self.stale = self.stale, set()
            self._compute(session, stale, first, last)
            if not whole:
                self.partial.update({ritual_id: (first, last) for ritual_id in stale})
        return True

    def _compute(self, session: Session, ritual_ids: set[int], first: date, last: date) -> None:
        """These rituals' occurrences between two days, in place of all the window held of them."""
        kept = [o for o in self.occurrences if o.key.ritual_id not in ritual_ids]
        rituals = [r for r in session.rituals_of([self.team_id]) if r.id in ritual_ids]
        again = team_occurrences(session.store, session.team(self.team_id), rituals, first=first, last=last,
                                 offer=(offered := []))
        keep_offered(session.store, offered)
        self._fill(kept + again)

    def complete(self) -> bool:
        """Whether every ritual's occurrences are held for the whole window."""
        return not self.stale and not self.partial

    def covers(self, first: date, last: date) -> bool:
        return self.first <= first and last <= self.last

    def between(self, first: date, last: date) -> list[Occurrence]:
        return self.occurrences[bisect_left(self.days, first):bisect_right(self.days, last)]

    def ordered_between(self, first: date, last: date) -> list[tuple[tuple[float, int], Occurrence]]:
        """`between`, each occurrence with its place in time."""
        lo, hi = bisect_left(self.days, first), bisect_right(self.days, last)
        return list(zip(self.orders[lo:hi], self.occurrences[lo:hi], strict=True))


class _Edit(QUndoCommand):
    """An operation already performed once; undo and redo replay its journal through the session."""

    def __init__(self, session: Session, text: str, result: Result) -> None:
        super().__init__(text)
        self._session, self._result = session, result
        self._first = True

    def redo(self) -> None:
        if self._first:  # performed by Session.perform before being pushed, or put back after a failed undo
            self._first = False
            return
        self._session.replay(self, changes.redo)

    def undo(self) -> None:
        if self._first:  # put back after a failed redo
            self._first = False
            return
        self._session.replay(self, changes.undo)

    @property
    def result(self) -> Result:
        return self._result


class Session(QObject):
    """Reads for the views and performs every write; widgets never touch the store directly."""

    changed = Signal(object)  # a ChangeSet
    failed = Signal(object)  # a RitualDeskError: an undo or redo that could not be made
    reminders_changed = Signal()  # who the user is, or a reminder's lead, changed

    def __init__(self, store: Store, *, clock: Callable[[], datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._stepping = False  # inside `step`: edits are one transaction, pushed and announced at its end
        self._windows: dict[int, _Window] = {}  # team id -> computed occurrences around what was viewed
        # What the calendars read at every step, read once and kept until an edit of that kind of data.
        self._team_members: dict[int, list[Member]] = {}
        self._team_rituals: dict[int, list[Ritual]] = {}
        self._team_holidays: dict[tuple[int, date, date], dict[date, str]] = {}
        self._around: tuple[date, date, list[int]] | None = None  # what was asked last, for which teams
        self._growing: tuple | None = None  # a team's window being grown: team, first, last, the work, checkpoints
        self._offered: list = []  # checkpoints a growth cut, to save at the next idle moment
        self._widener = QTimer(self)  # grows one team's window each time the event loop is idle
        self._widener.setSingleShot(True)
        self._widener.setInterval(0)
        self._widener.timeout.connect(self._widen_one)

    def announce(self, changes: ChangeSet) -> None:
        """Forget what an edit made stale, then tell the views."""
        if changes.what & Change.TEAMS:  # a team's holiday calendar may have changed
            self._team_holidays.clear()
        for what, kept in ((Change.MEMBERS, self._team_members), (Change.RITUALS, self._team_rituals)):
            if changes.what & (what | Change.TEAMS):
                if changes.team_ids and not changes.what & Change.TEAMS:
                    for team_id in changes.team_ids:
                        kept.pop(team_id, None)
                else:
                    kept.clear()
        if changes.what & _PLAN_INPUTS:
            self._growing = None  # a window being grown read the store before the edit
            if changes.ritual_ids and changes.team_ids:  # only some rituals' occurrences changed
                for team_id in changes.team_ids:
                    if team_id in self._windows:
                        self._windows[team_id].stale |= changes.ritual_ids
            elif changes.team_ids:
                for team_id in changes.team_ids:
                    self._windows.pop(team_id, None)
            else:
                self._windows.clear()
        self.changed.emit(changes)


    # -- time ------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The current instant (a fixed one in tests)."""
        return self._clock()

    def today(self, team_id: int | None = None) -> date:
        """Today, in a team's zone or the machine's."""
        if team_id is None:
            return self.now().astimezone().date()
        return self.now().astimezone(self.team(team_id).tz).date()

    # -- reads -------------------------------------------------------------------------------

    def teams(self) -> list[Team]:
        return self.store.teams()

    def team(self, team_id: int) -> Team:
        return self.store.team(team_id)

    def members(self, team_id: int | None = None) -> list[Member]:
        return self.store.members(team_id)

    def member(self, member_id: int) -> Member:
        return self.store.member(member_id)

    def absences(self, member_ids: Sequence[int] | None = None) -> list[Absence]:
        return self.store.absences(member_ids)

    def rituals(self, team_id: int | None = None) -> list[Ritual]:
        return self.store.rituals(team_id)

    def has_ritual(self, ritual_id: int) -> bool:
        """Whether the ritual series is still stored (a window showing it closes once it is deleted)."""
        try:
            self.store.ritual(ritual_id)
        except NotFound:
            return False
        return True

    def ritual(self, ritual_id: int) -> Ritual:
        return self.store.ritual(ritual_id)

    def roster(self, ritual_id: int) -> list[RosterChange]:
        return self.store.rosters([ritual_id]).get(ritual_id, [])

    def sprints(self, team_id: int) -> list[Sprint]:
        return self.store.sprints(team_id)

    def agenda(self, first: date, last: date, team_ids: Sequence[int] | None = None) -> list[Occurrence]:
        """Occurrences starting between two local days, by start.

        What is not known yet is computed for exactly the asked days (the week is painted first);
        then, one team at a time whenever the event loop is idle, each team's window grows to some
        weeks before and after, so that moving between weeks and months slices it instead of computing.
        """
        wanted = [t.id for t in self.teams()] if team_ids is None else list(team_ids)
        missing = [t for t in wanted if t not in self._windows or not self._windows[t].covers(first, last)]
        if missing:
            offered: list = []
            teams = {t.id: t for t in self.store.teams_of_ids(missing)}  # a team gone shows nothing
            rituals = self.rituals_of(list(teams))  # one read for the teams not kept
            for team_id in missing:
                found = team_occurrences(self.store, teams[team_id], [r for r in rituals if r.team_id == team_id],
                                         first=first, last=last, offer=offered) if team_id in teams else []
                self._windows[team_id] = _Window.of(team_id, first, last, found)
            keep_offered(self.store, offered)
        self._around = (first, last, wanted)
        placed: list[tuple[tuple[float, int], Occurrence]] = []
        for team_id in wanted:
            window = self._windows[team_id]
            window.refresh(self, first, last)
            placed += window.ordered_between(first, last)
        if not self._widener.isActive():
            if self._narrow_team() is not None:
                self._widener.start(0)
            elif self._incomplete_team() is not None:  # after an edit: once its paint is long done
                self._widener.start(_COMPLETE_AFTER_MS)
        placed.sort(key=itemgetter(0))  # by the places worked out once per window (stable, as before)
        return [occurrence for _, occurrence in placed]

    def _narrow_team(self) -> int | None:
        """The first team shown last whose window ends near what was asked (a few weeks or less away)."""
        if self._growing is not None:
            return self._growing[0]
        if self._around is None:
            return None
        first, last, team_ids = self._around
        first, last = first - _NEAR_BEFORE, last + _NEAR_AFTER
        return next((t for t in team_ids if t not in self._windows or not self._windows[t].covers(first, last)),
                    None)

    def _incomplete_team(self) -> int | None:
        """A team whose window holds some edited rituals' occurrences only for the days asked since."""
        return next((t for t, window in self._windows.items() if not window.complete()), None)

    def _widen_one(self) -> None:
        """One idle moment's work: complete one window after an edit, or grow a team's a slice further."""
        try:
            if self._offered:  # checkpoints a growth cut: saved in a moment of their own (a commit)
                offered, self._offered = self._offered, []
                keep_offered(self.store, offered)
            elif (team_id := self._incomplete_team()) is not None:
                self._windows[team_id].refresh(self)
            elif self._growing is not None or self._narrow_team() is not None:
                self._grow_a_slice()
            else:
                return
        except (RitualDeskError, sqlite3.Error):  # busy, or closed meanwhile: the views compute what they show
            self._around, self._growing = None, None
            return
        if not self.windows_complete():
            self._widener.start(0)

    def _grow_a_slice(self) -> None:
        """Replay a little more of the narrow team's history (at most about `_SLICE` of work), then stop."""
        if self._growing is None:
            team_id = self._narrow_team()
            first, last, _ = self._around
            first, last = first - _BEFORE, last + _AFTER
            work = team_occurrences_in_steps(self.store, self.team(team_id), self.rituals_of([team_id]), first=first,
                                             last=last, offer=(offered := []))
            self._growing = (team_id, first, last, work, offered)
        team_id, first, last, work, offered = self._growing
        until = perf_counter() + _SLICE
        try:
            next(work)
            while perf_counter() < until:
                next(work)
        except StopIteration as done:
            self._growing = None
            self._offered += offered  # the session is the writer: it warms what it had to replay
            self._windows[team_id] = _Window.of(team_id, first, last, done.value)

    def windows_complete(self) -> bool:
        """Whether every team shown last has its whole window around what was asked (for tests and benchmarks)."""
        return not self._offered and self._incomplete_team() is None and self._narrow_team() is None

    def holidays(self, team_id: int, first: date, last: date) -> dict[date, str]:
        """The team's public holidays between two days, by day."""
        calendar = WorkCalendar(self.team(team_id))
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        return {day: name for day in days if (name := calendar.holiday(day))}

    def absences_between(self, team_ids: Sequence[int], first: date, last: date) -> list[tuple[Member, Absence]]:
        """Who of these teams is away on some day between `first` and `last`, with the absence."""
        members = {m.id: m for m in self.members_of(team_ids)}
        return [(members[a.member_id], a) for a in self.store.absences(list(members), first=first, last=last)]

    def members_of(self, team_ids: Sequence[int]) -> list[Member]:
        """The members of several teams (one read for those not kept since their last edit)."""
        return self._kept(team_ids, self._team_members, self.store.members_of)

    def rituals_of(self, team_ids: Sequence[int]) -> list[Ritual]:
        """The rituals of several teams (one read for those not kept since their last edit)."""
        return self._kept(team_ids, self._team_rituals, self.store.rituals_of)

    @staticmethod
    def _kept(team_ids: Sequence[int], kept: dict[int, list], read: Callable[[list[int]], list]) -> list:
        missing = [t for t in team_ids if t not in kept]
        if missing:
            found: dict[int, list] = {t: [] for t in missing}
            for row in read(missing):
                found[row.team_id].append(row)
            kept.update(found)
        return [row for t in team_ids for row in kept[t]]

    def holidays_of(self, team: Team, first: date, last: date) -> dict[date, str]:
        """A team's public holidays between two days, by day (no read: the team is given; kept until a team edit)."""
        key = (team.id, first, last)
        if key not in self._team_holidays:
            calendar = WorkCalendar(team)
            days = (first + timedelta(days=n) for n in range((last - first).days + 1))
            self._team_holidays[key] = {day: name for day in days if (name := calendar.holiday(day))}
        return dict(self._team_holidays[key])

    def occurrence(self, key: OccurrenceKey) -> Occurrence:
        """One occurrence: from the team's computed window when it holds it, else computed alone."""
        window = self._windows.get(self.ritual(key.ritual_id).team_id)
        if window is not None:
            asked = self._around
            if asked is not None and window.covers(asked[0], asked[1]):  # the days the views show
                window.refresh(self, asked[0], asked[1])
            else:
                window.refresh(self)
            if key in window.by_key:
                return window.by_key[key]
        return operations.occurrence(self.store, key)

    def uid(self, key: OccurrenceKey) -> str:
        return occurrence_uid(self.store.ritual(key.ritual_id), key.planned)

    def actions(self, team_id: int | None = None, status: ActionStatus | None = None) -> list[ActionItem]:
        return self.store.actions(team_id, status=status)

    def actions_from(self, key: OccurrenceKey) -> list[ActionItem]:
        """The action items created at one occurrence."""
        return self.store.actions_from(key)

    def carried_actions(self, retro: OccurrenceKey) -> list[ActionItem]:
        return operations.carried_actions(self.store, retro, now=self.now(), found=self.occurrence(retro))

    def fairness(self, ritual_id: int, *, days_ahead: int = 90) -> list[Fairness]:
        ritual = self.store.ritual(ritual_id)
        team = self.team(ritual.team_id)
        today = self.today(team.id)
        plan = TeamPlan(self.store, team, until=today + timedelta(days=days_ahead), rituals=[ritual])
        return plan.fairness(ritual, today=today)

    def me(self) -> dict[int, int]:
        """Who the user is in each team: team id -> member id."""
        from ritualdesk import reminders

        return reminders.me(self.store)

    def reminder_lead(self, ritual_id: int) -> int:
        from ritualdesk import reminders

        return reminders.lead(self.store, ritual_id)

    def coming_reminders(self, within: timedelta) -> list:
        """The user's reminders due from now to `now + within` (and those due whose ritual has not begun)."""
        from ritualdesk import reminders

        return reminders.coming(self.store, now=self.now(), within=within)

    # -- writes ------------------------------------------------------------------------------

    def set_me(self, team_id: int, member_id: int | None) -> None:
        """Say who the user is in a team (a preference kept in the database, not an undoable edit)."""
        from ritualdesk import reminders

        reminders.set_me(self.store, team_id, member_id)
        self.reminders_changed.emit()

    def set_reminder_lead(self, ritual_id: int, minutes: int | None) -> None:
        """How many minutes before a ritual its reminder comes (None: the default)."""
        from ritualdesk import reminders

        reminders.set_lead(self.store, ritual_id, minutes)
        self.reminders_changed.emit()

    def perform(self, text: str, op: Callable[[], Result[T]]) -> T:
        """Run `op` (a core operation returning its Result) as one undoable edit; its value.

        For example `session.perform(self.tr("Mark held"), lambda: operations.mark_held(store, key,
        now=session.now()))`. The edit is pushed on `undo_stack` as one command named `text`, and
        `changed` is emitted with the Result's ChangeSet, now and at each undo and redo; an edit that
        changed nothing (held again) pushes and emits nothing. Errors
        (RitualDeskError) propagate and push nothing: the operation's transaction wrote nothing.
        """
        result = op()
        if self._stepping:  # part of a step: pushed and announced with it
            return result.value
        if result.revert:  # an operation that wrote nothing has nothing to undo, and nothing to tell
            self.undo_stack.push(_Edit(self, text, result))
            self.announce(result.changes)
        return result.value

    @contextlib.contextmanager
    def step(self, text: str) -> Iterator[None]:
        """The edits performed in the block as one step of Edit › Undo named `text`, all or nothing.

        They run in one transaction: when one fails (busy or read-only file, a row deleted by another
        program, a refusal), those before it are rolled back with it, the undo stack is left as it was
        and the error propagates. Undo and redo replay the step as one transaction too. The views hear
        of the step once, at its end; a step inside a step is part of it.
        """
        if self._stepping:
            yield
            return
        self._stepping = True
        try:
            with changes.operation(self.store) as rows:
                yield
        finally:
            self._stepping = False
        result = changes.result_of(self.store, None, rows)
        if result.revert:
            self.undo_stack.push(_Edit(self, text, result))
            self.announce(result.changes)

    def replay(self, command: QUndoCommand, step: Callable[[Store, Result], None]) -> None:
        """Undo or redo an edit's journal; one that cannot be replayed is dropped and reported.

        When the file refuses the write (read-only, full, busy) the edit is not dropped: the stack
        goes back to where it was, so that it can be undone or redone once the file takes writes.
        """
        result = command.result
        try:
            step(self.store, result)
        except StoreError as error:  # nothing was written: the stack moves by one all the same, and is put back
            stack, where = self.undo_stack, self.undo_stack.index()
            command._first = True  # putting it back replays nothing

            def put_back() -> None:
                if stack.index() != where:
                    stack.setIndex(where)

            QTimer.singleShot(0, self, put_back)
            self.failed.emit(error)
            return
        except RitualDeskError as error:
            command.setObsolete(True)  # its rows changed meanwhile: leave them be
            self.failed.emit(error)
            return
        self.announce(result.changes)

    def forget_redo_of(self, table: str, **match) -> None:
        """Drop what could be redone if it rewrites a row of `table` whose columns hold `match`.

        A row changed outside the undo stack (a running meeting's scratch pad) would make the redo of
        an edit that wrote it fail; that change is a new edit, so the redo side goes, as at any edit.
        """
        stack = self.undo_stack
        if not stack.canRedo():
            return
        names = self.store.journal.columns(table)

        def touches(command: QUndoCommand) -> bool:
            if isinstance(command, _Edit) and any(
                    row.table == table and any(image is not None and all(
                        dict(zip(names, image, strict=True))[k] == v for k, v in match.items())
                        for image in (row.before, row.after))
                    for row in command.result.revert.rows):
                return True
            return any(touches(command.child(i)) for i in range(command.childCount()))

        if not any(touches(stack.command(i)) for i in range(stack.index(), stack.count())):
            return
        dropped = QUndoCommand()
        dropped.setObsolete(True)  # pushed, it is not kept: only the commands above the index go
        stack.blockSignals(True)  # the index does not move: no "last edit", no republishing
        try:
            stack.push(dropped)
        finally:
            stack.blockSignals(False)
        stack.canRedoChanged.emit(False)
        stack.redoTextChanged.emit("")

    def _team_of(self, key: OccurrenceKey) -> int:
        return self.ritual(key.ritual_id).team_id

    def mark_held(self, key: OccurrenceKey) -> Occurrence:
        return self.perform(self.tr("Mark held"), lambda: operations.mark_held(self.store, key, now=self.now()))

    def cancel(self, key: OccurrenceKey) -> Occurrence:
        return self.perform(self.tr("Cancel occurrence"), lambda: operations.cancel(self.store, key, now=self.now()))

    def restore(self, key: OccurrenceKey) -> Occurrence:
        return self.perform(self.tr("Restore occurrence"),
                            lambda: operations.restore(self.store, key, now=self.now()))

    def move(self, key: OccurrenceKey, to: datetime) -> Occurrence:
        return self.perform(self.tr("Move occurrence"), lambda: operations.move(self.store, key, to, now=self.now()))

    def set_facilitator(self, key: OccurrenceKey, member_id: int, reason: str) -> Occurrence:
        return self.perform(self.tr("Change facilitator"), lambda: operations.set_facilitator(
            self.store, key, member_id, reason=reason, now=self.now()))

    def clear_facilitator(self, key: OccurrenceKey) -> Occurrence:
        return self.perform(self.tr("Clear override"),
                            lambda: operations.clear_facilitator(self.store, key, now=self.now()))

    def change_turn(self, key: OccurrenceKey, change: TurnChange, other_id: int | None = None) -> Occurrence:
        text = {TurnChange.SWAP: self.tr("Swap turns"), TurnChange.PASS: self.tr("Pass turn"),
                TurnChange.DEFER: self.tr("Defer turn")}[change]
        return self.perform(text, lambda: operations.change_turn(self.store, key, change, other_id=other_id,
                                                                 now=self.now()))

    def set_notes(self, key: OccurrenceKey, notes: str) -> None:
        self.perform(self.tr("Edit notes"), lambda: operations.set_notes(self.store, key, notes))

    def add_action(self, key: OccurrenceKey, title: str, *, owner_id: int | None = None,
                   due: date | None = None) -> ActionItem:
        return self.perform(self.tr("Add action"), lambda: operations.add_action(
            self.store, key, title, owner_id=owner_id, due=due, today=self.today(self._team_of(key))))

    def update_action(self, item: ActionItem) -> ActionItem:
        return self.perform(self.tr("Edit action"),
                            lambda: operations.update_action(self.store, item, today=self.today(item.team_id)))

    def set_action_status(self, action_id: int, status: ActionStatus) -> ActionItem:
        return self.update_action(replace(self.store.action(action_id), status=status))

    def review_actions(self, retro: OccurrenceKey, verdicts: Sequence[tuple[int, Verdict]]) -> None:
        self.perform(self.tr("Review actions"), lambda: operations.review_actions(
            self.store, retro, verdicts, today=self.today(self._team_of(retro)), now=self.now()))

    def add_team(self, team: Team) -> Team:
        return self.perform(self.tr("Add team"), lambda: operations.add_team(self.store, team))

    def update_team(self, team: Team) -> Team:
        return self.perform(self.tr("Edit team"), lambda: operations.update_team(self.store, team, now=self.now()))

    def add_member(self, member: Member) -> Member:
        return self.perform(self.tr("Add member"), lambda: operations.add_member(self.store, member))

    def update_member(self, member: Member) -> Member:
        return self.perform(self.tr("Edit member"),
                            lambda: operations.update_member(self.store, member, now=self.now()))

    def add_absence(self, absence: Absence) -> Absence:
        return self.perform(self.tr("Add absence"),
                            lambda: operations.add_absence(self.store, absence, now=self.now()))

    def delete_absence(self, absence: Absence) -> None:
        self.perform(self.tr("Remove absence"),
                     lambda: operations.delete_absence(self.store, absence.id, now=self.now()))

    def holdings(self, *, team_id: int | None = None, ritual_id: int | None = None) -> Holdings:
        """What a team or a ritual series holds, that deleting it would take along."""
        return self.store.holdings(team_id=team_id, ritual_id=ritual_id)

    def delete_team(self, team_id: int) -> None:
        self.perform(self.tr("Delete team"), lambda: operations.delete_team(self.store, team_id))

    def delete_member(self, member_id: int) -> None:
        """Delete a member who has no history (InvalidInput otherwise: a leave date keeps history)."""
        self.perform(self.tr("Delete member"),
                     lambda: operations.delete_member(self.store, member_id, now=self.now()))

    def delete_ritual(self, ritual_id: int) -> None:
        self.perform(self.tr("Delete ritual"), lambda: operations.delete_ritual(self.store, ritual_id))

    def add_ritual(self, ritual: Ritual, roster: Sequence[int]) -> Ritual:
        return self.perform(self.tr("Add ritual"), lambda: operations.add_ritual(self.store, ritual, roster=roster))

    def update_ritual(self, ritual: Ritual) -> Ritual:
        """Save a ritual's edits; a new time or schedule continues as a new series from today (returned)."""
        return self.perform(self.tr("Edit ritual"),
                            lambda: operations.update_ritual(self.store, ritual, now=self.now()))

    def set_roster(self, change: RosterChange) -> None:
        self.perform(self.tr("Change roster"), lambda: operations.set_roster(self.store, change, now=self.now()))

    def save_sprint(self, sprint: Sprint) -> None:
        """Edit one sprint, stored or only planned by the cadence (the planned ones before it are stored)."""
        self.perform(self.tr("Edit sprint"), lambda: operations.save_sprint(self.store, sprint, now=self.now()))

    def create_team(self, team: Team, members: Sequence[Member], rituals: Sequence[Ritual]) -> Team:
        """Add a team with its members and rituals (everyone on every roster) as one edit."""
        return self.perform(self.tr("Create team"), lambda: operations.create_team(
            self.store, team, members=members, rituals=rituals))

    def load_demo(self, *, teams: int = 3, years: int = 1, seed: int = 0) -> list[Team]:
        """Add realistic demo teams (undo removes them)."""
        from ritualdesk.demo import generate_demo  # not needed to show the first week

        return self.perform(self.tr("Add demo data"), lambda: changes.run(
            self.store, lambda: generate_demo(self.store, teams=teams, years=years, seed=seed, now=self.now())))

    def export_team(self, team_id: int, path: str) -> int:
        """Write a team's calendar (.ics) atomically over the default horizon; how many events.

        Not an undoable edit: it changes no team data, only the export ledger that keeps
        SEQUENCE numbers honest for calendar clients.
        """
        from ritualdesk.ical.export import Scope, default_horizon, export_file

        team = self.store.team(team_id)
        first, last = default_horizon(self.today(team_id))
        result = export_file(self.store, Scope(first, last, team_ids=(team_id,), name=team.name), path,
                             now=self.now())
        return len(result.feed.events)
