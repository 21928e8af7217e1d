"""The one object that owns the store for the UI: it reads, performs every write as an undoable
command, and announces what changed with one typed signal."""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ritualdesk import operations
from ritualdesk.agenda import TeamPlan, agenda, occurrence_uid
from ritualdesk.demo import generate_demo
from ritualdesk.errors import NotFound
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
from ritualdesk.sprints import sprints_until
from ritualdesk.store import Store
from ritualdesk.workdays import WorkCalendar


class Change(enum.Flag):
    """What kind of data an edit touched."""

    TEAMS = enum.auto()
    MEMBERS = enum.auto()
    RITUALS = enum.auto()
    OCCURRENCES = enum.auto()
    ACTIONS = enum.auto()
    SPRINTS = enum.auto()
    ALL = TEAMS | MEMBERS | RITUALS | OCCURRENCES | ACTIONS | SPRINTS


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """One edit's footprint: what changed, and for which teams (empty: possibly all)."""

    what: Change
    team_ids: frozenset[int] = frozenset()

    def concerns(self, what: Change, team_id: int | None = None) -> bool:
        """Whether a view showing `what` (of `team_id`) needs to refresh."""
        if not self.what & what:
            return False
        return team_id is None or not self.team_ids or team_id in self.team_ids


_PLAN_INPUTS = Change.TEAMS | Change.MEMBERS | Change.RITUALS | Change.OCCURRENCES | Change.SPRINTS
_BEFORE = timedelta(weeks=6)  # how much more than asked a team's agenda window keeps
_AFTER = timedelta(weeks=14)


@dataclass(frozen=True, slots=True)
class _Window:
    """One team's computed occurrences between two local days."""

    first: date
    last: date
    occurrences: list[Occurrence]
    days: list[date]  # each occurrence's local day, for bisection

    @classmethod
    def compute(cls, store: Store, team_id: int, first: date, last: date) -> _Window:
        found = agenda(store, first=first, last=last, team_ids=[team_id])
        return cls(first, last, found, [o.start.date() for o in found])

    def covers(self, first: date, last: date) -> bool:
        return self.first <= first and last <= self.last

    def between(self, first: date, last: date) -> list[Occurrence]:
        return self.occurrences[bisect_left(self.days, first):bisect_right(self.days, last)]


class _Edit(QUndoCommand):
    """An edit already performed once; undo and redo replay it through the session."""

    def __init__(self, session: Session, text: str, redo: Callable[[], object], undo: Callable[[], object],
                 changes: ChangeSet) -> None:
        super().__init__(text)
        self._session, self._redo, self._undo, self._changes = session, redo, undo, changes
        self._first = True

    def redo(self) -> None:
        if self._first:  # performed by Session._perform before being pushed
            self._first = False
            return
        self._redo()
        self._session.announce(self._changes)

    def undo(self) -> None:
        self._undo()
        self._session.announce(self._changes)


