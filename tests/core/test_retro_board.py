"""The retrospective board: formats, cards, grouping, dot votes, a card to an action; every edit undoable."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ritualdesk import changes
from ritualdesk.errors import InvalidInput
from ritualdesk.model import OccurrenceKey
from ritualdesk.retro_board import (
    FORMATS,
    add_card,
    board,
    card_to_action,
    cards,
    custom_formats,
    delete_card,
    edit_card,
    for_discussion,
    group_card,
    save_format,
    set_board,
    vote,
    votes_left,
)

RETRO = datetime(2026, 3, 13, 15, 0)


@pytest.fixture
def key(retro):
    return OccurrenceKey(retro.id, RETRO)


def test_every_named_format_has_its_columns(store, key):
    assert set(FORMATS) == {"start_stop_continue", "mad_sad_glad", "four_ls", "sailboat", "starfish", "daki", "kalm"}
    assert FORMATS["sailboat"] == ("Wind", "Anchor", "Rocks", "Island")
    assert FORMATS["starfish"] == ("Keep", "More", "Less", "Stop", "Start")
    assert board(store, key).columns == ("Start", "Stop", "Continue")
    set_board(store, key, format="daki", votes_per_person=5)
    assert board(store, key).columns == ("Drop", "Add", "Keep", "Improve") and board(store, key).votes_per_person == 5


def test_a_team_saves_a_custom_format_and_uses_it(store, team, key):
    save_format(store, team.id, "Météo", ("Soleil", "Nuages", "Orage"))
    assert custom_formats(store, team.id) == {"Météo": ("Soleil", "Nuages", "Orage")}
    set_board(store, key, format="Météo")
    assert board(store, key).columns == ("Soleil", "Nuages", "Orage")


def test_dot_votes_are_counted_per_card_and_per_person_within_the_budget(store, members, key):
    ana, bruno = members[0].id, members[1].id
    first = add_card(store, key, 0, "Pair programming", author_id=ana).value
    second = add_card(store, key, 2, "Daily demos").value
    for _ in range(2):
        vote(store, first, ana)
    vote(store, second, ana)
    with pytest.raises(InvalidInput, match="used all their votes"):
        vote(store, second, ana)
    vote(store, second, bruno)
    assert votes_left(store, key, ana) == 0 and votes_left(store, key, bruno) == 2
    by_id = {c.id: c for c in cards(store, key)}
    assert by_id[first].votes == ((ana, 2),) and by_id[second].vote_count == 2
    vote(store, first, ana, -1)
    assert votes_left(store, key, ana) == 1


def test_groups_add_up_their_votes_for_the_discussion(store, members, key):
    a = add_card(store, key, 1, "Long meetings").value
    b = add_card(store, key, 1, "Too many meetings").value
    c = add_card(store, key, 0, "Coffee").value
    group_card(store, b, a)
    vote(store, b, members[0].id)
    vote(store, a, members[1].id)
    vote(store, c, members[2].id)
    ranked = for_discussion(cards(store, key))
    assert [(head.id, total, [m.id for m in group]) for head, total, group in ranked] == [(a, 2, [b]), (c, 1, [])]
    delete_card(store, a)
    assert next(x for x in cards(store, key) if x.id == b).group_id is None


def test_a_card_becomes_an_action_in_one_step_and_every_edit_undoes(store, members, key):
    card = add_card(store, key, 0, "Write the release checklist").value
    result = card_to_action(store, card, owner_id=members[1].id, due=date(2026, 3, 20), today=date(2026, 3, 13))
    item = result.value
    assert item.origin == key and item.owner_id == members[1].id
    assert cards(store, key)[0].action_id == item.id
    assert result.changes.concerns(changes.Change.ACTIONS) and result.changes.concerns(changes.Change.CARDS)
    assert result.changes.card_ids == {card}
    changes.undo(store, result)
    assert store.actions() == [] and cards(store, key)[0].action_id is None
    added = add_card(store, key, 1, "Fewer meetings")
    changes.undo(store, added)
    assert [c.text for c in cards(store, key)] == ["Write the release checklist"]


def test_only_a_retrospective_has_a_board(store, standup):
    with pytest.raises(InvalidInput, match="only a retrospective"):
        add_card(store, OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30)), 0, "x")


def test_minutes_list_the_cards_with_their_votes(store, members, key):
    from ritualdesk.document import to_markdown
    from ritualdesk.minutes import occurrence_minutes

    a = add_card(store, key, 0, "Pair programming").value
    b = add_card(store, key, 0, "Mob on hard bugs").value
    add_card(store, key, 2, "Daily demos")
    group_card(store, b, a)
    vote(store, a, members[0].id)
    vote(store, b, members[1].id)
    text = to_markdown(occurrence_minutes(store, key))
    assert "## Retrospective board\n\n### Start\n\n- Pair programming (2 votes) / Mob on hard bugs" in text
    assert "### Continue\n\n- Daily demos" in text and "### Stop" not in text
    french = to_markdown(occurrence_minutes(store, key, language="fr"))
    assert "### Commencer" in french and "(2 votes)" in french


def test_each_board_edit_names_the_cards_it_changed_and_no_occurrence(store, team, members, key):
    ana = members[0].id
    first = add_card(store, key, 0, "Pair programming")
    second = add_card(store, key, 1, "Fewer meetings").value
    third = add_card(store, key, 1, "Shorter meetings").value
    assert first.changes.card_ids == {first.value} and first.changes.team_ids == {team.id}
    assert first.changes.ritual_ids == {key.ritual_id}
    assert not first.changes.what & changes.Change.OCCURRENCES  # no calendar, no rotation computed again for a card
    assert edit_card(store, second, "Far fewer meetings").changes.card_ids == {second}
    assert vote(store, second, ana).changes.card_ids == {second}
    assert group_card(store, third, second).changes.card_ids == {third}
    assert group_card(store, second, first.value).changes.card_ids == {second, third}  # its group moves with it
    assert delete_card(store, first.value).changes.card_ids == {first.value, second, third}  # they stand alone
    assert set_board(store, key, format="sailboat").changes.card_ids == frozenset()


def test_cards_of_a_board_are_read_back_by_id(store, key, retro):
    other = OccurrenceKey(retro.id, datetime(2026, 3, 27, 15, 0))
    first = add_card(store, key, 0, "Pair programming").value
    second = add_card(store, key, 2, "Demos").value
    elsewhere = add_card(store, other, 0, "Another board").value
    vote(store, second, store.members()[0].id)
    assert cards(store, key, {second, elsewhere, 999}) == [c for c in cards(store, key) if c.id == second]
    assert [c.id for c in cards(store, key, [first, second])] == [first, second]
    assert cards(store, key, ()) == []
