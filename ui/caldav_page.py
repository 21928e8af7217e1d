"""Preferences › Calendar server: the account the app pushes to, a connection test, "push after each change"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import settings as keys
from .preferences import PreferencesPage
from .settings import Settings

if TYPE_CHECKING:
    from .session import Session


def test_work(name: str):
    """What a connection test job does on its own Store: connect with the account, say what the server offers."""

    def work(store, _report) -> tuple[int, bool, str]:
        from ritualdesk.calserver.accounts import account
        from ritualdesk.calserver.connection import Connection
        from ritualdesk.errors import CalendarServerError, RitualDeskError

        try:
            with Connection(account(store, name)) as connection:
                caps = connection.capabilities()
        except RitualDeskError:
            raise
        except Exception as error:  # an answer nobody foresaw: said, not raised
            raise CalendarServerError(f"{type(error).__name__}: {error}") from None
        return len(caps.calendars), caps.sync_tokens, caps.home

    return work


class CalendarServerPage(PreferencesPage):
    """Choose or add the account, test it, and push after each change (in the background)."""

    tested = Signal(bool, str)

    def __init__(self, settings: Settings, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(settings, session, parent)
        self.setObjectName("calendarServerPage")
        self.job = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.account = QComboBox(self)
        self.account.setObjectName("caldavAccount")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("caldavRemove")
        self.remove_button.clicked.connect(self.remove_account)
        row = QHBoxLayout()
        row.addWidget(self.account, 1)
        row.addWidget(self.remove_button)
        label = QLabel(self.tr("&Account:"), self)
        label.setBuddy(self.account)
        form.addRow(label, row)
        self.account.currentIndexChanged.connect(self._show_last)
        layout.addLayout(form)

        adding = QGroupBox(self.tr("New account"), self)
        adding.setObjectName("caldavNew")
        fields = QFormLayout(adding)
        self.name = QLineEdit(adding)
        self.name.setPlaceholderText(self.tr("work"))
        self.url = QLineEdit(adding)
        self.url.setPlaceholderText("https://cloud.example.com/remote.php/dav/")
        self.user = QLineEdit(adding)
        self.password = QLineEdit(adding)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.calendar = QLineEdit(adding)
        self.calendar.setPlaceholderText(self.tr("optional: one calendar for every team"))
        for widget, name in ((self.name, "caldavName"), (self.url, "caldavUrl"), (self.user, "caldavUser"),
                             (self.password, "caldavPassword"), (self.calendar, "caldavCalendar")):
            widget.setObjectName(name)
        fields.addRow(self.tr("&Name:"), self.name)
        fields.addRow(self.tr("Server &URL:"), self.url)
        fields.addRow(self.tr("U&ser:"), self.user)
        fields.addRow(self.tr("&Password:"), self.password)
        fields.addRow(self.tr("Ca&lendar:"), self.calendar)
        self.add_button = QPushButton(self.tr("A&dd account"), adding)
        self.add_button.setObjectName("caldavAdd")
        self.add_button.clicked.connect(self.add_account)
        fields.addRow("", self.add_button)
        layout.addWidget(adding)

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("caldavTest")
        self.test_button.clicked.connect(self.test_connection)
        self.auto_push = QCheckBox(self.tr("Pus&h after each change"), self)
        self.auto_push.setObjectName("caldavAutoPush")
        self.auto_push.setChecked(settings.get(keys.CALDAV_AUTO_PUSH))
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.auto_push, 1)
        layout.addLayout(actions)
        self.status = QLabel(self)
        self.status.setObjectName("caldavStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._load(settings.get(keys.CALDAV_ACCOUNT))

    def title(self) -> str:
        return self.tr("Calendar server")

    # -- accounts ---------------------------------------------------------------------------

    def _store(self):
        return self.session.store if self.session is not None else None

    def _load(self, chosen: str) -> None:
        from ritualdesk.calserver.accounts import accounts

        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("None (no pushes)"), "")
        store = self._store()
        self.accounts = {a.name: a for a in accounts(store)} if store is not None else {}
        for name, found in self.accounts.items():
            self.account.addItem(f"{name} — {found.username} @ {found.url}", name)
        self.account.setCurrentIndex(max(self.account.findData(chosen), 0))
        self.account.blockSignals(False)
        self._show_last()

    def chosen(self) -> str:
        """The account chosen ('' for none)."""
        return self.account.currentData() or ""

    def _update(self) -> None:
        name = self.chosen()
        has_store = self._store() is not None
        self.remove_button.setEnabled(bool(name))
        self.test_button.setEnabled(bool(name) and self.job is None)
        self.auto_push.setEnabled(bool(name))
        self.add_button.setEnabled(has_store)

    def _show_last(self) -> None:
        """What the chosen account's last push did."""
        self._update()
        found = self.accounts.get(self.chosen())
        if found is None:
            self.status.setText(self.tr("Rituals are pushed to a CalDAV server (Nextcloud, Radicale...) only "
                                        "when an account is chosen here."))
        elif found.last_push is not None:
            when = found.last_push.astimezone().strftime("%Y-%m-%d %H:%M")
            self.status.setText(self.tr("Last push: %1 — %2").replace("%1", when).replace("%2", found.last_result_text()))
        else:
            self.status.setText(self.tr("Never pushed yet."))

    def add_account(self) -> None:
        """Save the new account (its password goes to the system keyring) and choose it."""
        from ritualdesk.calserver.accounts import Account, add_account
        from ritualdesk.errors import RitualDeskError

        store = self._store()
        if store is None:
            return
        try:
            added = add_account(store, Account(self.name.text().strip(), self.url.text().strip(),
                                               self.user.text().strip(), self.calendar.text().strip() or None),
                                password=self.password.text() or None)
        except RitualDeskError as error:
            self.status.setText(str(error))
            return
        self.password.clear()
        for field in (self.name, self.url, self.user, self.calendar):
            field.clear()
        self._load(added.name)
        self.status.setText(self.tr("Account %1 added; test the connection to check it.").replace("%1", added.name))

    def remove_account(self) -> None:
        """Forget the chosen account and its password (the server's calendars stay)."""
        from ritualdesk.calserver.accounts import remove_account
        from ritualdesk.errors import RitualDeskError

        name = self.chosen()
        if not name or self._store() is None:
            return
        try:
            remove_account(self._store(), name)
        except RitualDeskError as error:
            self.status.setText(str(error))
            return
        self._load("")

    def test_connection(self) -> None:
        """Connect in the background and say what the server offers."""
        name = self.chosen()
        store = self._store()
        if not name or store is None or store.path is None or self.job is not None:
            return
        from . import background

        self.status.setText(self.tr("Connecting…"))
        self.job = background.start(store.path, test_work(name), done=self._on_connected,
                                    failed=self._on_failed)
        self._update()

    def _on_connected(self, found: tuple[int, bool, str]) -> None:
        calendars, sync, home = found
        message = self.tr("Connected: %n calendar(s) in %1", "", calendars).replace("%1", home)
        message += " " + (self.tr("(sync tokens offered).") if sync
                          else self.tr("(no sync tokens: pushes compare ETags)."))
        self._on_tested(True, message)

    def _on_failed(self, error: Exception) -> None:
        self._on_tested(False, str(error))

    def _on_tested(self, ok: bool, message: str) -> None:
        self.job = None
        self.status.setText(message if ok else self.tr("Cannot connect: %1").replace("%1", message))
        self._update()
        self.tested.emit(ok, message)

    def apply(self) -> None:
        self.settings.set(keys.CALDAV_ACCOUNT, self.chosen())
        self.settings.set(keys.CALDAV_AUTO_PUSH, self.auto_push.isChecked() and bool(self.chosen()))
