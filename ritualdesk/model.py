"""Frozen domain values, validated where they are made. No I/O."""

from __future__ import annotations

import enum
import functools
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InvalidInput, clipped
from .i18n import LANGUAGES, N_, _, ngettext
from .i18n import language as current_language

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Role(enum.StrEnum):
    """What a member does in the team."""

    PRODUCT_OWNER = "product_owner"
    SCRUM_MASTER = "scrum_master"
    DEVELOPER = "developer"
    OTHER = "other"


class RitualKind(enum.StrEnum):
    """The scrum ceremony a ritual series is."""

    STANDUP = "standup"
    PLANNING = "planning"
    REVIEW = "review"
    RETROSPECTIVE = "retrospective"
    REFINEMENT = "refinement"
    CUSTOM = "custom"


class ScheduleKind(enum.StrEnum):
    """How a ritual series repeats."""

    WORKING_DAYS = "working_days"
    WEEKLY = "weekly"
    SPRINT_DAY = "sprint_day"
    ONCE = "once"
    MONTHLY_DAY = "monthly_day"  # on a day of the month (15, or -1 for the last)
    MONTHLY_WEEKDAY = "monthly_weekday"  # on the Nth (or last) weekday of the month


class HolidayRule(enum.StrEnum):
    """What a ritual does when it falls on a public holiday or a non-working day."""

    SKIP = "skip"  # it does not happen
    BEFORE = "before"  # it moves to the working day before
    AFTER = "after"  # it moves to the working day after


class OccurrenceStatus(enum.StrEnum):
    """Where an occurrence stands."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ActionStatus(enum.StrEnum):
    """Where an action item stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Verdict(enum.StrEnum):
    """What a retrospective decided about a carried-over action."""

    KEEP = "keep"
    DONE = "done"
    DROP = "drop"


class FacilitatorSource(enum.StrEnum):
    """Why an occurrence's facilitator is who they are."""

    NONE = ""  # nobody facilitates: cancelled, or nobody was available
    RECORDED = "recorded"  # a fact: held, or frozen once past
    OVERRIDE = "override"  # set by hand, with a reason
    ROTATION = "rotation"  # whose turn it is
    SWAP = "swap"  # the rotation after a swap of turns
    PASS = "pass"  # the rotation after a pass
    DEFER = "defer"  # the rotation after a deferral


class TurnChange(enum.StrEnum):
    """A change of the facilitator rotation at one occurrence."""

    SWAP = "swap"  # another member takes this turn; the due member takes theirs next
    PASS = "pass"  # the due member goes to the back of the line
    DEFER = "defer"  # the due member skips this one and stays next


@functools.cache
def zone_names() -> frozenset[str]:
    """The IANA zones of the tzdata package (not the machine's 'localtime' nor the 'right/' variants)."""
    import tzdata  # a tiny package; importlib.resources would cost more than reading its file

    zones = Path(tzdata.__file__).with_name("zones")
    if zones.is_file():
        names = zones.read_text(encoding="utf-8").split()
    else:  # a zipped or frozen install
        import importlib.resources

        names = importlib.resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    return frozenset(names) - {"Factory"}


@functools.cache
def zone(name: str) -> ZoneInfo:
    """The IANA time zone called `name`, or InvalidInput."""
    if not isinstance(name, str) or name not in zone_names():
        raise InvalidInput(_("unknown time zone {name!r} (use an IANA name such as Europe/Paris)").format(
                               name=clipped(name)))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(_("unknown time zone {name!r} (use an IANA name such as Europe/Paris)").format(
                               name=clipped(name))) from None


def _require(condition: bool, message: str, **fields: object) -> None:
    """InvalidInput unless `condition`: `message` (marked with N_) in the current language, with `fields`."""
    if not condition:
        raise InvalidInput(_(message).format(**fields))


NAME_LIMIT = 200
# What a name may not be, by what it names: (empty, too long, with a control character); whole
# sentences, so that each is translated as a whole.
_NAME_RULES = {
    "team": (N_("a team needs a name"), N_("a team name is at most {limit} characters"),
             N_("a team name cannot hold a tab, a line break or another control character")),
    "member": (N_("a member needs a name"), N_("a member name is at most {limit} characters"),
               N_("a member name cannot hold a tab, a line break or another control character")),
    "ritual": (N_("a ritual needs a name"), N_("a ritual name is at most {limit} characters"),
               N_("a ritual name cannot hold a tab, a line break or another control character")),
    "action": (N_("an action item needs a name"), N_("an action item name is at most {limit} characters"),
               N_("an action item name cannot hold a tab, a line break or another control character")),
    "account": (N_("an account needs a name"), N_("an account name is at most {limit} characters"),
                N_("an account name cannot hold a tab, a line break or another control character")),
    "calendar": (N_("a calendar needs a name"), N_("a calendar name is at most {limit} characters"),
                 N_("a calendar name cannot hold a tab, a line break or another control character")),
    "user": (N_("an account needs a user name (--user)"), N_("a user name is at most {limit} characters"),
             N_("a user name cannot hold a tab, a line break or another control character")),
}


