"""A holiday calendar on the server read as absences, by the same rules as `import --as absences`."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from icalendar import Calendar

from ..errors import InvalidInput
from ..i18n import _
from ..ical.importer import ImportReport, import_calendar
from ..model import Team
from ..store import Store
from .accounts import Account, check_url, save_home, with_slash
from .connection import Connection, path_of


def calendar_url(store: Store, found: Account, connection: Connection, path: str) -> str:
    """A calendar named by the user: a URL, a path on the server, or a name in the account's calendar home."""
    path = path.strip()
    if not path:
        raise InvalidInput(_("--calendar needs the calendar's path or name"))
    if path.startswith(("/", "http://", "https://")):
        return check_url(urljoin(found.url, path), insecure=found.insecure)
    home = found.home
    if home is None:
        home = connection.home()
        if not store.read_only:  # remembered to spare a request next time; a read-only file simply asks again
            save_home(store, found, home)
    return with_slash(urljoin(home, path))


def merged(texts: list[str]) -> bytes:
    """One calendar with every event (and each time zone once) of the resources."""
    calendar = Calendar()
    calendar.add("PRODID", "-//RitualDesk//CalDAV pull//EN")
    calendar.add("VERSION", "2.0")
    zones = set()
    for text in texts:
        try:
            resource = Calendar.from_ical(text)
        except ValueError:
            continue  # read by import_calendar's rules only if readable at all
        for component in resource.subcomponents:
            if component.name == "VTIMEZONE":
                tzid = str(component.get("TZID"))
                if tzid in zones:
                    continue
                zones.add(tzid)
            calendar.add_component(component)
    return calendar.to_ical()


def pull_absences(store: Store, found: Account, *, path: str, team: Team, now: datetime,
                  dry_run: bool = False, connection: Connection | None = None) -> ImportReport:
    """Import the events of a server calendar as absences of `team`'s members (idempotent: UIDs are remembered)."""
    own = connection is None
    connection = connection or Connection(found)
    try:
        url = calendar_url(store, found, connection, path)
        data = merged(connection.events(url))
    finally:
        if own:
            connection.close()
    return import_calendar(store, data, team=team, mode="absences", now=now, dry_run=dry_run,
                           source=f"{found.name}:{path_of(url)}")
