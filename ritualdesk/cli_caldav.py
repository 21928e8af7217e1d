"""The `ritualdesk caldav` sub-commands: accounts, test, push, pull-absences."""

from __future__ import annotations

import argparse
import getpass
import sys

from .calserver.accounts import Account, account, accounts, add_account, remove_account
from .calserver.connection import TIMEOUT
from .cli_common import find_team, now, print_json
from .errors import InvalidInput, clipped
from .i18n import _, ngettext


def _read_password(args: argparse.Namespace, found: Account) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise InvalidInput(_("--password-stdin read no password"))
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("password of {user} at {url} (empty for none): ").format(
            user=found.username, url=found.url)) or None
    return None


def cmd_add(store, args: argparse.Namespace) -> int:
    """`caldav add`: record an account; its password goes to the system keyring."""
    wanted = Account(name=args.name, url=args.url, username=args.user, calendar=args.calendar, insecure=args.insecure)
    from .calserver.accounts import check_url

    check_url(wanted.url, insecure=wanted.insecure)  # before asking for a password
    password = _read_password(args, wanted)
    stored = add_account(store, wanted, password=password)
    where = _("calendar {path}").format(path=stored.calendar) if stored.calendar else _("one calendar per team")
    secret = _("password in the system keyring") if password else _("no password")
    print(_("added account {name}: {user} at {url} ({where}, {secret})").format(
        name=stored.name, user=stored.username, url=stored.url, where=where, secret=secret))
    return 0


def cmd_list(store, args: argparse.Namespace) -> int:
    """`caldav list`: the accounts (no password is read or shown)."""
    found = accounts(store)
    if args.json:
        print_json([{"name": a.name, "url": a.url, "user": a.username, "calendar": a.calendar,
                           "insecure": a.insecure,
                           "last_push": a.last_push.isoformat() if a.last_push else None,
                           "last_result": a.last_result_text() or None} for a in found])
        return 0
    for item in found:
        last = (_("last push {when}: {result}").format(when=f"{item.last_push:%Y-%m-%d %H:%M}", result=item.last_result_text())
                if item.last_push else _("never pushed"))
        where = item.calendar or _("one calendar per team")
        print(_("{name}\t{user} at {url}\t{where}\t{last}").format(name=item.name, user=item.username, url=item.url,
                                                                 where=where, last=last))
    if not found:
        print(_("no calendar server accounts (add one with `ritualdesk caldav add NAME --url URL --user USER`)"))
    return 0


def cmd_remove(store, args: argparse.Namespace) -> int:
    """`caldav remove`: forget an account and its password; the server keeps its calendars."""
    gone = remove_account(store, args.name)
    print(_("removed account {name}; the calendars on the server are left as they are").format(name=gone.name))
    return 0


def cmd_test(store, args: argparse.Namespace) -> int:
    """`caldav test`: connect and say what the server supports."""
    from .calserver.connection import Connection

    found = account(store, args.name)
    with Connection(found, timeout=args.timeout) as connection:
        found_caps = connection.capabilities()
    print(_("connected to {url} as {user}").format(url=found.url, user=found.username))
    print(_("calendar home: {url}").format(url=found_caps.home))
    if found_caps.calendars:
        print(_("sync tokens: offered") if found_caps.sync_tokens
              else _("sync tokens: not offered (pushes compare ETags)"))
    if found_caps.dav:
        print(_("DAV: {classes}").format(classes=found_caps.dav))
    for url, name, components in found_caps.calendars:
        print(_("calendar {url}\t{name}\t{components}").format(url=url, name=name or _("(no name)"),
                                                              components=", ".join(components) or _("any component")))
    if not found_caps.calendars:
        print(_("no calendars yet (a push creates one per team)"))
    return 0


def cmd_push(store, args: argparse.Namespace) -> int:
    """`caldav push`: the team feeds (and a member's) to the server, only what changed."""
    from .calserver.connection import Connection
    from .calserver.push import push

    found = account(store, args.name)
    team_ids = [find_team(store, name).id for name in args.team] if args.team else None
    member = None
    if args.member:
        from .cli_calendar import _one_member

        team = find_team(store, args.team[0]) if args.team and len(args.team) == 1 else None
        member = _one_member(store, team, args.member, "--member")
    with Connection(found, timeout=args.timeout) as connection:
        result = push(store, found, now=now(), team_ids=team_ids,
                      member_id=member.id if member else None, connection=connection)
    if args.json:
        print_json({"requests": result.requests, "writes": result.writes, "calendars": [
            {"calendar": t.target.url, "name": t.target.name, "created": len(t.created), "updated": len(t.updated),
             "cancelled": len(t.cancelled), "unchanged": t.unchanged, "listing": t.listing,
             "conflicts": [{"event": s, "why": w} for s, w in t.conflicts],
             "failed": [{"event": s, "why": w} for s, w in t.failed]} for t in result.targets]})
        return 0
    for done in result.targets:
        print(_("{calendar}: {created} created, {updated} updated, {cancelled} cancelled, {unchanged} unchanged "
                "({listing})").format(calendar=done.target.name, created=len(done.created), updated=len(done.updated),
                                      cancelled=len(done.cancelled), unchanged=done.unchanged, listing=_(done.listing)))
        for summary, why in done.conflicts:
            print(_("  ! left alone: {event} - {why}").format(event=summary, why=_(why)))
        for summary, why in done.failed:
            print(_("  ! not written: {event} - {why}").format(event=summary, why=why))
    print(_("{requests}, {writes}").format(
        requests=ngettext("{count} request", "{count} requests", result.requests).format(count=result.requests),
        writes=ngettext("{count} write", "{count} writes", result.writes).format(count=result.writes)))
    return 0


