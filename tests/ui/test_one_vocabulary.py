"""One word per thing: what the menus call an action is what Edit › Undo calls it afterwards."""

from __future__ import annotations


def test_undoing_the_demo_data_names_it_as_the_file_menu_does(window, qtbot):
    window.session.load_demo(teams=1, years=0)
    menu_text = window.demo_action.text().replace("&", "")
    assert window.session.undo_stack.undoText() == menu_text == "Add demo data"  # Edit said 'Undo Load demo data'
