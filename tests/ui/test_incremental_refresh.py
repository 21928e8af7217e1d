"""After each kind of edit, its undo and its redo, the views show exactly what freshly made ones show."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QWidget

from ritualdesk.agenda import agenda, team_occurrences
from ritualdesk.model import OccurrenceStatus, RitualKind, TurnChange, Verdict
from tests.ui.conftest import NOW
from ui.occurrence_panel import OccurrencePanel
from ui.session import Session
from ui.week_view import WeekView

WEEK = date(2026, 3, 16)  # NOW is Wednesday 18 March 2026, noon UTC


@pytest.fixture
def host(qtbot):
    """One window for every view compared (an active and an inactive window paint in other colours)."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1000, 900)
    host.show()
    return host


def _view(host: QWidget, session: Session, *, width: int = 1000) -> WeekView:
    view = WeekView(session, host)
    view.resize(width, 700)
    view.show()
    view.show_period(WEEK, [t.id for t in session.teams()])
    return view


def _panel(host: QWidget, session: Session, key) -> OccurrencePanel:
    panel = OccurrencePanel(session, host)
    panel.resize(420, 900)
    panel.show()
    panel.show_occurrence(key)
    return panel


def _planned(session: Session, day: date, kind: RitualKind):
    return next(o for o in session.agenda(day, day) if o.status is OccurrenceStatus.PLANNED
                and session.ritual(o.key.ritual_id).kind is kind)


def _retro_with_carried(session: Session):
    around = session.agenda(WEEK - timedelta(days=21), WEEK + timedelta(days=21))
    return next(o for o in around if session.ritual(o.key.ritual_id).kind is RitualKind.RETROSPECTIVE
                and o.status is not OccurrenceStatus.CANCELLED and session.carried_actions(o.key))


def _someone_else(session: Session, occurrence) -> int:
    """Another member of the occurrence's rotation."""
    day = occurrence.start.date()
    return next(o.facilitator_id for o in session.agenda(day - timedelta(days=14), day, [occurrence.team_id])
                if o.key.ritual_id == occurrence.key.ritual_id and o.facilitator_id not in (None,
                                                                                           occurrence.facilitator_id))


# Each edit: (the occurrence it is made on, what it does through the session).
EDITS = {
    "mark held": (lambda s: _planned(s, WEEK + timedelta(days=2), RitualKind.REFINEMENT),
                  lambda s, o: s.mark_held(o.key)),
    "move within its day": (lambda s: _planned(s, WEEK + timedelta(days=3), RitualKind.STANDUP),
                            lambda s, o: s.move(o.key, o.start.replace(tzinfo=None) + timedelta(hours=2))),
    "move to another day": (lambda s: _planned(s, WEEK + timedelta(days=3), RitualKind.STANDUP),
                            lambda s, o: s.move(o.key, o.start.replace(tzinfo=None) + timedelta(days=1, hours=1))),
    "move to another week": (lambda s: _planned(s, WEEK + timedelta(days=3), RitualKind.STANDUP),
                             lambda s, o: s.move(o.key, o.start.replace(tzinfo=None) + timedelta(days=7, hours=1))),
    "swap turns": (lambda s: _planned(s, WEEK + timedelta(days=3), RitualKind.STANDUP),
                   lambda s, o: s.change_turn(o.key, TurnChange.SWAP, _someone_else(s, o))),
    "override": (lambda s: _planned(s, WEEK + timedelta(days=4), RitualKind.STANDUP),
                 lambda s, o: s.set_facilitator(o.key, _someone_else(s, o), "swapped at the coffee machine")),
    "cancel": (lambda s: _planned(s, WEEK + timedelta(days=3), RitualKind.STANDUP),
               lambda s, o: s.cancel(o.key)),
    "add an action": (lambda s: _planned(s, WEEK + timedelta(days=3), RitualKind.STANDUP),
                      lambda s, o: s.add_action(o.key, "Write the runbook")),
    "retro verdict": (_retro_with_carried,
                      lambda s, o: s.review_actions(o.key, [(s.carried_actions(o.key)[0].id, Verdict.KEEP)])),
}