def cmd_pull_absences(store, args: argparse.Namespace) -> int:
    """`caldav pull-absences`: a server calendar read as absences (same rules as `import --as absences`)."""
    from .calserver.connection import Connection
    from .calserver.pull import pull_absences
    from .cli_calendar import _print_report

    found = account(store, args.name)
    team = find_team(store, args.team)
    with Connection(found, timeout=args.timeout) as connection:
        report = pull_absences(store, found, path=args.calendar, team=team, now=now(), dry_run=args.dry_run,
                               connection=connection)
    _print_report(report, args.json)
    return 0


MAX_TIMEOUT = 3600.0


def _seconds(text: str) -> float:
    """A request timeout: more than 0 seconds, at most an hour (the socket refuses 0, -1, nan and 1e309)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value <= MAX_TIMEOUT:  # false for nan too
        raise argparse.ArgumentTypeError(_("expected a number of seconds above 0 and at most {limit:g}, not "
                                           "{text!r}").format(limit=MAX_TIMEOUT, text=clipped(text)))
    return value


def _timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--timeout", type=_seconds, default=TIMEOUT, metavar="SECONDS",
                        help=_("give up on a request after this long (default {timeout:g})").format(timeout=TIMEOUT))


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register `caldav add|list|remove|test|push|pull-absences`."""
    caldav = commands.add_parser(
        "caldav", help=_("push calendars to a CalDAV server (Nextcloud, Radicale...)"),
        description=_("Calendar server accounts. Passwords are kept in the system keyring, never in the "
                      "database. Nothing connects to a server unless one of these commands uses an account."))
    actions = caldav.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=_("add an account"))
    add.add_argument("name")
    add.add_argument("--url", required=True, help=_("the server's CalDAV address, e.g. https://cloud.example.com/"
                                                    "remote.php/dav/"))
    add.add_argument("--user", required=True)
    add.add_argument("--calendar", metavar="PATH", help=_("one calendar for every team (default: one per team)"))
    add.add_argument("--password-stdin", action="store_true", help=_("read the password from standard input"))
    add.add_argument("--insecure", action="store_true", help=_("allow plain http:// to another machine"))
    add.set_defaults(run=cmd_add)
    listing = actions.add_parser("list", help=_("list accounts"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_list)
    remove = actions.add_parser("remove", help=_("forget an account and its password"))
    remove.add_argument("name")
    remove.set_defaults(run=cmd_remove)
    test = actions.add_parser("test", help=_("connect and say what the server supports"))
    test.add_argument("name")
    _timeout(test)
    test.set_defaults(run=cmd_test)
    pushing = actions.add_parser(
        "push", help=_("write the team feeds (and a member's) to the server"),
        description=_("One event per occurrence; only what changed since the last push is sent; a "
                      "cancelled occurrence is written as cancelled; an event changed on the server by someone "
                      "else is reported and left alone."))
    pushing.add_argument("name")
    pushing.add_argument("--team", action="append", help=_("only this team (repeatable)"))
    pushing.add_argument("--member", help=_("also this member's feed, into their own calendar "
                                            "(only it, unless --team is given)"))
    pushing.add_argument("--json", action="store_true")
    _timeout(pushing)
    pushing.set_defaults(run=cmd_push)
    pull = actions.add_parser("pull-absences", help=_("read a holiday calendar on the server as a team's absences"),
                              description=_("Same rules as `ritualdesk import --as absences`: events already "
                                            "imported are skipped."))
    pull.add_argument("name")
    pull.add_argument("--calendar", required=True, metavar="PATH", help=_("the calendar's name or path on the server"))
    pull.add_argument("--team", required=True)
    pull.add_argument("--dry-run", action="store_true")
    pull.add_argument("--json", action="store_true")
    _timeout(pull)
    pull.set_defaults(run=cmd_pull_absences)
