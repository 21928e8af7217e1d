"""Reminders in the app: due on an injected clock and timer, the banner, snooze, open, dismiss, tray, wake-up."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ritualdesk.model import OccurrenceKey, RitualKind
from ui.reminders_ui import ReminderScheduler, reminder_text

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def _in_english(english):
    """Every test here reads the English catalogue's plural forms ("10 minutes")."""


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 17, 9, 0, tzinfo=PARIS))  # Tuesday; the stand-up is at 09:30


@pytest.fixture
def timed(store, qapp, clock):
    from ui.session import Session

    return Session(store, clock=clock)


def _member(session, name):
    return next(m for m in session.members() if m.name == name)


def _standup(session):
    return next(r for r in session.rituals() if r.kind is RitualKind.STANDUP)


def _scheduler(timed, settings):
    timer = QTimer()
    scheduler = ReminderScheduler(timed, settings, timer=timer)
    shown, gone = [], []
    scheduler.due.connect(shown.append)
    scheduler.withdrawn.connect(gone.append)
    return scheduler, timer, shown, gone


def _facilitator(timed, day):
    key = OccurrenceKey(_standup(timed).id, datetime(2026, 3, day, 9, 30))
    return timed.member(timed.occurrence(key).facilitator_id), key


def test_a_reminder_is_due_ten_minutes_before_once(timed, settings, clock):
    attendee, _ = _facilitator(timed, 18)  # tomorrow's facilitator only attends today's
    timed.set_me(attendee.team_id, attendee.id)
    scheduler, timer, shown, _ = _scheduler(timed, settings)
    scheduler.recompute()
    assert shown == [] and timer.isActive()
    assert timer.interval() <= 60_000  # never asleep for more than a minute
    clock.now = datetime(2026, 3, 17, 9, 20, 30, tzinfo=PARIS)
    scheduler.check()
    standups = [r for r in shown if r.ritual == "Mêlée"]
    assert len(standups) == 1 and not standups[0].facilitates
    assert reminder_text(standups[0], clock.now) == "Les Castors's Mêlée starts in 10 minutes"
    scheduler.check()
    assert len([r for r in shown if r.ritual == "Mêlée"]) == 1  # not twice


def test_the_facilitator_gets_the_stronger_text_and_the_day_before(timed, settings, clock):
    facilitator, _ = _facilitator(timed, 18)
    timed.set_me(facilitator.team_id, facilitator.id)
    scheduler, _, shown, _ = _scheduler(timed, settings)
    clock.now = datetime(2026, 3, 17, 9, 31, tzinfo=PARIS)  # a day before tomorrow's stand-up
    scheduler.recompute()
    tomorrow = [r for r in shown if r.start == datetime(2026, 3, 18, 9, 30, tzinfo=PARIS)]
    assert len(tomorrow) == 1 and tomorrow[0].day_before
    assert reminder_text(tomorrow[0], clock.now) == "Tomorrow you facilitate Les Castors's Mêlée at 09:30"
    clock.now = datetime(2026, 3, 18, 9, 20, tzinfo=PARIS)
    scheduler.check()
    soon = shown[-1]
    assert not soon.day_before and soon.facilitates
    assert reminder_text(soon, clock.now) == "You facilitate Les Castors's Mêlée in 10 minutes"


def test_snooze_shows_it_again_and_dismiss_never(timed, settings, clock):
    attendee, _ = _facilitator(timed, 18)
    timed.set_me(attendee.team_id, attendee.id)
    scheduler, _, shown, _ = _scheduler(timed, settings)
    clock.now = datetime(2026, 3, 17, 9, 20, tzinfo=PARIS)
    scheduler.recompute()
    first = [r for r in shown if r.ritual == "Mêlée"][0]
    scheduler.snooze(first)
    clock.now += timedelta(minutes=4)
    scheduler.check()
    assert shown.count(first) == 1
    clock.now += timedelta(minutes=1, seconds=1)
    scheduler.check()
    assert shown.count(first) == 2
    scheduler.dismiss(first)
    clock.now += timedelta(minutes=2)
    scheduler.check()
    assert shown.count(first) == 2


