"""The fairness view over a real store: figures, chart, history, forecast and "what if" (nothing saved)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from ritualdesk import operations
from ritualdesk.model import OccurrenceKey
from ui.fairness_view import FairnessView
from ui.theme import dark_palette, light_palette

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # the session fixture's clock


def _standup(session):
    return next(r for r in session.rituals() if r.title == "Mêlée")


def _view(session, qtbot):
    view = FairnessView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_models_pass_the_model_tester(session, qtbot, qtmodeltester):
    view = _view(session, qtbot)
    view.clear_what_if()
    view.away_combo.setCurrentIndex(0)
    view._mark_away()
    for model in (view.model, view.proxy, view.history_model, view.forecast_model):
        qtmodeltester.check(model)


def test_the_table_shows_held_planned_share_and_owed_per_member(session, store, qtbot):
    standup = _standup(session)
    for day in (2, 3, 4, 5, 6):
        operations.mark_held(store, OccurrenceKey(standup.id, datetime(2026, 3, day, 9, 30)), now=NOW)
    view = _view(session, qtbot)
    view.ritual_combo.setCurrentIndex(view.ritual_combo.findData(standup.id))
    rows = {view.model.row(i).name: view.model.row(i) for i in range(view.model.rowCount())}
    assert sum(r.held for r in rows.values()) >= 5
    assert any(r.owed > 0 for r in rows.values()) and any(r.owed < 0 for r in rows.values())
    assert view.chart._rows == [view.model.row(i) for i in range(view.model.rowCount())]
    owed = view.model.index(0, 4)
    assert view.model.data(owed).startswith(("+", "-"))
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first = view.proxy.index(0, 1).data()
    assert int(first) == max(r.held for r in rows.values())


def test_what_if_changes_the_forecast_and_saves_nothing(session, store, qtbot):
    view = _view(session, qtbot)
    view.ritual_combo.setCurrentIndex(view.ritual_combo.findData(_standup(session).id))
    assert view.forecast_view.isColumnHidden(3)
    due = view.forecast_model.row(0).facilitator_id
    start = view.forecast_model.row(0).start
    view.away_combo.setCurrentIndex(view.away_combo.findData(due))
    view.away_from.setDate(start.date())
    view.away_to.setDate(start.date())
    undo_depth = session.undo_stack.count()
    qtbot.mouseClick(view.away_button, Qt.MouseButton.LeftButton)
    assert not view.forecast_view.isColumnHidden(3)
    assert view.forecast_model.changed(0)
    assert view.forecast_model.index(0, 3).data(Qt.ItemDataRole.FontRole).bold()
    assert "Nothing is saved" in view.what_if_label.text()
    assert store.absences() == [] and session.undo_stack.count() == undo_depth
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert not view.forecast_model.changed(0) and view.forecast_view.isColumnHidden(3)


def test_history_lists_a_pass_and_an_override_with_its_reason(session, qtbot):
    standup = _standup(session)
    session.set_facilitator(OccurrenceKey(standup.id, datetime(2026, 3, 19, 9, 30)),
                            session.members()[2].id, "Chloé présente")
    view = _view(session, qtbot)
    texts = [view.history_model.index(r, 5).data() for r in range(view.history_model.rowCount())]
    assert "Chloé présente" in texts
    session.change_turn(OccurrenceKey(standup.id, datetime(2026, 3, 20, 9, 30)), _pass())
    kinds = [view.history_model.index(r, 2).data() for r in range(view.history_model.rowCount())]
    assert kinds[:2] == ["Pass", "Override"]  # refreshed by the session's change, latest first


def _pass():
    from ritualdesk.model import TurnChange

    return TurnChange.PASS


def test_chart_follows_the_theme(session, qtbot):
    view = _view(session, qtbot)
    view.chart.setPalette(dark_palette())
    dark = view.chart._colors()
    view.chart.setPalette(light_palette())
    light = view.chart._colors()
    assert dark["base"] != light["base"] and dark["share"] != light["share"]
    assert QColor(dark["text"]).lightness() > 128 > QColor(light["text"]).lightness()
    image = view.chart.grab().toImage()
    assert image.pixelColor(2, 2) == light_palette().color(QPalette.ColorRole.Base)


def test_ctrl_5_opens_the_fairness_view_built_on_first_show(window, qtbot):
    assert window.fairness_view is None
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.fairness_view is not None and window.pages_inner.currentWidget() is window.fairness_view
    assert window.fairness_view.team_id == window.current_team_id()
    assert window.view_actions["fairness"] in window.view_menu.actions()


def test_french_figures_have_the_decimal_comma(session, store, qtbot, french):
    standup = _standup(session)
    for day in (2, 3, 4, 5):
        operations.mark_held(store, OccurrenceKey(standup.id, datetime(2026, 3, day, 9, 30)), now=NOW)
    view = _view(session, qtbot)
    view.ritual_combo.setCurrentIndex(view.ritual_combo.findData(standup.id))
    shares = [view.model.index(row, 3).data() for row in range(view.model.rowCount())]
    owed = [view.model.index(row, 4).data() for row in range(view.model.rowCount())]
    assert all("," in text and "." not in text for text in shares + owed), (shares, owed)  # '1.3', '+0.7' before
    assert all(text[0] in "+-" for text in owed)


def test_a_long_name_is_elided_in_the_chart_instead_of_running_under_the_bars(session, store, qtbot, french):
    from dataclasses import replace

    long_name = "Maximilienne-Françoise de La Tour d'Auvergne-Lauraguais"
    store.update_member(replace(session.members()[2], name=long_name))
    view = FairnessView(session)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    view.refresh()
    chart = view.chart
    qtbot.waitUntil(lambda: chart.width() < 600)
    chart.grab()  # painted
    assert long_name in [row.name for row in chart._rows]
    metrics = chart.fontMetrics()
    # The bars, their figures and the owed bars stay in the chart (they were painted past its right edge).
    assert chart.owed_x < chart.width() and all(rect.right() <= chart.width() for rect, _ in chart.painted_labels)
    assert chart.turns_x <= chart.width() / 3 + 12  # the bars keep two thirds of the chart
    widest = max(metrics.horizontalAdvance(name) for name in chart.painted_names)
    assert 12 + widest <= chart.turns_x  # every name, elided if need be, ends before the bars
    assert any(name.endswith("…") for name in chart.painted_names)
    # The legend wraps in a narrow chart rather than running past its right edge.
    one_row = metrics.height() + 12
    assert chart.legend_bottom > one_row


def test_an_empty_history_says_that_every_turn_went_as_planned(session, qtbot):
    view = _view(session, qtbot)
    view.tabs.setCurrentIndex(1)
    assert view.history_model.rowCount() == 0 and view.history_empty.isVisible()
    standup = _standup(session)
    session.set_facilitator(OccurrenceKey(standup.id, datetime(2026, 3, 19, 9, 30)),
                            session.members()[2].id, "Chloé présente")
    assert view.history_model.rowCount() == 1 and not view.history_empty.isVisible()
