"""Sensible defaults for a new team, taken from the machine: its time zone and its zone's or locale's country."""

from __future__ import annotations

import importlib.resources
import locale
import os
from functools import cache

from .model import zone


_UTC_NAMES = frozenset({"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"})


def default_timezone() -> str:
    """The machine's IANA time zone, or UTC when it cannot be told."""
    import tzlocal  # on demand: only a new team needs it

    try:
        name = tzlocal.get_localzone_name()
        zone(name)
        # a machine on UTC (Etc/UTC, Universal, Zulu...): plain UTC, the name the app's team editors give it
        return "UTC" if name in _UTC_NAMES else name
    except Exception:  # tzlocal raises several kinds of errors on odd set-ups; a default must not fail
        return "UTC"


def locale_country() -> str | None:
    """The country of the user's locale (fr_FR.UTF-8 gives FR, fr_CA gives CA), if any."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name)
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    language, _, rest = value.partition("_")
    country = rest[:2].upper()
    if country.isalpha() and len(country) == 2:
        return country
    return "FR" if language.lower() == "fr" else None


@cache
def zone_countries() -> dict[str, str]:
    """The country of each IANA zone, from tzdata's zone.tab (Europe/Paris: FR), and of each older name.

    zone.tab names one zone per region; a machine or a team may use an older name that links to it
    (America/Montreal to America/Toronto, Asia/Calcutta to Asia/Kolkata): tzdata.zi's links give those.
    """
    folder = importlib.resources.files("tzdata").joinpath("zoneinfo")
    found = {}
    for line in folder.joinpath("zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, name, *_ = line.split("\t")
            found[name] = code
    for line in folder.joinpath("tzdata.zi").read_text(encoding="utf-8").splitlines():
        if line.startswith("L "):  # "L America/Toronto America/Montreal": the second name links to the first
            _link, target, name = line.split()
            if name not in found and target in found:
                found[name] = found[target]
    return found


def default_holidays(timezone: str | None = None) -> str | None:
    """The public holidays of the team's zone's country, else of the locale's, when `holidays` knows them.

    A Paris team gets France's holidays on an American or a C-locale machine, as in the app's team wizard.
    """
    import holidays  # on demand: only a new team needs it

    known = holidays.list_supported_countries()
    for country in (zone_countries().get(timezone or ""), locale_country()):
        if country in known:
            return country
    return None