def tidy_name(value: object, what: str) -> str:
    """`value` checked as the name of a `what` (team, member, account...) and tidy: NFC, no surrounding spaces."""
    empty, too_long, unprintable = _NAME_RULES[what]
    _require(isinstance(value, str) and value.strip() != "", empty)
    tidy = unicodedata.normalize("NFC", value.strip())
    # isprintable() checks the whole text at once; only a text with other characters is looked at one by one
    _require(tidy.isprintable() or all(map(_shown_in_names, tidy)), unprintable)
    _require(len(tidy) <= NAME_LIMIT, too_long, limit=NAME_LIMIT)
    return tidy


def _name(owner: object, field_name: str, what: str) -> None:
    """Check a name and store it tidy: one Unicode form (NFC), no surrounding spaces."""
    object.__setattr__(owner, field_name, tidy_name(getattr(owner, field_name), what))  # frozen: still construction


_JOINERS = {"\u200c", "\u200d"}  # zero-width (non-)joiner: 👩‍💻 is 👩, a joiner and 💻


def _shown_in_names(char: str) -> bool:
    """Whether a character may be in a name: printable ones, and those that build emoji sequences and flags.

    Line breaks, other controls and the bidirectional overrides that disguise text stay out.
    """
    return char.isprintable() or char in _JOINERS or 0xE0020 <= ord(char) <= 0xE007F  # tag characters (🏴󠁧󠁢󠁳󠁣󠁴󠁿)


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same for a person (case and Unicode form aside): 'équipe' is 'Équipe'."""
    return unicodedata.normalize("NFC", a.strip()).casefold() == unicodedata.normalize("NFC", b.strip()).casefold()


@dataclass(frozen=True, slots=True)
class Team:
    """A scrum team: its zone, working days, public holidays and sprint cadence."""

    id: int | None
    name: str
    timezone: str = "Europe/Paris"
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0
    holidays_country: str | None = None  # ISO 3166 code understood by `holidays`
    holidays_subdivision: str | None = None
    sprint_weeks: int = 2
    sprint_start: date | None = None
    language: str = field(default_factory=current_language)  # its exported calendars' language: "en" or "fr"

    def __post_init__(self) -> None:
        _name(self, "name", "team")
        _require(self.language in LANGUAGES, N_("a team's language is en or fr"))
        zone(self.timezone)
        _require(len(self.working_days) > 0, N_("a team needs at least one working day"))
        _require(all(0 <= d <= 6 for d in self.working_days), N_("working days are numbered 0 (Monday) to 6"))
        _require(1 <= self.sprint_weeks <= 12, N_("a sprint lasts between 1 and 12 weeks"))
        _require(
            self.holidays_subdivision is None or self.holidays_country is not None,
            N_("a holiday subdivision needs a country"),
        )

    @property
    def tz(self) -> ZoneInfo:
        """The team's time zone."""
        return zone(self.timezone)


@dataclass(frozen=True, slots=True)
class PastWorkweek:
    """Up to `until` included, the team worked these weekdays with these public holidays (and in this zone)."""

    team_id: int
    until: date
    working_days: tuple[int, ...]
    holidays_country: str | None = None
    holidays_subdivision: str | None = None
    timezone: str | None = None  # the zone until then, when it changed after it (None: the zone of later days)


@dataclass(frozen=True, slots=True)
class Member:
    """A person in a team, with a role and the dates they belong to it."""

    id: int | None
    team_id: int
    name: str
    email: str | None = None
    role: Role = Role.DEVELOPER
    joined: date | None = None
    left: date | None = None

    def __post_init__(self) -> None:
        _name(self, "name", "member")
        if self.email is not None and "@" not in self.email:
            raise InvalidInput(_("{email!r} is not an email address").format(email=clipped(self.email)))
        _require(
            self.joined is None or self.left is None or self.joined <= self.left,
            N_("a member cannot leave before joining"),
        )

    def is_member_on(self, day: date) -> bool:
        """Whether the person belongs to the team on `day`."""
        return (self.joined is None or self.joined <= day) and (self.left is None or day <= self.left)


@dataclass(frozen=True, slots=True)
class Absence:
    """A member away from `start` to `end`, both days included."""

    id: int | None
    member_id: int
    start: date
    end: date
    reason: str = ""

    def __post_init__(self) -> None:
        _require(self.start <= self.end, N_("an absence cannot end before it starts"))


