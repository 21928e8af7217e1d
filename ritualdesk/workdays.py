"""Which days a team works: its working weekdays minus its public holidays (`holidays`)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from .errors import InvalidInput
from .model import Team


@lru_cache(maxsize=256)
def _holidays_of_year(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    return dict(holidays.country_holidays(country, subdiv=subdivision, years=year))


def check_holiday_calendar(country: str | None, subdivision: str | None = None) -> None:
    """Raise InvalidInput unless `holidays` knows this country (and subdivision)."""
    if country is None:
        return
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise InvalidInput(f"unknown holiday calendar {country!r} (use a country code such as FR, GB, US)")
    if subdivision is not None and subdivision not in supported[country]:
        known = ", ".join(supported[country][:12])
        raise InvalidInput(f"{country} has no subdivision {subdivision!r} (known: {known}...)")


def parse_holiday_calendar(text: str | None) -> tuple[str | None, str | None]:
    """Split 'CC' or 'CC-SUBDIV' into a checked (country, subdivision) pair; '' or 'none' means none."""
    if text is None or text.strip().lower() in ("", "none"):
        return None, None
    country, _, subdivision = text.strip().partition("-")
    country, sub = country.upper(), subdivision or None
    known = holidays.list_supported_countries().get(country, ())
    if sub is not None and sub not in known and sub.upper() in known:
        sub = sub.upper()
    check_holiday_calendar(country, sub)
    return country, sub


class WorkCalendar:
    """Answers 'does the team work on this day?' and 'which holiday is it?' quickly."""

    __slots__ = ("_country", "_spans", "_subdivision", "_weekdays")

    def __init__(self, team: Team) -> None:
        self._weekdays = frozenset(team.working_days)
        self._country = team.holidays_country
        self._subdivision = team.holidays_subdivision
        self._spans: dict[tuple[date, date], list[date]] = {}

    def working_days_between(self, first: date, last: date) -> list[date]:
        """The working days from `first` to `last` included (remembered: sprints ask again and again)."""
        span = (first, last)
        if span not in self._spans:
            days = (first + timedelta(days=i) for i in range((last - first).days + 1))
            self._spans[span] = [day for day in days if self.is_working_day(day)]
        return self._spans[span]

    def holiday(self, day: date) -> str | None:
        """The name of the public holiday on `day`, if any."""
        if self._country is None:
            return None
        return _holidays_of_year(self._country, self._subdivision, day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        """A working weekday that is not a public holiday."""
        return day.weekday() in self._weekdays and self.holiday(day) is None
