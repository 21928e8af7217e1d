"""The retrospective board over a real store: review first, cards, votes, groups, discussion, card to action."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from ritualdesk import operations
from ritualdesk.model import ActionStatus, OccurrenceKey
from ritualdesk.retro_board import cards
from ui.retro_board import RetroBoard

RETRO = datetime(2026, 3, 13, 15, 0)


@pytest.fixture
def key(session):
    return OccurrenceKey(next(r for r in session.rituals() if r.title == "Rétro").id, RETRO)


@pytest.fixture
def board(session, key, qtbot):
    widget = RetroBoard(session, key)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _type_card(qtbot, board, column, text):
    board.tabs.setCurrentIndex(1)
    qtbot.keyClicks(board.card_edits[column], text)
    qtbot.keyClick(board.card_edits[column], Qt.Key.Key_Return)


def test_models_pass_the_model_tester(board, qtbot, qtmodeltester):
    _type_card(qtbot, board, 0, "Pair programming")
    _type_card(qtbot, board, 0, "Mob sessions")
    for model in (*board.column_models, board.discussion_model, board.carried_model):
        qtmodeltester.check(model)


def test_the_carried_over_review_is_the_first_step(session, store, board, key):
    mele = next(r for r in session.rituals() if r.title == "Mêlée")
    operations.add_action(store, OccurrenceKey(mele.id, datetime(2026, 3, 3, 9, 30)), "Fix CI",
                          today=datetime(2026, 3, 3).date())
    board.refresh()
    assert board.tabs.currentIndex() == 0 and board.carried_model.rowCount() == 1
    board.carried_view.selectRow(0)
    board.review_buttons[next(iter(board.review_buttons))].click()  # keep
    assert session.actions()[0].reviews[0][0] == key


def test_format_choice_changes_the_columns_and_undoes(session, board):
    board.format_combo.setCurrentIndex(board.format_combo.findData("sailboat"))
    board._format_chosen()
    assert board._columns == ("Wind", "Anchor", "Rocks", "Island") and len(board.card_edits) == 4
    session.undo_stack.undo()
    assert board._columns == ("Start", "Stop", "Continue")


def test_cards_votes_groups_and_discussion_order(session, store, board, key, qtbot):
    _type_card(qtbot, board, 1, "Long meetings")
    _type_card(qtbot, board, 1, "Too many meetings")
    _type_card(qtbot, board, 2, "Demos")
    assert [c.text for c in cards(store, key)] == ["Long meetings", "Too many meetings", "Demos"]
    view, model = board.column_views[1], board.column_models[1]
    view.setCurrentIndex(model.index(1))
    board.group_combo.setCurrentIndex(board.group_combo.findData(model.card(0).id))
    board.group_button.click()
    assert model.data(model.index(1)).startswith("    ↳ Too many meetings")
    board.voter_combo.setCurrentIndex(board.voter_combo.findText("Ana"))
    for _ in range(3):
        board.column_views[2].setCurrentIndex(board.column_models[2].index(0))
        board.vote_button.click()
    assert board.votes_left_label.text().startswith("0 vote")
    board.vote_button.click()  # a fourth dot is refused with a message; nothing changes
    assert sum(c.vote_count for c in cards(store, key)) == 3
    board.voter_combo.setCurrentIndex(board.voter_combo.findText("Bruno"))
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    board.tabs.setCurrentIndex(2)
    ranked = [board.discussion_model.index(r, 2).data() for r in range(board.discussion_model.rowCount())]
    assert ranked == ["Demos", "Long meetings"]
    assert board.discussion_model.index(1, 3).data() == "Too many meetings"


def test_a_card_becomes_an_action_in_one_step(session, board, key, qtbot):
    _type_card(qtbot, board, 0, "Release checklist")
    board.column_views[0].setCurrentIndex(board.column_models[0].index(0))
    board.owner_combo.setCurrentIndex(board.owner_combo.findText("David"))
    board.action_button.click()
    [item] = session.actions_from(key)
    assert item.title == "Release checklist" and session.member(item.owner_id).name == "David"
    assert item.status is ActionStatus.OPEN and "✔" in board.column_models[0].data(board.column_models[0].index(0))
    session.undo_stack.undo()
    assert session.actions_from(key) == []


def test_a_team_saves_its_own_format(session, board):
    board.save_custom_format("Météo", ["Soleil", "Nuages", "Orage"])
    assert board._columns == ("Soleil", "Nuages", "Orage")
    assert board.format_combo.findData("Météo") >= 0


def test_ctrl_b_opens_the_board_of_the_selected_retro(window, key, qtbot):
    window.reveal_occurrence(key)
    window._on_selected(key)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert key in window.board_windows
    window.board_windows[key].close()


def test_the_board_is_read_again_for_its_own_edits_not_for_another_rituals(session, board, key, monkeypatch):
    from datetime import timedelta

    from ritualdesk import retro_board

    mele = next(r for r in session.rituals() if r.title == "Mêlée")
    standup = OccurrenceKey(mele.id, datetime(2026, 3, 18, 9, 30))
    reads = []
    real_cards, real_carried = retro_board.cards, session.carried_actions
    monkeypatch.setattr(retro_board, "cards", lambda *args: (reads.append("cards"), real_cards(*args))[1])
    monkeypatch.setattr(session, "carried_actions", lambda retro: (reads.append("carried"), real_carried(retro))[1])
    session.mark_held(standup)  # another ritual's occurrence: the board shows nothing of it
    assert reads == []
    action = session.add_action(OccurrenceKey(mele.id, datetime(2026, 3, 3, 9, 30)), "Fix CI")
    assert reads == ["carried"] and [row.item.id for row in board.carried_model._rows] == [action.id]  # not the cards
    session.move(OccurrenceKey(key.ritual_id, RETRO), RETRO - timedelta(days=11))  # its own ritual: read again
    assert reads == ["carried", "cards", "carried"] and board.carried_model.rowCount() == 0  # now before the action
    fresh = RetroBoard(session, key)
    assert [row.item for row in board.carried_model._rows] == [row.item for row in fresh.carried_model._rows]
    fresh.close()


def test_ctrl_z_in_the_board_takes_back_a_card_and_ctrl_shift_z_puts_it_back(session, board, key, qtbot):
    _type_card(qtbot, board, 0, "Release checklist")
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    view = board.column_views[0]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cards(session.store, key) == [] and board.column_models[0].rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.text for c in cards(session.store, key)] == ["Release checklist"]


def test_long_cards_wrap_within_their_column_in_a_1024_pixel_window(session, store, board, key, qtbot):
    from ritualdesk.retro_board import add_card

    long_texts = ["Un très long commentaire sur la manière dont nous avons géré la mise en production de vendredi "
                  "soir, qui a duré bien trop longtemps et fatigué tout le monde",
                  "https://gitlab.example.com/castors/facturation/-/merge_requests/1234567890abcdefghij"]
    for text in long_texts:
        session.perform("Add card", lambda text=text: add_card(store, key, 0, text))
    board.resize(1024, 700)
    board.tabs.setCurrentIndex(1)
    view = board.column_views[0]
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    for row, text in enumerate(long_texts):
        box = view.visualRect(view.model().index(row))
        assert box.left() >= 0 and box.right() < view.viewport().width(), text  # no card runs past the column
        flags = int(Qt.TextFlag.TextWrapAnywhere)
        needed = view.fontMetrics().boundingRect(box.adjusted(8, 8, -8, -8), flags, text)
        assert needed.height() <= box.height(), text  # and none is cut at its foot
    assert view.horizontalScrollBar().maximum() == 0


def test_the_voters_authors_and_owners_follow_a_member_renamed_or_deleted(session, store, board):
    from dataclasses import replace

    from ritualdesk.model import Member

    eve = session.add_member(Member(None, board.team_id, "Eve"))
    ana = next(m for m in session.members() if m.name == "Ana")
    session.update_member(replace(ana, name="Anaïs"))
    for combo in (board.voter_combo, board.author_combo, board.owner_combo):
        names = [combo.itemText(i) for i in range(combo.count())]
        assert "Anaïs" in names and "Eve" in names and "Ana" not in names
    board.voter_combo.setCurrentIndex(board.voter_combo.findText("Bruno"))
    session.delete_member(eve.id)
    for combo in (board.voter_combo, board.author_combo, board.owner_combo):
        assert combo.findText("Eve") == -1
    assert board.voter_combo.currentText() == "Bruno"  # the voter chosen stays chosen


def test_a_card_out_of_sight_is_not_deleted_or_voted_from_the_open_actions_page(session, store, board, key, qtbot):
    _type_card(qtbot, board, 0, "Pair programming")
    board.column_views[0].setCurrentIndex(board.column_models[0].index(0))
    board.tabs.setCurrentIndex(0)  # back to the review of the open actions
    assert not board.delete_button.isEnabled() and not board.vote_button.isEnabled()
    board.delete_selected()  # Alt+D, or a stray click before the buttons were disabled
    board.vote(1)
    assert [(c.text, c.vote_count) for c in cards(store, key)] == [("Pair programming", 0)]
    board.tabs.setCurrentIndex(1)
    assert board.delete_button.isEnabled()
    board.delete_button.click()
    assert cards(store, key) == []


def test_a_long_card_is_read_whole_in_the_discussion(session, store, board, key, qtbot):
    from ritualdesk.retro_board import add_card

    text = ("Un très long commentaire sur la manière dont nous avons géré la mise en production de vendredi soir, "
            "qui a duré bien trop longtemps et fatigué tout le monde, avec trois retours en arrière") * 3
    session.perform("Add card", lambda: add_card(store, key, 0, text))
    board.resize(1024, 700)
    board.tabs.setCurrentIndex(2)
    view = board.discussion_view
    qtbot.waitUntil(lambda: view.columnWidth(2) < view.fontMetrics().horizontalAdvance(text))
    room = view.visualRect(board.discussion_model.index(0, 2))
    needed = view.fontMetrics().boundingRect(room.adjusted(4, 0, -4, 0), int(Qt.TextFlag.TextWordWrap), text)
    assert needed.height() <= room.height()


def test_the_board_is_titled_after_its_retrospective_renamed_while_open(session, board):
    from dataclasses import replace

    session.update_ritual(replace(board.ritual, title="Rétro de fin de sprint"))
    assert board.windowTitle() == "Retrospective board: Rétro de fin de sprint, 2026-03-13"


def test_a_long_column_keeps_its_place_for_a_vote_and_shows_a_new_card(session, store, board, key, qtbot):
    from ritualdesk.retro_board import add_card

    for number in range(60):
        session.perform("Add card", lambda number=number: add_card(store, key, 0, f"Carte {number}"))
    board.tabs.setCurrentIndex(1)
    view, model = board.column_views[0], board.column_models[0]
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.setCurrentIndex(model.index(40))
    view.scrollTo(model.index(40))
    place = view.verticalScrollBar().value()
    assert place > 0
    board.voter_combo.setCurrentIndex(board.voter_combo.findText("Ana"))
    board.vote_button.click()
    assert view.verticalScrollBar().value() == place  # it jumped back to the top of the column
    _type_card(qtbot, board, 0, "Nouvelle carte")
    new = view.visualRect(model.index(model.rowCount() - 1))
    assert view.viewport().rect().intersects(new)  # the card just typed is in sight


def test_a_cards_text_is_edited_with_f2_or_its_button_and_the_edit_undoes(session, store, board, key, qtbot,
                                                                           monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    _type_card(qtbot, board, 0, "Pair programing")
    view = board.column_views[0]
    view.setCurrentIndex(board.column_models[0].index(0))
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (asked.append(args[-1]), ("Pair programming", True))[1])
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert asked == ["Pair programing"]  # the dialog starts from the text as it is
    assert [c.text for c in cards(store, key)] == ["Pair programming"]
    assert board.column_models[0].card(0).text == "Pair programming" and view.currentIndex().row() == 0
    session.undo_stack.undo()
    assert [c.text for c in cards(store, key)] == ["Pair programing"]
    board.tabs.setCurrentIndex(0)
    assert not board.edit_button.isEnabled()  # no card in sight to edit
    board.tabs.setCurrentIndex(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("   ", True))
    board.edit_button.click()  # emptied: nothing saved (a card needs some text)
    assert [c.text for c in cards(store, key)] == ["Pair programing"]


def test_a_card_of_a_column_the_new_format_has_not_stays_in_sight_in_its_last_column(session, store, board, key,
                                                                                    qtbot):
    from ritualdesk.retro_board import add_card, set_board

    session.perform("Format", lambda: set_board(store, key, format="four_ls"))
    session.perform("Add", lambda: add_card(store, key, 3, "A quieter room"))  # Longed for
    board.tabs.setCurrentIndex(1)
    board.format_combo.setCurrentIndex(board.format_combo.findData("mad_sad_glad"))
    board._format_chosen()  # three columns now
    glad = board.column_models[2]
    assert [glad.card(r).text for r in range(glad.rowCount())] == ["A quieter room"]
    board.tabs.setCurrentIndex(2)
    assert board.discussion_model.index(0, 1).data() == "Glad"
    session.undo_stack.undo()  # four columns again: back in its own
    board.tabs.setCurrentIndex(1)
    assert [board.column_models[3].card(r).text for r in range(board.column_models[3].rowCount())] == ["A quieter room"]
    assert board.column_models[2].rowCount() == 0
