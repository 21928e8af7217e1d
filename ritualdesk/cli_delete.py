"""The `ritualdesk` sub-commands that delete: a team, a member, a ritual series."""

from __future__ import annotations

import argparse
import shlex
import sys

from . import operations
from .cli_common import find_member, find_team, now, report
from .errors import InvalidInput, NotFound
from .i18n import _
from .model import Ritual, Team
from .store import Store


def _confirmed(args: argparse.Namespace, refusal: str | None, *, command: str) -> bool:
    """Whether a deletion may go ahead: when it takes nothing along (no `refusal`) or with --yes; else say why not."""
    if refusal is None or args.yes:
        return True
    print(refusal, file=sys.stderr)
    print(_("nothing was deleted; to delete it, run `{command} --yes` (a copy first: `ritualdesk backup FILE`)")
          .format(command=command), file=sys.stderr)
    return False


def find_series(store: Store, team: Team, text: str) -> Ritual:
    """The series of `team` with this title, or this id (as `ritualdesk ritual list` shows it)."""
    rituals = store.rituals(team.id)
    wanted = text.strip().removeprefix("#")
    if wanted.isdigit():
        found = [r for r in rituals if r.id == int(wanted)]
    else:
        found = [r for r in rituals if r.title.casefold() == wanted.casefold()]
    if not found:
        raise NotFound(_("{team} has no ritual called {title!r}").format(team=team.name, title=text))
    if len(found) > 1:  # a series continued with a new time or schedule keeps its title
        raise InvalidInput(_("{team} has several series called {title!r} (ids {ids}); give the id of one, from "
                             "`ritualdesk ritual list`").format(team=team.name, title=text,
                                                                ids=", ".join(str(r.id) for r in found)))
    return found[0]


def cmd_team_delete(store: Store, args: argparse.Namespace) -> int:
    team = find_team(store, args.name)
    lost = store.holdings(team_id=team.id).lost(team=True)
    refusal = _("deleting the team {team} would also delete: {lost}").format(
        team=team.name, lost=", ".join(lost)) if lost else None
    if not _confirmed(args, refusal, command=f"ritualdesk team delete {shlex.quote(team.name)}"):
        return 1
    report(args, store, operations.delete_team(store, team.id))
    print(_("deleted team {team}").format(team=team.name))
    return 0


def cmd_member_delete(store: Store, args: argparse.Namespace) -> int:
    team = find_team(store, args.team)
    member = find_member(store, team, args.name)
    report(args, store, operations.delete_member(store, member.id, now=now()))
    print(_("deleted {member} from {team}").format(member=member.name, team=team.name))
    return 0


def cmd_ritual_delete(store: Store, args: argparse.Namespace) -> int:
    team = find_team(store, args.team)
    ritual = find_series(store, team, args.ritual)
    holdings = store.holdings(ritual_id=ritual.id)
    command = f"ritualdesk ritual delete {shlex.quote(team.name)} {ritual.id}"
    lost = holdings.lost(team=False)
    refusal = _("deleting the ritual {title} would also delete: {lost}").format(
        title=ritual.title, lost=", ".join(lost)) if lost else None
    if not _confirmed(args, refusal, command=command):
        return 1
    report(args, store, operations.delete_ritual(store, ritual.id))
    print(_("deleted {title} from {team}").format(title=ritual.title, team=team.name))
    if holdings.actions:
        print(_("its action items stay on the team's board"))
    return 0


def add_commands(*, team, member, ritual) -> None:
    """Add `team delete`, `member delete` and `ritual delete` to those commands' sub-parsers."""
    delete = team.add_parser("delete", help=_("delete a team with everything it holds"))
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help=_("needed when the team has members or rituals"))
    delete.set_defaults(run=cmd_team_delete)
    delete = member.add_parser("delete", help=_("delete a member who has no history (else set a leave date)"))
    delete.add_argument("team")
    delete.add_argument("name")
    delete.set_defaults(run=cmd_member_delete)
    delete = ritual.add_parser("delete", help=_("delete a ritual series with its occurrences' records"))
    delete.add_argument("team")
    delete.add_argument("ritual", help=_("its title, or its id from `ritualdesk ritual list`"))
    delete.add_argument("--yes", action="store_true",
                        help=_("needed when the series has a history (held occurrences, notes, meetings, cards)"))
    delete.set_defaults(run=cmd_ritual_delete)
