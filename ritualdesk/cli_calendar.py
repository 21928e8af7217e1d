"""The `ritualdesk` sub-commands of calendar exchange: export, import, publish (argparse stays out of ical/)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_common import find_member, find_team, now, print_json
from .cli_common import today as today_of
from .errors import InvalidInput, one_line
from .i18n import _, ngettext
from .localize import thing_name
from .os_reasons import os_reason


def _one_member(store, team, name: str, option: str):
    """The member called `name` (in `team` if given); InvalidInput when several teams have one."""
    if team is not None:
        return find_member(store, team, name)
    found = [m for m in (store.find_member(t.id, name) for t in store.teams()) if m is not None]
    if len(found) > 1:
        teams = ", ".join(sorted(store.team(m.team_id).name for m in found))
        raise InvalidInput(_("several members are called {name!r} (in {teams}); say which with --team TEAM (with "
                             "{option})").format(name=name, teams=teams, option=option))
    return find_member(store, None, name)


def _kinds(text: str | None):
    from .parsing import parse_kind

    if text is None:
        return None
    names = [k.strip() for k in text.split(",")]
    if not all(names):
        raise InvalidInput(_("--kind needs ritual kinds separated by commas (e.g. retro,review), not {text!r}").format(
                               text=text))
    return tuple(parse_kind(k) for k in names)


def cmd_export(store, args: argparse.Namespace) -> int:
    """`ritualdesk export`: one .ics file for a team, a member or ritual kinds."""
    from .ical.export import Scope, default_horizon, export_feed, export_file
    from .parsing import parse_date

    team = find_team(store, args.team) if args.team else None
    member = _one_member(store, team, args.member, "--member") if args.member else None
    if member is not None and team is None:
        team = store.team(member.team_id)
    today = today_of(team)
    first, last = default_horizon(today)
    first = parse_date(args.first, today=today) if args.first else first
    last = parse_date(args.last, today=today) if args.last else last
    kinds = _kinds(args.kind)
    scope = Scope(first, last, team_ids=(team.id,) if team and member is None else None,
                  member_id=member.id if member else None, kinds=kinds, todos=args.todos, name=args.name or "",
                  alarms=args.alarms)
    if args.output == "-":
        with store.transaction():
            result = export_feed(store, scope, now=now())
            sys.stdout.buffer.write(result.data)
            sys.stdout.flush()
        _say_unrecorded(store, result.unrecorded)
        return 0
    result = export_file(store, scope, args.output, now=now())
    parts = [ngettext("{count} event", "{count} events", len(result.feed.events)).format(count=len(result.feed.events))]
    if args.todos:
        parts.append(ngettext("{count} to-do", "{count} to-dos", len(result.feed.todos)).format(
            count=len(result.feed.todos)))
    changed = (ngettext("{count} new or changed since the last export", "{count} new or changed since the last export",
                        len(result.changed)).format(count=len(result.changed)) if result.changed else _("unchanged"))
    print(_("wrote {file}: {what} from {first} to {last}, {changed}").format(
        file=args.output, what=", ".join(parts), first=first, last=last, changed=changed))
    _say_unrecorded(store, result.unrecorded)
    return 0


def _say_unrecorded(store, unrecorded: bool, *, published: bool = False) -> None:
    """One line on stderr when a database that cannot be written did not record what was new in a feed."""
    if not (store.read_only and unrecorded):
        return
    print((_("note: {path} cannot be written, so this publication is not recorded in it") if published else
           _("note: {path} cannot be written, so the SEQUENCE numbers of this export are not recorded in it")).format(
        path=store.path), file=sys.stderr)


def _print_report(report, as_json: bool, *, verbose: bool = False) -> None:
    """The report: a summary, why things were skipped (grouped), and each line with `verbose`."""
    if as_json:
        print_json(report.as_json())
        return
    print(report.summary())
    if verbose:
        for line in report.imported:  # a file's titles may hold line breaks: one report line per thing
            label = one_line(line.summary or line.uid)
            print("  + " + _("{what}: {label}").format(what=thing_name(line.what), label=label)
                  + (f" - {one_line(line.reason)}" if line.reason else ""))
        for line in report.skipped:
            print("  - " + _("skipped {what}: {label} - {reason}").format(
                what=thing_name(line.what), label=one_line(line.summary or line.uid), reason=one_line(line.reason)))
        return
    reasons: dict[tuple[str, str], int] = {}
    for line in report.skipped:
        reasons[(line.what, line.reason)] = reasons.get((line.what, line.reason), 0) + 1
    for (what, reason), count in sorted(reasons.items(), key=lambda item: -item[1]):
        print("  - " + _("skipped {count} × {what}: {reason}").format(count=count, what=thing_name(what),
                                                                     reason=one_line(reason)))
    if report.imported or report.skipped:
        print("  " + _("(--verbose lists each entry)"))


def cmd_import(store, args: argparse.Namespace) -> int:
    """`ritualdesk import`: absences, ritual series or one of our exports, all or nothing."""
    from .ical.importer import import_file

    team = find_team(store, args.team) if args.team else None
    member = _one_member(store, team, args.absences_for, "--absences-for") if args.absences_for else None
    if member is not None and args.mode == "rituals":
        raise InvalidInput(_("--absences-for imports absences; it cannot be used with --as rituals"))
    report = import_file(store, args.file, team=team, absences_for=member, mode=args.mode, now=now(),
                         dry_run=args.dry_run)
    _print_report(report, args.json, verbose=args.verbose)
    return 0


def cmd_publish(store, args: argparse.Namespace) -> int:
    """`ritualdesk publish`: refresh every team and member feed in a folder."""
    from .ical.publish import publish

    if not args.folder.strip():
        raise InvalidInput(_("publish needs a folder to write the feeds in"))
    folder = Path(args.folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InvalidInput(_("{folder} exists and is not a folder").format(folder=folder)) from None
    except OSError as error:
        raise InvalidInput(_("cannot create the folder {folder}: {error}").format(
                               folder=folder, error=os_reason(error))) from None
    team_ids = [find_team(store, name).id for name in args.team] if args.team else None
    results = publish(store, folder, now=now(), today=today_of(), todos=args.todos, team_ids=team_ids)
    written = [r for r in results if r.written]
    emptied = [r for r in written if r.gone]
    unrecorded = any(not r.recorded and (r.written or not r.diff.empty) for r in results)
    if args.json:
        print_json([{"file": str(r.path), "written": r.written, "events": r.events,
                    "added": len(r.diff.added), "changed": len(r.diff.changed), "removed": len(r.diff.removed),
                    "recorded": r.recorded, "gone": r.gone, "left_alone": r.left_alone, "former": r.spec.former,
                    "renamed_to": r.spec.renamed_to or None}
                    for r in results])
        _say_unrecorded(store, unrecorded, published=True)
        return 0
    for result in results:
        diff = result.diff
        if result.gone:
            state = _("left alone") if result.left_alone else _("emptied")
        else:
            state = _("written") if result.written else _("unchanged")
        counts = f"+{len(diff.added)} ~{len(diff.changed)} -{len(diff.removed)}" if not diff.empty else _("no change")
        events = ngettext("{count} event", "{count} events", result.events).format(count=result.events)
        print(f"{result.path.name}\t{events}\t{state}\t{counts}")
    print(ngettext("{written} of {count} feed rewritten in {folder}",
                   "{written} of {count} feeds rewritten in {folder}",
                   len(results)).format(written=len(written), count=len(results), folder=folder))
    if emptied:
        print(ngettext("{count} feed emptied, its team or member being gone (deleted, or a member who left): its "
                       "subscribers no longer see its events; the file stays, so that their calendars show no error",
                       "{count} feeds emptied, their team or member being gone (deleted, or a member who left): their "
                       "subscribers no longer see their events; the files stay, so that their calendars show no error",
                       len(emptied)).format(count=len(emptied)))
    for result in results:
        if result.spec.former:
            print(_("{path}: a feed under its earlier name (renamed, now {current}), kept up to date so that its "
                    "subscribers keep their calendar").format(path=result.path.name, current=result.spec.renamed_to))
    for result in results:
        if result.left_alone:
            print(_("{path}: its team or member is gone, but this is not the feed this database published there; "
                    "left alone").format(path=result.path.name))
    _say_unrecorded(store, unrecorded, published=True)
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register `export`, `import` and `publish` on the `ritualdesk` parser."""
    export = commands.add_parser(
        "export", help=_("write an .ics calendar of a team, a member or a ritual kind"),
        description=_("Write an iCalendar file: one event per occurrence (cancelled ones left out), "
                      "stable UIDs, SEQUENCE bumped only when an event changes; default horizon 30 days back "
                      "to 6 months ahead."))
    export.add_argument("--team", help=_("only this team's rituals"))
    export.add_argument("--member", help=_("this member's calendar: their turns and the rituals they attend"))
    export.add_argument("--kind", help=_("only these ritual kinds, comma-separated (e.g. retro,review)"))
    export.add_argument("--from", dest="first", metavar="DATE", help=_("first day (default: 30 days ago)"))
    export.add_argument("--to", dest="last", metavar="DATE", help=_("last day (default: 6 months ahead)"))
    export.add_argument("--todos", action="store_true", help=_("add action items as VTODO"))
    export.add_argument("--name", help=_("calendar name shown by clients"))
    export.add_argument("--alarms", type=int, metavar="MINUTES",
                        help=_("a reminder (VALARM) this many minutes before each event; in a member's calendar, "
                               "a stronger one on their own turns and one the day before"))
    export.add_argument("-o", "--output", required=True, metavar="FILE.ics", help=_("file to write ('-' for stdout)"))
    export.set_defaults(run=cmd_export)

    importing = commands.add_parser(
        "import", help=_("import absences, ritual series or a RitualDesk export from an .ics file"),
        description=_("Import an .ics file, all or nothing. --as auto recognises RitualDesk exports "
                      "(nothing is duplicated), reads a file of mostly all-day events (or any file with "
                      "--absences-for) as absences, and anything else as ritual series."))
    importing.add_argument("file", type=Path)
    importing.add_argument("--team", help=_("the team the absences or rituals belong to"))
    importing.add_argument("--as", dest="mode", choices=["auto", "absences", "rituals"], default="auto")
    importing.add_argument("--absences-for", metavar="MEMBER",
                           help=_("give every event to this member as an absence (default: match emails and names)"))
    importing.add_argument("--dry-run", action="store_true", help=_("report what would be imported; write nothing"))
    importing.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    importing.add_argument("--verbose", "-v", action="store_true", help=_("list each imported and skipped entry"))
    importing.set_defaults(run=cmd_import)

    publishing = commands.add_parser(
        "publish", help=_("write/refresh the feeds of every team and member in a folder"),
        description=_("Write team-<team>.ics and member-<team>-<member>.ics for every team and current "
                      "member; a feed is rewritten only when its content changed."))
    publishing.add_argument("folder")
    publishing.add_argument("--todos", action="store_true", help=_("add action items as VTODO"))
    publishing.add_argument("--team", action="append", help=_("only this team's feeds (repeatable)"))
    publishing.add_argument("--json", action="store_true")
    publishing.set_defaults(run=cmd_publish)
