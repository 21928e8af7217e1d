"""The `ritualdesk` command line: the same store and operations as the desktop app."""

from __future__ import annotations

import argparse
import os
import shlex
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, cli_argparse, i18n, operations
from .agenda import TeamPlan, agenda, occurrence_uid
from .cli_caldav import add_commands as add_caldav_commands
from .cli_calendar import add_commands as add_calendar_commands
from .cli_delete import add_commands as add_delete_commands
from .cli_common import UsageError, changed, find_member, find_team, names, now, print_json, report
from .dbfile import check_file, store_error
from .defaults import default_holidays, default_timezone
from .demo import generate_demo
from .errors import InvalidInput, NotFound, RitualDeskError, StoreBusy, clipped, one_line
from .i18n import _, ngettext
from .localize import day_and_time, figure, role_name, status_name, with_team
from .model import (
    Absence,
    ActionStatus,
    HolidayRule,
    Member,
    Ritual,
    RosterChange,
    Schedule,
    ScheduleKind,
    Team,
    TurnChange,
)
from .os_reasons import os_reason
from .parsing import (
    parse_date,
    parse_kind,
    parse_local_datetime,
    parse_month_day,
    parse_monthly_weekday,
    parse_role,
    parse_sprint_day,
    parse_time,
    parse_weekdays,
)
from .paths import database_path
from .schedule import first_day
from .store import Store
from .workdays import holiday_calendar_text, parse_holiday_calendar

if TYPE_CHECKING:
    from .document import Document


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(_("expected a whole number from 1, not {text!r}").format(text=clipped(text)))
    return value


def _action_id(text: str) -> int:
    """An action's number as `actions` lists it (#12 or 12); SQLite's integers stop at 2**63 - 1."""
    try:
        value = int(text.strip().removeprefix("#"))
    except ValueError:
        value = 0
    if not 1 <= value < 2 ** 63:
        raise argparse.ArgumentTypeError(_("expected an action's number as `ritualdesk actions` lists it (such "
                                           "as 12), not {text!r}").format(text=clipped(text)))
    return value


def _member_name(text: str) -> str:
    """A member's name as an option gives it: an empty one is a mistake, not a way to clear anything."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_("expected a member's name, not an empty text"))
    return text


# options whose empty value means something (no notes, no location...): every other option needs a value
_FREE_TEXT = frozenset({"--reason", "--notes", "--location", "--agenda", "--goal", "--name", "--email", "--calendar",
                        "--output"})


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", cli_argparse.HelpFormatter)
        super().__init__(*args, **kwargs)

    def _get_values(self, action: argparse.Action, arg_strings: list[str]):
        """An option's value; an empty one is refused (`--weekly ""` is a mistake, not "not given")."""
        value = super()._get_values(action, arg_strings)
        if action.option_strings and isinstance(value, str) and not value.strip() \
                and not _FREE_TEXT.intersection(action.option_strings):
            raise argparse.ArgumentError(action, _("expected a value, not an empty text"))
        return value

    def error(self, message: str) -> None:  # one clear line, status 2, as everywhere else
        raise UsageError(_("{message} (see `{prog} --help`)").format(message=message, prog=self.prog))


def _now() -> datetime:
    return now()


def _today(team: Team | None = None) -> date:
    return _now().astimezone(team.tz if team is not None else None).date()  # None: this computer's zone


_team, _member, _names, _json = find_team, find_member, names, print_json
_changed, _report = changed, report


# -- commands -----------------------------------------------------------------------------


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    if not 1 <= args.teams <= 500 or not 0 <= args.years <= 30:
        raise InvalidInput(_("use --teams between 1 and 500 and --years between 0 and 30"))
    teams = generate_demo(store, teams=args.teams, years=args.years, seed=args.seed, now=_now())
    print(ngettext("added {count} demo team: {names}", "added {count} demo teams: {names}", len(teams)).format(
        count=len(teams), names=", ".join(t.name for t in teams)))
    return 0


def cmd_team_add(store: Store, args: argparse.Namespace) -> int:
    timezone = args.timezone or default_timezone()
    country, subdivision = parse_holiday_calendar(
        args.holidays if args.holidays is not None else default_holidays(timezone))
    start = parse_date(args.sprint_start, today=_today()) if args.sprint_start else None
    working = parse_weekdays(args.working_days) if args.working_days else (0, 1, 2, 3, 4)
    result = operations.add_team(store, Team(
        id=None, name=args.name, timezone=timezone, working_days=working,
        holidays_country=country, holidays_subdivision=subdivision, sprint_weeks=args.sprint_weeks,
        sprint_start=start, language=args.language or i18n.language()))
    team = result.value
    print(_("added team {team} ({timezone})").format(team=team.name, timezone=team.timezone))
    _report(args, store, result)
    return 0


def cmd_team_list(store: Store, args: argparse.Namespace) -> int:
    teams = store.teams()
    if args.json:
        _json([{"name": t.name, "timezone": t.timezone,
                "holidays": holiday_calendar_text(t.holidays_country, t.holidays_subdivision),
                "sprint_weeks": t.sprint_weeks, "language": t.language, "members": len(store.members(t.id))}
               for t in teams])
    for team in teams if not args.json else ():
        holidays = holiday_calendar_text(team.holidays_country, team.holidays_subdivision) or _("no holidays")
        sprints = (ngettext("{weeks}-week sprints", "{weeks}-week sprints", team.sprint_weeks).format(
            weeks=team.sprint_weeks) if team.sprint_start is not None else _("no sprints"))
        print(f"{team.name}\t{team.timezone}\t{holidays}\t{sprints}\t{team.language}")
    return 0


