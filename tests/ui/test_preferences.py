"""Edit › Preferences: pages listed in one place, the language chosen there and kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from ui import settings as keys
from ui.language import locale_for
from ui.preferences import LanguagePage, PreferencesDialog, PreferencesPage


def test_choosing_french_is_kept_in_the_settings_when_ok_is_pressed(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.page(LanguagePage)
    page.language.setCurrentIndex(page.language.findData("fr"))
    assert settings.get(keys.LANGUAGE) == "system"  # nothing is saved before OK
    dialog.accept()
    assert settings.get(keys.LANGUAGE) == "fr"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.page(LanguagePage).language.currentData() == "fr"


def test_cancel_keeps_the_language(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.page(LanguagePage)
    page.language.setCurrentIndex(page.language.findData("en"))
    dialog.reject()
    assert settings.get(keys.LANGUAGE) == "system"


def test_the_language_page_says_when_the_change_applies(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert "next time" in dialog.page(LanguagePage).findChild(QLabel, "languageNote").text()


def test_a_page_is_added_by_listing_its_class(qtbot, settings):
    class Reminders(PreferencesPage):
        applied = False

        def title(self):
            return "Reminders"

        def apply(self):
            Reminders.applied = True

    dialog = PreferencesDialog(settings, pages=[LanguagePage, Reminders])
    qtbot.addWidget(dialog)
    assert [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())] == ["Language", "Reminders"]
    dialog.page_list.setCurrentRow(1)
    assert dialog.stack.currentWidget() is dialog.page(Reminders)
    dialog.accept()
    assert Reminders.applied


def test_edit_menu_opens_the_preferences_with_ctrl_comma(window):
    action = window.preferences_action
    assert action in window.edit_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    action.trigger()
    assert isinstance(window.last_dialog, PreferencesDialog)
    window.last_dialog.reject()


def test_a_language_choice_keeps_the_systems_country_conventions():
    canada = QLocale("fr_CA")
    assert locale_for("system", canada).name() == "fr_CA"
    assert locale_for("fr", canada).name() == "fr_CA"
    assert locale_for("fr", QLocale("en_US")).name() == "fr_FR"
    english_in_france = locale_for("en", QLocale("fr_FR"))
    assert english_in_france.language() == QLocale.Language.English
    assert english_in_france.firstDayOfWeek().name == "Monday"
    german = locale_for("system", QLocale("de_DE"))  # no German catalogue: English words, German conventions
    assert german.language() == QLocale.Language.English
    assert german.territory() == QLocale.Country.Germany


@pytest.mark.parametrize("language", ["english", "french"])
def test_the_reminders_page_needs_no_sideways_scroll_and_shows_whole_choices(qtbot, request, language, demo,
                                                                            settings):
    from PySide6.QtWidgets import QComboBox, QScrollArea, QStyle, QStyleOptionComboBox

    from ui.reminder_prefs import RemindersPage

    request.getfixturevalue(language)
    dialog = PreferencesDialog(settings, demo)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page(RemindersPage)
    dialog.page_list.setCurrentRow(dialog.pages.index(page))
    scroll = page.findChild(QScrollArea)

    def fits():  # checked again until the layouts settle
        assert not scroll.horizontalScrollBar().isVisible()
        for combo in page.findChildren(QComboBox):
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                 QStyle.SubControl.SC_ComboBoxEditField, combo)
            assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.currentText()

    qtbot.waitUntil(fits)
