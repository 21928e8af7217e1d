"""What the server holds, read back with the `caldav` library and expanded with recurring-ical-events."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import caldav
import recurring_ical_events
from icalendar import Calendar

from ritualdesk.ical.feed import default_horizon


def server_calendars(url: str, user: str, password: str = "") -> dict[str, caldav.Calendar]:
    """The user's calendars on the server, by display name."""
    client = caldav.DAVClient(url=url, username=user, password=password, enable_rfc6764=False)
    return {c.get_display_name(): c for c in client.principal().calendars()}


def events(calendar: caldav.Calendar) -> dict[str, dict]:
    """Every event of a calendar, expanded over the feed's span: UID -> start, end (UTC), status, sequence."""
    merged = Calendar()
    resources = 0
    for found in calendar.events():
        resources += 1
        for component in Calendar.from_ical(found.data).subcomponents:
            merged.add_component(component)
    first, last = default_horizon(date.today())
    expanded = recurring_ical_events.of(merged).between(first - timedelta(days=2), last + timedelta(days=2))
    result = {}
    for event in expanded:
        uid = str(event["UID"])
        assert uid not in result, f"{uid} is on the server twice"
        result[uid] = {
            "start": event["DTSTART"].dt.astimezone(UTC), "end": event["DTEND"].dt.astimezone(UTC),
            "status": str(event.get("STATUS", "CONFIRMED")), "sequence": int(event.get("SEQUENCE", 0)),
            "summary": str(event["SUMMARY"]),
        }
    assert resources == len(result), "one resource per UID"
    return result


def live(found: dict[str, dict]) -> dict[str, tuple[datetime, datetime]]:
    """The events that are not cancelled, as instants."""
    return {uid: (e["start"], e["end"]) for uid, e in found.items() if e["status"] != "CANCELLED"}


def agenda_instants(rows: list[dict]) -> dict[str, tuple[datetime, datetime]]:
    """`agenda --json` rows that are not cancelled, as instants."""
    return {r["uid"]: (datetime.fromisoformat(r["start"]).astimezone(UTC),
                       datetime.fromisoformat(r["end"]).astimezone(UTC))
            for r in rows if r["status"] != "cancelled"}
