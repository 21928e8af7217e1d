"""Edit › Preferences: one dialog, one page per subject; a page is a class listed in PAGES."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import settings as keys
from .reminder_prefs import RemindersPage
from .settings import Settings

if TYPE_CHECKING:
    from .session import Session


class PreferencesPage(QWidget):
    """One page of the dialog: a title for the list, and `apply()` to save what it shows."""

    def __init__(self, settings: Settings, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def apply(self) -> None:
        """Save the page's values (OK pressed)."""


class LanguagePage(PreferencesPage):
    """The app's language: follow the system, English or French; takes effect at the next start."""

    def __init__(self, settings: Settings, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(settings, session, parent)
        self.setObjectName("languagePage")
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code, text in (("system", self.tr("Follow the system")), ("en", "English"), ("fr", "Français")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(keys.LANGUAGE)), 0))
        form.addRow(self.tr("&Language:"), self.language)
        self.note = QLabel(self.tr("The new language applies the next time RitualDesk starts."), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("languageNote")
        form.addRow(self.note)

    def title(self) -> str:
        return self.tr("Language")

    def apply(self) -> None:
        self.settings.set(keys.LANGUAGE, self.language.currentData())


def _calendar_server_page(settings: Settings, session: Session | None, parent: QWidget) -> PreferencesPage:
    from .caldav_page import CalendarServerPage  # its module imports this one

    return CalendarServerPage(settings, session, parent)


PageFactory = Callable[[Settings, "Session | None", QWidget], PreferencesPage]
# One line per page, in the order they are listed. A page is a PreferencesPage subclass (or any
# callable with the same arguments); its apply() saves what it shows when OK is pressed.
PAGES: list[PageFactory] = [
    LanguagePage,
    _calendar_server_page,
    RemindersPage,
]


class PreferencesDialog(QDialog):
    """The pages listed on the left, the chosen one on the right; OK applies every page."""

    def __init__(self, settings: Settings, session: Session | None = None, parent: QWidget | None = None,
                 *, pages: list[PageFactory] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.stack = QStackedWidget(self)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("preferencesPages")
        self.page_list.setAccessibleName(self.tr("Preference pages"))
        self.pages: list[PreferencesPage] = []
        for factory in PAGES if pages is None else pages:
            page = factory(settings, session, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.page_list.addItem(page.title())
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        width = max((self.page_list.fontMetrics().horizontalAdvance(p.title()) for p in self.pages), default=80)
        self.page_list.setFixedWidth(max(width + 40, 160))
        self.page_list.setIconSize(QSize(0, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(620, 360)

    def page(self, kind: type) -> PreferencesPage | None:
        """The page of a class, for callers and tests."""
        return next((p for p in self.pages if isinstance(p, kind)), None)

    def accept(self) -> None:
        for page in self.pages:
            page.apply()
        self.settings.sync()
        super().accept()
