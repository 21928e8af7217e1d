"""Sprints: generated from the cadence, edited one by one, and what anchored rituals make of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from ritualdesk import operations as ops
from ritualdesk.agenda import agenda
from ritualdesk.errors import InvalidInput

BEFORE = datetime(2026, 3, 1, 12, tzinfo=UTC)  # before the first sprint


def test_sprints_come_from_the_cadence(store, team):
    sprints = ops.team_sprints(store, team.id, until=date(2026, 4, 30))
    assert [(s.number, s.start, s.end) for s in sprints[:2]] == [
        (1, date(2026, 3, 2), date(2026, 3, 15)), (2, date(2026, 3, 16), date(2026, 3, 29))]
    assert store.sprints(team.id) == []  # nothing stored until something is edited


def test_editing_a_sprint_stores_it_and_the_next_ones_follow(store, team, retro):
    sprint = ops.team_sprints(store, team.id, until=date(2026, 4, 30))[1]
    ops.save_sprint(store, replace(sprint, goal="Facturation mensuelle", end=date(2026, 4, 3)), now=BEFORE)
    assert [(s.number, s.goal) for s in store.sprints(team.id)] == [(1, ""), (2, "Facturation mensuelle")]
    third = ops.team_sprints(store, team.id, until=date(2026, 5, 30))[2]
    assert (third.number, third.start) == (3, date(2026, 4, 4))
    retros = [o.start.date() for o in agenda(store, first=date(2026, 3, 16), last=date(2026, 4, 20))]
    assert retros == [date(2026, 4, 3), date(2026, 4, 17)]  # the last working day of sprints 2 and 3


def test_a_sprint_cannot_overlap_the_previous_one(store, team):
    sprint = ops.team_sprints(store, team.id, until=date(2026, 4, 30))[1]
    with pytest.raises(InvalidInput, match="overlap"):
        ops.save_sprint(store, replace(sprint, start=date(2026, 3, 10)), now=BEFORE)
    assert store.sprints(team.id) == []


def test_the_days_already_past_stay_in_their_sprint(store, team, retro):
    now = datetime(2026, 3, 18, 12, tzinfo=UTC)  # in sprint 2
    first, second = ops.team_sprints(store, team.id, until=date(2026, 4, 30))[:2]
    with pytest.raises(InvalidInput, match="already past"):
        ops.save_sprint(store, replace(first, end=date(2026, 3, 11)), now=now)  # would move a past retro
    with pytest.raises(InvalidInput, match="already past"):
        ops.save_sprint(store, replace(second, start=date(2026, 3, 17)), now=now)
    ops.save_sprint(store, replace(second, end=date(2026, 4, 3), goal="Longer"), now=now)  # the future may
    assert store.sprints(team.id)[-1].end == date(2026, 4, 3)


def test_a_recorded_past_occurrence_stays_when_working_days_change(store, team, standup):
    from ritualdesk.agenda import agenda

    now = datetime(2026, 3, 18, 12, tzinfo=UTC)
    fridays = [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 31))
               if o.start.weekday() == 4]
    ops.update_team(store, replace(team, working_days=(0, 1, 2, 3)), now=now)
    kept = [o.key for o in agenda(store, first=date(2026, 3, 2), last=date(2026, 3, 31))
            if o.start.weekday() == 4]
    assert kept == [k for k in fridays if k.planned.date() < date(2026, 3, 18)]  # past Fridays stay, coming go
