"""What a person does to occurrences, rosters and actions: short operations, one transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from .agenda import TeamPlan, occurrence_uid, parse_occurrence_uid
from .errors import InvalidInput, NotFound
from .model import (
    Absence,
    ActionItem,
    ActionStatus,
    Member,
    Occurrence,
    OccurrenceKey,
    OccurrenceState,
    OccurrenceStatus,
    RitualKind,
    RosterChange,
    Sprint,
    TurnChange,
    Verdict,
)
from .sprints import sprints_until
from .store import Store


def resolve_uid(store: Store, uid: str) -> OccurrenceKey:
    """The occurrence key behind one of our UIDs, or NotFound."""
    parsed = parse_occurrence_uid(uid)
    ritual = store.ritual_by_uid(parsed[0]) if parsed else None
    if parsed is None or ritual is None:
        raise NotFound(f"no occurrence with uid {uid!r} (see `ritualdesk agenda --json` for uids)")
    return OccurrenceKey(ritual.id, parsed[1])


def uid_of(store: Store, key: OccurrenceKey) -> str:
    """The stable uid of an occurrence."""
    return occurrence_uid(store.ritual(key.ritual_id), key.planned)


def occurrence(store: Store, key: OccurrenceKey) -> Occurrence:
    """The occurrence with this key, facilitator computed, or NotFound."""
    ritual = store.ritual(key.ritual_id)
    state = store.state(key)
    until = max(key.planned.date(), (state.moved_to or key.planned).date())
    plan = TeamPlan(store, store.team(ritual.team_id), until=until, rituals=[ritual])
    for found in plan.plan(ritual).occurrences:
        if found.key == key:
            return found
    raise NotFound(f"{ritual.title} has no occurrence planned at {key.planned:%Y-%m-%d %H:%M}")


def _freeze_past(store: Store, team_id: int, now: datetime) -> list[OccurrenceState]:
    """States that record the computed facilitator of every past occurrence not yet recorded.

    Written before an edit that would change the rotation, so history is never recomputed.
    """
    team = store.team(team_id)
    today = now.astimezone(team.tz).date()
    plan = TeamPlan(store, team, until=today)
    frozen = []
    for ritual in plan.rituals:
        for found in plan.plan(ritual).occurrences:
            if (found.start < now and found.status is not OccurrenceStatus.CANCELLED
                    and found.facilitator_source not in ("recorded", "override")
                    and found.facilitator_id is not None):
                state = plan.states.get(found.key) or OccurrenceState(found.key)
                frozen.append(replace(state, facilitator_id=found.facilitator_id, reason=""))
    return frozen


def _save(store: Store, state: OccurrenceState) -> None:
    store.save_states([state])


def mark_held(store: Store, key: OccurrenceKey, *, now: datetime) -> Occurrence:
    """Record that the occurrence took place, with its facilitator as a fact."""
    found = occurrence(store, key)
    if found.start.date() > now.astimezone(found.start.tzinfo).date():
        raise InvalidInput("an occurrence cannot be marked held before its day")
    state = store.state(key)
    _save(store, replace(state, status=OccurrenceStatus.HELD, facilitator_id=found.facilitator_id))
    return occurrence(store, key)


def cancel(store: Store, key: OccurrenceKey) -> Occurrence:
    """Cancel the occurrence: it consumes nobody's turn."""
    occurrence(store, key)
    state = store.state(key)
    if state.status is OccurrenceStatus.HELD:
        raise InvalidInput("this occurrence was held; it cannot be cancelled")
    _save(store, replace(state, status=OccurrenceStatus.CANCELLED, facilitator_id=None, reason=""))
    return occurrence(store, key)


def restore(store: Store, key: OccurrenceKey) -> Occurrence:
    """Make a cancelled or held occurrence planned again (the recorded facilitator is forgotten)."""
    occurrence(store, key)
    state = store.state(key)
    _save(store, replace(state, status=OccurrenceStatus.PLANNED, facilitator_id=None, reason=""))
    return occurrence(store, key)


def move(store: Store, key: OccurrenceKey, to: datetime) -> Occurrence:
    """Move the occurrence to another local start; its identity stays the planned one."""
    if to.tzinfo is not None:
        ritual = store.ritual(key.ritual_id)
        to = to.astimezone(store.team(ritual.team_id).tz).replace(tzinfo=None)
    occurrence(store, key)
    state = store.state(key)
    _save(store, replace(state, moved_to=None if to == key.planned else to))
    return occurrence(store, key)


def set_facilitator(store: Store, key: OccurrenceKey, member_id: int, *, reason: str = "") -> Occurrence:
    """Override who facilitates (or correct who did, for a held occurrence), with a reason."""
    found = occurrence(store, key)
    member = store.member(member_id)
    if member.team_id != found.team_id:
        raise InvalidInput(f"{member.name} is not in this ritual's team")
    state = store.state(key)
    if state.status is OccurrenceStatus.CANCELLED:
        raise InvalidInput("a cancelled occurrence has no facilitator")
    reason = reason.strip() or "manual override"
    _save(store, replace(state, facilitator_id=member_id, reason=reason))
    return occurrence(store, key)


def clear_facilitator(store: Store, key: OccurrenceKey) -> Occurrence:
    """Remove an override: the rotation decides again."""
    state = store.state(key)
    if state.status is OccurrenceStatus.HELD:
        raise InvalidInput("the facilitator of a held occurrence is a recorded fact")
    _save(store, replace(state, facilitator_id=None, reason=""))
    return occurrence(store, key)


