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



@pytest.mark.parametrize("lang", ["en_US.UTF-8", "C.UTF-8"])
def test_a_paris_team_gets_french_holidays_whatever_the_locale(monkeypatch, lang):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.setenv("LANG", lang)
    assert default_holidays("Europe/Paris") == "FR"  # it was US under en_US, none under C, unlike the app's wizard


@pytest.mark.parametrize("zone, country", [("America/Montreal", "CA"), ("Asia/Calcutta", "IN"),
                                           ("US/Eastern", "US"), ("Australia/NSW", "AU")])
def test_an_older_name_of_a_zone_gets_its_country_s_holidays(monkeypatch, zone, country):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert default_holidays(zone) == country  # America/Montreal is not in zone.tab: a Montreal team had none


def test_a_zone_with_no_country_falls_back_on_the_locale(monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert default_holidays("UTC") == "FR"


def test_team_add_without_holidays_takes_its_zone_s_country(monkeypatch, tmp_path, capsys):
    from ritualdesk.cli import main
    from ritualdesk.store import Store

    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    db = tmp_path / "teams.sqlite3"
    assert main(["--db", str(db), "team", "add", "Mistral", "--timezone", "Europe/Paris"]) == 0
    assert main(["--db", str(db), "team", "add", "Liberty", "--timezone", "America/New_York"]) == 0
    capsys.readouterr()
    store = Store.open(db)
    try:
        assert sorted((t.name, t.holidays_country) for t in store.teams()) == [("Liberty", "US"), ("Mistral", "FR")]
    finally:
        store.close()


@pytest.mark.parametrize("name", ["Etc/UTC", "Universal", "Zulu"])
def test_a_machine_on_utc_gives_plain_utc_as_the_app_does(machine_zone, name):
    machine_zone(name)
    assert default_timezone() == "UTC"  # 'team add' named it Etc/UTC where the app's wizard says UTC
