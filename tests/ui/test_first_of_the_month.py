"""French writes the first day of a month « 1er », in the app as in the minutes."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from ui.calendar_data import day_text


def test_the_first_of_a_month_is_1er_in_french(french):
    assert day_text(date(2026, 12, 1)) == "mardi 1er décembre 2026"  # Qt writes « mardi 1 décembre 2026 »
    assert day_text(date(2026, 12, 11)) == "vendredi 11 décembre 2026"
    assert day_text(date(2001, 1, 1)) == "lundi 1er janvier 2001"


def test_english_keeps_qt_s_own_long_date(english):
    assert day_text(date(2026, 12, 1), locale=QLocale("en_GB")) == "Tuesday, 1 December 2026"


def test_the_panel_of_an_occurrence_on_the_first_says_1er(qtbot, french, session):
    from ritualdesk.model import OccurrenceKey
    from ui.occurrence_panel import OccurrencePanel

    standup = next(r.id for r in session.rituals() if r.title == "Mêlée")
    panel = OccurrencePanel(session)
    qtbot.addWidget(panel)
    panel.show_occurrence(OccurrenceKey(standup, datetime(2026, 4, 1, 9, 30)))
    assert panel.when_label.text().startswith("mercredi 1er avril 2026, 09:30–09:45")