def cmd_member_add(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team)
    today = _today(team)
    result = operations.add_member(store, Member(
        id=None, team_id=team.id, name=args.name, email=args.email, role=parse_role(args.role),
        joined=parse_date(args.joined, today=today) if args.joined else None,
        left=parse_date(args.left, today=today) if args.left else None,
    ))
    member = result.value
    _report(args, store, result)
    print(_("added {member} to {team} as {role}").format(member=member.name, team=team.name,
                                                          role=role_name(member.role)))
    if store.rituals(team.id):
        print(_("to have {member} facilitate, add them to a roster: {command}").format(
            member=member.name, command=f"ritualdesk roster {shlex.quote(team.name)} RITUAL NAME,NAME,..."))
    return 0


def cmd_member_list(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team)
    for member in store.members(team.id):
        print(f"{member.name}\t{role_name(member.role)}\t{member.email or ''}")
    return 0


def cmd_absence_add(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team)
    member = _member(store, team, args.member)
    today = _today(team)
    start = parse_date(args.start, today=today)
    end = parse_date(args.end, today=today) if args.end else start
    _report(args, store, operations.add_absence(
        store, Absence(id=None, member_id=member.id, start=start, end=end, reason=args.reason), now=_now()))
    print((_("{member} is away on {start}") if end == start else _("{member} is away from {start} to {end}")).format(
        member=member.name, start=start, end=end))
    return 0


def _schedule(args: argparse.Namespace, team: Team) -> Schedule:
    on_holiday = HolidayRule(args.on_holiday)
    if args.every_weeks is not None and not args.weekly:
        raise UsageError(_("--every-weeks goes with --weekly DAYS"))
    if args.every_months is not None and not (args.monthly or args.monthly_day):
        raise UsageError(_("--every-months goes with --monthly or --monthly-day"))
    if args.every_working_day:
        return Schedule(ScheduleKind.WORKING_DAYS, on_holiday=on_holiday)
    if args.weekly:
        return Schedule(ScheduleKind.WEEKLY, weekdays=parse_weekdays(args.weekly), every=args.every_weeks or 1,
                        on_holiday=on_holiday)
    if args.monthly_day:
        return Schedule(ScheduleKind.MONTHLY_DAY, month_day=parse_month_day(args.monthly_day),
                        every=args.every_months or 1, on_holiday=on_holiday)
    if args.monthly:
        ordinal, weekday = parse_monthly_weekday(args.monthly)
        return Schedule(ScheduleKind.MONTHLY_WEEKDAY, weekdays=(weekday,), ordinal=ordinal,
                        every=args.every_months or 1, on_holiday=on_holiday)
    if args.sprint_day:
        if team.sprint_start is None:
            raise InvalidInput(_("{team} has no sprints (it was added without --sprint-start): tick 'First sprint "
                                 "starts on' in the app's Team › Edit team…, or choose another schedule").format(
                                   team=team.name))
        day, most = parse_sprint_day(args.sprint_day), team.sprint_weeks * len(team.working_days)
        if abs(day) > most:  # as the app's ritual editor says: such a day never comes
            raise InvalidInput(ngettext(
                "a sprint of {team} has only {count} working day: use --sprint-day first, last, or a day number "
                "from 1 to {count} (-1 to -{count} from the end)",
                "a sprint of {team} has only {count} working days: use --sprint-day first, last, or a day number "
                "from 1 to {count} (-1 to -{count} from the end)", most).format(team=team.name, count=most))
        return Schedule(ScheduleKind.SPRINT_DAY, sprint_day=day, on_holiday=on_holiday)
    return Schedule(ScheduleKind.ONCE, on=parse_date(args.once, today=_today(team)), on_holiday=on_holiday)


def cmd_ritual_add(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team)
    today = _today(team)
    schedule = _schedule(args, team)
    at = parse_time(args.at)
    if args.starts_on:
        starts_on = parse_date(args.starts_on, today=today)
        if schedule.on is not None and starts_on > schedule.on:  # it would be saved, and never meet
            raise InvalidInput(_("a one-off ritual on {day} cannot begin on {first}: --once gives its day (--from "
                                 "goes with a repeating schedule)").format(day=schedule.on, first=starts_on))
    elif schedule.on is not None:
        starts_on = schedule.on
    else:  # today's time already past: an occurrence this morning would take a turn nobody facilitated
        starts_on = first_day(_now(), tz=team.tz, at=at)
    if args.roster:
        roster = [_member(store, team, name).id for name in _roster_names(args.roster)]
    else:
        roster = [m.id for m in store.members(team.id) if m.left is None or m.left >= today]
    result = operations.add_ritual(store, Ritual(
        id=None, team_id=team.id, kind=parse_kind(args.kind), title=args.title, start_time=at,
        minutes=args.minutes, schedule=schedule,
        starts_on=starts_on, ends_on=parse_date(args.until, today=today) if args.until else None,
        location=args.location or "", agenda=args.agenda or "",
    ), roster=roster)
    ritual = result.value
    _report(args, store, result)
    print(_("added {title} to {team}: {schedule} at {time:%H:%M}, {minutes} min").format(
        title=ritual.title, team=team.name, schedule=ritual.schedule.describe(), time=ritual.start_time,
        minutes=ritual.minutes))
    moment = _now()  # today's occurrence, if it has begun already, is not the next one
    upcoming = [found for found in agenda(store, first=max(today, starts_on), last=max(today, starts_on)
                                          + timedelta(days=366), ritual_ids=[ritual.id]) if found.start > moment]
    if upcoming:
        print(_("next: {start}").format(start=day_and_time(upcoming[0].start)))
    else:
        print(_("warning: this schedule gives no occurrence in the coming year (non-working days and public "
                "holidays are skipped)"), file=sys.stderr)
    if not roster:
        print(_("warning: nobody facilitates it yet; add members with `ritualdesk member add`, then `{command}`")
              .format(command=f"ritualdesk roster {shlex.quote(team.name)} {shlex.quote(ritual.title)} NAME,..."),
              file=sys.stderr)
    return 0


