"""A running meeting: phases and their timeboxes, the speaking order, who is there, the parking lot. Pure.

Time is never counted here: the meeting keeps the instants things started, and whoever shows it
asks how long ago that was with the clock it was given (tests pass a fixed one).
"""

from __future__ import annotations

import enum
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from .errors import InvalidInput
from .i18n import _
from .model import RitualKind


class SpeakingOrder(enum.StrEnum):
    """How the speakers of a round are ordered."""

    RANDOM = "random"  # drawn once per occurrence, kept, drawn again on demand
    ROSTER = "roster"  # the ritual's roster order
    NONE = "none"  # no round: "walk the board"


@dataclass(frozen=True, slots=True)
class Phase:
    """One step of a meeting, with its timebox; `round` phases give each speaker a timebox too."""

    name: str  # a stable key ("round", "check_in"...), shown through the UI's labels
    minutes: int
    round: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.minutes <= 24 * 60:
            raise InvalidInput(_("a phase lasts between 0 minutes and 24 hours"))


DEFAULT_PHASES: dict[RitualKind, tuple[Phase, ...]] = {
    RitualKind.STANDUP: (Phase("round", 12, round=True), Phase("parking_lot", 3)),
    # After Parabol (reflect 5, group 5, vote 2, discuss 20) and TeamRetro (open actions first, close last).
    RitualKind.RETROSPECTIVE: (Phase("check_in", 5, round=True), Phase("open_actions", 10), Phase("gather", 15),
                               Phase("vote", 5), Phase("discuss", 35), Phase("new_actions", 15), Phase("close", 5)),
    RitualKind.PLANNING: (Phase("goal", 15), Phase("capacity", 10), Phase("select", 45), Phase("plan", 40),
                          Phase("commit", 10)),
    RitualKind.REVIEW: (Phase("demo", 40), Phase("feedback", 15), Phase("next_steps", 5)),
    RitualKind.REFINEMENT: (Phase("backlog", 10), Phase("refine", 40), Phase("estimate", 10)),
    RitualKind.CUSTOM: (Phase("meeting", 30),),
}


@dataclass(frozen=True, slots=True)
class RunSettings:
    """How a ritual is run: its phases' minutes, the speaker's timebox and the speaking order."""

    phases: tuple[Phase, ...]
    speaker_seconds: int = 90
    order: SpeakingOrder = SpeakingOrder.RANDOM
    facilitator_last: bool = False

    def __post_init__(self) -> None:
        if not self.phases:
            raise InvalidInput(_("a meeting needs at least one phase"))
        if not 0 <= self.speaker_seconds <= 3600:
            raise InvalidInput(_("a speaker's timebox is between 0 (none) and 3600 seconds"))

    @classmethod
    def default(cls, kind: RitualKind, minutes: int) -> RunSettings:
        """The defaults of a kind; a custom ritual's one phase lasts the whole meeting."""
        phases = DEFAULT_PHASES[kind]
        if kind is RitualKind.CUSTOM:
            phases = (Phase("meeting", minutes),)
        return cls(phases, speaker_seconds=90 if kind is RitualKind.STANDUP else 60)


@dataclass(frozen=True, slots=True)
class ParkingNote:
    """A quick note taken during the meeting; `action_id` once it became an action item."""

    text: str
    action_id: int | None = None


def draw_order(present: Sequence[int], *, order: SpeakingOrder, roster: Sequence[int], seed: int,
               facilitator_id: int | None, facilitator_last: bool) -> tuple[int, ...]:
    """The speakers: those present, randomly (by `seed`) or in roster order, the facilitator last if asked."""
    if order is SpeakingOrder.NONE:
        return ()
    people = sorted(set(present))
    if order is SpeakingOrder.RANDOM:
        random.Random(seed).shuffle(people)
    else:
        rank = {m: i for i, m in enumerate(roster)}
        people.sort(key=lambda m: (rank.get(m, len(rank)), m))
    if facilitator_last and facilitator_id in people:
        people.remove(facilitator_id)
        people.append(facilitator_id)
    return tuple(people)


