"""Turns what a person types (dates, times, weekdays, names of kinds) into values, or InvalidInput."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from .errors import InvalidInput, clipped
from .i18n import _
from .model import WEEKDAY_CODES, RitualKind, Role

# Every name a ritual kind may be typed as, its id first; the French ones, the short name first. The
# error message offers the ids and the short French names; everything here is accepted, case and
# accents aside ("melee", "RÉTRO").
ENGLISH_KIND_NAMES = {
    RitualKind.STANDUP: ("standup", "stand-up", "daily", "daily standup", "daily stand-up"),
    RitualKind.PLANNING: ("planning", "sprint planning"),
    RitualKind.REVIEW: ("review", "sprint review"),
    RitualKind.RETROSPECTIVE: ("retrospective", "retro"),
    RitualKind.REFINEMENT: ("refinement", "backlog refinement"),
    RitualKind.CUSTOM: ("custom",),
}
FRENCH_KIND_NAMES = {
    RitualKind.STANDUP: ("mêlée", "mêlée quotidienne"),
    RitualKind.PLANNING: ("planification", "planification de sprint"),
    RitualKind.REVIEW: ("revue", "revue de sprint"),
    RitualKind.RETROSPECTIVE: ("rétrospective", "rétro"),
    RitualKind.REFINEMENT: ("affinage", "affinage du backlog"),
}


def _kind_key(text: str) -> str:
    """A kind's name as it is looked up: accents dropped, case folded, single spaces."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


KIND_ALIASES = {_kind_key(name): kind for table in (ENGLISH_KIND_NAMES, FRENCH_KIND_NAMES)
                for kind, names in table.items() for name in names}
OFFERED_KINDS = ", ".join(names[0] for names in ENGLISH_KIND_NAMES.values())
OFFERED_FRENCH_KINDS = ", ".join(names[0] for names in FRENCH_KIND_NAMES.values())

ROLE_ALIASES = {
    "po": Role.PRODUCT_OWNER, "product-owner": Role.PRODUCT_OWNER, "product_owner": Role.PRODUCT_OWNER,
    "sm": Role.SCRUM_MASTER, "scrum-master": Role.SCRUM_MASTER, "scrum_master": Role.SCRUM_MASTER,
    "dev": Role.DEVELOPER, "developer": Role.DEVELOPER, "other": Role.OTHER,
}


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)  # far enough for any team, safe for arithmetic