class Session(QObject):
    """Reads for the views and performs every write; widgets never touch the store directly."""

    changed = Signal(object)  # a ChangeSet

    def __init__(self, store: Store, *, clock: Callable[[], datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._windows: dict[int, _Window] = {}  # team id -> computed occurrences around what was viewed

    def announce(self, changes: ChangeSet) -> None:
        """Forget what an edit made stale, then tell the views."""
        if changes.what & _PLAN_INPUTS:
            if changes.team_ids:
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
        return self.now().astimezone(self.store.team(team_id).tz).date()

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

    def ritual(self, ritual_id: int) -> Ritual:
        return self.store.ritual(ritual_id)

    def roster(self, ritual_id: int) -> list[RosterChange]:
        return self.store.rosters([ritual_id]).get(ritual_id, [])

    def sprints(self, team_id: int) -> list[Sprint]:
        return self.store.sprints(team_id)

    def agenda(self, first: date, last: date, team_ids: Sequence[int] | None = None) -> list[Occurrence]:
        """Occurrences starting between two local days, by start.

        A team's rotation is computed from its first ritual on, which costs the same for a day or a
        quarter; so each team's result is kept for a window around what was asked, and moving
        between weeks and months slices it instead of recomputing.
        """
        wanted = [t.id for t in self.store.teams()] if team_ids is None else list(team_ids)
        result: list[Occurrence] = []
        for team_id in wanted:
            window = self._windows.get(team_id)
            if window is None or not window.covers(first, last):
                window = _Window.compute(self.store, team_id, first - _BEFORE, last + _AFTER)
                self._windows[team_id] = window
            result += window.between(first, last)
        result.sort(key=lambda o: (o.start, o.key.ritual_id))
        return result

    def holidays(self, team_id: int, first: date, last: date) -> dict[date, str]:
        """The team's public holidays between two days, by day."""
        calendar = WorkCalendar(self.store.team(team_id))
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        return {day: name for day in days if (name := calendar.holiday(day))}

    def absences_between(self, team_ids: Sequence[int], first: date, last: date) -> list[tuple[Member, Absence]]:
        """Who of these teams is away on some day between `first` and `last`, with the absence."""
        members = {m.id: m for team_id in team_ids for m in self.store.members(team_id)}
        return [(members[a.member_id], a) for a in self.store.absences(list(members))
                if a.start <= last and first <= a.end]

    def occurrence(self, key: OccurrenceKey) -> Occurrence:
        return operations.occurrence(self.store, key)

    def uid(self, key: OccurrenceKey) -> str:
        return occurrence_uid(self.store.ritual(key.ritual_id), key.planned)

    def actions(self, team_id: int | None = None, status: ActionStatus | None = None) -> list[ActionItem]:
        return self.store.actions(team_id, status=status)

    def actions_from(self, key: OccurrenceKey) -> list[ActionItem]:
        """The action items created at one occurrence."""
        team_id = self.store.ritual(key.ritual_id).team_id
        return [a for a in self.store.actions(team_id) if a.origin == key]

    def carried_actions(self, retro: OccurrenceKey) -> list[ActionItem]:
        return operations.carried_actions(self.store, retro)

    def fairness(self, ritual_id: int, *, days_ahead: int = 90) -> list[Fairness]:
        ritual = self.store.ritual(ritual_id)
        team = self.store.team(ritual.team_id)
        today = self.today(team.id)
        plan = TeamPlan(self.store, team, until=today + timedelta(days=days_ahead), rituals=[ritual])
        return plan.fairness(ritual, today=today)

    # -- writes ------------------------------------------------------------------------------

    def _perform(self, text: str, do: Callable[[], object], undo: Callable[[], object], changes: ChangeSet):
        """Do an edit now (errors propagate, nothing is pushed) and push it on the undo stack."""
        result = do()
        self.undo_stack.push(_Edit(self, text, do, undo, changes))
        self.announce(changes)
        return result

    def _team_of(self, key: OccurrenceKey) -> int:
        return self.store.ritual(key.ritual_id).team_id

    def _occurrence_edit(self, text: str, key: OccurrenceKey, do: Callable[[], object]) -> Occurrence:
        before = self.store.state(key)
        existed = before != type(before)(key)

        def undo() -> None:
            if existed:
                self.store.save_states([before])
            else:
                self.store.forget_state(key)

        self._perform(text, do, undo, ChangeSet(Change.OCCURRENCES, frozenset({self._team_of(key)})))
        return self.occurrence(key)

    def mark_held(self, key: OccurrenceKey) -> Occurrence:
        return self._occurrence_edit(self.tr("Mark held"), key,
                                     lambda: operations.mark_held(self.store, key, now=self.now()))

    def cancel(self, key: OccurrenceKey) -> Occurrence:
        return self._occurrence_edit(self.tr("Cancel occurrence"), key,
                                     lambda: operations.cancel(self.store, key, now=self.now()))

    def restore(self, key: OccurrenceKey) -> Occurrence:
        return self._occurrence_edit(self.tr("Restore occurrence"), key,
                                     lambda: operations.restore(self.store, key, now=self.now()))

    def move(self, key: OccurrenceKey, to: datetime) -> Occurrence:
        return self._occurrence_edit(self.tr("Move occurrence"), key,
                                     lambda: operations.move(self.store, key, to, now=self.now()))

    def set_facilitator(self, key: OccurrenceKey, member_id: int, reason: str) -> Occurrence:
        return self._occurrence_edit(
            self.tr("Change facilitator"), key,
            lambda: operations.set_facilitator(self.store, key, member_id, reason=reason, now=self.now()))

    def clear_facilitator(self, key: OccurrenceKey) -> Occurrence:
        return self._occurrence_edit(self.tr("Clear override"), key,
                                     lambda: operations.clear_facilitator(self.store, key, now=self.now()))

    def change_turn(self, key: OccurrenceKey, change: TurnChange, other_id: int | None = None) -> Occurrence:
        text = {TurnChange.SWAP: self.tr("Swap turns"), TurnChange.PASS: self.tr("Pass turn"),
                TurnChange.DEFER: self.tr("Defer turn")}[change]
        return self._occurrence_edit(
            text, key, lambda: operations.change_turn(self.store, key, change, other_id=other_id, now=self.now()))

    def set_notes(self, key: OccurrenceKey, notes: str) -> None:
        self._occurrence_edit(self.tr("Edit notes"), key, lambda: operations.set_notes(self.store, key, notes))

    def add_action(self, key: OccurrenceKey, title: str, *, owner_id: int | None = None,
                   due: date | None = None) -> ActionItem:
        team_id = self._team_of(key)
        created: list[ActionItem] = []

        def do() -> ActionItem:
            item = operations.add_action(self.store, key, title, owner_id=owner_id, due=due,
                                         today=self.today(team_id))
            created[:] = [item]
            return item

        def undo() -> None:
            self.store.delete_action(created[0].id)

        return self._perform(self.tr("Add action"), do, undo,
                             ChangeSet(Change.ACTIONS, frozenset({team_id})))

    def update_action(self, item: ActionItem) -> ActionItem:
        before = self.store.action(item.id)
        if item.status is not before.status:
            closed = None if item.status is ActionStatus.OPEN else (item.closed or self.today(item.team_id))
            item = replace(item, closed=closed)
        return self._perform(self.tr("Edit action"), lambda: self.store.update_action(item),
                             lambda: self.store.update_action(before),
                             ChangeSet(Change.ACTIONS, frozenset({item.team_id})))

    def set_action_status(self, action_id: int, status: ActionStatus) -> ActionItem:
        return self.update_action(replace(self.store.action(action_id), status=status))

    def review_actions(self, retro: OccurrenceKey, verdicts: Sequence[tuple[int, Verdict]]) -> None:
        befores = [self.store.action(action_id) for action_id, _ in verdicts]
        earlier = {a.id: dict(a.reviews).get(retro) for a in befores}  # this retro's verdict before, if any
        team_id = self._team_of(retro)

        def undo() -> None:
            with self.store.transaction():
                self.store.forget_reviews(retro, [i for i, verdict in earlier.items() if verdict is None])
                self.store.record_reviews([(i, retro, v) for i, v in earlier.items() if v is not None],
                                          closed=self.today(team_id))
                for before in befores:  # status and closing date exactly as they were
                    self.store.update_action(before)

        self._perform(self.tr("Review actions"),
                      lambda: operations.review_actions(self.store, retro, verdicts, today=self.today(team_id)),
                      undo, ChangeSet(Change.ACTIONS, frozenset({team_id})))

    def add_team(self, team: Team) -> Team:
        created: list[Team] = []

        def do() -> Team:
            created[:] = [self.store.add_team(team)]
            return created[0]

        return self._perform(self.tr("Add team"), do, lambda: self.store.delete_team(created[0].id),
                             ChangeSet(Change.ALL))

    def update_team(self, team: Team) -> Team:
        before = self.store.team(team.id)
        return self._perform(self.tr("Edit team"), lambda: operations.update_team(self.store, team, now=self.now()),
                             lambda: self.store.update_team(before),
                             ChangeSet(Change.TEAMS | Change.OCCURRENCES | Change.SPRINTS, frozenset({team.id})))

    def add_member(self, member: Member) -> Member:
        created: list[Member] = []

        def do() -> Member:
            created[:] = [self.store.add_member(member)]
            return created[0]

        return self._perform(self.tr("Add member"), do, lambda: self.store.delete_member(created[0].id),
                             ChangeSet(Change.MEMBERS, frozenset({member.team_id})))

    def update_member(self, member: Member) -> Member:
        before = self.store.member(member.id)
        return self._perform(
            self.tr("Edit member"), lambda: operations.update_member(self.store, member, now=self.now()),
            lambda: self.store.update_member(before),
            ChangeSet(Change.MEMBERS | Change.OCCURRENCES, frozenset({member.team_id})))

    def add_absence(self, absence: Absence) -> Absence:
        created: list[Absence] = []
        team_id = self.store.member(absence.member_id).team_id

        def do() -> Absence:
            created[:] = [operations.add_absence(self.store, absence, now=self.now())]
            return created[0]

        return self._perform(self.tr("Add absence"), do, lambda: self.store.delete_absence(created[0].id),
                             ChangeSet(Change.MEMBERS | Change.OCCURRENCES, frozenset({team_id})))

    def delete_absence(self, absence: Absence) -> None:
        team_id = self.store.member(absence.member_id).team_id
        restored: list[Absence] = [absence]

        def undo() -> None:
            restored[:] = [self.store.add_absence(restored[0])]

        self._perform(self.tr("Remove absence"),
                      lambda: operations.delete_absence(self.store, restored[0].id, now=self.now()), undo,
                      ChangeSet(Change.MEMBERS | Change.OCCURRENCES, frozenset({team_id})))

    def add_ritual(self, ritual: Ritual, roster: Sequence[int]) -> Ritual:
        created: list[Ritual] = []

        def do() -> Ritual:
            created[:] = [self.store.add_ritual(replace(ritual, uid=created[0].uid if created else ritual.uid),
                                                roster)]
            return created[0]

        return self._perform(self.tr("Add ritual"), do, lambda: self.store.delete_ritual(created[0].id),
                             ChangeSet(Change.RITUALS | Change.OCCURRENCES, frozenset({ritual.team_id})))

    def update_ritual(self, ritual: Ritual) -> Ritual:
        """Save a ritual's edits; a new time or schedule continues as a new series from today (returned)."""
        done: list[operations.RitualUpdate] = []

        def do() -> Ritual:  # a redo gives the new series its first uid: calendars see the same events
            uid = done[0].after.uid if done and done[0].after.id != ritual.id else ""
            done[:] = [operations.update_ritual(self.store, ritual, now=self.now(), successor_uid=uid)]
            return done[0].after

        return self._perform(self.tr("Edit ritual"), do, lambda: operations.undo_ritual_update(self.store, done[0]),
                             ChangeSet(Change.RITUALS | Change.OCCURRENCES, frozenset({ritual.team_id})))

    def set_roster(self, change: RosterChange) -> None:
        ritual = self.store.ritual(change.ritual_id)
        previous = next((c for c in self.roster(ritual.id) if c.effective == change.effective), None)

        def undo() -> None:
            if previous is not None:
                self.store.set_roster(previous)
            else:
                self.store.delete_roster_change(ritual.id, change.effective)

        self._perform(self.tr("Change roster"),
                      lambda: operations.set_roster(self.store, change, now=self.now()), undo,
                      ChangeSet(Change.RITUALS | Change.OCCURRENCES, frozenset({ritual.team_id})))

    def save_sprint(self, sprint: Sprint) -> None:
        """Edit one sprint, stored or only planned by the cadence (the planned ones before it are stored)."""
        team = self.store.team(sprint.team_id)
        planned = sprints_until(team, self.store.sprints(team.id), sprint.start + timedelta(weeks=13))
        before = next((s for s in planned if s.number == sprint.number), None)
        if before is None:
            raise NotFound(f"{team.name} has no sprint {sprint.number}")
        stored = {s.number for s in self.store.sprints(team.id)}

        def undo() -> None:  # back to exactly what was stored: the cadence plans the rest again
            with self.store.transaction():
                self.store.delete_sprints(team.id, {s.number for s in self.store.sprints(team.id)} - stored)
                if before.number in stored:
                    self.store.save_sprints([before])

        self._perform(self.tr("Edit sprint"), lambda: operations.save_sprint(self.store, sprint, now=self.now()), undo,
                      ChangeSet(Change.SPRINTS | Change.OCCURRENCES, frozenset({sprint.team_id})))

    def create_team(self, team: Team, members: Sequence[Member], rituals: Sequence[Ritual]) -> Team:
        """Add a team with its members and rituals (everyone on every roster) as one edit."""
        made: list[Team] = []
        uids: list[str] = []

        def do() -> Team:
            with self.store.transaction():
                created = self.store.add_team(team)
                people = [self.store.add_member(replace(m, id=None, team_id=created.id)) for m in members]
                roster = [p.id for p in people]
                for index, ritual in enumerate(rituals):
                    uid = uids[index] if index < len(uids) else ritual.uid
                    stored = self.store.add_ritual(replace(ritual, id=None, team_id=created.id, uid=uid), roster)
                    if index >= len(uids):
                        uids.append(stored.uid)  # a redo gives the series back their identity
            made[:] = [created]
            return created

        return self._perform(self.tr("Create team"), do, lambda: self.store.delete_team(made[0].id),
                             ChangeSet(Change.ALL))

    def load_demo(self, *, teams: int = 3, years: int = 1, seed: int = 0) -> list[Team]:
        """Add realistic demo teams (undo removes them)."""
        made: list[Team] = []

        def do() -> list[Team]:
            made[:] = generate_demo(self.store, teams=teams, years=years, seed=seed, now=self.now())
            return list(made)

        def undo() -> None:
            with self.store.transaction():
                for team in made:
                    self.store.delete_team(team.id)

        return self._perform(self.tr("Load demo data"), do, undo, ChangeSet(Change.ALL))

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