def _roster_names(text: str) -> list[str]:
    """Members' names, comma-separated: an empty one ('Ana,', 'Ana,,Bruno') is a mistake, said as such."""
    names = text.split(",")
    if not all(name.strip() for name in names):
        raise InvalidInput(_("{text!r}: expected members' names separated by commas, with no empty one "
                             "(such as Ana,Bruno)").format(text=clipped(text)))
    return names


def cmd_ritual_list(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team) if args.team else None
    teams = {t.id: t.name for t in store.teams()}
    for ritual in store.rituals(team.id if team else None):
        when = _("{schedule} at {time:%H:%M}").format(schedule=ritual.schedule.describe(), time=ritual.start_time)
        print(f"{ritual.id}\t{teams[ritual.team_id]}\t{ritual.kind.value}\t{ritual.title}\t{when}\t"
              + _("{minutes} min").format(minutes=ritual.minutes))
    return 0


def _find_ritual(store: Store, team: Team, title: str) -> Ritual:
    for ritual in store.rituals(team.id):
        if ritual.title.casefold() == title.strip().casefold():
            return ritual
    raise NotFound(_("{team} has no ritual called {title!r}").format(team=team.name, title=title))


def cmd_roster(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team)
    ritual = _find_ritual(store, team, args.ritual)
    members = [_member(store, team, name).id for name in _roster_names(args.members)]
    effective = parse_date(args.effective, today=_today(team)) if args.effective else _today(team)
    result = operations.set_roster(
        store, RosterChange(ritual_id=ritual.id, effective=effective, member_ids=tuple(members)), now=_now())
    _report(args, store, result)
    if not result.revert:
        print(_("{title}: already this roster from {effective}; nothing changed").format(
            title=ritual.title, effective=effective))
        return 0
    print(_("{title}: new roster from {effective}").format(title=ritual.title, effective=effective))
    return 0


def _occurrence_json(store: Store, found, names: dict, rituals: dict) -> dict:
    ritual = rituals[found.key.ritual_id]
    return {
        "uid": occurrence_uid(ritual, found.key.planned),
        "team": names["teams"][found.team_id],
        "ritual": ritual.title,
        "kind": ritual.kind.value,
        "start": found.start.isoformat(),
        "end": found.end.isoformat(),
        "status": found.status.value,
        "facilitator": names["members"].get(found.facilitator_id),
        "facilitator_source": found.facilitator_source or None,
        "planned_start": found.key.planned.isoformat(timespec="minutes"),
        "moved": found.moved,
        "sprint": found.sprint_number,
        "location": ritual.location,
        "notes": found.notes,
    }


def cmd_agenda(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team) if args.team else None
    today = _today(team)
    first = parse_date(args.first, today=today) if args.first else today
    last = parse_date(args.last, today=today) if args.last else first + timedelta(days=13)
    if last < first:
        raise InvalidInput(_("--to must not be before --from"))
    kinds = [parse_kind(args.kind)] if args.kind else None
    found = agenda(store, first=first, last=last, team_ids=[team.id] if team else None, kinds=kinds)
    names = _names(store)
    rituals = {r.id: r for r in store.rituals()}
    rows = [_occurrence_json(store, o, names, rituals) for o in found]
    if args.json:
        _json(rows)
        return 0
    for row, o in zip(rows, found, strict=True):
        status = "" if row["status"] == "planned" else f" [{status_name(o.status)}]"
        moved = " " + _("(moved)") if row["moved"] else ""
        # across a change of the clocks each end says its own offset (02:30 +0200-02:00 +0100 is 30 minutes)
        span = (f"{day_and_time(o.start)}-{o.end:%H:%M} {o.start:%z}" if o.end.utcoffset() == o.start.utcoffset()
                else f"{day_and_time(o.start)} {o.start:%z}-{o.end:%H:%M} {o.end:%z}")
        print(f"{span}  {with_team(row['team'], row['ritual'])}"
              f" - {row['facilitator'] or _('nobody')}{status}{moved}  {row['uid']}")
    if not rows:
        print(_("no rituals between {first} and {last}").format(first=first, last=last))
    return 0


