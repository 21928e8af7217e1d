"""A new team's defaults in the app (zone, then holidays) come from the desktop, not from the app's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QLocale

from ui import countries


@pytest.fixture
def app_language(qapp):
    """Set the app's default locale as Preferences › Language does; put back afterwards."""
    previous = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(previous)


def test_the_region_is_the_desktop_s_whatever_language_the_app_speaks(app_language):
    app_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    in_english = countries.locale_country()
    app_language(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    assert countries.locale_country() == in_english  # it used to be US, then CA, in the team wizard


@pytest.mark.parametrize(("machine", "expected"), [
    ("Europe/Berlin", "Europe/Berlin"), ("Etc/UTC", "UTC"), ("UTC", "UTC"), ("Etc/GMT+5", "Europe/Paris"),
    ("Nowhere/Atlantis", "Europe/Paris"),
])
def test_the_zone_is_the_machine_s_when_it_is_one_a_team_can_have(monkeypatch, machine, expected):
    monkeypatch.setattr(countries.QTimeZone, "systemTimeZoneId", staticmethod(lambda: QByteArray(machine.encode())))
    assert countries.default_zone() == expected


def test_a_machine_on_utc_gives_a_new_team_no_country_s_holidays():
    assert countries.default_country("UTC", None) is None  # as `ritualdesk team add` gives on such a machine
