"""The fairness view in a 1024 × 700 window, English and French: bar labels clear of the owed bars, whole names."""

from __future__ import annotations

import pytest

from ui.fairness_view import FairnessView


@pytest.fixture
def view(demo, qtbot):
    view = FairnessView(demo)
    qtbot.addWidget(view)
    view.resize(860, 590)  # what a 1024 × 700 window leaves it beside the teams
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


@pytest.mark.parametrize("language", ["english", "french"])
def test_each_bar_label_ends_before_the_owed_bars(request, language, view, qtbot):
    request.getfixturevalue(language)
    view.refresh()
    chart = view.chart
    metrics = chart.fontMetrics()
    qtbot.waitUntil(lambda: chart.width() > 0)
    chart.grab()  # paints it
    assert len(chart.painted_labels) == view.model.rowCount()
    overlapping = [text for rect, text in chart.painted_labels
                   if rect.x() + metrics.horizontalAdvance(text) > chart.owed_x]
    assert overlapping == []


@pytest.mark.parametrize("language", ["english", "french"])
def test_the_table_beside_the_chart_shows_whole_names_and_headers(request, language, view, qtbot):
    request.getfixturevalue(language)
    view.refresh()
    table, header = view.table, view.table.horizontalHeader()

    def whole():  # checked again until the splitter settles
        for column in range(view.proxy.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        names = [view.proxy.index(row, 0) for row in range(view.proxy.rowCount())]
        assert all(table.columnWidth(0) >= table.sizeHintForIndex(index).width() for index in names)

    qtbot.waitUntil(whole)


def test_the_fairness_view_keeps_a_french_window_within_1024_pixels(french, demo, settings, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(demo, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    window.show_view("fairness")
    qtbot.waitUntil(lambda: window.fairness_view.isVisible() and window.fairness_view.model.rowCount() > 0)
    view = window.fairness_view
    assert window.width() == 1024 and view.minimumSizeHint().width() <= view.width()  # nothing pushed off the edge
