"""Sprints from a team's cadence: the stored ones, continued into the future. Pure."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from .model import Sprint, Team


def cadence_sprints(team: Team, *, until: date, after: Sprint | None = None) -> list[Sprint]:
    """The sprints the cadence gives up to `until`, following `after` (or from the team's sprint start)."""
    if team.id is None:
        return []
    length = timedelta(weeks=team.sprint_weeks)
    if after is not None:
        number, start = after.number + 1, after.end + timedelta(days=1)
    elif team.sprint_start is not None:
        number, start = 1, team.sprint_start
    else:
        return []
    sprints = []
    while start <= until:
        sprints.append(Sprint(team_id=team.id, number=number, start=start, end=start + length - timedelta(days=1)))
        number, start = number + 1, start + length
    return sprints


def sprints_until(team: Team, stored: Sequence[Sprint], until: date) -> list[Sprint]:
    """The stored sprints (sorted by number) followed by the cadence's continuation up to `until`."""
    ordered = sorted(stored, key=lambda s: s.number)
    return ordered + cadence_sprints(team, until=until, after=ordered[-1] if ordered else None)


def sprint_on(sprints: Sequence[Sprint], day: date) -> Sprint | None:
    """The sprint containing `day`, if any (`sprints` in chronological order)."""
    index = bisect_right(sprints, day, key=lambda sprint: sprint.start) - 1
    if index >= 0 and sprints[index].contains(day):
        return sprints[index]
    return None
