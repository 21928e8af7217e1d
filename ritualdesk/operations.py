"""What a person does to occurrences, rosters and actions: short operations, one transaction each.

Every public operation takes the store first and `now` (or `today`) as a keyword, runs in one
transaction and returns a `Result`: its value, the `ChangeSet` it made and the `Revert` that
undoes it, captured by the write journal in that same transaction (see `changes.run`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Concatenate, ParamSpec, TypeVar

from .agenda import TeamPlan, parse_occurrence_uid, team_occurrences
from .changes import ANCHOR_REACH, Result, run
from .errors import InvalidInput, NotFound
from .i18n import _
from .identities import SPRINT_REACH, keep_sprint_identities, settle_past_calendar, sprint_identities
from .model import (
    Absence,
    ActionItem,
    ActionStatus,
    Member,
    Occurrence,
    OccurrenceKey,
    OccurrenceState,
    OccurrenceStatus,
    Ritual,
    RitualKind,
    RosterChange,
    Sprint,
    Team,
    TurnChange,
    Verdict,
)
from .rotation import Rotation
from .sprints import sprints_until
from .store import Store
from .workdays import WorkCalendar

P = ParamSpec("P")
T = TypeVar("T")


def operation(body: Callable[Concatenate[Store, P], T]) -> Callable[Concatenate[Store, P], Result[T]]:
    """Make `body(store, ...)` an operation: one transaction, returning its value, changes and revert."""
    def perform(store: Store, *args: P.args, **kwargs: P.kwargs) -> Result[T]:
        return run(store, lambda: body(store, *args, **kwargs))

    return functools.update_wrapper(perform, body, assigned=("__module__", "__name__", "__qualname__", "__doc__"))


def resolve_uid(store: Store, uid: str) -> OccurrenceKey:
    """The occurrence key behind one of our UIDs, or NotFound."""
    parsed = parse_occurrence_uid(uid)
    ritual = store.ritual_by_uid(parsed[0]) if parsed else None
    if parsed is None or ritual is None:
        raise NotFound(_("no occurrence with uid {uid!r} (see `ritualdesk agenda --json` for uids)").format(
                           uid=uid))
    return OccurrenceKey(ritual.id, parsed[1])


def _reach(store: Store, ritual: Ritual, key: OccurrenceKey, state: OccurrenceState) -> tuple[date, date]:
    """The local days between which the occurrence starts.

    A sprint-anchored occurrence keeps its identity when its sprint moves: it may be on another day.
    """
    day = (state.moved_to or key.planned).date()
    first, last = min(day, key.planned.date()), max(day, key.planned.date())
    if state.moved_to is None and key.planned in store.sprint_anchors([ritual.id]).get(ritual.id, {}).values():
        return first - ANCHOR_REACH, last + ANCHOR_REACH
    return first, last


def _find(plan: TeamPlan, ritual: Ritual, key: OccurrenceKey, first: date, last: date) -> Occurrence:
    for found in plan.plan(ritual).between(first, last):
        if found.key == key:
            return found
    raise NotFound(_("{title} has no occurrence planned at {planned:%Y-%m-%d %H:%M}").format(
                       title=ritual.title, planned=key.planned))


def _locate(store: Store, key: OccurrenceKey) -> tuple[TeamPlan, Occurrence]:
    ritual = store.ritual(key.ritual_id)
    first, last = _reach(store, ritual, key, store.state(key))
    plan = TeamPlan(store, store.team(ritual.team_id), until=last, rituals=[ritual],
                    since=first)  # resumes from a checkpoint when one is valid
    return plan, _find(plan, ritual, key, first, last)


def occurrence(store: Store, key: OccurrenceKey) -> Occurrence:
    """The occurrence with this key, facilitator computed, or NotFound. Writes nothing."""
    return _locate(store, key)[1]


def _freeze_past(store: Store, team_id: int, now: datetime, *, keep: OccurrenceKey | None = None
                 ) -> list[OccurrenceState]:
    """States that record the computed facilitator of every past occurrence not yet recorded.

    Written before an edit that could change the rotation, so history is never recomputed.
    `keep` is the occurrence being edited, which the edit itself decides about.
    """
    team = store.team(team_id)
    local_now = now.astimezone(team.tz).replace(tzinfo=None)
    plan = TeamPlan(store, team, until=local_now.date())
    frozen = []
    for ritual in plan.rituals:
        for local, planned, state, assignment in plan.plan(ritual).rows:
            if (local < local_now and assignment is not None and assignment.member_id is not None
                    and assignment.source not in ("recorded", "override")):
                key = OccurrenceKey(ritual.id, planned)
                if key != keep:
                    frozen.append(replace(state or OccurrenceState(key), facilitator_id=assignment.member_id,
                                          reason=""))
    return frozen


StateChange = Callable[[TeamPlan, Occurrence, OccurrenceState], OccurrenceState]


def _edit(store: Store, key: OccurrenceKey, now: datetime, change: StateChange, *, to: datetime | None = None
          ) -> Occurrence:
    """Apply `change` to one occurrence's state, with one plan of its ritual; the occurrence as it now is.

    An occurrence changes its ritual's rotation from where it is (or, moved `to`, will be) on,
    never before, and no other ritual's: only the occurrences from there to `now` not yet recorded
    are frozen (their computed facilitator becomes a fact), so history is never recomputed. The
    plan resumes from a checkpoint when one is valid, and is re-read in memory after the write.
    `change` sees the occurrence as it is and raises InvalidInput to refuse; nothing is written then,
    nor when it leaves the state as it was (held again, the same facilitator...).
    """
    ritual = store.ritual(key.ritual_id)
    team = store.team(ritual.team_id)
    state = store.state(key)
    local_now = now.astimezone(team.tz).replace(tzinfo=None)
    first, last = _reach(store, ritual, key, state)
    days = [first, last, local_now.date(), *([to.date()] if to else [])]
    plan = TeamPlan(store, team, until=max(days), rituals=[ritual], since=min(days))
    found = _find(plan, ritual, key, first, last)
    was = found.start.replace(tzinfo=None)
    earliest = min(was, to or was)
    frozen = [
        replace(row_state or OccurrenceState(OccurrenceKey(ritual.id, planned)), facilitator_id=assignment.member_id,
                reason="")
        for local, planned, row_state, assignment in plan.plan(ritual).rows
        if earliest <= local < local_now and assignment is not None and assignment.member_id is not None
        and assignment.source not in ("recorded", "override") and planned != key.planned
    ]
    edited = change(plan, found, state)
    if edited == state:  # already so: nothing to freeze, nothing to write
        return found
    store.save_checkpoints(plan.new_checkpoints)  # cut while replaying, before the writes: the edit keeps them
    store.save_states([*frozen, edited])
    plan.revise([*frozen, edited])
    if edited.moved_to is not None:
        first = last = edited.moved_to.date()
    return _find(plan, ritual, key, min(first, was.date()), max(last, was.date()))


@operation
def mark_held(store: Store, key: OccurrenceKey, *, now: datetime) -> Occurrence:
    """Record that the occurrence took place, with its facilitator (maybe nobody) as a fact."""
    def change(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        if found.status is OccurrenceStatus.CANCELLED:
            raise InvalidInput(_("this occurrence was cancelled; restore it before marking it held"))
        if found.start.date() > now.astimezone(found.start.tzinfo).date():
            raise InvalidInput(_("an occurrence cannot be marked held before its day"))
        return replace(state, status=OccurrenceStatus.HELD, facilitator_id=found.facilitator_id)

    return _edit(store, key, now, change)


@operation
def cancel(store: Store, key: OccurrenceKey, *, now: datetime) -> Occurrence:
    """Cancel the occurrence: it consumes nobody's turn."""
    def change(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        if state.status is OccurrenceStatus.HELD:
            raise InvalidInput(_("this occurrence was held; it cannot be cancelled"))
        return replace(state, status=OccurrenceStatus.CANCELLED, facilitator_id=None, reason="")

    return _edit(store, key, now, change)


@operation
def restore(store: Store, key: OccurrenceKey, *, now: datetime) -> Occurrence:
    """Make a cancelled or held occurrence planned again; a past one keeps its recorded facilitator."""
    def change(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        past = found.start < now
        keep = past and state.status is OccurrenceStatus.HELD
        return replace(state, status=OccurrenceStatus.PLANNED,
                       facilitator_id=state.facilitator_id if keep else None, reason=state.reason if keep else "")

    return _edit(store, key, now, change)


MOVE_LIMIT = timedelta(days=92)  # a move reschedules an occurrence; further away it is another meeting


@operation
def move(store: Store, key: OccurrenceKey, to: datetime, *, now: datetime) -> Occurrence:
    """Move the occurrence to another local start; its identity stays the planned one."""
    if to.tzinfo is not None:
        ritual = store.ritual(key.ritual_id)
        local = to.astimezone(store.team(ritual.team_id).tz)
        if local.fold and local.utcoffset() != local.replace(fold=0).utcoffset():
            # A move is kept as a local time, which names the first of the two: it would land an hour early.
            raise InvalidInput(_("{time} comes twice that night in {zone} (the clocks go back); an occurrence can "
                                 "move to the first {time} ({first}) but not to the second").format(
                                     time=f"{local:%H:%M}", zone=local.tzinfo.key,
                                     first=local.replace(fold=0).isoformat(timespec="minutes")))
        to = local.replace(tzinfo=None)

    def change(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        ritual = plan.rituals[0]
        if abs(to - key.planned) > MOVE_LIMIT or to.date() < ritual.starts_on or (
                ritual.ends_on is not None and to.date() > ritual.ends_on):
            raise InvalidInput(_("an occurrence moves within {days} days of when it was planned, inside its "
                                 "ritual's dates").format(days=MOVE_LIMIT.days))
        if state.status is OccurrenceStatus.HELD:
            raise InvalidInput(_("a held occurrence took place when it did; it cannot be moved"))
        if state.status is OccurrenceStatus.CANCELLED:
            raise InvalidInput(_("this occurrence was cancelled; restore it before moving it"))
        return replace(state, moved_to=None if to == key.planned else to)

    return _edit(store, key, now, change, to=to)


@operation
def set_facilitator(store: Store, key: OccurrenceKey, member_id: int, *, reason: str = "",
                    now: datetime) -> Occurrence:
    """Override who facilitates (or correct who did, for a held occurrence), with a reason."""
    member = store.member(member_id)

    def change(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        if member.team_id != found.team_id:
            raise InvalidInput(_("{member} is not in this ritual's team").format(member=member.name))
        if state.status is OccurrenceStatus.CANCELLED:
            raise InvalidInput(_("a cancelled occurrence has no facilitator"))
        if member_id == state.facilitator_id and not reason.strip():
            return state  # already theirs (an override, or who did facilitate): its reason stays
        return replace(state, facilitator_id=member_id, reason=reason.strip() or "manual override")

    return _edit(store, key, now, change)


@operation
def clear_facilitator(store: Store, key: OccurrenceKey, *, now: datetime) -> Occurrence:
    """Remove an override: the rotation decides again."""
    def change(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        if state.status is OccurrenceStatus.HELD or (found.start < now and not state.reason):
            raise InvalidInput(_("the facilitator of a past occurrence is a recorded fact"))
        return replace(state, facilitator_id=None, reason="")

    return _edit(store, key, now, change)


@operation
def change_turn(store: Store, key: OccurrenceKey, change: TurnChange, *, other_id: int | None = None,
                now: datetime) -> Occurrence:
    """Swap (with `other_id`), pass or defer the turn of whoever is due; replaces an earlier change."""
    def turn(plan: TeamPlan, found: Occurrence, state: OccurrenceState) -> OccurrenceState:
        if found.start < now:
            raise InvalidInput(_("turns change before an occurrence, not after it"))
        if state.change is not None:  # the earlier change is undone first, to know who is really due
            state = replace(state, change=None, change_member_id=None, change_other_id=None)
            plan.revise([state])
            found = _find(plan, plan.rituals[0], key, found.start.date(), found.start.date())
        if state.status is not OccurrenceStatus.PLANNED or state.facilitator_id is not None:
            raise InvalidInput(_("only a planned occurrence without a fixed facilitator can change turns"))
        due, day = found.facilitator_id, found.start.date()
        if due is None:
            raise InvalidInput(_("nobody is due at this occurrence"))
        if change is TurnChange.SWAP:
            roster = [c for c in plan.rosters.get(key.ritual_id, ()) if c.effective <= day]
            if other_id is None or other_id == due:
                raise InvalidInput(_("a swap needs another member"))
            if not roster or other_id not in roster[-1].member_ids:
                raise InvalidInput(_("{member} is not in this ritual's roster").format(
                                       member=store.member(other_id).name))
            if not plan.availability(other_id, day):
                raise InvalidInput(_("{member} is not available that day").format(
                                       member=store.member(other_id).name))
        return replace(state, change=change, change_member_id=due,
                       change_other_id=other_id if change is TurnChange.SWAP else None)

    return _edit(store, key, now, turn)


@operation
def set_notes(store: Store, key: OccurrenceKey, notes: str) -> None:
    """Keep the notes (minutes) of an occurrence."""
    occurrence(store, key)
    state = store.state(key)
    if notes != state.notes:  # the same notes again write nothing (not even an empty row)
        store.save_states([replace(state, notes=notes)])


@operation
def set_roster(store: Store, change: RosterChange, *, now: datetime) -> None:
    """Change who facilitates a ritual from a date on; past facilitations stay as they were."""
    ritual = store.ritual(change.ritual_id)
    if change in store.rosters([ritual.id]).get(ritual.id, ()):
        return  # that roster from that day already: nothing to freeze, nothing to write
    with store.transaction():
        store.save_states(_freeze_past(store, ritual.team_id, now))
        store.set_roster(change)


@operation
def add_absence(store: Store, absence: Absence, *, now: datetime) -> Absence:
    """Record an absence; past facilitations stay as they were."""
    member = store.member(absence.member_id)
    with store.transaction():
        store.save_states(_freeze_past(store, member.team_id, now))
        return store.add_absence(absence)


@operation
def delete_absence(store: Store, absence_id: int, *, now: datetime) -> None:
    """Forget an absence; past facilitations stay as they were."""
    absence = next((a for a in store.absences() if a.id == absence_id), None)
    if absence is None:
        raise NotFound(_("no absence with id {absence_id}").format(absence_id=absence_id))
    with store.transaction():
        store.save_states(_freeze_past(store, store.member(absence.member_id).team_id, now))
        store.delete_absence(absence_id)


@operation
def update_member(store: Store, member: Member, *, now: datetime) -> Member:
    """Save a member's edits (join/leave dates too); past facilitations stay as they were."""
    if member == store.member(member.id):
        return member  # nothing edited: nothing to freeze, nothing to write
    with store.transaction():
        store.save_states(_freeze_past(store, member.team_id, now))
        return store.update_member(member)


@operation
def delete_member(store: Store, member_id: int, *, now: datetime) -> None:
    """Remove a member who has no history; someone who facilitated or owns actions gets a leave date instead."""
    member = store.member(member_id)
    with store.transaction():  # freezing first: past turns computed for them are history too
        store.save_states(_freeze_past(store, member.team_id, now))
        if store.member_has_history(member_id):
            raise InvalidInput(_("{member} has facilitated rituals or owns action items; set a leave date instead, "
                                 "so history stays as it was").format(member=member.name))
        store.delete_member(member_id)


@operation
def update_team(store: Store, team: Team, *, now: datetime) -> Team:
    """Save a team's edits (working days, holidays, cadence, zone too); past occurrences stay as and when they were."""
    if team == store.team(team.id):
        return team  # nothing edited: nothing to freeze, nothing to write
    with store.transaction():
        store.save_states(_freeze_past(store, team.id, now))
        before = store.team(team.id)
        # A new zone starts on a day nothing of which has begun, in the old zone or in the new one.
        first = now.astimezone(team.tz).date() if before.timezone == team.timezone else max(
            _first_day_to_come(store, before, now), _first_day_to_come(store, team, now))
        settle_past_calendar(store, before, team, today=first)
        return store.update_team(team)


def _first_day_to_come(store: Store, team: Team, now: datetime) -> date:
    """Today in the team's zone, or tomorrow once one of today's occurrences has begun."""
    today = now.astimezone(team.tz).date()
    began = any(o.start <= now and o.status is not OccurrenceStatus.CANCELLED
                for o in team_occurrences(store, team, store.rituals(team.id), first=today, last=today))
    return today + timedelta(days=began)


@operation
def update_ritual(store: Store, ritual: Ritual, *, now: datetime) -> Ritual:
    """Save a ritual's edits; a new time or schedule applies from today on, never to past occurrences.

    When the series already has a past, it ends yesterday and a new series continues it from today
    with the same roster; what was recorded about coming occurrences (cancelled, moved, overrides,
    notes) moves along when the new schedule still plans that day. The value is the ritual as
    saved, or the new series that continues it.
    """
    before = store.ritual(ritual.id)
    if ritual == before:
        return ritual  # nothing edited: nothing to freeze, nothing to write
    team = store.team(before.team_id)
    local_now = now.astimezone(team.tz).replace(tzinfo=None)
    today = local_now.date()
    reshaped = (ritual.start_time, ritual.schedule, ritual.starts_on) != (before.start_time, before.schedule,
                                                                         before.starts_on)
    with store.transaction():
        store.save_states(_freeze_past(store, team.id, now))
        plan = TeamPlan(store, team, until=today, rituals=[before])
        started = [row[0] for row in plan.plan(before).rows if row[0] < local_now]
        if ritual.ends_on is not None and started and ritual.ends_on < max(started).date():
            raise InvalidInput(_("this series already took place after that end date; it can end today at the "
                                 "earliest"))
        if not reshaped or not started:
            moved = _rekeyed(store, before, ritual, since=before.starts_on) if reshaped else []
            store.update_ritual(ritual)
            _move_states(store, moved)
            return ritual
        if before.ends_on is not None and before.ends_on < today:
            raise InvalidInput(_("this series has ended; add a new ritual rather than change its time or schedule"))
        # The new shape starts on the first day with nothing of the old one already begun.
        starts_on = max(today + timedelta(days=max(started).date() == today), ritual.starts_on)
        rosters = plan.rosters.get(before.id, [])
        current = [c.member_ids for c in rosters if c.effective <= starts_on][-1:] or [()]
        later = [c for c in rosters if c.effective > starts_on]
        # The successor's line starts where the old one stands, not from the top of the roster.
        rotation = Rotation(rosters, plan.availability)
        for turn in plan.plan(before).turns:
            if turn.day >= starts_on:
                break
            rotation.take(turn)
        line = [m for m in rotation.line.members if m in current[0]]
        order = tuple(line + [m for m in current[0] if m not in line])
        store.update_ritual(replace(before, ends_on=starts_on - timedelta(days=1)))
        successor = store.add_ritual(replace(ritual, id=None, uid="", starts_on=starts_on), order)
        for change in later:
            store.set_roster(replace(change, ritual_id=successor.id))
        moved = _rekeyed(store, before, successor, since=starts_on)
        _move_states(store, moved)
        return successor


def _move_states(store: Store, moves: Sequence[tuple[OccurrenceState, OccurrenceState]]) -> None:
    for old, _new in moves:
        store.forget_state(old.key)
    store.save_states([new for _old, new in moves])


def _rekeyed(store: Store, old: Ritual, new: Ritual, *, since: date) -> list[tuple[OccurrenceState, OccurrenceState]]:
    """The states of `old`'s occurrences from `since` on, re-keyed to `new` where it plans that day."""
    states = {key: state for key, state in store.states([old.id], since=datetime.combine(since, time())).items()
              if key.planned.date() >= since and state.status is not OccurrenceStatus.HELD}
    if not states:
        return []
    plan = TeamPlan(store, store.team(new.team_id), until=max(k.planned.date() for k in states), rituals=[])
    result = []
    for key, state in states.items():
        planned = datetime.combine(key.planned.date(), new.start_time)
        if plan.plans_at(new, planned):
            moved_to = state.moved_to if state.moved_to != planned else None
            result.append((state, replace(state, key=OccurrenceKey(new.id, planned), moved_to=moved_to)))
    return result


def team_sprints(store: Store, team_id: int, *, until: date) -> list[Sprint]:
    """The team's stored sprints followed by those its cadence plans up to `until`."""
    return sprints_until(store.team(team_id), store.sprints(team_id), until)


@operation
def save_sprint(store: Store, sprint: Sprint, *, now: datetime) -> Sprint:
    """Edit one sprint (goal, dates); sprints before it that the cadence only planned are stored first.

    The days already past keep their sprint: a start or end in the past cannot move.
    """
    team = store.team(sprint.team_id)
    planned = {s.number: s for s in sprints_until(team, store.sprints(team.id), sprint.start + timedelta(weeks=13))}
    if sprint.number not in planned:
        raise NotFound(_("{team} has no Sprint {number}").format(team=team.name, number=sprint.number))
    today = now.astimezone(team.tz).date()
    old = planned[sprint.number]
    if sprint == old:
        return sprint  # nothing edited: the sprints the cadence plans stay unstored
    if (old.start != sprint.start and min(old.start, sprint.start) < today) or (
            old.end != sprint.end and min(old.end, sprint.end) < today):
        raise InvalidInput(_("Sprint {number}'s days already past stay in it; only coming dates can change").format(
                               number=sprint.number))
    # The sprint after it moves with it unless it was stored (then it must not overlap).
    stored_next = next((s for s in store.sprints(team.id) if s.number == sprint.number + 1), None)
    previous = planned.get(sprint.number - 1)
    if (previous and sprint.start <= previous.end) or (stored_next and sprint.end >= stored_next.start):
        raise InvalidInput(_("Sprint {number} would overlap the sprint next to it").format(number=sprint.number))
    with store.transaction():  # the coming occurrences it moves keep their identities (and calendar UIDs)
        span = {"first": today, "last": max(old.end, sprint.end) + SPRINT_REACH}
        before = sprint_identities(store, team, **span)
        store.save_sprints([*(planned[n] for n in sorted(planned) if n < sprint.number), sprint])
        keep_sprint_identities(store, before, sprint_identities(store, team, **span))
    return sprint


# -- action items ---------------------------------------------------------------------


@operation
def add_action(
    store: Store, key: OccurrenceKey, title: str, *, owner_id: int | None = None, due: date | None = None,
    today: date,
) -> ActionItem:
    """Create an action item from an occurrence."""
    found = occurrence(store, key)
    item = ActionItem(id=None, team_id=found.team_id, title=title, origin=key, owner_id=owner_id, due=due,
                      created=today)
    return store.add_actions([item])[0]


@operation
def set_action_status(store: Store, action_id: int, status: ActionStatus, *, today: date) -> ActionItem:
    """Open, complete or drop an action item."""
    action = store.action(action_id)
    if status is action.status:
        return action  # already so: its closing day stays as it is
    closed = None if status is ActionStatus.OPEN else (action.closed or today)
    return store.update_action(replace(action, status=status, closed=closed))


def carried_actions(store: Store, retro: OccurrenceKey, *, now: datetime,
                    found: Occurrence | None = None) -> list[ActionItem]:
    """The actions a retrospective reviews: those of its team created earlier and open then.

    An action counts while it is still open, or if it was reviewed at this retrospective. An
    action from an occurrence that has not taken place by `now` is not carried anywhere.
    `found` is the retrospective as already computed (a reader's window), else it is planned here.
    """
    if found is None or found.key != retro:
        found = occurrence(store, retro)
    if store.ritual(retro.ritual_id).kind is not RitualKind.RETROSPECTIVE:
        raise InvalidInput(_("only a retrospective reviews carried-over actions"))
    origin_starts: dict[OccurrenceKey, datetime] = {}
    calendars: dict[int, WorkCalendar] = {}

    def origin_start(key: OccurrenceKey) -> datetime:
        if key not in origin_starts:
            team_id = store.ritual(key.ritual_id).team_id
            if team_id not in calendars:
                calendars[team_id] = WorkCalendar(store.team(team_id), store.past_workweeks(team_id))
            # in the zone of its day: the team's zone may have changed since
            origin_starts[key] = key.planned.replace(tzinfo=calendars[team_id].zone_on(key.planned.date()))
        return origin_starts[key]

    carried = []
    for action in store.actions_open_or_reviewed(found.team_id, retro):  # the others are never carried
        reviewed_here = any(k == retro for k, _ in action.reviews)
        created_before = (
            origin_start(action.origin) < found.start if action.origin is not None
            else action.created is not None and action.created <= found.start.date()
        )
        taken_place = action.origin is None or origin_start(action.origin) <= now
        if created_before and taken_place and action.origin != retro and (
                action.status is ActionStatus.OPEN or reviewed_here):
            carried.append(action)
    return carried


@operation
def review_actions(
    store: Store, retro: OccurrenceKey, verdicts: Sequence[tuple[int, Verdict]], *, today: date, now: datetime,
) -> None:
    """Record a retrospective's keep / done / drop on carried-over actions, in one transaction.

    An action whose occurrence has not taken place by `now` cannot be reviewed (nor survive a retro).
    """
    allowed = {a.id for a in carried_actions(store, retro, now=now)}
    for action_id, _verdict in verdicts:
        if action_id not in allowed:
            raise InvalidInput(_("action {action_id} is not carried into this retrospective (it comes later, or "
                                 "from an occurrence that has not taken place yet)").format(action_id=action_id))
    store.record_reviews([(action_id, retro, verdict) for action_id, verdict in verdicts], closed=today)


# -- teams, members and rituals as they are created ------------------------------------------


@operation
def add_team(store: Store, team: Team) -> Team:
    """Create a team (its name must be unique)."""
    return store.add_team(team)


@operation
def add_member(store: Store, member: Member) -> Member:
    """Add a member to a team (names are unique within it)."""
    return store.add_member(member)


@operation
def add_ritual(store: Store, ritual: Ritual, *, roster: Sequence[int] = ()) -> Ritual:
    """Add a ritual series with its first roster."""
    return store.add_ritual(ritual, roster)


@operation
def create_team(store: Store, team: Team, *, members: Sequence[Member], rituals: Sequence[Ritual]) -> Team:
    """Add a team with its members and rituals, everyone on every roster."""
    created = store.add_team(team)
    people = [store.add_member(replace(m, id=None, team_id=created.id)) for m in members]
    roster = [p.id for p in people]
    for ritual in rituals:
        store.add_ritual(replace(ritual, id=None, team_id=created.id), roster)
    return created


@operation
def delete_team(store: Store, team_id: int) -> None:
    """Remove a team with everything it holds."""
    store.delete_team(team_id)


@operation
def delete_ritual(store: Store, ritual_id: int) -> None:
    """Remove a ritual series with all that was recorded about its occurrences; its action items stay.

    Each ritual has its own rotation, so no other series' facilitators change.
    """
    store.delete_ritual(ritual_id)


@operation
def update_action(store: Store, action: ActionItem, *, today: date) -> ActionItem:
    """Save an action item's edits; a change of status sets or clears its closing day."""
    before = store.action(action.id)
    if action.status is not before.status:
        closed = None if action.status is ActionStatus.OPEN else (action.closed or today)
        action = replace(action, closed=closed)
    return store.update_action(action)