def _changed_points(before, after) -> list[QPoint]:
    """The pixels that differ between two images of the same size (rows compared as bytes first)."""
    a, b = bytes(before.constBits()), bytes(after.constBits())
    line = before.bytesPerLine()
    rows = [y for y in range(before.height()) if a[y * line:(y + 1) * line] != b[y * line:(y + 1) * line]]
    return [QPoint(x, y) for y in rows for x in range(before.width()) if before.pixel(x, y) != after.pixel(x, y)]


def _blocks(view: WeekView) -> list:
    return [(b.rect, b.occurrence, b.group) for b in view._blocks]


def _assert_as_fresh(host, session: Session, view: WeekView, panel: OccurrencePanel) -> None:
    QApplication.processEvents()  # what the edit posted (layouts, paints) is delivered
    fresh_session = Session(session.store, clock=lambda: NOW)
    fresh = _view(host, fresh_session, width=view.width())
    fresh.select(view.selected)
    assert view.data.occurrences == fresh.data.occurrences
    assert (view.columns, view._first_hour, view._last_hour) == (fresh.columns, fresh._first_hour, fresh._last_hour)
    assert _blocks(view) == _blocks(fresh)
    assert view.grab().toImage() == fresh.grab().toImage()
    fresh_panel = _panel(host, fresh_session, panel.key)
    # The one choice a panel keeps while it shows the same occurrence: the member picked.
    fresh_panel.member_combo.setCurrentIndex(fresh_panel.member_combo.findData(panel.member_combo.currentData()))
    assert _panel_state(panel) == _panel_state(fresh_panel)
    for _ in range(3):  # layouts settle (a scroll area's range follows its content's), as before any paint
        QApplication.processEvents()
    assert panel.grab().toImage() == fresh_panel.grab().toImage()
    fresh.deleteLater()
    fresh_panel.deleteLater()


def _panel_state(panel: OccurrencePanel) -> dict:
    labels = ("title_label", "subtitle_label", "when_label", "status_label", "facilitator_label", "location_label")
    buttons = ("held_button", "cancel_button", "restore_button", "move_button", "swap_button", "pass_button",
               "defer_button", "override_button", "clear_override_button", "keep_button")
    models = (panel.actions_model, panel.carried_model)
    return {
        **{name: getattr(panel, name).text() for name in labels},
        **{name: getattr(panel, name).isEnabled() for name in buttons},
        "status style": panel.status_label.styleSheet(),
        "members": [(panel.member_combo.itemText(i), panel.member_combo.itemData(i))
                    for i in range(panel.member_combo.count())],
        "member": panel.member_combo.currentData(),
        "owners": [panel.action_owner_combo.itemData(i) for i in range(panel.action_owner_combo.count())],
        "notes": panel.notes_edit.toPlainText(),
        "move to": panel.move_edit.dateTime(),
        "rows": [[m.index(r, c).data() for c in range(m.columnCount()) for r in range(m.rowCount())]
                 for m in models],
        "carried shown": panel.carried_box.isVisibleTo(panel),
    }


@pytest.mark.parametrize("name", EDITS)
def test_each_edit_its_undo_and_redo_show_what_fresh_views_show(qtbot, host, demo, name):
    find, edit = EDITS[name]
    view = _view(host, demo)
    qtbot.waitUntil(demo.windows_complete)
    occurrence = find(demo)
    view.select(occurrence.key if view.data.find(occurrence.key) else None)
    panel = _panel(host, demo, occurrence.key)
    edit(demo, occurrence)
    _assert_as_fresh(host, demo, view, panel)
    qtbot.waitUntil(demo.windows_complete)  # the edited ritual's whole window, computed when idle
    demo.undo_stack.undo()
    _assert_as_fresh(host, demo, view, panel)
    demo.undo_stack.redo()
    _assert_as_fresh(host, demo, view, panel)


