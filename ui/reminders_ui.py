"""Reminders in the desktop: when they are due (an injected timer and clock), the tray or an in-app banner."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from ritualdesk.reminders import Reminder, due_among

from . import settings as keys
from .calendar_data import local_text
from .resources import app_icon

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import Session
    from .settings import Settings

SNOOZE = timedelta(minutes=5)
LOOKAHEAD = timedelta(days=2)  # reminders computed ahead, recomputed after every change
MAX_SLEEP_MS = 60_000  # check at least every minute: a laptop waking up is noticed within one


def reminder_text(reminder: Reminder, now: datetime) -> str:
    """What a reminder says at `now`: 'You facilitate Phoenix's stand-up in 10 minutes'."""
    minutes = max(0, math.ceil((reminder.start - now).total_seconds() / 60))
    team, ritual = reminder.team, reminder.ritual
    if minutes <= 90:
        if reminder.facilitates:
            text = QCoreApplication.translate("Reminders", "You facilitate %1's %2 in %n minute(s)", "", minutes)
        else:
            text = QCoreApplication.translate("Reminders", "%1's %2 starts in %n minute(s)", "", minutes)
        return text.replace("%1", team).replace("%2", ritual)
    local_now = now.astimezone(reminder.start.tzinfo)
    at = f"{reminder.start:%H:%M}"
    if reminder.start.date() == local_now.date() + timedelta(days=1):
        text = (QCoreApplication.translate("Reminders", "Tomorrow you facilitate %1's %2 at %3") if reminder.facilitates
                else QCoreApplication.translate("Reminders", "Tomorrow: %1's %2 at %3"))
    elif reminder.start.date() == local_now.date():
        text = (QCoreApplication.translate("Reminders", "Today you facilitate %1's %2 at %3") if reminder.facilitates
                else QCoreApplication.translate("Reminders", "Today: %1's %2 at %3"))
    else:
        at = f"{local_text(reminder.start.date(), 'ddd d MMM')} {reminder.start:%H:%M}"  # names in the user's language
        text = (QCoreApplication.translate("Reminders", "You facilitate %1's %2 on %3") if reminder.facilitates
                else QCoreApplication.translate("Reminders", "%1's %2 on %3"))
    return text.replace("%1", team).replace("%2", ritual).replace("%3", at)


