"""A team's language: kept with the team, defaulting to the user's; its calendars read in it, whoever exports."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from ritualdesk import i18n, operations
from ritualdesk.agenda import agenda, occurrence_uid
from ritualdesk.cli import main
from ritualdesk.ical.export import Scope, export_feed
from ritualdesk.model import Team
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
SCOPE = Scope(date(2026, 3, 2), date(2026, 3, 31))


def events(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def french(store, team):
    return operations.update_team(store, replace(team, language="fr"), now=NOW)


def test_a_new_team_speaks_the_users_language_and_keeps_it(store):
    i18n.set_language("fr")
    assert Team(None, "Les Lynx").language == "fr"
    i18n.set_language("en")
    team = store.add_team(Team(None, "Les Lynx", language="fr"))
    assert store.team(team.id).language == "fr" and Team(None, "Phoenix").language == "en"


def test_a_french_teams_calendar_reads_in_french_whoever_exports_it(store, team, standup, retro, members):
    french(store, team)
    i18n.set_language("en")  # an English-speaking machine exports it
    key = agenda(store, first=date(2026, 3, 24), last=date(2026, 3, 24))[0].key
    operations.move(store, key, key.planned + timedelta(hours=1), now=NOW)
    found = events(export_feed(store, SCOPE, now=NOW).data)
    moved = found[occurrence_uid(standup, key.planned)]
    assert str(moved["SUMMARY"]).startswith("Mêlée · ")
    description = str(moved["DESCRIPTION"])
    assert "Animation\u00a0: " in description and "Sprint 2" in description
    assert "Déplacée du mar. 24 mars 2026 09:30" in description
    assert "Facilitator" not in description


def test_changing_the_language_keeps_every_uid_and_bumps_each_sequence_once(store, team, standup, members):
    english = events(export_feed(store, SCOPE, now=NOW).data)
    assert all(" (" in str(e["SUMMARY"]) for e in english.values())
    french(store, team)
    first = events(export_feed(store, SCOPE, now=NOW + timedelta(hours=1)).data)
    again = export_feed(store, SCOPE, now=NOW + timedelta(hours=2)).data
    assert set(first) == set(english)
    assert all(e["SEQUENCE"] == 1 and " · " in str(e["SUMMARY"]) for e in first.values())
    assert export_feed(store, SCOPE, now=NOW + timedelta(hours=3)).data == again  # unchanged: byte-identical


def test_teams_from_before_keep_english_calendars(tmp_path):
    path = tmp_path / "old.sqlite3"
    store = Store.open(path)
    store.add_team(Team(None, "Les Castors", language="fr"))
    store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT language FROM teams").fetchone() == ("fr",)
        assert "DEFAULT 'en'" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'teams'").fetchone()[0]


def test_team_add_takes_a_language_or_the_users(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite3")
    monkeypatch.setenv("LANGUAGE", "fr")
    assert main(["--db", db, "team", "add", "Les Lynx", "--timezone", "Europe/Paris"]) == 0
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["--db", db, "team", "add", "Phoenix", "--timezone", "Europe/London", "--language", "fr"]) == 0
    assert main(["--db", db, "team", "add", "Kestrels", "--timezone", "Europe/London"]) == 0
    assert main(["--db", db, "team", "add", "Owls", "--language", "de"]) == 2
    capsys.readouterr()
    assert main(["--db", db, "team", "list", "--json"]) == 0
    import json

    listed = {t["name"]: t["language"] for t in json.loads(capsys.readouterr().out)}
    assert listed == {"Les Lynx": "fr", "Phoenix": "fr", "Kestrels": "en"}