@pytest.mark.parametrize("width", [700, 1800])  # simultaneous rituals in one block, or side by side
@pytest.mark.parametrize("name", ["mark held", "move within its day", "move to another day", "cancel", "swap turns"])
def test_an_edit_repaints_every_pixel_it_changes(qtbot, host, demo, name, width, monkeypatch):
    find, edit = EDITS[name]
    host.resize(width, 900)
    view = _view(host, demo, width=width)
    occurrence = find(demo)
    before = view.grab().toImage()
    dirty = QRegion()

    def update(*area):
        nonlocal dirty
        dirty = dirty.united(QRegion(area[0]) if area else QRegion(view.rect()))
        QWidget.update(view, *area)

    monkeypatch.setattr(view, "update", update)
    edit(demo, occurrence)
    after = view.grab().toImage()
    assert before != after or name in ("mark held", "swap turns")  # a group, or a short block, shows neither
    changed = _changed_points(before, after)
    assert all(dirty.contains(point) for point in changed)
    if name in ("mark held", "move within its day"):  # one day changed: Monday's column is not painted again
        assert not dirty.isEmpty() and not dirty.contains(view.point_for(WEEK, time(12)).toPoint())


def test_an_edit_changes_what_every_range_reads_not_only_the_week_asked(qtbot, demo):
    """The edited ritual is computed again for the asked week first; any other range reads it afresh too."""
    qtbot.waitUntil(lambda: bool(demo.agenda(WEEK, WEEK + timedelta(days=6))) and demo.windows_complete())
    standup = _planned(demo, WEEK + timedelta(days=3), RitualKind.STANDUP)
    demo.cancel(standup.key)  # everyone's turn after it moves up by one
    ranges = [(WEEK, WEEK + timedelta(days=6)), (WEEK + timedelta(days=7), WEEK + timedelta(days=27)),
              (WEEK - timedelta(days=14), WEEK + timedelta(days=40)), (WEEK, WEEK)]
    for first, last in ranges:
        assert demo.agenda(first, last) == agenda(demo.store, first=first, last=last)
    assert demo.occurrence(standup.key).status is OccurrenceStatus.CANCELLED
    later = _planned(demo, WEEK + timedelta(days=10), RitualKind.STANDUP)
    assert demo.occurrence(later.key) == next(o for o in agenda(demo.store, first=later.start.date(),
                                                                 last=later.start.date()) if o.key == later.key)


def test_the_windows_completed_when_idle_hold_what_a_fresh_computation_gives(qtbot, demo):
    demo.agenda(WEEK, WEEK + timedelta(days=6))
    qtbot.waitUntil(demo.windows_complete)
    standup = _planned(demo, WEEK + timedelta(days=3), RitualKind.STANDUP)
    demo.change_turn(standup.key, TurnChange.PASS)
    demo.agenda(WEEK, WEEK + timedelta(days=6))
    assert not demo.windows_complete()  # only the week asked was computed again at once
    qtbot.waitUntil(demo.windows_complete)
    for team_id, window in demo._windows.items():
        team = demo.team(team_id)
        fresh = team_occurrences(demo.store, team, demo.store.rituals(team_id), first=window.first,
                                 last=window.last)
        assert window.occurrences == sorted(fresh, key=lambda o: (o.start, o.key.ritual_id))


def test_moving_an_occurrence_out_of_the_week_relays_out_both_days_only(host, demo):
    view = _view(host, demo)
    view.grab()  # painted once: what depends on the clock is as painted
    standup = _planned(demo, WEEK + timedelta(days=3), RitualKind.STANDUP)
    kept = {day: blocks for day, blocks in view._day_blocks.items()}
    demo.move(standup.key, datetime.combine(WEEK + timedelta(days=4), standup.start.time()) + timedelta(hours=3))
    changed = {day for day in kept if view._day_blocks.get(day) is not kept[day]}
    assert changed == {WEEK + timedelta(days=3), WEEK + timedelta(days=4)}
    assert _blocks(view) == _blocks(_view(host, Session(demo.store, clock=lambda: NOW)))


