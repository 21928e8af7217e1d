"""Sensible defaults for a new team, taken from the machine: its time zone and its locale's country."""

from __future__ import annotations

import locale
import os

import tzlocal

from .model import zone


def default_timezone() -> str:
    """The machine's IANA time zone, or UTC when it cannot be told."""
    try:
        name = tzlocal.get_localzone_name()
        zone(name)
        return name
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


def default_holidays() -> str | None:
    """The public holidays of the locale's country when `holidays` knows them (France for a French locale)."""
    import holidays  # on demand: only a new team needs it

    country = locale_country()
    return country if country in holidays.list_supported_countries() else None
