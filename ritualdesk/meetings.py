"""Meetings in the database: run settings per ritual, the running meeting saved as it goes, Finish."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from datetime import datetime

from .agenda import Availability
from .errors import InvalidInput
from .i18n import _
from .meeting import Meeting, ParkingNote, Phase, RunSettings, SpeakingOrder, draw_order
from .model import Occurrence, OccurrenceKey, OccurrenceStatus, Ritual
from .notes_merge import merge_notes
from .operations import mark_held, occurrence, operation
from .store import Store, planned_text


def _settings_json(settings: RunSettings) -> str:
    return json.dumps({"phases": [[p.name, p.minutes, p.round] for p in settings.phases],
                       "speaker_seconds": settings.speaker_seconds, "order": settings.order.value,
                       "facilitator_last": settings.facilitator_last})


def _settings(text: str) -> RunSettings:
    data = json.loads(text)
    return RunSettings(tuple(Phase(n, m, bool(r)) for n, m, r in data["phases"]), data["speaker_seconds"],
                       SpeakingOrder(data["order"]), bool(data["facilitator_last"]))


def run_settings(store: Store, ritual: Ritual) -> RunSettings:
    """How this ritual is run: what was saved for it, else its kind's defaults."""
    row = store.conn.execute("SELECT settings FROM meeting_settings WHERE ritual_id = ?", [ritual.id]).fetchone()
    return _settings(row[0]) if row else RunSettings.default(ritual.kind, ritual.minutes)


@operation
def save_run_settings(store: Store, ritual_id: int, settings: RunSettings) -> RunSettings:
    """Keep a ritual's phases, minutes, speaker timebox and speaking order for its next meetings."""
    store.ritual(ritual_id)
    store.conn.execute("INSERT INTO meeting_settings (ritual_id, settings) VALUES (?, ?) ON CONFLICT (ritual_id) "
                     "DO UPDATE SET settings = excluded.settings", [ritual_id, _settings_json(settings)])
    return settings


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _meeting_json(meeting: Meeting) -> str:
    return json.dumps({
        "settings": json.loads(_settings_json(meeting.settings)), "present": sorted(meeting.present),
        "speakers": list(meeting.speakers), "seed": meeting.seed, "phase": meeting.phase,
        "phase_started": meeting.phase_started.isoformat() if meeting.phase_started else None,
        "extra_minutes": list(meeting.extra_minutes), "skipped": sorted(meeting.skipped),
        "speaker": meeting.speaker,
        "speaker_started": meeting.speaker_started.isoformat() if meeting.speaker_started else None,
        "parking": [[n.text, n.action_id] for n in meeting.parking], "notes": meeting.notes,
        "timeouts": sorted(meeting.timeouts),
        "paused": meeting.paused.isoformat() if meeting.paused else None, "paused_seconds": meeting.paused_seconds,
        "notes_from": meeting.notes_from,
    }, ensure_ascii=False)


def _meeting(state: str, started: str, ended: str | None) -> Meeting:
    data = json.loads(state)
    return Meeting(
        started=datetime.fromisoformat(started), settings=_settings(json.dumps(data["settings"])),
        present=frozenset(data["present"]), speakers=tuple(data["speakers"]), seed=data["seed"],
        phase=data["phase"], phase_started=_instant(data["phase_started"]),
        extra_minutes=tuple(data["extra_minutes"]), skipped=frozenset(data["skipped"]), speaker=data["speaker"],
        speaker_started=_instant(data["speaker_started"]),
        parking=tuple(ParkingNote(t, a) for t, a in data["parking"]), notes=data["notes"],
        ended=_instant(ended), timeouts=frozenset(data["timeouts"]),
        paused=_instant(data.get("paused")), paused_seconds=data.get("paused_seconds", 0),  # none before pauses
        notes_from=data.get("notes_from"),
    )


def caught_up(meeting: Meeting, saved: str) -> Meeting:
    """The meeting with what was saved in the occurrence's notes meanwhile (the panel, an undo of that) merged
    into its own notes, nobody's lines lost; the same meeting when nothing was."""
    if meeting.notes_from is None:  # saved before notes were merged: it started from the occurrence's
        return replace(meeting, notes_from=saved)
    if meeting.notes_from == saved:
        return meeting
    return replace(meeting, notes=merge_notes(meeting.notes_from, meeting.notes, saved), notes_from=saved)


def load_meeting(store: Store, key: OccurrenceKey) -> Meeting | None:
    """The meeting of an occurrence, running or finished, if one was started."""
    row = store.conn.execute("SELECT state, started, ended FROM meetings WHERE ritual_id = ? AND planned = ?",
                           [key.ritual_id, planned_text(key.planned)]).fetchone()
    return _meeting(*row) if row else None