def test_after_a_long_sleep_only_what_has_not_begun_is_shown(timed, settings, clock):
    attendee, _ = _facilitator(timed, 18)
    timed.set_me(attendee.team_id, attendee.id)
    scheduler, _, shown, _ = _scheduler(timed, settings)
    clock.now = datetime(2026, 3, 13, 18, 0, tzinfo=PARIS)  # Friday evening: the laptop sleeps
    scheduler.recompute()
    shown.clear()
    clock.now = datetime(2026, 3, 17, 9, 25, tzinfo=PARIS)  # woken up on Tuesday morning
    scheduler.check()
    assert [r.start for r in shown] == [datetime(2026, 3, 17, 9, 30, tzinfo=PARIS)]


def test_a_moved_occurrence_takes_its_reminder_along(timed, settings, clock):
    attendee, _ = _facilitator(timed, 18)
    timed.set_me(attendee.team_id, attendee.id)
    scheduler, _, shown, gone = _scheduler(timed, settings)
    clock.now = datetime(2026, 3, 17, 9, 21, tzinfo=PARIS)
    scheduler.recompute()
    reminded = [r for r in shown if r.ritual == "Mêlée"][0]
    timed.move(reminded.key, datetime(2026, 3, 17, 11, 0))  # announces the change: recomputed
    assert reminded in gone
    clock.now = datetime(2026, 3, 17, 10, 50, tzinfo=PARIS)
    scheduler.check()
    assert shown[-1].start == datetime(2026, 3, 17, 11, 0, tzinfo=PARIS)
    timed.cancel(shown[-1].key)
    assert shown[-1] in gone


def test_turning_reminders_off_stops_them(timed, settings, clock):
    from ui import settings as keys

    attendee, _ = _facilitator(timed, 18)
    timed.set_me(attendee.team_id, attendee.id)
    settings.set(keys.REMINDERS_ON, False)
    scheduler, timer, shown, _ = _scheduler(timed, settings)
    clock.now = datetime(2026, 3, 17, 9, 21, tzinfo=PARIS)
    scheduler.recompute()
    assert shown == [] and not timer.isActive()


# -- in the window ------------------------------------------------------------------------------------


