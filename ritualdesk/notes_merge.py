"""Notes edited in two places from the same text, merged line by line so that nobody's lines are lost."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple


class _Hunk(NamedTuple):
    start: int  # the base lines [start, end) one side replaced with `lines`
    end: int
    lines: list[str]
    ours: bool


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def _hunks(base: list[str], other: list[str], *, ours: bool) -> list[_Hunk]:
    return [_Hunk(i1, i2, other[j1:j2], ours)
            for tag, i1, i2, j1, j2 in SequenceMatcher(None, base, other, autojunk=False).get_opcodes()
            if tag != "equal"]


def _applied(base: list[str], hunks: list[_Hunk], start: int, end: int) -> list[str]:
    """Base lines [start, end) with one side's hunks in that stretch applied."""
    result, at = [], start
    for hunk in hunks:
        result += base[at:hunk.start] + hunk.lines
        at = hunk.end
    return result + base[at:end]


def merge_notes(base: str, ours: str, theirs: str) -> str:
    """`ours` and `theirs` both edited from `base`: each one's changes kept; where both changed the same lines
    differently, their lines come first, then ours (both kept, nothing dropped).

    >>> merge_notes("Agenda", "Agenda\\nDecided: ship", "Agenda\\nBlocked: CI")
    'Agenda\\nBlocked: CI\\nDecided: ship'
    >>> merge_notes("A\\nB\\nC", "A\\nB!\\nC", "A\\nB\\nC\\nD")
    'A\\nB!\\nC\\nD'
    """
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    old = _lines(base)
    hunks = sorted(_hunks(old, _lines(ours), ours=True) + _hunks(old, _lines(theirs), ours=False),
                   key=lambda h: (h.start, h.end))
    clusters: list[list[_Hunk]] = []
    for hunk in hunks:
        if clusters:
            last = clusters[-1]
            end = max(h.end for h in last)
            same_point = hunk.start == hunk.end == end and any(h.start == h.end == end for h in last)
            if hunk.start < end or same_point:  # both sides changed these lines (or added at the same place)
                last.append(hunk)
                continue
        clusters.append([hunk])
    merged, at = [], 0
    for cluster in clusters:
        start, end = cluster[0].start, max(h.end for h in cluster)
        merged += old[at:start]
        mine = _applied(old, [h for h in cluster if h.ours], start, end)
        other = _applied(old, [h for h in cluster if not h.ours], start, end)
        if not any(h.ours for h in cluster):
            merged += other
        elif all(h.ours for h in cluster) or mine == other:
            merged += mine
        else:  # both versions stay whole, theirs first: a line both typed ("- none", a blank) is each one's own
            merged += other + mine
        at = end
    return "\n".join(merged + old[at:])