def cmd_occurrence(store: Store, args: argparse.Namespace) -> int:
    if args.reason is not None and args.facilitator is None:
        raise UsageError(_("--reason goes with --facilitator"))
    key = operations.resolve_uid(store, args.uid)
    now = _now()
    result = None
    if args.held:
        result = operations.mark_held(store, key, now=now)
    elif args.cancel:
        result = operations.cancel(store, key, now=now)
    elif args.planned:
        result = operations.restore(store, key, now=now)
    elif args.move:
        result = operations.move(store, key, parse_local_datetime(args.move, time_required=True), now=now)
    elif args.facilitator is not None:
        team = store.team(store.ritual(key.ritual_id).team_id)
        member = _member(store, team, args.facilitator)
        result = operations.set_facilitator(store, key, member.id, reason=args.reason or "", now=now)
    elif args.clear_facilitator:
        result = operations.clear_facilitator(store, key, now=now)
    elif args.swap is not None:
        team = store.team(store.ritual(key.ritual_id).team_id)
        result = operations.change_turn(store, key, TurnChange.SWAP, other_id=_member(store, team, args.swap).id,
                                        now=now)
    elif args.pass_turn:
        result = operations.change_turn(store, key, TurnChange.PASS, now=now)
    elif args.defer:
        result = operations.change_turn(store, key, TurnChange.DEFER, now=now)
    elif args.notes is not None:
        result = operations.set_notes(store, key, args.notes)
    found = result.value if result is not None and result.value is not None else operations.occurrence(store, key)
    names = _names(store, [found.team_id, *(result.changes.team_ids if result is not None else ())])
    row = _occurrence_json(store, found, names, {key.ritual_id: store.ritual(key.ritual_id)})
    if result is not None:  # an edit: what it changed, as `--changes` says it
        row["changed"] = _changed(result.changes, names)
    _json(row)
    _report(args, store, result)
    if result is not None and not result.revert:  # stdout stays the JSON scripts read
        print("ritualdesk: " + _("nothing changed: the occurrence was already as asked"), file=sys.stderr)
    return 0


def cmd_actions(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team) if args.team else None
    items = store.actions(team.id if team else None, status=ActionStatus.OPEN if args.open else None)
    names = _names(store)
    rituals = {r.id: r for r in store.rituals()}
    rows = [{
        "id": a.id, "team": names["teams"][a.team_id], "title": a.title,
        "owner": names["members"].get(a.owner_id), "due": a.due.isoformat() if a.due else None,
        "status": a.status.value, "created": a.created.isoformat() if a.created else None,
        "closed": a.closed.isoformat() if a.closed else None, "retros_survived": a.retros_survived,
        "origin": occurrence_uid(rituals[a.origin.ritual_id], a.origin.planned)
        if a.origin and a.origin.ritual_id in rituals else None,
    } for a in items]
    if args.json:
        _json(rows)
        return 0
    for row in rows:
        count = row["retros_survived"]
        survived = " " + ngettext("(survived {count} retro)", "(survived {count} retros)", count).format(
            count=count) if count else ""
        print(f"#{row['id']}\t{status_name(ActionStatus(row['status']))}\t{row['due'] or '-'}\t{row['owner'] or '-'}\t"
              f"{with_team(row['team'], row['title'])}{survived}")
    return 0


def cmd_action_add(store: Store, args: argparse.Namespace) -> int:
    key = operations.resolve_uid(store, args.uid)
    team = store.team(store.ritual(key.ritual_id).team_id)
    today = _today(team)
    owner = _member(store, team, args.owner).id if args.owner else None
    due = parse_date(args.due, today=today) if args.due else None
    result = operations.add_action(store, key, args.title, owner_id=owner, due=due, today=today)
    item = result.value
    print(_("added action #{id}: {title}").format(id=item.id, title=item.title))
    _report(args, store, result)
    return 0


def cmd_action_set(store: Store, args: argparse.Namespace) -> int:
    team = store.team(store.action(args.id).team_id)  # closed on the team's day, as in the app
    result = operations.set_action_status(store, args.id, ActionStatus(args.status), today=_today(team))
    item = result.value
    if result.revert:
        print(_("action #{id} is now {status}").format(id=item.id, status=status_name(item.status)))
    else:
        print(_("action #{id} is already {status}; nothing changed").format(id=item.id,
                                                                           status=status_name(item.status)))
    _report(args, store, result)
    return 0


def _absent(store: Store, team: Team, text: str) -> Absence:
    """MEMBER:FROM[:TO] as an absence that is not saved (a member's name may hold a colon)."""
    today = _today(team)
    parts = text.split(":")
    for taken in (2, 1):  # FROM:TO, else FROM alone
        if len(parts) > taken:
            try:
                days = [parse_date(p, today=today) for p in parts[-taken:]]
            except InvalidInput:
                continue
            member = _member(store, team, ":".join(parts[:-taken]))
            return Absence(id=None, member_id=member.id, start=days[0], end=days[-1])
    raise InvalidInput(_("--absent {text!r}: use MEMBER:FROM[:TO], e.g. Ana:2026-03-02:2026-03-06").format(text=text))


