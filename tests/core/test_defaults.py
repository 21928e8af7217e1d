"""Defaults for a new team: France's holidays for a French locale, the machine's zone."""

from __future__ import annotations

import pytest
import tzlocal

from ritualdesk.defaults import default_holidays, default_timezone, locale_country


@pytest.mark.parametrize("lang, country", [("fr_FR.UTF-8", "FR"), ("fr_BE.UTF-8", "BE"), ("en_GB.UTF-8", "GB"),
                                           ("fr", "FR"), ("C.UTF-8", None)])
def test_locale_country(monkeypatch, lang, country):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.setenv("LANG", lang)
    assert locale_country() == country


def test_french_locale_gets_french_holidays(monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert default_holidays() == "FR"


@pytest.fixture
def machine_zone(monkeypatch):
    """Set the machine's zone (TZ) for one test; tzlocal keeps the zone it found first, so it is told each time."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        tzlocal.reload_localzone()

    yield set_zone
    monkeypatch.undo()
    tzlocal.reload_localzone()  # the tests after this one see the machine's own zone again


def test_default_timezone_is_a_valid_zone(machine_zone):
    machine_zone("Asia/Kolkata")
    assert default_timezone() == "Asia/Kolkata"

