"""Notes edited in the panel and in run mode at once: both people's lines are kept."""

from __future__ import annotations

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_lines_both_typed_under_their_own_headings_are_all_kept():
    """Regression: Ana's '- none' went because Bob's section had a '- none' too."""
    assert merge_notes("Agenda", "Agenda\nAna:\n- none", "Agenda\nBob:\n- none") == "Agenda\nBob:\n- none\nAna:\n- none"


def test_the_blank_line_before_each_side_s_section_is_kept():
    ours = "Retro\n\nKeep:\n- pairing"
    theirs = "Retro\n\nStop:\n- long stand-ups"
    assert merge_notes("Retro", ours, theirs) == "Retro\n\nStop:\n- long stand-ups\n\nKeep:\n- pairing"


# Lines people type again and again, so that both sides often type the same ones.
_TYPED = st.sampled_from(["", "- none", "Ana:", "Bob:", "Decided: ship", "## Keep"])


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def _is_subsequence(lines: list[str], of: list[str]) -> bool:
    rest = iter(of)
    return all(line in rest for line in lines)


@st.composite
def _with_lines_added(draw, base: list[str]) -> str:
    """The base with typed lines inserted anywhere, none removed."""
    lines = list(base)
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        lines.insert(draw(st.integers(min_value=0, max_value=len(lines))), draw(_TYPED))
    return "\n".join(lines)


@st.composite
def _added_on_both_sides(draw) -> tuple[str, str, str]:
    base = [f"base line {n}" for n in range(draw(st.integers(min_value=0, max_value=5)))]
    return "\n".join(base), draw(_with_lines_added(base)), draw(_with_lines_added(base))


@settings(max_examples=200, deadline=None)
@given(_added_on_both_sides())
def test_when_both_sides_only_add_lines_each_side_is_kept_whole_in_order(texts):
    base, ours, theirs = texts
    merged = _lines(merge_notes(base, ours, theirs))
    assert _is_subsequence(_lines(ours), merged)
    assert _is_subsequence(_lines(theirs), merged)


_TEXT = st.lists(_TYPED, max_size=8).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(base=_TEXT, ours=_TEXT, theirs=_TEXT)
def test_every_line_a_side_added_is_in_the_merge(base, ours, theirs):
    text = merge_notes(base, ours, theirs)
    merged = _lines(text)
    for side in (ours, theirs):
        for line in set(_lines(side)):
            added = _lines(side).count(line) - _lines(base).count(line)
            lone_blank = text == "" and line == "" and added == 1  # one blank line alone is the empty text
            assert merged.count(line) >= added or lone_blank, (side, line)


@settings(max_examples=100, deadline=None)
@given(base=_TEXT, edited=_TEXT)
def test_merging_with_an_unchanged_side_gives_the_other_side_exactly(base, edited):
    assert merge_notes(base, base, edited) == edited
    assert merge_notes(base, edited, base) == edited