def cmd_fairness_forecast(store: Store, args: argparse.Namespace, team: Team, ritual: Ritual) -> int:
    from .fairness import forecast

    if not 1 <= args.forecast <= 500:
        raise InvalidInput(_("--forecast is between 1 and 500 occurrences"))
    away = [_absent(store, team, text) for text in args.absent or ()]
    turns = forecast(store, team.id, ritual_ids=[ritual.id], count=args.forecast, now=_now(), away=away)
    names = _names(store)["members"]
    rows = [{"uid": t.uid, "start": t.start.isoformat(), "facilitator": names.get(t.facilitator_id)} for t in turns]
    if args.json:
        _json(rows)
        return 0
    for row, turn in zip(rows, turns, strict=True):
        print(f"{day_and_time(turn.start)}\t{row['facilitator'] or _('nobody')}\t{row['uid']}")
    return 0


def cmd_fairness(store: Store, args: argparse.Namespace) -> int:
    team = _team(store, args.team)
    ritual = _find_ritual(store, team, args.ritual)
    if args.forecast is not None:
        return cmd_fairness_forecast(store, args, team, ritual)
    if args.absent:
        raise UsageError(_("--absent goes with --forecast"))
    if not 0 <= args.days <= 3660:
        raise InvalidInput(_("--days is between 0 and 3660"))
    today = _today(team)
    plan = TeamPlan(store, team, until=today + timedelta(days=args.days), rituals=[ritual])
    names = _names(store)["members"]
    rows = [{"member": names.get(f.member_id, f"#{f.member_id}"), "held": f.held, "planned": f.planned,
             "share": f.share, "owed": f.owed} for f in plan.fairness(ritual, today=today)]
    if args.json:
        _json(rows)
        return 0
    print(_("member\theld\tplanned\tfair share\towed (+: did more than their share)"))
    for row in rows:
        print(f"{row['member']}\t{row['held']}\t{row['planned']}\t{figure(row['share'])}\t"
              f"{figure(row['owed'], sign=True)}")
    return 0


def cmd_minutes(store: Store, args: argparse.Namespace) -> int:
    from . import minutes
    from .document import to_markdown
    from .i18n import language_from_environment

    if (args.uid is None) == (args.team is None) or (args.team is None) != (args.sprint is None):
        raise UsageError(_("give an occurrence UID, or --team and --sprint"))
    target = args.output
    suffix = Path(target).suffix.lower() if target != "-" else ".md"
    if suffix not in (".md", ".markdown", ".pdf"):
        raise InvalidInput(_("{target}: minutes are written as .md (Markdown) or .pdf").format(target=target))
    language = args.language or language_from_environment()
    if args.uid is not None:
        document = minutes.occurrence_minutes(store, operations.resolve_uid(store, args.uid), language=language)
    else:
        team = _team(store, args.team)
        document = minutes.sprint_minutes(store, team.id, args.sprint, language=language, today=_today(team))
    if target == "-":
        sys.stdout.write(to_markdown(document))
        return 0
    if suffix == ".pdf":
        if args.pdf_writer is None:  # the core has no Qt: the desktop app's entry point lends its PDF writer
            raise InvalidInput(_("writing a PDF needs the desktop app's `ritualdesk` command; "
                                 "without it, write .md"))
        data = args.pdf_writer(document)
    else:
        data = to_markdown(document).encode("utf-8")
    from .ical.export import write_atomically

    write_atomically(target, data)
    print(_("wrote {target}").format(target=target), file=sys.stderr)
    return 0


def cmd_sprints(store: Store, args: argparse.Namespace) -> int:
    if args.set is None and (args.goal is not None or args.start or args.end):
        raise UsageError(_("--goal, --start and --end go with --set N (the sprint to edit)"))
    team = _team(store, args.team)
    today = _today(team)
    horizon = today + timedelta(days=182)
    if args.set is not None:
        sprint = next((s for s in operations.team_sprints(store, team.id, until=horizon) if s.number == args.set),
                      None)
        if sprint is None:
            raise NotFound(_("{team} has no Sprint {set} in the next six months").format(
                               team=team.name, set=args.set))
        result = operations.save_sprint(store, replace(
            sprint,
            goal=args.goal if args.goal is not None else sprint.goal,
            start=parse_date(args.start, today=today) if args.start else sprint.start,
            end=parse_date(args.end, today=today) if args.end else sprint.end,
        ), now=_now())
        _report(args, store, result)
        if not result.revert:
            print("ritualdesk: " + _("nothing changed: Sprint {number} was already as asked").format(number=args.set),
                  file=sys.stderr)
    sprints = operations.team_sprints(store, team.id, until=horizon)
    if not sprints:
        print(_("{team} has no sprints (it was added without --sprint-start): tick 'First sprint starts on' in "
                "the app's Team › Edit team…").format(team=team.name))
    for sprint in sprints:  # one line each, whatever the goal holds
        print(f"{sprint.number}\t{sprint.start}\t{sprint.end}\t{one_line(sprint.goal)}")
    return 0


