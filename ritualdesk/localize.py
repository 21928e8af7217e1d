"""Dates and the names of kinds, roles and statuses as a person reads them, in the current language.

strftime's %a and %B follow the C library's locale, which the CLI never sets (and the app
does not share): French day and month names come from this small table instead.
"""

from __future__ import annotations

from datetime import date, datetime

from .i18n import N_, _, language, ngettext
from .model import ActionStatus, OccurrenceStatus, RitualKind, Role

_DAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
         "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")}
_SHORT_DAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
               "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")}
_SHORT_MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                 "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                        "déc.")}
_MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"),
           "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre")}

KIND_NAMES = {RitualKind.STANDUP: N_("Stand-up"), RitualKind.PLANNING: N_("Sprint planning"),
              RitualKind.REVIEW: N_("Sprint review"), RitualKind.RETROSPECTIVE: N_("Retrospective"),
              RitualKind.REFINEMENT: N_("Backlog refinement"), RitualKind.CUSTOM: N_("Ritual")}
ROLE_NAMES = {Role.PRODUCT_OWNER: N_("product owner"), Role.SCRUM_MASTER: N_("scrum master"),
              Role.DEVELOPER: N_("developer"), Role.OTHER: N_("other")}
STATUS_NAMES = {OccurrenceStatus.PLANNED: N_("planned"), OccurrenceStatus.HELD: N_("held"),
                OccurrenceStatus.CANCELLED: N_("cancelled"), ActionStatus.OPEN: N_("open"),
                ActionStatus.DONE: N_("done"), ActionStatus.DROPPED: N_("dropped")}


def _table(table: dict[str, tuple[str, ...]], code: str | None) -> tuple[str, ...]:
    return table.get(code or language(), table["en"])


def day_name(weekday: int, code: str | None = None) -> str:
    """'Thursday' / 'jeudi' for 3 (Monday is 0)."""
    return _table(_DAYS, code)[weekday]


def day_names(weekdays: tuple[int, ...] | list[int]) -> str:
    """'Thursday', 'Monday and Wednesday', 'Monday, Wednesday and Friday' in the current language."""
    names = [day_name(d) for d in weekdays]
    if len(names) < 2:
        return "".join(names)
    return _("{days} and {last}").format(days=", ".join(names[:-1]), last=names[-1])


def with_team(team: str, text: str) -> str:
    """'Les Castors: Mêlée' / « Les Castors : Mêlée » (French puts a no-break space before the colon)."""
    return _("{team}: {text}").format(team=team, text=text)


def figure(value: float, *, sign: bool = False) -> str:
    """A figure for people, with the decimal comma in French ('124.58' / '124,58'); --json keeps numbers."""
    text = f"{value:+}" if sign else f"{value}"
    return text.replace(".", ",") if language() == "fr" else text


def short_day(day: date, code: str | None = None) -> str:
    """'Tue' / 'mar.'"""
    return _table(_SHORT_DAYS, code)[day.weekday()]


def long_date(day: date, code: str | None = None) -> str:
    """'Tuesday 1 December 2026' / 'mardi 1 décembre 2026'."""
    return f"{_table(_DAYS, code)[day.weekday()]} {day.day} {_table(_MONTHS, code)[day.month - 1]} {day.year}"


def day_and_time(moment: datetime, code: str | None = None) -> str:
    """'Tue 2026-12-01 14:00' / 'mar. 2026-12-01 14:00': sortable, with a 24-hour time in both."""
    return f"{short_day(moment, code)} {moment:%Y-%m-%d %H:%M}"


def short_date_time(moment: datetime, code: str | None = None) -> str:
    """'Mon 02 Mar 2026 09:30' / 'lun. 02 mars 2026 09:30'."""
    return (f"{short_day(moment, code)} {moment:%d} {_table(_SHORT_MONTHS, code)[moment.month - 1]} "
            f"{moment:%Y %H:%M}")


def time_span(start: datetime, end: datetime) -> str:
    """'09:30–09:45'; across a change of the clocks each end with its offset: '02:30 +0200–02:30 +0100'."""
    if start.utcoffset() == end.utcoffset():
        return f"{start:%H:%M}–{end:%H:%M}"
    return f"{start:%H:%M %z}–{end:%H:%M %z}"  # else an hour's meeting the night clocks go back read 02:30–02:30


def kind_name(kind: RitualKind) -> str:
    return _(KIND_NAMES[kind])


def role_name(role: Role) -> str:
    return _(ROLE_NAMES[role])


def status_name(status: OccurrenceStatus | ActionStatus) -> str:
    return _(STATUS_NAMES[status])


THINGS = {"absence": N_("absence"), "ritual": N_("ritual"), "occurrence": N_("occurrence"),
          "action": N_("action"), "team": N_("team"), "member": N_("member"), "sprint": N_("sprint")}
_COUNTED = {
    "absence": lambda n: ngettext("{count} absence", "{count} absences", n),
    "ritual": lambda n: ngettext("{count} ritual", "{count} rituals", n),
    "occurrence": lambda n: ngettext("{count} occurrence", "{count} occurrences", n),
    "action": lambda n: ngettext("{count} action", "{count} actions", n),
    "team": lambda n: ngettext("{count} team", "{count} teams", n),
    "member": lambda n: ngettext("{count} member", "{count} members", n),
    "sprint": lambda n: ngettext("{count} sprint", "{count} sprints", n),
}


def thing_name(what: str) -> str:
    """The name of a kind of thing an import report lists ('absence', 'ritual'...); unknown ones as they are."""
    return _(THINGS[what]) if what in THINGS else what


def things(what: str, count: int) -> str:
    """'3 rituals' / '3 rituels'."""
    return _COUNTED[what](count).format(count=count) if what in _COUNTED else f"{count} {what}"
