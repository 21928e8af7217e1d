"""Which days a team works: its working weekdays minus its public holidays (`holidays`)."""

from __future__ import annotations

from datetime import date, timedelta

from .errors import InvalidInput
from .holiday_cache import holidays_of_year
from .model import Team


def _supported_countries() -> dict[str, list[str]]:
    import holidays  # imported on demand: checking a calendar is rare, computing a view is not

    return holidays.list_supported_countries()


def check_holiday_calendar(country: str | None, subdivision: str | None = None) -> None:
    """Raise InvalidInput unless `holidays` knows this country (and subdivision)."""
    if country is None:
        return
    supported = _supported_countries()
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
    known = _supported_countries().get(country, ())
    if sub is not None and sub not in known and sub.upper() in known:
        sub = sub.upper()
    check_holiday_calendar(country, sub)
    return country, sub


class WorkCalendar:
    """Answers 'does the team work on this day?' and 'which holiday is it?' quickly."""

    __slots__ = ("_country", "_spans", "_subdivision", "_weekdays", "_years")

    def __init__(self, team: Team) -> None:
        self._weekdays = frozenset(team.working_days)
        self._country = team.holidays_country
        self._subdivision = team.holidays_subdivision
        self._spans: dict[tuple[date, date], list[date]] = {}
        self._years: dict[int, dict[date, str]] = {}

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
        year = self._years.get(day.year)
        if year is None:
            year = self._years[day.year] = holidays_of_year(self._country, self._subdivision, day.year)
        return year.get(day)

    def is_working_day(self, day: date) -> bool:
        """A working weekday that is not a public holiday."""
        return day.weekday() in self._weekdays and self.holiday(day) is None