def cmd_reminders(store: Store, args: argparse.Namespace) -> int:
    """`ritualdesk reminders`: the coming reminders of who the user is (or of --member); writes nothing."""
    from . import reminders

    team = _team(store, args.team) if args.team else None
    within = reminders.parse_duration(args.within)
    if args.member:
        teams = [team] if team else store.teams()
        found = [m for m in (store.find_member(t.id, args.member) for t in teams) if m is not None]
        if not found:
            raise NotFound(_("no member called {name!r} in {team}").format(name=args.member, team=team.name) if team
                           else _("no member called {name!r}").format(name=args.member))
        if len(found) > 1:
            raise InvalidInput(_("several members are called {member!r}; say which with --team TEAM").format(
                                   member=args.member))
        members = {found[0].team_id: found[0].id}
    else:
        members = reminders.me(store)
        if not members:
            raise InvalidInput(_("nobody is set as you in any team; give --member NAME (or choose who you are in "
                                 "the app's preferences)"))
    coming = reminders.coming(store, now=_now(), within=within, team_ids=[team.id] if team else None,
                              members=members)
    if args.json:
        _json([r.as_json() for r in coming])
        return 0
    for r in coming:
        role = _("you facilitate") if r.facilitates else _("you attend")
        which = " " + _("(the day before)") if r.day_before else ""
        at = _("{ritual} at {time:%H:%M %z}").format(ritual=r.ritual, time=r.start)
        when = r.remind_at.astimezone()  # this machine's time, when it reminds: with its offset, as the start has
        print(f"{day_and_time(when)} {when:%z}  {with_team(r.team, at)} - {r.member}, {role}{which}  {r.uid}")
    if not coming:
        print(_("no reminder within {within}").format(within=args.within))
    return 0


def cmd_check(path: Path, args: argparse.Namespace) -> int:
    try:
        problems = check_file(path)
    except StoreBusy:
        print("ritualdesk: " + _("{path} is busy (another program holds it locked); it is not known to be damaged; "
                                 "try again in a moment").format(path=path), file=sys.stderr)
        return StoreBusy.exit_status
    for problem in problems:
        print(problem)
    if problems:
        print("ritualdesk: " + ngettext(
            "{count} problem found in {path}; restore a backup (the file was not changed)",
            "{count} problems found in {path}; restore a backup (the file was not changed)", len(problems)).format(
            count=len(problems), path=path), file=sys.stderr)
        return 1
    print(_("{path}: ok").format(path=path))
    return 0


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    store.backup(args.file)
    print(_("backed up {path} to {file}").format(path=store.path, file=args.file))
    return 0


