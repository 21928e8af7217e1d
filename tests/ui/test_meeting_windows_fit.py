"""Run mode and the retrospective board fit a 1024 × 700 screen, in English and French, and open within the screen."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton

from ritualdesk.model import OccurrenceKey

SMALL = QRect(0, 0, 1024, 700)  # the smallest screen the app is made for


def _key(session, title: str, moment: datetime) -> OccurrenceKey:
    return OccurrenceKey(next(r for r in session.rituals() if r.title == title).id, moment)


def _standup(session) -> OccurrenceKey:
    return _key(session, "Mêlée", datetime(2026, 3, 18, 9, 30))  # today on the fixture's clock


def _retro(session) -> OccurrenceKey:
    return _key(session, "Rétro", datetime(2026, 3, 13, 15, 0))


@pytest.mark.parametrize("language", ["english", "french"])
def test_run_mode_and_the_board_shrink_to_a_1024_by_700_screen(qtbot, request, language, session):
    request.getfixturevalue(language)
    from ui.retro_board import RetroBoard
    from ui.run_mode.window import RunWindow

    for window in (RunWindow(session, _standup(session)), RunWindow(session, _retro(session)),
                   RetroBoard(session, _retro(session))):
        qtbot.addWidget(window)
        window.resize(SMALL.size())
        window.show()
        least = window.minimumSizeHint()
        assert (least.width(), least.height()) <= (SMALL.width(), SMALL.height()), type(window).__name__

        def unclipped(window=window):  # checked again until the wrapped rows settle
            assert window.width() == SMALL.width()
            clipped = [b.text() for b in window.findChildren(QPushButton)
                       if b.isVisible() and b.width() < b.sizeHint().width()]
            assert clipped == []

        qtbot.waitUntil(unclipped)


def test_run_mode_and_the_board_open_within_the_screen(qtbot, window, session):
    area = window.screen().availableGeometry()
    window.run_meeting(_standup(session))
    window.open_board(_retro(session))
    for opened in (window.run_windows[_standup(session)], window.board_windows[_retro(session)]):
        assert opened.width() <= area.width() and opened.height() <= area.height()
        opened.close()


def test_a_long_name_speaking_wraps_instead_of_widening_run_mode_past_the_screen(qtbot, store, session):
    from ritualdesk.model import Member
    from ui.run_mode.window import RunWindow

    team = session.teams()[0]
    long_name = "Maximilienne-Françoise de La Tour d'Auvergne-Lauraguais"
    member = store.add_member(Member(None, team.id, long_name))
    window = RunWindow(session, _standup(session))
    qtbot.addWidget(window)
    while window.meeting.current_speaker not in (member.id, None):
        window.next_speaker()
    window.resize(SMALL.size())
    window.show()
    assert window.minimumSizeHint().width() <= SMALL.width()
    qtbot.waitUntil(lambda: window.width() == SMALL.width())
    label = window.speaker_label
    assert label.text() == long_name  # whole, in a smaller font
    room = label.contentsRect()
    needed = label.fontMetrics().boundingRect(room, int(Qt.TextFlag.TextWordWrap), long_name)
    assert needed.width() <= room.width() and needed.height() <= room.height()
    # The phases stay whole beside the wider attendance ("Round of speakers · 12 min" was cut under a scroll bar).
    qtbot.waitUntil(lambda: window.phase_list.horizontalScrollBar().maximum() == 0)
    # The speaking order shows the long name elided (whole in its tooltip), not behind a horizontal scroll bar.
    qtbot.waitUntil(lambda: window.order_list.horizontalScrollBar().maximum() == 0)
    names = [window.order_list.item(i) for i in range(window.order_list.count())]
    assert any(item.toolTip() == long_name and item.text().endswith("…") for item in names)
