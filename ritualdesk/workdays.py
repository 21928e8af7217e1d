"""Which days a team works: its working weekdays minus its public holidays (`holidays`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from .errors import InvalidInput
from .holiday_cache import holidays_of_year
from .i18n import _
from .model import PastWorkweek, Team, zone


def _supported_countries() -> dict[str, list[str]]:
    import holidays  # imported on demand: checking a calendar is rare, computing a view is not

    return holidays.list_supported_countries()


def check_holiday_calendar(country: str | None, subdivision: str | None = None) -> None:
    """Raise InvalidInput unless `holidays` knows this country (and subdivision)."""
    if country is None:
        return
    supported = _supported_countries()
    if country not in supported:
        raise InvalidInput(_("unknown holiday calendar {country!r} (use a country code such as FR, GB, US)").format(
                               country=country))
    if subdivision is not None and subdivision not in supported[country]:
        known = ", ".join(supported[country][:12])
        raise InvalidInput(_("{country} has no subdivision {subdivision!r} (known: {known}...)").format(
                               country=country, subdivision=subdivision, known=known))


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


def holiday_calendar_text(country: str | None, subdivision: str | None) -> str | None:
    """'CC' or 'CC-SUBDIV' as `--holidays` takes it (the inverse of parse_holiday_calendar); None for none."""
    return "-".join(part for part in (country, subdivision) if part) or None


class WorkCalendar:
    """Answers 'does the team work on this day?' and 'which holiday is it?' quickly.

    `past` are the team's earlier working weeks (each valid up to its `until` day): the days
    before a change of working days, holidays or time zone keep the calendar and the zone they had.
    """

    __slots__ = ("_current", "_known", "_past", "_spans", "_tz", "_untils", "_years", "_zones")

    def __init__(self, team: Team, past: Sequence[PastWorkweek] = ()) -> None:
        self._current = (frozenset(team.working_days), team.holidays_country, team.holidays_subdivision)
        ordered = sorted(past, key=lambda p: p.until)
        self._past = [(frozenset(p.working_days), p.holidays_country, p.holidays_subdivision) for p in ordered]
        self._untils = [p.until for p in ordered]
        self._tz = team.tz
        # Each earlier week's zone: its own when its zone changed after it, else that of the weeks after it.
        zones, later = [], team.tz
        for week in reversed(ordered):
            later = zone(week.timezone) if week.timezone else later
            zones.append(later)
        self._zones = zones[::-1] if any(z.key != self._tz.key for z in zones) else None
        self._spans: dict[tuple[date, date], list[date]] = {}
        self._years: dict[tuple[str, str | None, int], dict[date, str]] = {}
        self._known: dict[date, bool] = {}  # is_working_day's answers: schedules and sprints ask of the same days

    def _on(self, day: date) -> tuple[frozenset[int], str | None, str | None]:
        if not self._untils or day > self._untils[-1]:
            return self._current
        return self._past[bisect_left(self._untils, day)]

    def zone_on(self, day: date) -> ZoneInfo:
        """The team's time zone on `day` (an earlier one before its zone changed)."""
        if self._zones is None or day > self._untils[-1]:
            return self._tz
        return self._zones[bisect_left(self._untils, day)]

    def zone_changes(self) -> list[tuple[date, str]]:
        """(last day, zone) of each earlier zone of the team, oldest first: empty when it never changed."""
        found: list[tuple[date, str]] = []
        for until, earlier in zip(self._untils, self._zones or (), strict=False):
            if found and found[-1][1] == earlier.key:
                found[-1] = (until, earlier.key)
            else:
                found.append((until, earlier.key))
        return found[:-1] if found and found[-1][1] == self._tz.key else found

    def weekdays_ever(self) -> frozenset[int]:
        """Every weekday the team works, now or in an earlier working week."""
        return frozenset().union(self._current[0], *(weekdays for weekdays, _, _ in self._past))

    def working_days_between(self, first: date, last: date) -> list[date]:
        """The working days from `first` to `last` included (remembered: sprints ask again and again)."""
        span = (first, last)
        if span not in self._spans:
            self._spans[span] = self.working_among(first + timedelta(days=i) for i in range((last - first).days + 1))
        return self._spans[span]

    def working_among(self, days: Iterable[date]) -> list[date]:
        """Those of `days` that are working days, in their order."""
        known, ask = self._known.get, self.is_working_day
        return [day for day in days if (known(day) if day in self._known else ask(day))]

    def holiday(self, day: date) -> str | None:
        """The name of the public holiday on `day`, if any."""
        return self._holiday(day, self._on(day))

    def _holiday(self, day: date, settings: tuple[frozenset[int], str | None, str | None]) -> str | None:
        _, country, subdivision = settings
        if country is None:
            return None
        key = (country, subdivision, day.year)
        year = self._years.get(key)
        if year is None:
            year = self._years[key] = holidays_of_year(country, subdivision, day.year)
        return year.get(day)

    def is_working_day(self, day: date) -> bool:
        """A working weekday that is not a public holiday."""
        known = self._known.get(day)
        if known is None:
            settings = self._on(day)
            known = self._known[day] = day.weekday() in settings[0] and self._holiday(day, settings) is None
        return known
