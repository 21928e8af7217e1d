"""Run mode's core: phases and timeboxes on a given clock, the speaking order, saving as it goes, Finish."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from ritualdesk import changes
from ritualdesk.document import to_markdown
from ritualdesk.errors import InvalidInput
from ritualdesk.meeting import ParkingNote, Phase, RunSettings, SpeakingOrder, draw_order
from ritualdesk.meetings import (
    finish_meeting,
    load_meeting,
    redraw,
    run_settings,
    save_meeting,
    save_run_settings,
    start_meeting,
)
from ritualdesk.minutes import occurrence_minutes
from ritualdesk.model import Absence, OccurrenceKey, OccurrenceStatus, RitualKind
from ritualdesk.operations import occurrence

START = datetime(2026, 3, 16, 8, 30, tzinfo=UTC)  # Monday 16 March, 09:30 in Paris


def test_random_order_is_kept_for_a_seed_and_the_facilitator_can_speak_last():
    people = [1, 2, 3, 4, 5]
    first = draw_order(people, order=SpeakingOrder.RANDOM, roster=(), seed=7, facilitator_id=3, facilitator_last=True)
    assert first == draw_order(people, order=SpeakingOrder.RANDOM, roster=(), seed=7, facilitator_id=3,
                               facilitator_last=True)
    assert first[-1] == 3 and sorted(first) == people
    assert draw_order(people, order=SpeakingOrder.ROSTER, roster=(5, 4, 3), seed=0, facilitator_id=None,
                      facilitator_last=False) == (5, 4, 3, 1, 2)
    assert draw_order(people, order=SpeakingOrder.NONE, roster=(), seed=0, facilitator_id=None,
                      facilitator_last=False) == ()


def test_a_standup_starts_with_the_present_members_and_a_90_second_timebox(store, members, standup):
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    store.add_absence(Absence(None, members[1].id, date(2026, 3, 16), date(2026, 3, 16)))
    meeting = start_meeting(store, key, now=START, seed=1)
    assert meeting.settings.speaker_seconds == 90 and meeting.current_phase.name == "round"
    assert members[1].id not in meeting.present and members[1].id not in meeting.speakers
    assert len(meeting.speakers) == 3
    assert meeting.ended_timeboxes(START + timedelta(seconds=89)) == []
    assert meeting.ended_timeboxes(START + timedelta(seconds=90)) == ["speaker:0:0"]
    later = meeting.signalled(["speaker:0:0"]).next_speaker(START + timedelta(seconds=100))
    assert later.current_speaker == meeting.speakers[1]
    assert later.ended_timeboxes(START + timedelta(seconds=150)) == []
    assert "phase:0" in later.ended_timeboxes(START + timedelta(minutes=12))


def test_phases_can_be_extended_skipped_and_their_minutes_saved_per_ritual(store, members, retro):
    settings = run_settings(store, retro)
    assert [p.name for p in settings.phases] == ["check_in", "open_actions", "gather", "vote", "discuss",
                                                 "new_actions", "close"]
    assert sum(p.minutes for p in settings.phases) == retro.minutes
    changed = RunSettings((Phase("check_in", 3, round=True), *settings.phases[1:]), speaker_seconds=45)
    result = save_run_settings(store, retro.id, changed)
    assert run_settings(store, retro) == changed
    changes.undo(store, result)
    assert run_settings(store, retro) == settings
    key = OccurrenceKey(retro.id, datetime(2026, 3, 13, 15, 0))
    meeting = start_meeting(store, key, now=START, seed=2).extend(5)
    assert meeting.phase_box() == timedelta(minutes=10)
    skipped = meeting.go_to_phase(2, START + timedelta(minutes=1), skip_current=True)
    assert skipped.current_phase.name == "gather" and 0 in skipped.skipped


def test_nothing_typed_is_lost_the_meeting_resumes_as_saved(store, members, standup):
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    meeting = start_meeting(store, key, now=START, seed=3)
    meeting = meeting.with_presence(members[0].id, False, START)
    meeting = meeting.next_speaker(START + timedelta(seconds=80))
    meeting = type(meeting)(**{**{f: getattr(meeting, f) for f in meeting.__slots__},
                               "parking": (ParkingNote("Release date?"),), "notes": "Déploiement jeudi"})
    save_meeting(store, key, meeting)
    again = load_meeting(store, key)
    assert again == meeting
    first = redraw(store, key, again, now=START, seed=99)
    assert load_meeting(store, key).seed == 99 and set(first.speakers) == set(again.speakers)


def test_finish_marks_held_keeps_notes_times_attendance_and_undoes(store, members, standup):
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    meeting = start_meeting(store, key, now=START, seed=4).with_presence(members[2].id, False, START)
    meeting = type(meeting)(**{**{f: getattr(meeting, f) for f in meeting.__slots__},
                               "notes": "Blocage sur l'API", "parking": (ParkingNote("Budget"),)})
    save_meeting(store, key, meeting)
    end = START + timedelta(minutes=17)
    result = finish_meeting(store, key, meeting, now=end)
    found = occurrence(store, key)
    assert found.status is OccurrenceStatus.HELD and found.notes == "Blocage sur l'API"
    assert found.facilitator_source == "recorded"
    assert load_meeting(store, key).ended == end
    text = to_markdown(occurrence_minutes(store, key))
    assert "- **Started–ended:** 09:30–09:47" in text and "- **Absent:** Chloe" in text
    assert "## Parking lot\n\n- Budget" in text
    assert result.changes.concerns(changes.Change.OCCURRENCES, standup.team_id)
    changes.undo(store, result)
    assert occurrence(store, key).status is OccurrenceStatus.PLANNED
    assert load_meeting(store, key).ended is None and load_meeting(store, key).notes == "Blocage sur l'API"


def test_every_kind_has_default_phases():
    for kind in RitualKind:
        assert RunSettings.default(kind, 45).phases


def test_a_meeting_is_run_from_its_day_on_and_one_of_a_later_day_is_refused_unsaved(store, members, standup):
    tomorrow = OccurrenceKey(standup.id, datetime(2026, 3, 17, 9, 30))
    evening = START.replace(hour=22, minute=59)  # 23:59 in Paris, still Monday there
    with pytest.raises(InvalidInput, match="this occurrence is on 2026-03-17; its meeting can be run from that day on"):
        start_meeting(store, tomorrow, now=evening, seed=1)
    assert load_meeting(store, tomorrow) is None  # nothing saved: no clock left running for days
    early = start_meeting(store, tomorrow, now=evening + timedelta(minutes=1), seed=1)  # 00:00 on its day, in Paris
    assert load_meeting(store, tomorrow) == early
    past = OccurrenceKey(standup.id, datetime(2026, 3, 13, 9, 30))  # a Friday's, run late, is run
    assert start_meeting(store, past, now=START, seed=1).started == START


def test_a_finished_meetings_clocks_stay_where_they_stopped(store, members, standup):
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    meeting = start_meeting(store, key, now=START, seed=1).next_speaker(START + timedelta(minutes=4))
    finished = finish_meeting(store, key, meeting, now=START + timedelta(minutes=10)).value
    next_day = START + timedelta(days=1)
    assert finished.phase_elapsed(next_day) == timedelta(minutes=10)
    assert finished.speaker_elapsed(next_day) == timedelta(minutes=6)
    assert finished.elapsed(next_day) == timedelta(minutes=10)


def test_the_speaker_after_one_unticked_mid_turn_gets_a_whole_timebox_that_flashes_again():
    from ritualdesk.meeting import Meeting

    settings = RunSettings.default(RitualKind.STANDUP, 15)
    meeting = Meeting(started=START, settings=settings, present=frozenset({1, 2, 3}), speakers=(1, 2, 3), seed=0,
                      phase_started=START, speaker_started=START)
    over = START + timedelta(seconds=100)  # the first speaker ran out at 90 s and was signalled
    meeting = meeting.signalled(meeting.ended_timeboxes(over))
    left = meeting.with_presence(1, False, over)  # then turned out not to be there after all
    assert left.current_speaker == 2 and left.speaker_elapsed(over) == timedelta(0)
    assert left.ended_timeboxes(over + timedelta(seconds=90)) == ["speaker:0:0"]
    redrawn = left.redrawn((3, 2), 5, over)  # a redraw too gives its first speaker a fresh timebox
    assert redrawn.ended_timeboxes(over + timedelta(seconds=90)) == ["speaker:0:0"]
    assert meeting.with_presence(3, False, over).speaker_started == START  # someone else unticked: no change


def test_a_late_arrival_after_everyone_spoke_speaks_with_a_whole_timebox():
    from ritualdesk.meeting import Meeting

    settings = RunSettings.default(RitualKind.STANDUP, 15)
    meeting = Meeting(started=START, settings=settings, present=frozenset({1, 2}), speakers=(1, 2), seed=0,
                      phase_started=START, speaker_started=START)
    meeting = meeting.next_speaker(START + timedelta(seconds=60)).next_speaker(START + timedelta(seconds=120))
    late = START + timedelta(minutes=5)
    assert not meeting.in_round
    meeting = meeting.with_presence(3, True, late)
    assert meeting.current_speaker == 3 and meeting.speaker_elapsed(late) == timedelta(0)


def test_a_pause_stops_every_clock_and_the_meeting_resumes_where_it_stood(store, members, standup):
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    meeting = start_meeting(store, key, now=START, seed=1)
    pause = START + timedelta(seconds=60)
    paused = meeting.paused_at(pause)
    save_meeting(store, key, paused)
    paused = load_meeting(store, key)  # a pause is saved too: reopened, the clocks still stand
    later = pause + timedelta(minutes=10)
    assert paused.paused == pause
    assert (paused.elapsed(later), paused.phase_elapsed(later), paused.speaker_elapsed(later)) == (
        timedelta(seconds=60),) * 3
    assert paused.ended_timeboxes(later) == []  # nothing runs out while the clocks stand
    moved_on = paused.next_speaker(later)  # the next one, called during the pause, speaks from Resume
    resumed = moved_on.resumed(later)
    assert resumed.paused is None and resumed.elapsed(later) == timedelta(seconds=60)
    assert resumed.speaker_elapsed(later) == timedelta(0) and resumed.phase_elapsed(later) == timedelta(seconds=60)
    end = later + timedelta(minutes=5)
    finished = finish_meeting(store, key, resumed.paused_at(end - timedelta(minutes=1)), now=end).value
    assert finished.elapsed(end + timedelta(days=1)) == timedelta(minutes=5)  # both pauses left out
    assert finished.started == START and finished.ended == end  # the real start and end, for the minutes


def test_finish_merges_notes_saved_to_the_occurrence_while_the_meeting_ran(store, members, standup):
    from ritualdesk.operations import set_notes

    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    set_notes(store, key, "Préparé la veille")
    meeting = start_meeting(store, key, now=START, seed=4)
    assert meeting.notes == meeting.notes_from == "Préparé la veille"
    meeting = type(meeting)(**{**{f: getattr(meeting, f) for f in meeting.__slots__},
                               "notes": "Préparé la veille\nDécidé : livrer"})
    save_meeting(store, key, meeting)
    set_notes(store, key, "Préparé la veille\nBloqué : la CI")  # the occurrence panel, meanwhile
    assert "Bloqué : la CI\nDécidé : livrer" in to_markdown(occurrence_minutes(store, key))  # both, before Finish
    result = finish_meeting(store, key, meeting, now=START + timedelta(minutes=15))
    assert occurrence(store, key).notes == "Préparé la veille\nBloqué : la CI\nDécidé : livrer"  # not only ours
    changes.undo(store, result)
    assert occurrence(store, key).notes == "Préparé la veille\nBloqué : la CI"
    assert load_meeting(store, key).notes_from == "Préparé la veille"  # running again, as it was before Finish


def test_a_meeting_saved_before_notes_were_merged_still_finishes_with_its_notes(store, members, standup):
    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    meeting = start_meeting(store, key, now=START, seed=4)
    old = type(meeting)(**{**{f: getattr(meeting, f) for f in meeting.__slots__}, "notes": "Vu", "notes_from": None})
    save_meeting(store, key, old)
    assert load_meeting(store, key).notes_from is None
    finish_meeting(store, key, load_meeting(store, key), now=START + timedelta(minutes=15))
    assert occurrence(store, key).notes == "Vu"
