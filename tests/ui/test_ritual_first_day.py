"""The editors' default days are the team's on the session's clock; a new ritual begins when `ritual add` would begin it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QTime, Qt

from ritualdesk.schedule import first_day
from ui.editors.ritual_editor import RitualEditor
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton
MORNING = datetime(2026, 3, 18, 7, 0, tzinfo=UTC)  # 08:00 in Paris, before the stand-up's 09:30
EVENING = datetime(2026, 3, 18, 17, 0, tzinfo=UTC)  # 18:00 in Paris


def _editor(qtbot, store, now):
    session = Session(store, clock=lambda: now)
    editor = RitualEditor(session, store.teams()[0].id, None)
    qtbot.addWidget(editor)
    editor.show()
    return session, editor


@pytest.mark.parametrize(("now", "first"), [(MORNING, date(2026, 3, 18)), (EVENING, date(2026, 3, 19))])
def test_a_new_stand_up_starts_on_the_day_the_cli_would_begin_it(qtbot, store, now, first):
    session, editor = _editor(qtbot, store, now)
    assert editor.time_edit.time() == QTime(9, 30)
    assert editor.starts_on.date() == QDate(first)
    assert first == first_day(now, tz=store.teams()[0].tz, at=time(9, 30))  # the rule `ritual add` follows
    qtbot.mouseClick(editor.save_button, LEFT)
    added = editor.result_ritual
    assert added.starts_on == first
    upcoming = [o for o in session.agenda(date(2026, 3, 18), date(2026, 3, 19)) if o.key.ritual_id == added.id]
    assert upcoming[0].start > now  # no occurrence this morning taking a turn nobody facilitated


def test_the_first_day_follows_the_time_and_the_kind_until_the_person_picks_one(qtbot, store):
    _, editor = _editor(qtbot, store, datetime(2026, 3, 18, 13, 0, tzinfo=UTC))  # 14:00 in Paris
    assert editor.starts_on.date() == QDate(2026, 3, 19)  # 09:30 is past
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("retrospective"))  # at 15:30
    assert editor.starts_on.date() == QDate(2026, 3, 18)
    editor.time_edit.setTime(QTime(11, 0))
    assert editor.starts_on.date() == QDate(2026, 3, 19)
    editor.starts_on.setDate(QDate(2026, 3, 23))  # chosen: it stays
    editor.time_edit.setTime(QTime(16, 0))
    assert editor.starts_on.date() == QDate(2026, 3, 23)


def test_a_one_off_added_in_the_evening_is_tomorrow(qtbot, store):
    _, editor = _editor(qtbot, store, EVENING)
    assert editor.once_date.date() == QDate(2026, 3, 19)


def test_an_edited_ritual_keeps_its_first_day(qtbot, store):
    session = Session(store, clock=lambda: EVENING)
    standup = next(r for r in session.rituals() if r.title == "Mêlée")
    editor = RitualEditor(session, standup.team_id, standup.id)
    qtbot.addWidget(editor)
    editor.time_edit.setTime(QTime(8, 0))
    assert editor.starts_on.date() == QDate(standup.starts_on)


def test_the_members_editor_offers_the_teams_day_on_the_sessions_clock(qtbot, store):
    """Its dates were the machine's wall-clock day (in December, for a session in March)."""
    from ui.editors.members_editor import MembersEditor

    late = Session(store, clock=lambda: datetime(2026, 3, 18, 23, 30, tzinfo=UTC))  # 00:30 in Paris
    editor = MembersEditor(late, store.teams()[0].id)
    qtbot.addWidget(editor)
    day = QDate(2026, 3, 19)
    assert (editor.absence_start.date(), editor.absence_end.date()) == (day, day)
    assert editor.joined.edit.date() == day and editor.left_date.edit.date() == day
