"""The retrospective board changes only what an edit changed: the same as a board opened afresh after each kind of
edit, its undo and redo, an edit made elsewhere; the selection, the place in a long column and the focus kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ritualdesk import retro_board as core
from ritualdesk.changes import Change, ChangeSet
from ritualdesk.model import OccurrenceKey
from ritualdesk.store import Store
from ui.retro_board import RetroBoard

RETRO = datetime(2026, 3, 13, 15, 0)
LONG = ("Un très long commentaire sur la mise en production de vendredi soir, qui a duré bien trop longtemps et "
        "fatigué tout le monde, avec trois retours en arrière et une astreinte réveillée deux fois")


@pytest.fixture
def key(session):
    return OccurrenceKey(next(r for r in session.rituals() if r.title == "Rétro").id, RETRO)


def _board(qtbot, session, key) -> RetroBoard:
    board = RetroBoard(session, key)
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show()
    board.voter_combo.setCurrentIndex(board.voter_combo.findText("Ana"))
    return board


@pytest.fixture
def board(qtbot, session, key):
    return _board(qtbot, session, key)


@pytest.fixture
def cards(session, store, key):
    """Six cards over the three columns: 'Demos' (column 1) has 'Retro demo' (column 2) grouped under it."""
    ids = {text: session.perform("Add card", lambda text=text, column=column: core.add_card(store, key, column, text))
           for column, text in ((0, "Pair programming"), (0, "Mob sessions"), (1, "Demos"), (1, "Long meetings"),
                                (2, "Retro demo"), (2, "Release notes"))}
    session.perform("Group", lambda: core.group_card(store, ids["Retro demo"], ids["Demos"]))
    return ids


def _shown(board: RetroBoard) -> dict:
    """Everything the board shows of its cards, each page brought up to date (shown) first."""
    page = board.tabs.currentIndex()
    board.tabs.setCurrentIndex(1)
    columns = [[m.data(m.index(r)) for r in range(m.rowCount())] for m in board.column_models]
    board.tabs.setCurrentIndex(2)
    model = board.discussion_model
    discussion = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    board.tabs.setCurrentIndex(page)
    targets = [(board.group_combo.itemText(i), board.group_combo.itemData(i)) for i in range(board.group_combo.count())]
    return {"columns": columns, "discussion": discussion, "targets": targets, "left": board.votes_left_label.text()}


def _fresh(qtbot, session, key) -> dict:
    fresh = _board(qtbot, session, key)
    try:
        return _shown(fresh)
    finally:
        fresh.close()


EDITS = {
    "add": lambda s, k, ids, ana: core.add_card(s, k, 1, "Fewer meetings", author_id=ana),
    "vote": lambda s, k, ids, ana: core.vote(s, ids["Release notes"], ana),
    "vote for a grouped card": lambda s, k, ids, ana: core.vote(s, ids["Retro demo"], ana),
    "group": lambda s, k, ids, ana: core.group_card(s, ids["Mob sessions"], ids["Pair programming"]),
    "ungroup": lambda s, k, ids, ana: core.group_card(s, ids["Retro demo"], None),
    "group a head under another": lambda s, k, ids, ana: core.group_card(s, ids["Demos"], ids["Long meetings"]),
    "edit": lambda s, k, ids, ana: core.edit_card(s, ids["Demos"], "Demos every Friday"),
    "delete a head": lambda s, k, ids, ana: core.delete_card(s, ids["Demos"]),
    "card to action": lambda s, k, ids, ana: core.card_to_action(s, ids["Long meetings"], today=date(2026, 3, 13)),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_after_each_kind_of_edit_its_undo_and_redo_the_board_shows_what_a_fresh_one_shows(
        qtbot, session, store, key, cards, board, edit):
    ana = next(m.id for m in session.members() if m.name == "Ana")
    board.column_views[0].setCurrentIndex(board.column_models[0].index(0))
    _shown(board)  # every page up to date, then changed edit by edit
    resets = []
    for model in (*board.column_models, board.discussion_model):
        model.modelReset.connect(lambda: resets.append(1))
    session.perform(edit, lambda: EDITS[edit](store, key, cards, ana))
    assert _shown(board) == _fresh(qtbot, session, key)
    session.undo_stack.undo()
    assert _shown(board) == _fresh(qtbot, session, key)
    session.undo_stack.redo()
    assert _shown(board) == _fresh(qtbot, session, key)
    assert resets == []  # row by row, never the whole model again


def test_an_edit_while_a_page_is_out_of_sight_shows_when_it_is_shown(qtbot, session, store, key, cards, board):
    board.tabs.setCurrentIndex(2)
    ana = next(m.id for m in session.members() if m.name == "Ana")
    session.perform("Vote", lambda: core.vote(store, cards["Release notes"], ana))
    session.perform("Add", lambda: core.add_card(store, key, 0, "Shorter stand-ups"))
    assert board.discussion_model.index(0, 2).data() == "Release notes"  # the page shown: at once
    board.tabs.setCurrentIndex(1)
    assert board.column_models[0].data(board.column_models[0].index(2)) == "Shorter stand-ups"
    assert _shown(board) == _fresh(qtbot, session, key)


def test_another_boards_cards_leave_this_one_as_it_is(qtbot, session, store, key, cards, board):
    other = OccurrenceKey(key.ritual_id, datetime(2026, 3, 27, 15, 0))
    before = _shown(board)
    reads = []
    board.column_models[0].rowsInserted.connect(lambda *_: reads.append(1))
    session.perform("Add", lambda: core.add_card(store, other, 0, "Next sprint's card"))
    assert _shown(board) == before and reads == []


def test_a_card_added_elsewhere_shows_on_the_board(qtbot, window, session, key, cards):
    window.open_board(key)
    board = window.board_windows[key]
    board.tabs.setCurrentIndex(1)
    other = Store.open(session.store.path)  # another window, or the CLI
    try:
        core.add_card(other, key, 2, "Typed in the other window")
        core.vote(other, cards["Mob sessions"], other.members()[0].id)
    finally:
        other.close()
    assert window.elsewhere.poll()
    assert _shown(board) == _fresh(qtbot, session, key)
    assert "Typed in the other window" in [board.column_models[2].card(r).text
                                           for r in range(board.column_models[2].rowCount())]
    board.close()


def test_a_vote_keeps_the_selection_the_place_in_a_long_column_and_the_focus(qtbot, session, store, key, board):
    for number in range(60):
        session.perform("Add card", lambda number=number: core.add_card(store, key, 0, f"Carte {number}"))
    board.tabs.setCurrentIndex(1)
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    view, model = board.column_views[0], board.column_models[0]
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.setFocus()
    view.setCurrentIndex(model.index(40))
    view.scrollTo(model.index(40))
    place, chosen = view.verticalScrollBar().value(), model.card(40).id
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # a vote
    session.perform("Add", lambda: core.add_card(store, key, 1, "Another column's card"))
    session.perform("Group", lambda: core.group_card(store, model.card(50).id, model.card(45).id))
    qtbot.wait(10)  # any layout posted by the edits done
    assert model.card(view.currentIndex().row()).id == chosen and model.card(40).vote_count == 1
    assert [model.card(i.row()).id for i in view.selectionModel().selectedRows()] == [chosen]
    assert view.verticalScrollBar().value() == place and view.hasFocus()


def test_the_discussion_row_follows_its_card_up_the_ranking_and_keeps_the_selection(
        qtbot, session, store, key, cards, board):
    board.tabs.setCurrentIndex(2)
    view, model = board.discussion_view, board.discussion_model
    row = next(r for r in range(model.rowCount()) if model.card(r).text == "Release notes")
    view.setCurrentIndex(model.index(row, 2))
    board.vote_button.click()
    assert model.card(0).text == "Release notes" and view.currentIndex().row() == 0
    assert model.index(0, 0).data() == "1"


def test_a_discussion_row_is_as_tall_as_its_text_when_it_changes_and_the_width_or_font_do(
        qtbot, session, store, key, cards, board):
    board.tabs.setCurrentIndex(2)
    view, model = board.discussion_view, board.discussion_model
    qtbot.wait(10)

    def height(text: str) -> int:
        return view.rowHeight(next(r for r in range(model.rowCount()) if model.card(r).text == text))

    usual = height("Demos")
    session.perform("Edit", lambda: core.edit_card(store, cards["Demos"], LONG * 3))
    tall = height(LONG * 3)
    assert tall > usual  # the edit changed the text: its size is worked out again
    board.resize(700, 700)
    qtbot.waitUntil(lambda: height(LONG * 3) > tall)  # narrower: taller
    narrow = height(LONG * 3)
    view.setFont(QFont(view.font().family(), view.font().pointSize() * 2))
    qtbot.waitUntil(lambda: height(LONG * 3) > narrow)  # a bigger font: every row again
    session.perform("Edit", lambda: core.edit_card(store, cards["Demos"], "Demos"))
    qtbot.waitUntil(lambda: height("Demos") == height("Long meetings"))  # short again: back to one line
    one_line = height("Demos")
    view.setStyleSheet("QTableView::item { padding: 14px; }")  # a theme's sheet: every cell's margins change
    qtbot.waitUntil(lambda: height("Demos") > one_line + 10)


def test_a_card_grows_in_its_column_when_its_text_grows_and_the_font_does(qtbot, session, store, key, cards, board):
    board.tabs.setCurrentIndex(1)
    view, model = board.column_views[0], board.column_models[0]
    qtbot.wait(10)
    usual = view.visualRect(model.index(0)).height()
    session.perform("Vote", lambda: core.vote(store, cards["Pair programming"], session.members()[0].id))
    qtbot.wait(10)
    assert view.visualRect(model.index(0)).height() == usual  # a dot more fits: painted again only
    session.perform("Edit", lambda: core.edit_card(store, cards["Pair programming"], LONG))
    qtbot.waitUntil(lambda: view.visualRect(model.index(0)).height() > 2 * usual)
    view.setFont(QFont(view.font().family(), view.font().pointSize() * 2))
    qtbot.waitUntil(lambda: view.visualRect(model.index(1)).height() > usual + 5)


def test_a_change_set_of_cards_alone_leaves_the_calendars_alone(session, store, key, cards):
    ana = next(m.id for m in session.members() if m.name == "Ana")
    heard: list[ChangeSet] = []
    session.changed.connect(heard.append)
    session.perform("Vote", lambda: core.vote(store, cards["Demos"], ana))
    [changes] = heard
    assert changes.what == Change.CARDS and changes.card_ids == {cards["Demos"]}
    assert not changes.concerns(Change.OCCURRENCES) and changes.concerns(Change.ALL)
