"""The demo data: each team writes in its own language."""

from __future__ import annotations

from datetime import UTC, datetime

from ritualdesk.demo import ACTIONS, GOALS, NOTES, generate_demo
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def test_each_demo_team_writes_its_goals_notes_and_action_items_in_its_own_language():
    store = Store.memory()
    teams = generate_demo(store, teams=2, years=1, seed=3, now=NOW)
    assert [(team.name, team.language) for team in teams] == [("Les Castors", "fr"), ("Phoenix", "en")]
    for team in teams:
        goals = {sprint.goal for sprint in store.sprints(team.id)}
        ritual_ids = [ritual.id for ritual in store.rituals(team.id)]
        notes = {state.notes for key, state in store.states().items() if key.ritual_id in ritual_ids and state.notes}
        titles = {item.title for item in store.actions(team.id)}
        assert goals and notes and titles
        assert goals <= set(GOALS[team.language])
        assert notes <= set(NOTES[team.language])
        assert titles <= set(ACTIONS[team.language])


def test_a_retrospective_of_the_demo_gives_no_two_action_items_the_same_title():
    store = Store.memory()
    generate_demo(store, teams=2, years=1, seed=3, now=NOW)
    made = [(item.origin, item.title) for item in store.actions()]
    assert len(made) > 20 and len(set(made)) == len(made)