# -- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the contract in ARCHITECTURE.md."""
    parser = _Parser(prog="ritualdesk", description=_("Run a scrum team's rituals offline. "
                                                      "Without a command, starts the desktop app."))
    parser.add_argument("--db", type=Path, help=_("database file (default: $RITUALDESK_DB or the user data folder)"))
    parser.add_argument("--version", action="version", version=f"ritualdesk {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument("--changes", action="store_true",
                        help=_("after an edit, say on stderr what it changed (kinds of data, teams, rows)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help=_("add realistic demo data"))
    demo.add_argument("--teams", type=int, default=3)
    demo.add_argument("--years", type=int, default=2)
    demo.add_argument("--seed", type=int, default=0)
    demo.set_defaults(run=cmd_demo)

    team = commands.add_parser("team", help=_("teams")).add_subparsers(dest="action", required=True,
                                                                   parser_class=_Parser)
    add = team.add_parser("add", help=_("add a team"))
    add.add_argument("name")
    add.add_argument("--timezone", help=_("IANA zone (default: this machine's)"))
    add.add_argument("--holidays", help=_("country[-subdivision] of public holidays, or none (default: the "
                                          "country of its time zone, e.g. FR for Europe/Paris, else your "
                                          "locale's)"))
    add.add_argument("--working-days", help=_("e.g. MO,TU,WE,TH,FR (the default)"))
    add.add_argument("--sprint-weeks", type=int, default=2, help=_("how long a sprint lasts, in weeks (default 2)"))
    add.add_argument("--sprint-start", help=_("first day of sprint 1 (YYYY-MM-DD); without it the team has no "
                                              "sprints"))
    add.add_argument("--language", choices=i18n.LANGUAGES,
                     help=_("the language of its exported calendars (default: the language of your locale)"))
    add.set_defaults(run=cmd_team_add)
    listing = team.add_parser("list", help=_("list teams"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_team_list)

    member = commands.add_parser("member", help=_("members")).add_subparsers(dest="action", required=True,
                                                                         parser_class=_Parser)
    add = member.add_parser("add", help=_("add a member to a team"))
    add.add_argument("team")
    add.add_argument("name")
    add.add_argument("--email")
    add.add_argument("--role", default="developer", help=_("product-owner, scrum-master, developer, other"))
    add.add_argument("--joined")
    add.add_argument("--left")
    add.set_defaults(run=cmd_member_add)
    listing = member.add_parser("list", help=_("list a team's members"))
    listing.add_argument("team")
    listing.set_defaults(run=cmd_member_list)

    absence = commands.add_parser("absence", help=_("absences")).add_subparsers(dest="action", required=True,
                                                                            parser_class=_Parser)
    add = absence.add_parser("add", help=_("record an absence"))
    add.add_argument("team")
    add.add_argument("member")
    add.add_argument("start")
    add.add_argument("end", nargs="?")
    add.add_argument("--reason", default="")
    add.set_defaults(run=cmd_absence_add)

    ritual = commands.add_parser("ritual", help=_("ritual series")).add_subparsers(dest="action", required=True,
                                                                               parser_class=_Parser)
    add = ritual.add_parser("add", help=_("add a ritual series"))
    add.add_argument("team")
    add.add_argument("kind", help=_("standup, planning, review, retrospective, refinement, custom"))
    add.add_argument("title")
    add.add_argument("--at", required=True, help=_("local start time HH:MM"))
    add.add_argument("--minutes", type=int, required=True)
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--every-working-day", action="store_true")
    when.add_argument("--weekly", metavar="DAYS", help=_("e.g. MO,WE"))
    when.add_argument("--monthly-day", metavar="D", help=_("monthly on this day of the month (1-31, or last)"))
    when.add_argument("--monthly", metavar="NDAY", help=_("monthly on the Nth weekday, e.g. 1MO, or -1FR for the last"))
    when.add_argument("--sprint-day", metavar="first|last|N")
    when.add_argument("--once", metavar="DATE")
    add.add_argument("--every-weeks", metavar="N", type=_positive, help=_("with --weekly: every N weeks, counted "
                                                                          "from the week of --from"))
    add.add_argument("--every-months", metavar="N", type=_positive, help=_("with --monthly or --monthly-day: every N "
                                                                           "months, counted from the month of --from"))
    add.add_argument("--on-holiday", choices=[r.value for r in HolidayRule], default="skip",
                     help=_("on a holiday or non-working day: skip it (default), or move it to the working day "
                            "before or after"))
    add.add_argument("--from", dest="starts_on", metavar="DATE",
                     help=_("first day (default today, or tomorrow once today's time is past)"))
    add.add_argument("--until", metavar="DATE")
    add.add_argument("--location", help=_("room or video link"))
    add.add_argument("--agenda")
    add.add_argument("--roster", help=_("facilitators in order, comma-separated (default: the whole team)"))
    add.set_defaults(run=cmd_ritual_add)
    listing = ritual.add_parser("list", help=_("list rituals"))
    listing.add_argument("--team")
    listing.set_defaults(run=cmd_ritual_list)
    add_delete_commands(team=team, member=member, ritual=ritual)

    roster = commands.add_parser("roster", help=_("change a ritual's facilitators from a date on"))
    roster.add_argument("team")
    roster.add_argument("ritual", help=_("the ritual's title"))
    roster.add_argument("members", help=_("comma-separated, in rotation order"))
    roster.add_argument("--from", dest="effective", metavar="DATE", help=_("effective date (default today)"))
    roster.set_defaults(run=cmd_roster)

    show = commands.add_parser("agenda", help=_("list occurrences with their facilitators"))
    show.add_argument("--team", help=_("only this team"))
    show.add_argument("--kind", help=_("only this ritual kind"))
    show.add_argument("--from", dest="first", metavar="DATE", help=_("default today"))
    show.add_argument("--to", dest="last", metavar="DATE", help=_("default two weeks after --from"))
    show.add_argument("--json", action="store_true", help=_("print the occurrences as JSON, for scripts"))
    show.set_defaults(run=cmd_agenda)

    occ = commands.add_parser("occurrence", help=_("show or change one occurrence (by uid)"))
    occ.add_argument("uid")
    what = occ.add_mutually_exclusive_group()
    what.add_argument("--held", action="store_true", help=_("mark held (records the facilitator)"))
    what.add_argument("--cancel", action="store_true")
    what.add_argument("--planned", action="store_true", help=_("undo held or cancelled"))
    what.add_argument("--move", metavar="DATETIME", help=_("new local start, e.g. 2026-03-30T10:00"))
    what.add_argument("--facilitator", metavar="MEMBER", type=_member_name, help=_("override the facilitator"))
    what.add_argument("--clear-facilitator", action="store_true",
                      help=_("remove the override: the rotation gives the facilitator again"))
    what.add_argument("--swap", metavar="MEMBER", type=_member_name,
                      help=_("MEMBER takes this turn; the due member takes theirs"))
    what.add_argument("--pass", dest="pass_turn", action="store_true", help=_("the due member goes to the back"))
    what.add_argument("--defer", action="store_true", help=_("the due member skips this one and stays next"))
    what.add_argument("--notes", metavar="TEXT")
    occ.add_argument("--reason", help=_("why the facilitator was overridden"))
    occ.set_defaults(run=cmd_occurrence)

    acts = commands.add_parser("actions", help=_("list action items"))
    acts.add_argument("--team")
    acts.add_argument("--open", action="store_true")
    acts.add_argument("--json", action="store_true")
    acts.set_defaults(run=cmd_actions)

    action = commands.add_parser("action", help=_("change action items")).add_subparsers(
        dest="action", required=True, parser_class=_Parser)
    add = action.add_parser("add", help=_("add an action item from an occurrence"))
    add.add_argument("uid")
    add.add_argument("title")
    add.add_argument("--owner")
    add.add_argument("--due", metavar="DATE")
    add.set_defaults(run=cmd_action_add)
    setting = action.add_parser("set", help=_("set an action's status"))
    setting.add_argument("id", type=_action_id)
    setting.add_argument("status", choices=[s.value for s in ActionStatus])
    setting.set_defaults(run=cmd_action_set)

    fair = commands.add_parser("fairness", help=_("turns held and planned per member"))
    fair.add_argument("team")
    fair.add_argument("ritual", help=_("the ritual's title"))
    fair.add_argument("--days", type=int, default=90, help=_("how many days ahead to count planned turns (default 90)"))
    fair.add_argument("--forecast", type=int, metavar="N", help=_("who facilitates the next N occurrences instead"))
    fair.add_argument("--absent", action="append", metavar="MEMBER:FROM[:TO]",
                      help=_("with --forecast: as if MEMBER were away these days (nothing is saved); repeatable"))
    fair.add_argument("--json", action="store_true")
    fair.set_defaults(run=cmd_fairness)

    mins = commands.add_parser("minutes", help=_("minutes of an occurrence or a sprint (Markdown or PDF)"))
    mins.add_argument("uid", nargs="?", help=_("the occurrence (see `agenda --json`)"))
    mins.add_argument("--team", help=_("with --sprint: every ritual of that sprint"))
    mins.add_argument("--sprint", type=int, metavar="N")
    mins.add_argument("-o", "--output", default="-", metavar="FILE.md|FILE.pdf|-",
                      help=_("the format follows the extension; - writes Markdown to standard output (default)"))
    mins.add_argument("--language", choices=["en", "fr"], help=_("default: the locale's (French for fr_*)"))
    mins.set_defaults(run=cmd_minutes)

    sprints = commands.add_parser("sprints", help=_("list or edit a team's sprints"))
    sprints.add_argument("team")
    sprints.add_argument("--set", type=int, metavar="N", help=_("edit sprint N"))
    sprints.add_argument("--goal")
    sprints.add_argument("--start")
    sprints.add_argument("--end")
    sprints.set_defaults(run=cmd_sprints)

    remind = commands.add_parser("reminders", help=_("the coming reminders (writes nothing)"))
    remind.add_argument("--team", help=_("only this team"))
    remind.add_argument("--member", help=_("this member's reminders (default: who you are in each team)"))
    remind.add_argument("--within", default="1d", metavar="DURATION",
                        help=_("how far ahead, e.g. 30m, 2h, 3d, 1w (default 1d)"))
    remind.add_argument("--json", action="store_true")
    remind.set_defaults(run=cmd_reminders)

    check = commands.add_parser("check", help=_("integrity check of the database"))
    check.set_defaults(run=cmd_check)
    backup = commands.add_parser("backup", help=_("consistent copy of the database"))
    backup.add_argument("file", type=Path)
    backup.set_defaults(run=cmd_backup)
    add_calendar_commands(commands)
    add_caldav_commands(commands)
    return parser


CREATING_COMMANDS = {("demo", None), ("team", "add"), ("import", None)}  # those that may start a new database


def _run_on_store(path: Path, args: argparse.Namespace) -> int:
    """Run a command on the database; a database created for a command that failed is removed again."""
    existed = path.exists()
    empty = existed and path.is_file() and path.stat().st_size == 0
    creating = (args.command, getattr(args, "action", None) if args.command == "team" else None) in CREATING_COMMANDS
    in_memory = creating and getattr(args, "dry_run", False) and (not existed or empty)
    # A dry run writes nothing, not even a new database: into an empty one, everything would be new.
    store = Store.memory() if in_memory else Store.open(path, create=creating)
    refused = False  # only a refused command is known to have written nothing
    try:
        status = args.run(store, args)
        refused = status != 0
        return status
    except RitualDeskError:
        refused = True
        raise
    finally:
        store.close()
        if (not existed or empty) and refused and not in_memory:
            for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")) + (() if empty else (path,)):
                leftover.unlink(missing_ok=True)
            if empty:  # an empty file given to a command that failed stays as it was
                os.truncate(path, 0)


_TAKES_NEGATIVE = ("--monthly", "--monthly-day")  # -1FR, -1: argparse would read them as options


def _negative_values(argv: Sequence[str]) -> list[str]:
    """`--monthly -1FR` as `--monthly=-1FR`, so the last Friday is a value, not an unknown option."""
    result: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        if items[i] in _TAKES_NEGATIVE and i + 1 < len(items) and items[i + 1][:2].lstrip("-").isdigit() \
                and items[i + 1].startswith("-"):
            result.append(f"{items[i]}={items[i + 1]}")
            i += 2
            continue
        result.append(items[i])
        i += 1
    return result


def main(argv: Sequence[str] | None = None, *, pdf_writer: Callable[[Document], bytes] | None = None) -> int:
    """Run one command; the exit status. (`ritualdesk` with no command is the desktop app: ui.launcher.)

    `pdf_writer` renders minutes as PDF; the core has no Qt, so the desktop app's entry point gives it.
    """
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show « é » gets « ? », not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    path = None
    i18n.set_language(i18n.language_from_environment())
    cli_argparse.install()
    try:
        args = build_parser().parse_args(_negative_values(sys.argv[1:] if argv is None else list(argv)))
        args.pdf_writer = pdf_writer
        path = database_path(args.db)
        if args.command is None:
            raise UsageError(_("no command given (`ritualdesk` alone starts the desktop app)"))
        if args.run is cmd_check:  # reads the file as it is, even damaged
            return cmd_check(path, args)
        return _run_on_store(path, args)
    except RitualDeskError as error:
        print("ritualdesk: " + _("error: {error}").format(error=error), file=sys.stderr)
        return error.exit_status
    except sqlite3.Error as error:  # met while reading: busy, damaged or another failure, said as such
        failure = store_error(error, path)
        print("ritualdesk: " + _("error: {error}").format(error=failure), file=sys.stderr)
        return failure.exit_status
    except BrokenPipeError:  # e.g. `ritualdesk agenda | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        said = (_("{path}: {reason}").format(path=clipped(error.filename, 160), reason=os_reason(error))
                if error.filename else os_reason(error))
        print("ritualdesk: " + _("error: {error}").format(error=said), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