@dataclass(frozen=True, slots=True)
class Sprint:
    """A numbered sprint from `start` to `end`, both days included."""

    team_id: int
    number: int
    start: date
    end: date
    goal: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        _require(self.number >= 1, N_("sprints are numbered from 1"))
        _require(self.start <= self.end, N_("a sprint cannot end before it starts"))

    def contains(self, day: date) -> bool:
        """Whether `day` falls within the sprint."""
        return self.start <= day <= self.end


_ORDINAL_WORDS = {1: N_("1st"), 2: N_("2nd"), 3: N_("3rd"), 4: N_("4th"), 5: N_("5th"), -1: N_("last"),
                  -2: N_("2nd-to-last"), -3: N_("3rd-to-last"), -4: N_("4th-to-last"), -5: N_("5th-to-last")}
_MONTHLY = (ScheduleKind.MONTHLY_DAY, ScheduleKind.MONTHLY_WEEKDAY)


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a ritual series happens: every working day, weekly, monthly, anchored to the sprint, or once.

    `sprint_day` counts the sprint's working days: 1 is the first, -1 the last. `every` repeats a
    weekly or monthly schedule every N weeks or months, counted from `anchor`'s week or month (kept
    as that week's Monday or that month's first day). `month_day` is a day of the month (-1: the
    last); `ordinal` with one weekday is the Nth (-1: last) such weekday of the month. `on_holiday`
    says what an occurrence falling on a holiday or non-working day does.
    """

    kind: ScheduleKind
    weekdays: tuple[int, ...] = ()
    sprint_day: int = 0
    on: date | None = None
    every: int = 1
    anchor: date | None = None
    month_day: int = 0
    ordinal: int = 0
    on_holiday: HolidayRule = HolidayRule.SKIP

    def __post_init__(self) -> None:
        kind = self.kind
        _require(isinstance(self.every, int) and 1 <= self.every <= 52,
                 N_("a schedule repeats every 1 to 52 periods"))
        _require(self.every == 1 or kind is ScheduleKind.WEEKLY or kind in _MONTHLY,
                 N_("only weekly and monthly schedules repeat every N weeks or months"))
        if kind is ScheduleKind.WEEKLY:
            _require(len(self.weekdays) > 0, N_("a weekly ritual needs at least one day"))
            _require(all(0 <= d <= 6 for d in self.weekdays), N_("weekdays are numbered 0 (Monday) to 6"))
        elif kind is ScheduleKind.SPRINT_DAY:
            _require(self.sprint_day != 0, N_("sprint days are counted from 1 (first) or -1 (last)"))
        elif kind is ScheduleKind.ONCE:
            _require(self.on is not None, N_("a one-off ritual needs a date"))
        elif kind is ScheduleKind.MONTHLY_DAY:
            _require(1 <= abs(self.month_day) <= 31, N_("a day of the month is 1 to 31 (or -1 for the last)"))
        elif kind is ScheduleKind.MONTHLY_WEEKDAY:
            _require(len(self.weekdays) == 1 and 0 <= self.weekdays[0] <= 6,
                     N_("a monthly ritual falls on one weekday of the month"))
            _require(1 <= abs(self.ordinal) <= 5,
                     N_("the weekday of the month is counted 1 to 5 (or -1 for the last)"))
        _require(self.on_holiday is HolidayRule.SKIP or kind not in (ScheduleKind.WORKING_DAYS,
                                                                     ScheduleKind.SPRINT_DAY),
                 N_("a ritual on every working day or on a sprint day only meets on working days; "
                    "it cannot move off a holiday"))
        object.__setattr__(self, "on_holiday", HolidayRule(self.on_holiday))
        if self.every == 1:
            object.__setattr__(self, "anchor", None)  # nothing to count from
        elif self.anchor is not None:
            anchor = week_start(self.anchor) if kind is ScheduleKind.WEEKLY else self.anchor.replace(day=1)
            object.__setattr__(self, "anchor", anchor)

    def describe(self) -> str:
        """A short description in the current language, e.g. 'weekly on Monday and Wednesday'."""
        from .localize import day_names  # localize imports this module

        days = day_names(self.weekdays)
        if self.kind is ScheduleKind.WORKING_DAYS:
            return _("every working day")
        if self.kind is ScheduleKind.SPRINT_DAY:
            if self.sprint_day == 1:
                return _("first day of each sprint")
            if self.sprint_day == -1:
                return _("last day of each sprint")
            return _("day {number} of each sprint").format(number=self.sprint_day)
        if self.kind is ScheduleKind.ONCE:
            text = _("once on {day}").format(day=self.on.isoformat())
        elif self.kind is ScheduleKind.WEEKLY:
            text = (ngettext("every {n} week on {days}", "every {n} weeks on {days}", self.every)
                    if self.every > 1 else _("weekly on {days}")).format(n=self.every, days=days)
            if self.anchor is not None:
                text += " " + _("from the week of {day}").format(day=self.anchor.isoformat())
        else:
            period = (ngettext("every {n} month", "every {n} months", self.every).format(n=self.every)
                      if self.every > 1 else _("monthly"))
            if self.kind is ScheduleKind.MONTHLY_DAY:
                text = (_("{period} on the last day") if self.month_day == -1 else
                        _("{period} on day {number}") if self.month_day > 0 else
                        _("{period} on day {number} (from the end)")).format(period=period, number=self.month_day)
            else:
                text = _("{period} on the {ordinal} {days}").format(
                    period=period, ordinal=_(_ORDINAL_WORDS[self.ordinal]), days=days)
            if self.anchor is not None:
                text += " " + _("from {month}").format(month=f"{self.anchor:%Y-%m}")
        if self.on_holiday is HolidayRule.BEFORE:
            text += " " + _("(a holiday moves it to the working day before)")
        elif self.on_holiday is HolidayRule.AFTER:
            text += " " + _("(a holiday moves it to the working day after)")
        return text


@dataclass(frozen=True, slots=True)
class Ritual:
    """A ritual series: what it is, when it happens and who may facilitate it."""

    id: int | None
    team_id: int
    kind: RitualKind
    title: str
    start_time: time
    minutes: int
    schedule: Schedule
    starts_on: date
    ends_on: date | None = None
    location: str = ""
    agenda: str = ""
    uid: str = ""

    def __post_init__(self) -> None:
        _name(self, "title", "ritual")
        _require(0 < self.minutes <= 24 * 60, N_("a ritual lasts between 1 minute and 24 hours"))
        _require(self.start_time.tzinfo is None, N_("a ritual's time is local to its team"))
        _require(self.ends_on is None or self.starts_on <= self.ends_on, N_("a ritual cannot end before it starts"))
        if self.schedule.every > 1 and self.schedule.anchor is None:  # counted from its first week or month
            object.__setattr__(self, "schedule", replace(self.schedule, anchor=self.starts_on))

    @property
    def duration(self) -> timedelta:
        """How long each occurrence lasts."""
        return timedelta(minutes=self.minutes)


@dataclass(frozen=True, slots=True)
class RosterChange:
    """From `effective` on, the ritual's facilitators are `member_ids`, in this order."""

    ritual_id: int
    effective: date
    member_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OccurrenceKey:
    """An occurrence's identity: its ritual and its originally planned local start."""

    ritual_id: int
    planned: datetime  # naive, local to the team

    def __post_init__(self) -> None:
        if self.planned.tzinfo is not None:  # made for every occurrence: no call when it is fine
            raise InvalidInput(_("an occurrence key holds the local planned time"))


