"""The panel's Move field reads and takes times on the team's clock, whatever this computer's zone."""

from __future__ import annotations

import os
import time
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from ritualdesk.model import OccurrenceKey

LEFT = Qt.MouseButton.LeftButton
NEW_YORK_SPRING = datetime(2026, 3, 8, 2, 30)  # New York's clocks go from 02:00 to 03:00; Paris's do not


@pytest.fixture
def in_new_york(monkeypatch):
    """This computer in New York (Qt and Python read TZ), back to its zone afterwards."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
    assert os.environ.get("TZ") != "America/New_York"


@pytest.fixture
def night(session) -> OccurrenceKey:
    """The Paris team's stand-up of Monday 9 March, moved to 02:30 on the Sunday night before."""
    key = OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Mêlée"), datetime(2026, 3, 9, 9, 30))
    session.move(key, NEW_YORK_SPRING)
    return key


def test_a_paris_time_new_york_skips_is_shown_as_it_is_and_a_move_click_changes_nothing(
        in_new_york, qtbot, session, panel, night):
    panel.show_occurrence(night)
    assert panel.move_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-08 02:30"  # was 03:30
    assert "Europe/\u2060Paris" in panel.move_label.text()  # not this computer's zone: named
    qtbot.mouseClick(panel.move_button, LEFT)
    assert session.occurrence(night).start.replace(tzinfo=None) == NEW_YORK_SPRING  # not moved an hour on
    assert session.undo_stack.count() == 1  # only the fixture's move


def test_a_time_typed_in_new_yorks_skipped_hour_moves_to_that_paris_time(in_new_york, qtbot, session, panel):
    key = OccurrenceKey(next(r.id for r in session.rituals() if r.title == "Mêlée"), datetime(2026, 3, 9, 9, 30))
    panel.show_occurrence(key)
    panel.move_edit.setFocus()
    panel.move_edit.selectAll()
    qtbot.keyClicks(panel.move_edit, "2026-03-08 02:45")
    qtbot.mouseClick(panel.move_button, LEFT)
    moved = session.occurrence(key).start
    assert moved.isoformat() == "2026-03-08T02:45:00+01:00"


def test_the_zone_is_not_named_when_this_computer_reads_the_same_time(monkeypatch, qtbot, session, panel, night):
    monkeypatch.setenv("TZ", "Europe/Berlin")  # another name, the same clock as Paris
    time.tzset()
    try:
        panel.show_occurrence(night)
        assert panel.move_label.text() == "Move to:"
    finally:
        monkeypatch.undo()
        time.tzset()
