"""The holidays list: one entry per country, named in the user's language, searchable, defaulting from the zone."""

from __future__ import annotations

import holidays
from PySide6.QtCore import QLocale

from ui.countries import default_country, holiday_countries
from ui.editors.team_editor import TeamEditor
from ui.team_wizard import TeamPage


def test_one_entry_per_country_by_name_with_no_iso3_duplicates(qtbot, session):
    # issue 10, #4: "ABW (ABW)", "FRA (FRA)" next to the two-letter codes, "Germany (DE)" sorted after "CZE"
    page = TeamPage(session)
    qtbot.addWidget(page)
    combo = page.holidays_combo
    codes = [combo.itemData(i) for i in range(1, combo.count())]
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(codes) == len(set(codes)) == len(holidays.list_supported_countries(include_aliases=False))
    assert all(len(code) == 2 for code in codes) and "ABW" not in codes and "FRA" not in codes
    assert "Aruba" in names and "Germany" in names and not any("(" in name for name in names)
    assert names.index("Denmark") < names.index("Germany") < names.index("Greece")


def test_names_are_in_the_user_language():
    french = dict(holiday_countries("fr"))
    english = dict(holiday_countries("en"))
    assert (english["DE"], french["DE"]) == ("Germany", "Allemagne")
    assert [name for _, name in holiday_countries("fr")].index("Allemagne") < [
        name for _, name in holiday_countries("fr")].index("Belgique")


def test_the_list_is_searched_by_any_part_of_a_name(qtbot, session):
    editor = TeamEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    completer = editor.country_combo.completer()
    completer.setCompletionPrefix("land")
    found = {completer.popup().model().index(i, 0).data() for i in range(completer.completionCount())}
    assert {"Finland", "Netherlands", "Poland"} <= found


def test_under_a_c_locale_the_team_zone_gives_the_default(qtbot, session):
    # issue 10, #4: under a C locale the default was "No public holidays"
    assert default_country("Europe/Paris", None) == "FR"
    assert default_country("America/New_York", None) == "US"
    assert default_country("Etc/UTC", None) is None and default_country("Etc/UTC", "BE") == "BE"
    saved = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        page = TeamPage(session)
        qtbot.addWidget(page)
        page.zone_combo.setCurrentText("Europe/Berlin")
        assert page.holidays_combo.currentData() == "DE"
    finally:
        QLocale.setDefault(saved)
