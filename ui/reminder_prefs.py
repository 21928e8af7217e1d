"""Preferences › Reminders: who you are in each team, how long before each ritual, the tray."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from . import settings as keys
from .wheel_guard import guard_wheel

if TYPE_CHECKING:
    from .session import Session
    from .settings import Settings


class RemindersPage(QWidget):
    """A preferences page (see ui/preferences.py): title() for the list, apply() when OK is pressed."""

    def __init__(self, settings: Settings, session: Session | None, parent: QWidget | None = None, *,
                 tray_available: bool | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.setObjectName("remindersPage")
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("&Remind me before the rituals I attend"), self)
        self.enabled.setChecked(settings.get(keys.REMINDERS_ON))
        layout.addWidget(self.enabled)
        tray = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.keep = QCheckBox(self.tr("&Keep running in the tray when the window is closed"), self)
        self.keep.setChecked(tray and settings.get(keys.KEEP_IN_TRAY))
        self.keep.setEnabled(tray)
        if not tray:
            self.keep.setToolTip(self.tr("This desktop has no system tray."))
        layout.addWidget(self.keep)
        self.me: dict[int, QComboBox] = {}
        self.leads: dict[int, QSpinBox] = {}
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        if session is not None:
            mine = session.me()
            for team in session.teams():
                group = QGroupBox(team.name, body)
                form = QFormLayout(group)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long ritual title: field below
                who = QComboBox(group)
                who.setObjectName(f"me-{team.id}")
                # As narrow as the page: "Nobody (no reminders…)" no longer asks for a sideways scroll bar.
                who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                who.setMinimumContentsLength(14)
                who.addItem(self.tr("Nobody (no reminders)"), None)
                for member in session.members(team.id):
                    who.addItem(member.name, member.id)
                who.setCurrentIndex(max(who.findData(mine.get(team.id)), 0))
                form.addRow(self.tr("I am:"), who)
                self.me[team.id] = who
                for ritual in session.rituals(team.id):
                    if ritual.ends_on is not None and ritual.ends_on < session.today(team.id):
                        continue
                    lead = QSpinBox(group)
                    lead.setRange(0, 24 * 60)
                    lead.setSuffix(self.tr(" min before"))
                    lead.setValue(session.reminder_lead(ritual.id))
                    form.addRow(ritual.title, lead)
                    self.leads[ritual.id] = lead
                column.addWidget(group)
        if not self.me:
            column.addWidget(QLabel(self.tr("No team yet."), body))
        elif session.store.read_only:  # kept in the database, which cannot be written: shown, not editable
            for field in (*self.me.values(), *self.leads.values()):
                field.setEnabled(False)
            hint = QLabel(self.tr("This database cannot be written: who you are and how long before each ritual "
                                  "can be changed only where it can be."), body)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            column.insertWidget(0, hint)
        column.addStretch(1)
        guard_wheel(body)  # scrolling the teams changes nobody's "I am" nor a reminder's lead
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

    def title(self) -> str:
        return self.tr("Reminders")

    def apply(self) -> None:
        self.settings.set(keys.REMINDERS_ON, self.enabled.isChecked())
        if self.keep.isEnabled():
            self.settings.set(keys.KEEP_IN_TRAY, self.keep.isChecked())
        if self.session is None:
            return
        from ritualdesk.errors import RitualDeskError

        from .feedback import show_error

        try:
            mine = self.session.me()
            for team_id, combo in self.me.items():
                if combo.currentData() != mine.get(team_id):
                    self.session.set_me(team_id, combo.currentData())
            for ritual_id, spin in self.leads.items():
                if spin.value() != self.session.reminder_lead(ritual_id):
                    self.session.set_reminder_lead(ritual_id, spin.value())
        except RitualDeskError as error:  # kept in the database (read-only, busy): the other preferences still apply
            show_error(self.window(), error, text=self.tr("Who you are and how long before each ritual "
                                                          "were not saved."))