@dataclass(frozen=True, slots=True)
class Meeting:
    """Everything about a meeting in progress (or finished), saved as it goes."""

    started: datetime  # aware
    settings: RunSettings
    present: frozenset[int]
    speakers: tuple[int, ...]
    seed: int
    phase: int = 0
    phase_started: datetime | None = None
    extra_minutes: tuple[int, ...] = ()  # per phase, added with "extend"
    skipped: frozenset[int] = frozenset()
    speaker: int = 0  # index into speakers; len(speakers) when the round is over
    speaker_started: datetime | None = None
    parking: tuple[ParkingNote, ...] = ()
    notes: str = ""
    ended: datetime | None = None
    paused: datetime | None = None  # since when the clocks stand still (Pause), if they do
    paused_seconds: int = 0  # the meeting's pauses before, left out of its clock (not of its real start and end)
    timeouts: frozenset[str] = field(default=frozenset())  # the timeboxes already signalled ("phase:2", "speaker:1")
    # The occurrence's notes these notes were last merged with (None: a meeting saved before it was kept), to merge
    # in what is saved there meanwhile (the occurrence panel) rather than overwrite it at Finish.
    notes_from: str | None = None

    # -- timing ---------------------------------------------------------------------------

    def phase_box(self, index: int | None = None) -> timedelta:
        """A phase's timebox, extensions included."""
        index = self.phase if index is None else index
        extra = self.extra_minutes[index] if index < len(self.extra_minutes) else 0
        return timedelta(minutes=self.settings.phases[index].minutes + extra)

    def _stopped(self, now: datetime) -> datetime:
        """The instant the clocks show: now, or when they were paused, or when the meeting ended."""
        return self.ended or self.paused or now

    def phase_elapsed(self, now: datetime) -> timedelta:
        """How long the phase has run; a finished meeting's clocks stopped when it ended, a paused one's at Pause."""
        return self._stopped(now) - (self.phase_started or self.started)

    def speaker_elapsed(self, now: datetime) -> timedelta:
        return self._stopped(now) - (self.speaker_started or self.phase_started or self.started)

    def elapsed(self, now: datetime) -> timedelta:
        """The meeting's time so far, its pauses left out."""
        return self._stopped(now) - self.started - timedelta(seconds=self.paused_seconds)

    @property
    def current_phase(self) -> Phase:
        return self.settings.phases[self.phase]

    @property
    def in_round(self) -> bool:
        """Whether speakers take turns now (a round phase with someone still to speak)."""
        return self.current_phase.round and self.speaker < len(self.speakers)

    @property
    def current_speaker(self) -> int | None:
        return self.speakers[self.speaker] if self.in_round else None

    def ended_timeboxes(self, now: datetime) -> list[str]:
        """Timeboxes that ran out and were not signalled yet ("phase:N", "speaker:N")."""
        found = []
        if self.ended is None:
            if self.phase_elapsed(now) >= self.phase_box() and f"phase:{self.phase}" not in self.timeouts:
                found.append(f"phase:{self.phase}")
            box = self.settings.speaker_seconds
            tag = f"speaker:{self.phase}:{self.speaker}"
            if self.in_round and box and self.speaker_elapsed(now).total_seconds() >= box and tag not in self.timeouts:
                found.append(tag)
        return found

    # -- changes (each returns the new meeting) ----------------------------------------------

    def paused_at(self, now: datetime) -> Meeting:
        """Stop the clocks (someone is called away, the room is lost): they stand until `resumed`."""
        return self if self.paused is not None or self.ended is not None else replace(self, paused=now)

    def resumed(self, now: datetime) -> Meeting:
        """The clocks again from where they stood: the phase's and the speaker's starts move on by the pause."""
        if self.paused is None:
            return self
        pause = max(now - self.paused, timedelta(0))
        return replace(self, paused=None, paused_seconds=self.paused_seconds + int(pause.total_seconds()),
                       phase_started=(self.phase_started or self.started) + pause,
                       speaker_started=(self.speaker_started or self.phase_started or self.started) + pause)

    def signalled(self, tags: Sequence[str]) -> Meeting:
        return replace(self, timeouts=self.timeouts | set(tags))

    def next_speaker(self, now: datetime) -> Meeting:
        if not self.in_round:
            return self
        return replace(self, speaker=self.speaker + 1, speaker_started=self.paused or now)  # paused: from Resume

    def go_to_phase(self, index: int, now: datetime, *, skip_current: bool = False) -> Meeting:
        if not 0 <= index < len(self.settings.phases):
            return self
        skipped = self.skipped | {self.phase} if skip_current else self.skipped
        speaker = 0 if self.settings.phases[index].round and index != self.phase else self.speaker
        at = self.paused or now
        return replace(self, phase=index, phase_started=at, skipped=skipped, speaker=speaker, speaker_started=at)

    def extend(self, minutes: int) -> Meeting:
        extra = list(self.extra_minutes) + [0] * (len(self.settings.phases) - len(self.extra_minutes))
        extra[self.phase] = max(-self.settings.phases[self.phase].minutes, extra[self.phase] + minutes)
        timeouts = {t for t in self.timeouts if t != f"phase:{self.phase}"}
        return replace(self, extra_minutes=tuple(extra), timeouts=frozenset(timeouts))

    def with_presence(self, member_id: int, present: bool, now: datetime) -> Meeting:
        """Tick someone there or not: an absent member leaves the order, a newcomer speaks at the end."""
        people = set(self.present)
        (people.add if present else people.discard)(member_id)
        speakers = list(self.speakers)
        done = speakers[:self.speaker]
        was_speaking = self.current_speaker == member_id
        round_over = self.current_phase.round and self.speaker >= len(self.speakers)
        if not present and member_id in speakers[self.speaker:]:
            speakers.remove(member_id)
        elif present and member_id not in speakers and self.settings.order is not SpeakingOrder.NONE:
            speakers.append(member_id)
        changed = replace(self, present=frozenset(people), speakers=tuple(speakers), speaker=len(done))
        # The next one (or a late arrival after everyone spoke) speaks from now, with a whole timebox of their own.
        if (was_speaking and not present) or (round_over and changed.in_round):
            changed = changed._new_turn(now)
        return changed

    def _new_turn(self, now: datetime) -> Meeting:
        """The current speaker's timebox from `now`, to be signalled again when it runs out."""
        tag = f"speaker:{self.phase}:{self.speaker}"
        return replace(self, speaker_started=self.paused or now,
                       timeouts=frozenset(t for t in self.timeouts if t != tag))

    def restarted(self, now: datetime) -> Meeting:
        """Its clocks from `now`, at the first phase and speaker (a meeting opened ahead of time, or begun again);
        who is there, the speaking order, the notes and the parking lot stay."""
        return replace(self, started=now, phase=0, phase_started=now, extra_minutes=(), skipped=frozenset(),
                       speaker=0, speaker_started=now, timeouts=frozenset(), paused=None, paused_seconds=0)

    def redrawn(self, speakers: Sequence[int], seed: int, now: datetime) -> Meeting:
        return replace(self, speakers=tuple(speakers), seed=seed, speaker=0)._new_turn(now)