def test_taking_or_losing_the_focus_repaints_the_accent_line_it_changes(qtbot, host, demo, monkeypatch):
    view = _view(host, demo)
    other = QWidget(host)
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    other.show()
    areas = []
    monkeypatch.setattr(view, "update", lambda *area: (areas.append(QRegion(*area) if area else QRegion(view.rect())),
                                                       QWidget.update(view, *area)))
    for take in (view, other):
        before = view.grab().toImage()
        areas.clear()
        take.setFocus()
        QApplication.processEvents()
        after = view.grab().toImage()
        assert view.hasFocus() is (take is view) and before != after
        painted = QRegion()
        for area in areas:
            painted = painted.united(area)
        assert all(painted.contains(point) for point in _changed_points(before, after))
        assert not painted.contains(view.point_for(WEEK, time(12)).toPoint())


def _assert_windows_fresh(session: Session) -> None:
    for team_id, window in session._windows.items():
        fresh = team_occurrences(session.store, session.team(team_id), session.store.rituals(team_id),
                                 first=window.first, last=window.last)
        assert window.occurrences == sorted(fresh, key=lambda o: (o.start, o.key.ritual_id))


def test_a_window_grows_over_many_idle_moments_and_an_edit_meanwhile_is_not_lost(qtbot, demo, monkeypatch):
    import ui.session as session_module

    monkeypatch.setattr(session_module, "_SLICE", 0)  # one step of the replay per idle moment
    long_ago = WEEK - timedelta(weeks=30)  # before every checkpoint: each team's history is replayed
    demo.agenda(long_ago, long_ago + timedelta(days=6))
    moments = 0
    while demo._growing is None or demo._growing[0] != demo.teams()[0].id:
        demo._widen_one()
        moments += 1
    team = demo._growing[0]
    demo._widen_one()
    assert demo._growing is not None  # the first team's window is not grown in one go
    day = long_ago + timedelta(days=9)
    standup = next(o for o in agenda(demo.store, first=day, last=day, team_ids=[team])
                   if demo.ritual(o.key.ritual_id).kind is RitualKind.STANDUP)
    demo.set_notes(standup.key, "Held in the garden")  # its state, read before, changes: the growth starts again
    qtbot.waitUntil(demo.windows_complete)
    assert demo._windows[team].covers(long_ago - timedelta(weeks=6), long_ago + timedelta(weeks=14))
    _assert_windows_fresh(demo)
    assert demo.occurrence(standup.key).notes == "Held in the garden"
    assert demo.agenda(long_ago, long_ago + timedelta(weeks=8)) == agenda(
        demo.store, first=long_ago, last=long_ago + timedelta(weeks=8))


@pytest.mark.parametrize("name", ["move to another week", "cancel", "swap turns"])
def test_the_month_after_an_edit_its_undo_and_redo_shows_what_a_fresh_month_shows(host, demo, name):
    from ui.month_view import MonthView

    def month(session):
        view = MonthView(session, host)
        view.resize(1000, 700)
        view.show()
        view.show_period(WEEK, [t.id for t in session.teams()])
        return view

    find, edit = EDITS[name]
    view = month(demo)
    edit(demo, find(demo))
    for step in (lambda: None, demo.undo_stack.undo, demo.undo_stack.redo):
        step()
        fresh = month(Session(demo.store, clock=lambda: NOW))
        assert view.data.occurrences == fresh.data.occurrences and view.by_day == fresh.by_day
        assert view.grab().toImage() == fresh.grab().toImage()
        fresh.deleteLater()
