"""Fixtures for core tests: real SQLite files, no Qt."""

from __future__ import annotations

from datetime import date, time

import pytest

from ritualdesk.model import Member, Ritual, RitualKind, Role, Schedule, ScheduleKind, Team
from ritualdesk.store import Store


@pytest.fixture
def store(tmp_path):
    """An empty database in a temporary file."""
    store = Store.open(tmp_path / "core.sqlite3")
    yield store
    store.close()


@pytest.fixture
def team(store):
    """A Paris team with French holidays and two-week sprints from Monday 2 March 2026."""
    return store.add_team(Team(None, "Les Castors", timezone="Europe/Paris", holidays_country="FR",
                               sprint_weeks=2, sprint_start=date(2026, 3, 2)))


@pytest.fixture
def members(store, team):
    """Four members, in roster order."""
    return [
        store.add_member(Member(None, team.id, name, email=f"{name.lower()}@castors.example", role=role))
        for name, role in [("Ana", Role.PRODUCT_OWNER), ("Bruno", Role.SCRUM_MASTER),
                           ("Chloe", Role.DEVELOPER), ("David", Role.DEVELOPER)]
    ]


@pytest.fixture
def standup(store, team, members):
    """A 09:30 stand-up every working day from 2 March 2026, facilitated by all four in turn."""
    return store.add_ritual(
        Ritual(None, team.id, RitualKind.STANDUP, "Mêlée", time(9, 30), 15, Schedule(ScheduleKind.WORKING_DAYS),
               date(2026, 3, 2)),
        [m.id for m in members],
    )


@pytest.fixture
def retro(store, team, members):
    """A retrospective on the last working day of each sprint at 15:00."""
    return store.add_ritual(
        Ritual(None, team.id, RitualKind.RETROSPECTIVE, "Rétro", time(15, 0), 90,
               Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), date(2026, 3, 2)),
        [m.id for m in members],
    )


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """Messages in English whatever the machine's language (tests in French ask for it)."""
    from ritualdesk import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def folder(tmp_path):
    """The shared folder feeds are published in (the database lives next to it, not in it)."""
    path = tmp_path / "shared"
    path.mkdir()
    return path
