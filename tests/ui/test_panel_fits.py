"""The occurrence panel fits a 1280×800 window in English and French: no sideways scroll, no clipped button."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QPushButton, QScrollArea

from ritualdesk.model import RitualKind
from tests.ui.conftest import NOW


@pytest.mark.parametrize("language", ["english", "french"])
def test_the_panel_of_a_retro_needs_no_horizontal_scroll_at_the_default_size(qtbot, request, language, demo,
                                                                             settings):
    request.getfixturevalue(language)
    from ui.main_window import MainWindow

    window = MainWindow(demo, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    assert (window.width(), window.height()) == (1280, 800)
    day = NOW.date()
    retro = next(o for o in demo.agenda(day, day + timedelta(weeks=4))
                 if demo.ritual(o.key.ritual_id).kind is RitualKind.RETROSPECTIVE)
    window.reveal_occurrence(retro.key)
    window._on_selected(retro.key)
    panel = window.panel
    qtbot.waitUntil(lambda: panel.key == retro.key and panel.isVisible())
    assert panel.format_button.isVisible() and panel.carried_box.isVisible()
    scroll = panel.findChild(QScrollArea)
    content = scroll.widget()
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)  # taller than the window: its scroll bar takes width too

    def fits():  # checked again until the layouts settle; the last failure is reported
        assert scroll.viewport().width() >= content.minimumSizeHint().width()
        assert not scroll.horizontalScrollBar().isVisible()
        clipped = [(b.text(), b.width(), b.sizeHint().width()) for b in content.findChildren(QPushButton)
                   if b.isVisible() and b.width() < b.sizeHint().width()]
        assert clipped == []
        badge = panel.status_label
        assert badge.geometry().right() <= content.width() and badge.width() >= badge.sizeHint().width()

    qtbot.waitUntil(fits)