class ReminderScheduler(QObject):
    """Says which reminders are due, once each, on an injected timer and the session's clock.

    The coming reminders are computed ahead and again after every change (here or elsewhere);
    each check only picks those due, so a check costs nothing. A check after a long sleep finds
    only reminders whose ritual has not begun: no storm of stale ones.
    """

    due = Signal(object)  # a Reminder to show now
    withdrawn = Signal(object)  # a Reminder shown before whose ritual has begun or is gone

    def __init__(self, session: Session, settings: Settings, *, timer: QTimer | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.timer = timer or QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.upcoming: list[Reminder] = []
        self.computed_until: datetime | None = None
        self.shown: dict[tuple[str, bool], Reminder] = {}
        self.handled: set[tuple[str, bool]] = set()  # dismissed, or shown and superseded
        self.snoozed: dict[tuple[str, bool], datetime] = {}
        session.changed.connect(self.recompute)
        session.reminders_changed.connect(self.recompute)

    def recompute(self, *_args) -> None:
        """Compute the coming reminders again (after an edit, an import, a change made elsewhere)."""
        try:
            if not self.settings.get(keys.REMINDERS_ON):
                self.upcoming, self.computed_until = [], None
                self.timer.stop()
                return
        except RuntimeError:  # the window is being torn down
            return
        now = self.session.now()
        self.upcoming = self.session.coming_reminders(LOOKAHEAD)
        self.computed_until = now + LOOKAHEAD / 2
        self.check()

    def check(self) -> list[Reminder]:
        """Emit the reminders due now that were not shown yet; withdraw stale ones; sleep until the next."""
        now = self.session.now()
        if self.computed_until is None or now >= self.computed_until:
            if not self.settings.get(keys.REMINDERS_ON):
                return []
            self.upcoming = self.session.coming_reminders(LOOKAHEAD)
            self.computed_until = now + LOOKAHEAD / 2
        current = {r.ident: r for r in self.upcoming}
        for ident, shown in list(self.shown.items()):
            fresh = current.get(ident)
            if fresh is None or fresh.start <= now or fresh.start != shown.start:
                del self.shown[ident]
                self.withdrawn.emit(shown)
        emitted = []
        for reminder in due_among(self.upcoming, now=now):
            ident = reminder.ident
            if ident in self.shown or ident in self.handled:
                continue
            if ident in self.snoozed and now < self.snoozed[ident]:
                continue
            self.snoozed.pop(ident, None)
            for other in [i for i in self.shown if i[0] == reminder.uid]:  # the day-before one gives way
                self.withdrawn.emit(self.shown.pop(other))
                self.handled.add(other)
            self.shown[ident] = reminder
            emitted.append(reminder)
            self.due.emit(reminder)
        self._sleep(now)
        return emitted

    def _sleep(self, now: datetime) -> None:
        later = [r.remind_at for r in self.upcoming if r.remind_at > now]
        later += [when for when in self.snoozed.values() if when > now]
        wait = MAX_SLEEP_MS
        if later:
            wait = min(wait, max(0, int((min(later) - now).total_seconds() * 1000)) + 50)
        self.timer.start(wait)

    def snooze(self, reminder: Reminder) -> None:
        """Show it again in a few minutes (if its ritual has not begun by then)."""
        self.shown.pop(reminder.ident, None)
        self.snoozed[reminder.ident] = self.session.now() + SNOOZE
        self._sleep(self.session.now())

    def dismiss(self, reminder: Reminder) -> None:
        self.shown.pop(reminder.ident, None)
        self.handled.add(reminder.ident)


class ReminderBanner(QFrame):
    """The in-app reminder: what is coming, with Open, Snooze and Dismiss."""

    open_requested = Signal(object)  # a Reminder
    snooze_requested = Signal(object)
    dismiss_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#reminderBanner { background: palette(highlight); border-radius: 4px; }"
                           "#reminderBanner QLabel { color: palette(highlighted-text); }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        self.icon.setPixmap(app_icon().pixmap(24, 24))
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.more = QLabel(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.snooze_button = QPushButton(self.tr("&Snooze 5 min"), self)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.more)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            row.addWidget(button)
        self.open_button.clicked.connect(lambda: self._ask(self.open_requested))
        self.snooze_button.clicked.connect(lambda: self._ask(self.snooze_requested))
        self.dismiss_button.clicked.connect(lambda: self._ask(self.dismiss_requested))
        self.reminders: list[Reminder] = []
        self.now = None
        self.hide()

    def _ask(self, signal) -> None:
        if self.reminders:
            signal.emit(self.reminders[-1])

    def add(self, reminder: Reminder, now: datetime) -> None:
        self.reminders = [r for r in self.reminders if r.ident != reminder.ident] + [reminder]
        self.refresh(now)

    def remove(self, reminder: Reminder, now: datetime) -> None:
        self.reminders = [r for r in self.reminders if r.ident != reminder.ident]
        self.refresh(now)

    def refresh(self, now: datetime) -> None:
        self.now = now
        if not self.reminders:
            self.hide()
            return
        latest = self.reminders[-1]
        self.text.setText(reminder_text(latest, now))
        self.setProperty("facilitates", latest.facilitates)
        others = len(self.reminders) - 1
        self.more.setText(self.tr("(and %n more)", "", others) if others else "")
        self.show()


class Reminders(QObject):
    """The window's reminders: the scheduler, the banner, the tray icon where there is a tray."""

    def __init__(self, window: MainWindow, *, timer: QTimer | None = None, tray_available: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        self.tray_available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                               else tray_available)
        self.scheduler = ReminderScheduler(session, window.settings, timer=timer, parent=self)
        self.banner = ReminderBanner(window)
        window.central_column.insertWidget(0, self.banner)  # above the pages, hidden until a reminder comes
        self.tray: QSystemTrayIcon | None = None
        if self.tray_available:
            self._build_tray()
        self.quitting = False
        self.scheduler.due.connect(self.show_reminder)
        self.scheduler.withdrawn.connect(lambda r: self.banner.remove(r, session.now()))
        self.banner.open_requested.connect(self.open)
        self.banner.snooze_requested.connect(self.snooze)
        self.banner.dismiss_requested.connect(self.dismiss)
        window.installEventFilter(self)
        window.quit_action.triggered.disconnect()
        window.quit_action.triggered.connect(self.quit)
        self.last_message: tuple[str, str] | None = None
        # A timer object rather than QTimer.singleShot(0): its timeout comes after the events already
        # posted, the paint of the week among them, so the reminders never delay the first week shown.
        self._first_compute = QTimer(self)
        self._first_compute.setSingleShot(True)
        self._first_compute.setInterval(0)
        self._first_compute.timeout.connect(self.scheduler.recompute)
        self._first_compute.start()

    def _build_tray(self) -> None:
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(self.tr("RitualDesk"))
        menu = QMenu(self.window)
        show = QAction(self.tr("&Show RitualDesk"), menu)
        show.triggered.connect(self.bring_back)
        menu.addAction(show)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), menu)
        quit_action.triggered.connect(self.quit)
        menu.addAction(quit_action)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(lambda reason: reason is QSystemTrayIcon.ActivationReason.Trigger
                                    and self.bring_back())
        self.tray.messageClicked.connect(lambda: self.banner.reminders and self.open(self.banner.reminders[-1]))
        self.tray.show()

    def show_reminder(self, reminder: Reminder) -> None:
        now = self.window.session.now()
        self.banner.add(reminder, now)
        title = self.tr("Your turn to facilitate") if reminder.facilitates else self.tr("Coming up")
        text = reminder_text(reminder, now)
        self.last_message = (title, text)
        if self.tray is not None:
            icon = (QSystemTrayIcon.MessageIcon.Warning if reminder.facilitates
                    else QSystemTrayIcon.MessageIcon.Information)
            self.tray.showMessage(title, text, icon, 0 if reminder.facilitates else 15000)
        else:
            QApplication.alert(self.window, 0 if reminder.facilitates else 5000)

    def open(self, reminder: Reminder) -> None:
        """Show the occurrence in the window, and take the reminder as seen."""
        self.bring_back()
        self.window.reveal_occurrence(reminder.key)
        self.dismiss(reminder)

    def snooze(self, reminder: Reminder) -> None:
        self.scheduler.snooze(reminder)
        self.banner.remove(reminder, self.window.session.now())

    def dismiss(self, reminder: Reminder) -> None:
        self.scheduler.dismiss(reminder)
        self.banner.remove(reminder, self.window.session.now())

    def bring_back(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app in the tray (never where there is no tray)."""
        return self.tray is not None and self.window.settings.get(keys.KEEP_IN_TRAY)

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
            QApplication.quit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.quitting \
                and self.keeps_running():
            event.ignore()
            self.window.save_settings()
            self.window.hide()
            if self.tray is not None:
                self.tray.showMessage(self.tr("RitualDesk keeps running"),
                                      self.tr("Reminders still come. Quit from this icon's menu."),
                                      QSystemTrayIcon.MessageIcon.Information, 5000)
            return True
        return super().eventFilter(watched, event)