def change_turn(store: Store, key: OccurrenceKey, change: TurnChange, *, other_id: int | None = None) -> Occurrence:
    """Swap (with `other_id`), pass or defer the turn of whoever is due at this occurrence."""
    found = occurrence(store, key)
    state = store.state(key)
    if state.status is not OccurrenceStatus.PLANNED or state.facilitator_id is not None:
        raise InvalidInput("only a planned occurrence without a fixed facilitator can change turns")
    due = found.facilitator_id
    if due is None:
        raise InvalidInput("nobody is due at this occurrence")
    if change is TurnChange.SWAP:
        if other_id is None or other_id == due:
            raise InvalidInput("a swap needs another member")
        if store.member(other_id).team_id != found.team_id:
            raise InvalidInput("a swap needs a member of the same team")
    _save(store, replace(state, change=change, change_member_id=due,
                         change_other_id=other_id if change is TurnChange.SWAP else None))
    return occurrence(store, key)


def set_notes(store: Store, key: OccurrenceKey, notes: str) -> None:
    """Keep the notes (minutes) of an occurrence."""
    occurrence(store, key)
    _save(store, replace(store.state(key), notes=notes))


def set_roster(store: Store, change: RosterChange, *, now: datetime) -> None:
    """Change who facilitates a ritual from a date on; past facilitations stay as they were."""
    ritual = store.ritual(change.ritual_id)
    with store.transaction():
        store.save_states(_freeze_past(store, ritual.team_id, now))
        store.set_roster(change)


def add_absence(store: Store, absence: Absence, *, now: datetime) -> Absence:
    """Record an absence; past facilitations stay as they were."""
    member = store.member(absence.member_id)
    with store.transaction():
        store.save_states(_freeze_past(store, member.team_id, now))
        return store.add_absence(absence)


def update_member(store: Store, member: Member, *, now: datetime) -> Member:
    """Save a member's edits (join/leave dates too); past facilitations stay as they were."""
    with store.transaction():
        store.save_states(_freeze_past(store, member.team_id, now))
        return store.update_member(member)


def team_sprints(store: Store, team_id: int, *, until: date) -> list[Sprint]:
    """The team's stored sprints followed by those its cadence plans up to `until`."""
    return sprints_until(store.team(team_id), store.sprints(team_id), until)


def save_sprint(store: Store, sprint: Sprint) -> Sprint:
    """Edit one sprint (goal, dates); sprints before it that the cadence only planned are stored first."""
    team = store.team(sprint.team_id)
    planned = {s.number: s for s in sprints_until(team, store.sprints(team.id), sprint.start + timedelta(weeks=13))}
    if sprint.number not in planned:
        raise NotFound(f"{team.name} has no sprint {sprint.number}")
    # The sprint after it moves with it unless it was stored (then it must not overlap).
    stored_next = next((s for s in store.sprints(team.id) if s.number == sprint.number + 1), None)
    previous = planned.get(sprint.number - 1)
    if (previous and sprint.start <= previous.end) or (stored_next and sprint.end >= stored_next.start):
        raise InvalidInput(f"sprint {sprint.number} would overlap the sprint next to it")
    store.save_sprints([*(planned[n] for n in sorted(planned) if n < sprint.number), sprint])
    return sprint


# -- action items ---------------------------------------------------------------------


def add_action(
    store: Store, key: OccurrenceKey, title: str, *, owner_id: int | None = None, due: date | None = None,
    today: date,
) -> ActionItem:
    """Create an action item from an occurrence."""
    found = occurrence(store, key)
    item = ActionItem(None, found.team_id, title, origin=key, owner_id=owner_id, due=due, created=today)
    return store.add_actions([item])[0]


def set_action_status(store: Store, action_id: int, status: ActionStatus, *, today: date) -> ActionItem:
    """Open, complete or drop an action item."""
    action = store.action(action_id)
    closed = None if status is ActionStatus.OPEN else (action.closed or today)
    return store.update_action(replace(action, status=status, closed=closed))


def carried_actions(store: Store, retro: OccurrenceKey) -> list[ActionItem]:
    """The actions a retrospective reviews: those of its team created earlier and open then.

    An action counts while it is still open, or if it was reviewed at this retrospective.
    """
    found = occurrence(store, retro)
    if store.ritual(retro.ritual_id).kind is not RitualKind.RETROSPECTIVE:
        raise InvalidInput("only a retrospective reviews carried-over actions")
    origin_starts: dict[OccurrenceKey, datetime] = {}

    def origin_start(key: OccurrenceKey) -> datetime:
        if key not in origin_starts:
            ritual = store.ritual(key.ritual_id)
            origin_starts[key] = key.planned.replace(tzinfo=store.team(ritual.team_id).tz)
        return origin_starts[key]

    carried = []
    for action in store.actions(found.team_id):
        reviewed_here = any(k == retro for k, _ in action.reviews)
        created_before = (
            origin_start(action.origin) < found.start if action.origin is not None
            else action.created is not None and action.created <= found.start.date()
        )
        if created_before and action.origin != retro and (action.status is ActionStatus.OPEN or reviewed_here):
            carried.append(action)
    return carried


def review_actions(
    store: Store, retro: OccurrenceKey, verdicts: Sequence[tuple[int, Verdict]], *, today: date
) -> None:
    """Record a retrospective's keep / done / drop on carried-over actions, in one transaction."""
    allowed = {a.id for a in carried_actions(store, retro)}
    for action_id, _ in verdicts:
        if action_id not in allowed:
            raise InvalidInput(f"action {action_id} is not carried into this retrospective")
    store.record_reviews([(action_id, retro, verdict) for action_id, verdict in verdicts], closed=today)