@dataclass(frozen=True, slots=True)
class OccurrenceState:
    """What has been recorded about one occurrence (the expansion gives the rest)."""

    key: OccurrenceKey
    status: OccurrenceStatus = OccurrenceStatus.PLANNED
    moved_to: datetime | None = None  # naive, local to the team
    facilitator_id: int | None = None  # a recorded fact (held) or an override (planned)
    reason: str = ""
    change: TurnChange | None = None
    change_member_id: int | None = None  # who is due and swaps/passes/defers
    change_other_id: int | None = None  # who takes the turn in a swap
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One meeting of a ritual; its identity is the originally planned start."""

    key: OccurrenceKey
    team_id: int
    start: datetime  # aware, in the team's zone
    end: datetime
    status: OccurrenceStatus = OccurrenceStatus.PLANNED
    facilitator_id: int | None = None
    facilitator_source: FacilitatorSource = FacilitatorSource.NONE
    reason: str = ""
    notes: str = ""
    sprint_number: int | None = None

    def __post_init__(self) -> None:
        # In UTC: within one zone Python compares wall clocks, and an end in the hour repeated when
        # clocks go back would look earlier than its start.
        if self.start.tzinfo is None or self.end.astimezone(UTC) <= self.start.astimezone(UTC):
            raise InvalidInput(_("an occurrence needs an aware start before its end"))

    @property
    def moved(self) -> bool:
        """Whether it no longer starts when it was originally planned."""
        # As instants: planned at 02:30 on the night clocks jump to 03:30, it starts at 03:30 unmoved.
        planned = self.key.planned.replace(tzinfo=self.start.tzinfo)
        return self.start.astimezone(UTC) != planned.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class ActionItem:
    """Something to do that came out of an occurrence."""

    id: int | None
    team_id: int
    title: str
    origin: OccurrenceKey | None = None
    owner_id: int | None = None
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    created: date | None = None
    closed: date | None = None
    retros_survived: int = 0
    reviews: tuple[tuple[OccurrenceKey, Verdict], ...] = field(default=())

    def __post_init__(self) -> None:
        _name(self, "title", "action")