@pytest.fixture
def timed_window(timed, settings, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(timed, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    return window


def test_without_a_tray_the_banner_shows_and_the_window_asks_attention(qtbot, timed_window, timed, clock,
                                                                       monkeypatch):
    alerts = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, msec=0: alerts.append(widget))
    reminders = timed_window.reminders
    reminders.tray = None  # offscreen has no tray; be sure of it
    facilitator, key = _facilitator(timed, 17)
    timed.set_me(facilitator.team_id, facilitator.id)
    clock.now = datetime(2026, 3, 17, 9, 20, tzinfo=PARIS)
    reminders.scheduler.check()
    banner = reminders.banner
    assert banner.isVisible()
    assert banner.text.text() == "You facilitate Les Castors's Mêlée in 10 minutes"
    assert alerts and all(widget is timed_window for widget in alerts)
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert timed_window.selected == key
    assert not banner.isVisible()
    assert not reminders.keeps_running()  # no tray: closing the window quits


def test_snooze_and_dismiss_buttons_hide_the_banner(qtbot, timed_window, timed, clock):
    reminders = timed_window.reminders
    attendee, _ = _facilitator(timed, 18)
    timed.set_me(attendee.team_id, attendee.id)
    clock.now = datetime(2026, 3, 17, 9, 20, tzinfo=PARIS)
    reminders.scheduler.check()
    qtbot.mouseClick(reminders.banner.snooze_button, Qt.MouseButton.LeftButton)
    assert not reminders.banner.isVisible()
    clock.now += timedelta(minutes=5, seconds=1)
    reminders.scheduler.check()
    assert reminders.banner.isVisible()
    qtbot.mouseClick(reminders.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not reminders.banner.isVisible()


def test_with_a_tray_closing_keeps_the_app_running_and_quit_quits(qtbot, timed, settings, clock, monkeypatch):
    from ui.main_window import MainWindow

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window = MainWindow(timed, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    reminders = window.reminders
    assert reminders.tray is not None and reminders.keeps_running()
    messages = []
    monkeypatch.setattr(reminders.tray, "showMessage", lambda *args: messages.append(args[:2]))
    window.close()
    assert not window.isVisible() and reminders.tray.isVisible()
    assert messages[-1][0] == "RitualDesk keeps running"
    attendee, _ = _facilitator(timed, 18)
    timed.set_me(attendee.team_id, attendee.id)
    clock.now = datetime(2026, 3, 17, 9, 20, tzinfo=PARIS)
    reminders.scheduler.check()
    assert messages[-1] == ("Coming up", "Les Castors's Mêlée starts in 10 minutes")
    window.quit_action.trigger()
    assert quits == [True]


def test_the_team_wizard_asks_who_you_are(qtbot, empty_session):
    from ui.team_wizard import TeamWizard

    wizard = TeamWizard(empty_session)
    qtbot.addWidget(wizard)
    wizard.team_page.name_edit.setText("Phoenix")
    model = wizard.members_page.model
    for row, name in enumerate(["Ana", "Bruno", "Chloé"]):
        model.setData(model.index(row, model.NAME), name)
    me = wizard.members_page.me
    assert [me.itemText(i) for i in range(me.count())][1:] == ["Ana", "Bruno", "Chloé"]
    me.setCurrentIndex(me.findData("Bruno"))
    wizard.accept()
    team = wizard.created
    assert empty_session.member(empty_session.me()[team.id]).name == "Bruno"


def test_the_preferences_say_who_you_are_and_how_long_before(qtbot, timed, settings):
    from ui.preferences import PreferencesDialog
    from ui.reminder_prefs import RemindersPage

    dialog = PreferencesDialog(settings, timed)
    qtbot.addWidget(dialog)
    page = dialog.page(RemindersPage)
    team = timed.teams()[0]
    combo = page.me[team.id]
    combo.setCurrentIndex(combo.findText("Chloé"))
    standup = _standup(timed)
    page.leads[standup.id].setValue(25)
    dialog.accept()
    assert timed.member(timed.me()[team.id]).name == "Chloé"
    assert timed.reminder_lead(standup.id) == 25


def test_a_french_reminder_names_a_team_called_les_castors_without_de_les(french):
    from dataclasses import replace

    from ritualdesk.reminders import Reminder

    start = datetime(2026, 3, 18, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    reminder = Reminder(uid="x", key=OccurrenceKey(1, start.replace(tzinfo=None)), team_id=1, team="Les Castors",
                        ritual="Mêlée quotidienne", kind=RitualKind.STANDUP, member_id=1, member="Ana", start=start,
                        remind_at=start - timedelta(minutes=10), facilitates=True)
    soon = reminder_text(reminder, start - timedelta(minutes=10))
    assert soon == "Vous animez «\u00a0Mêlée quotidienne\u00a0» (Les Castors) dans 10 minutes"
    texts = [soon, reminder_text(reminder, start - timedelta(hours=20)),
             reminder_text(replace(reminder, facilitates=False), start - timedelta(minutes=5))]
    assert all("de Les" not in text and "(Les Castors)" in text for text in texts), texts


def test_a_reminder_days_ahead_names_the_day_and_month_in_the_users_language(french):
    from ritualdesk.reminders import Reminder

    start = datetime(2026, 3, 21, 9, 30, tzinfo=PARIS)  # a Saturday, three days after `now`
    reminder = Reminder(uid="x", key=OccurrenceKey(1, start.replace(tzinfo=None)), team_id=1, team="Les Castors",
                        ritual="Mêlée quotidienne", kind=RitualKind.STANDUP, member_id=1, member="Ana", start=start,
                        remind_at=start - timedelta(days=3), facilitates=True)
    text = reminder_text(reminder, start - timedelta(days=3))
    assert text == "Vous animez «\u00a0Mêlée quotidienne\u00a0» (Les Castors) le sam. 21 mars 09:30"