def save_meeting(store: Store, key: OccurrenceKey, meeting: Meeting) -> None:
    """Save the running meeting as it is now (one transaction): a closed window or a killed app loses nothing.

    Not an undoable edit: it is the meeting's scratch pad; Finish is the edit.
    """
    with store.transaction():
        store.conn.execute(
            "INSERT INTO meetings (ritual_id, planned, state, started, ended) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (ritual_id, planned) DO UPDATE SET state = excluded.state, started = excluded.started, "
            "ended = excluded.ended",
            [key.ritual_id, planned_text(key.planned), _meeting_json(meeting), meeting.started.isoformat(),
             meeting.ended.isoformat() if meeting.ended else None])


def present_on(store: Store, key: OccurrenceKey, *, found: Occurrence | None = None) -> tuple[list[int], list[int]]:
    """The team's members that day: those expected (not away) and those away, by name.

    `found` is the occurrence when the caller has it (computing it replays the ritual's rotation).
    """
    found = found or occurrence(store, key)
    day = found.start.date()
    members = [m for m in store.members(found.team_id) if m.is_member_on(day)]
    available = Availability(members, store.absences([m.id for m in members]))
    return [m.id for m in members if available(m.id, day)], [m.id for m in members if not available(m.id, day)]


def current_roster(store: Store, key: OccurrenceKey) -> tuple[int, ...]:
    changes = [c for c in store.rosters([key.ritual_id]).get(key.ritual_id, []) if c.effective <= key.planned.date()]
    return changes[-1].member_ids if changes else ()


def start_meeting(store: Store, key: OccurrenceKey, *, now: datetime, seed: int | None = None,
                  found: Occurrence | None = None) -> Meeting:
    """Begin (and save) the meeting of a planned occurrence: everyone not away is ticked there, order drawn."""
    found = found or occurrence(store, key)
    if found.status is not OccurrenceStatus.PLANNED:
        raise InvalidInput(_("only a planned occurrence can be run; this one is already held or cancelled"))
    day = found.start.date()
    if day > now.astimezone(found.start.tzinfo).date():
        # Its clocks would run from now: on the day it would open days over time, and it could not be finished before.
        raise InvalidInput(_("this occurrence is on {day}; its meeting can be run from that day on").format(
            day=day.isoformat()))
    settings = run_settings(store, store.ritual(key.ritual_id))
    present, _away = present_on(store, key, found=found)
    seed = secrets.randbits(31) if seed is None else seed
    speakers = draw_order(present, order=settings.order, roster=current_roster(store, key), seed=seed,
                          facilitator_id=found.facilitator_id, facilitator_last=settings.facilitator_last)
    meeting = Meeting(started=now, settings=settings, present=frozenset(present), speakers=speakers, seed=seed,
                      phase_started=now, speaker_started=now, notes=found.notes, notes_from=found.notes)
    save_meeting(store, key, meeting)
    return meeting


def redraw(store: Store, key: OccurrenceKey, meeting: Meeting, *, now: datetime, seed: int | None = None,
           facilitator_id: int | None = None) -> Meeting:
    """A new speaking order (the same rule, a new draw), saved; `facilitator_id` saves computing it again."""
    seed = secrets.randbits(31) if seed is None else seed
    if facilitator_id is None:
        facilitator_id = occurrence(store, key).facilitator_id
    speakers = draw_order(meeting.present, order=meeting.settings.order, roster=current_roster(store, key), seed=seed,
                          facilitator_id=facilitator_id,
                          facilitator_last=meeting.settings.facilitator_last)
    meeting = meeting.redrawn(speakers, seed, now)
    save_meeting(store, key, meeting)
    return meeting


@operation
def finish_meeting(store: Store, key: OccurrenceKey, meeting: Meeting, *, now: datetime) -> Meeting:
    """Mark the occurrence held (its facilitator recorded), keep the notes, the real start and end and who was
    there; notes saved to the occurrence meanwhile are merged in, not replaced. Undoing it puts the meeting back
    to running."""
    found = mark_held(store, key, now=now).value
    meeting = caught_up(meeting, found.notes)
    if meeting.notes != found.notes:
        store.save_states([replace(store.state(key), notes=meeting.notes)])
    # A pause running at the end is left out of its time.
    finished = replace(meeting.resumed(now), ended=now, notes_from=meeting.notes)
    save_meeting(store, key, finished)
    return finished