def _no_such_day(value: str) -> None:
    """Raise InvalidInput naming the month when `value` is well formed but its day is past the month's end."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?=$|[Tt ])", value, re.ASCII)
    if match is None:
        return
    year, month, day = (int(part) for part in match.groups())
    if 1 <= month <= 12 and day >= 1 and year >= 1:
        length = calendar.monthrange(year, month)[1]
        if day > length:  # 2027-02-29: 2027 is no leap year
            raise InvalidInput(_("there is no {day}: {year}-{month:02} has {length} days").format(
                day=match[0], year=year, month=month, length=length)) from None


def parse_date(text: str, *, today: date | None = None) -> date:
    """An ISO date (2026-03-30), or 'today', or an offset in days from today such as '+14' or '-30'."""
    value = text.strip().lower()
    result = None
    if today is not None:
        if value == "today":
            result = today
        elif re.fullmatch(r"[+-]\d{1,6}", value, re.ASCII):
            result = today + timedelta(days=int(value))
    if result is None:
        try:
            result = date.fromisoformat(value)
        except ValueError:
            _no_such_day(value)
            raise InvalidInput(_("invalid date {text!r} (expected YYYY-MM-DD)").format(text=text)) from None
    if not FIRST_DAY <= result <= LAST_DAY:
        raise InvalidInput(_("{text!r} is out of range (dates go from {first_day} to {last_day})").format(
                               text=text, first_day=FIRST_DAY, last_day=LAST_DAY))
    return result


def parse_time(text: str) -> time:
    """A local time of day such as 09:30."""
    match = re.fullmatch(r"(\d{1,2})[:h](\d{2})", text.strip().lower(), re.ASCII)  # 9:30, 09:30, 9h30
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidInput(_("invalid time {text!r} (expected HH:MM, local to the team)").format(text=text))
    return time(int(match[1]), int(match[2]))


def parse_local_datetime(text: str, *, time_required: bool = False) -> datetime:
    """A date and time such as 2026-03-30T10:00 or '2026-03-30 10:00' (local, or with an offset)."""
    value = text.strip()
    if time_required and not re.search(r"\d[T ]\d", value):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):  # a day alone: it needs its time
            raise InvalidInput(_("give a time too, as in {value}T10:00").format(value=value))
        raise InvalidInput(_("invalid date and time {text!r} (expected YYYY-MM-DDTHH:MM)").format(text=clipped(text)))
    try:
        result = datetime.fromisoformat(value)
    except ValueError:
        _no_such_day(value)
        raise InvalidInput(_("invalid date and time {text!r} (expected YYYY-MM-DDTHH:MM)").format(text=text)) from None
    if not FIRST_DAY <= result.date() <= LAST_DAY:
        raise InvalidInput(_("{text!r} is out of range").format(text=text))
    return result


def parse_weekdays(text: str) -> tuple[int, ...]:
    """Weekday codes such as MO,WE,FR as numbers (Monday is 0)."""
    days = []
    for part in text.upper().replace(" ", "").split(","):
        if part not in WEEKDAY_CODES:
            raise InvalidInput(_("unknown weekday {part!r} (use MO,TU,WE,TH,FR,SA,SU)").format(part=part))
        days.append(WEEKDAY_CODES.index(part))
    return tuple(sorted(set(days)))


def parse_sprint_day(text: str) -> int:
    """'first', 'last' or a working day number N of the sprint."""
    value = text.strip().lower()
    if value == "first":
        return 1
    if value == "last":
        return -1
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number == 0:
        raise InvalidInput(_("invalid sprint day {text!r} (use first, last or a day number such as 3)").format(
                               text=text))
    return number


def parse_month_day(text: str) -> int:
    """A day of the month, 1 to 31, or 'last' (-1)."""
    value = text.strip().lower()
    if value == "last":
        return -1
    if re.fullmatch(r"-?\d{1,2}", value, re.ASCII) and 1 <= abs(int(value)) <= 31:
        return int(value)
    raise InvalidInput(_("invalid day of the month {text!r} (use 1 to 31, or last)").format(text=text))


def parse_monthly_weekday(text: str) -> tuple[int, int]:
    """'1MO' (the first Monday of the month) or '-1FR' (the last Friday) as (ordinal, weekday)."""
    match = re.fullmatch(r"([+-]?[1-5])([A-Z]{2})", text.strip().upper(), re.ASCII)
    if match is None or match[2] not in WEEKDAY_CODES:
        raise InvalidInput(_("invalid monthly day {text!r} (use e.g. 1MO for the first Monday, -1FR for the last "
                             "Friday)").format(text=text))
    return int(match[1]), WEEKDAY_CODES.index(match[2])


def parse_kind(text: str) -> RitualKind:
    """A ritual kind from its name or a common alias (English or French)."""
    kind = KIND_ALIASES.get(_kind_key(text))
    if kind is None:
        # Translators: {french} lists the French names ("mêlée, planification..."); a translation may offer them.
        raise InvalidInput(_("unknown ritual kind {text!r} (use {kinds})").format(
                               text=text, kinds=OFFERED_KINDS, french=OFFERED_FRENCH_KINDS))
    return kind


def parse_role(text: str) -> Role:
    """A member role from its name or a short alias (po, sm, dev)."""
    role = ROLE_ALIASES.get(text.strip().lower())
    if role is None:
        raise InvalidInput(_("unknown role {text!r} (use product-owner, scrum-master, developer or other)").format(
                               text=text))
    return role

