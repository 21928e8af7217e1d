"""The app after a team changed its time zone: each occurrence says the zone it was, or will be, in."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ritualdesk import operations
from ritualdesk.model import OccurrenceKey
from tests.ui.conftest import NOW
from ui.occurrence_panel import OccurrencePanel


def test_the_panel_gives_a_past_meeting_the_zone_it_took_place_in(qtbot, session, english):
    team = session.teams()[0]
    operations.update_team(session.store, replace(team, timezone="America/New_York"), now=NOW)
    standup = next(r.id for r in session.rituals() if r.title == "Mêlée")
    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.show_occurrence(OccurrenceKey(standup, datetime(2026, 3, 16, 9, 30)))  # Monday, in Paris
    assert "09:30–09:45 (Europe/\u2060Paris)" in panel.when_label.text()
    panel.show_occurrence(OccurrenceKey(standup, datetime(2026, 3, 19, 9, 30)))  # tomorrow, in New York
    assert "09:30–09:45 (America/\u2060New_York)" in panel.when_label.text()
