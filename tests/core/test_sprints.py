"""Sprints: generated from the cadence, edited one by one, and what anchored rituals make of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ritualdesk import operations as ops
from ritualdesk.agenda import agenda
from ritualdesk.errors import InvalidInput


def test_sprints_come_from_the_cadence(store, team):
    sprints = ops.team_sprints(store, team.id, until=date(2026, 4, 30))
    assert [(s.number, s.start, s.end) for s in sprints[:2]] == [
        (1, date(2026, 3, 2), date(2026, 3, 15)), (2, date(2026, 3, 16), date(2026, 3, 29))]
    assert store.sprints(team.id) == []  # nothing stored until something is edited


def test_editing_a_sprint_stores_it_and_the_next_ones_follow(store, team, retro):
    sprint = ops.team_sprints(store, team.id, until=date(2026, 4, 30))[1]
    ops.save_sprint(store, replace(sprint, goal="Facturation mensuelle", end=date(2026, 4, 3)))
    assert [(s.number, s.goal) for s in store.sprints(team.id)] == [(1, ""), (2, "Facturation mensuelle")]
    third = ops.team_sprints(store, team.id, until=date(2026, 5, 30))[2]
    assert (third.number, third.start) == (3, date(2026, 4, 4))
    retros = [o.start.date() for o in agenda(store, first=date(2026, 3, 16), last=date(2026, 4, 20))]
    assert retros == [date(2026, 4, 3), date(2026, 4, 17)]  # the last working day of sprints 2 and 3


def test_a_sprint_cannot_overlap_the_previous_one(store, team):
    sprint = ops.team_sprints(store, team.id, until=date(2026, 4, 30))[1]
    with pytest.raises(InvalidInput, match="overlap"):
        ops.save_sprint(store, replace(sprint, start=date(2026, 3, 10)))
    assert store.sprints(team.id) == []
