"""Notes edited in the panel and in run mode at once: both people's lines are kept."""

from __future__ import annotations

import doctest

from ritualdesk import notes_merge
from ritualdesk.notes_merge import merge_notes


def test_the_examples_in_the_docstring_hold():
    assert doctest.testmod(notes_merge).failed == 0


def test_lines_added_on_both_sides_of_empty_notes_are_both_kept():
    assert merge_notes("", "Decided: ship", "Blocked: CI") == "Blocked: CI\nDecided: ship"


def test_an_edit_on_one_side_only_is_taken_as_it_is():
    assert merge_notes("A\nB", "A\nB", "A\nB\nC") == "A\nB\nC"
    assert merge_notes("A\nB", "A", "A\nB") == "A"  # a line removed on one side stays removed
    assert merge_notes("A", "A\nB", "A\nB") == "A\nB"  # the same edit twice is made once


def test_changes_in_different_places_are_both_applied():
    base = "## Start\n\n## Stop\n\n## Continue\n"
    ours = "## Start\nPairing\n\n## Stop\n\n## Continue\n"
    theirs = "## Start\n\n## Stop\nLong stand-ups\n\n## Continue\n"
    assert merge_notes(base, ours, theirs) == "## Start\nPairing\n\n## Stop\nLong stand-ups\n\n## Continue\n"


def test_the_same_line_changed_differently_keeps_both_versions():
    assert merge_notes("Owner: ?", "Owner: Ana", "Owner: Léo") == "Owner: Léo\nOwner: Ana"


def test_a_line_removed_on_one_side_and_text_added_on_the_other():
    assert merge_notes("A\nB\nC", "A\nC", "A\nB\nC\nD") == "A\nC\nD"


def test_a_line_one_side_removed_goes_while_the_others_addition_after_it_stays():
    assert merge_notes("Une ligne de trop", "Une ligne de trop\nDécidé : livrer", "") == "Décidé : livrer"


def test_notes_emptied_on_one_side_and_untouched_on_the_other_are_empty():
    assert merge_notes("A\nB", "A\nB", "") == ""
