"""The public-holiday calendars a team can pick: one per country, named in the user's language, searchable."""

from __future__ import annotations

import zoneinfo
from functools import cache

import holidays
from PySide6.QtCore import QCollator, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter

from ritualdesk import defaults


@cache
def time_zones() -> tuple[str, ...]:
    """Every IANA zone name, sorted, without the legacy aliases (what a new team picks from)."""
    return tuple(sorted(z for z in zoneinfo.available_timezones()
                        if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))
                        or z == "UTC"))


@cache
def known_zones() -> frozenset[str]:
    """Every zone name zoneinfo can load, legacy aliases included (a team may use one)."""
    return frozenset(zoneinfo.available_timezones())


def default_zone() -> str:
    """The machine's IANA zone if it has one, else Europe/Paris (a new team's zone)."""
    try:
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    except UnicodeDecodeError:
        zone = ""
    if zone in ("Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"):
        return "UTC"  # a machine on UTC: UTC, with no country's holidays, as the command line does
    return zone if zone in time_zones() else "Europe/Paris"


def locale_country() -> str | None:
    """The country of the desktop's region (none under the C locale), whatever language the app speaks."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.French and locale.territory() == QLocale.Country.AnyTerritory:
        return "FR"
    code = QLocale.territoryToCode(locale.territory())
    return code or None


@cache
def holiday_names() -> dict[str, str]:
    """The `holidays` package's own English name of each country it knows, by ISO 3166 alpha-2 code."""
    names = {}
    try:
        from holidays.registry import COUNTRIES  # (class name, alpha-2, alpha-3, ...) by module name
        for module, (_class_name, code, *_aliases) in COUNTRIES.items():
            names[code] = module.replace("_", " ").title().replace(" And ", " and ").replace(" Of ", " of ")
    except (ImportError, ValueError):  # the registry is an implementation detail of `holidays`
        pass
    return {code: names.get(code, code) for code in holidays.list_supported_countries(include_aliases=False)}


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        return {}
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def holiday_countries(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every country with public holidays, by name as the user's language sorts them.

    Names come from CLDR (Babel) in the user's language when it has them, else from `holidays`.
    """
    language = language or QLocale().name().split("_")[0]
    local = _territories(language) if language not in ("C", "en") else {}
    pairs = [(code, local.get(code) or name) for code, name in holiday_names().items()]
    order = QCollator(QLocale(language))
    return sorted(pairs, key=lambda pair: order.sortKey(pair[1]))


def zone_countries() -> dict[str, str]:
    """The country of each IANA zone (zone.tab), e.g. Europe/Paris: FR; the same table as the command line's."""
    return defaults.zone_countries()


def default_country(zone: str | None, locale_country: str | None = None) -> str | None:
    """The holidays to offer a new team: its zone's country, else the locale's, when `holidays` knows it.

    A machine under the C locale still has a zone, so a Paris team gets French holidays.
    """
    known = holiday_names()
    for code in (zone_countries().get(zone or ""), locale_country):
        if code in known:
            return code
    return None


def fill_country_combo(combo: QComboBox, *, none_label: str) -> None:
    """Fill `combo` with 'no holidays' then every country, and let it be searched by typing any part of a name."""
    combo.clear()
    combo.addItem(none_label, None)
    for code, name in holiday_countries():
        combo.addItem(name, code)
        combo.setItemData(combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    # What is typed and matches nothing goes back to the chosen country when the field is left.
    combo.lineEdit().editingFinished.connect(
        lambda: combo.lineEdit().setText(combo.itemText(combo.currentIndex())) if combo.currentIndex() >= 0 else None)
