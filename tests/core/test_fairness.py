"""Fairness over a period, the history of turn changes, and the forecast with "what if" absences."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from ritualdesk import operations
from ritualdesk.cli import main
from ritualdesk.fairness import forecast, period_fairness, turn_history
from ritualdesk.model import Absence, OccurrenceKey, TurnChange

NOW = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)  # Monday 16 March, before the 09:30 stand-up


def _held(store, standup, days):
    for day in days:
        operations.mark_held(store, OccurrenceKey(standup.id, datetime.combine(day, standup.start_time)), now=NOW)


def test_period_counts_held_and_planned_turns_and_the_fair_share(store, team, members, standup):
    _held(store, standup, [date(2026, 3, d) for d in (2, 3, 4, 5, 6, 9, 10, 11)])  # two rounds of four
    rows = {r.member_id: r for r in period_fairness(store, team.id, first=date(2026, 3, 2), last=date(2026, 3, 20),
                                                     today=date(2026, 3, 16))}
    ana = rows[members[0].id]
    assert (ana.held, ana.share, ana.owed) == (2, 2.0, 0)
    assert sum(r.planned for r in rows.values()) == 5  # 16 to 20 March
    narrow = {r.member_id: r for r in period_fairness(store, team.id, first=date(2026, 3, 9), last=date(2026, 3, 11),
                                                       today=date(2026, 3, 16))}
    assert sum(r.held for r in narrow.values()) == 3 and all(r.planned == 0 for r in narrow.values())


def test_history_lists_overrides_and_turn_changes_with_their_reasons(store, team, members, standup):
    monday = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    tuesday = OccurrenceKey(standup.id, datetime(2026, 3, 17, 9, 30))
    operations.set_facilitator(store, monday, members[2].id, reason="Chloe demos", now=NOW)
    operations.change_turn(store, tuesday, TurnChange.PASS, now=NOW)
    events = turn_history(store, team.id, first=date(2026, 3, 1), last=date(2026, 3, 31))
    assert [(e.what, e.key) for e in events] == [("pass", tuesday), ("override", monday)]
    assert events[1].facilitator_id == members[2].id and events[1].reason == "Chloe demos"
    assert events[0].member_id is not None and events[0].facilitator_id != events[0].member_id


def test_what_if_absence_changes_the_forecast_and_saves_nothing(store, team, members, standup):
    before = forecast(store, team.id, count=4, now=NOW)
    assert [t.start.day for t in before] == [16, 17, 18, 19]
    first = before[0].facilitator_id
    away = Absence(None, first, date(2026, 3, 16), date(2026, 3, 17))
    after = forecast(store, team.id, count=4, now=NOW, away=[away])
    assert after[0].facilitator_id != first and first not in (after[0].facilitator_id, after[1].facilitator_id)
    assert store.absences() == []
    assert forecast(store, team.id, count=4, now=NOW) == before


def test_forecast_reaches_far_for_rare_rituals(store, team, retro):
    turns = forecast(store, team.id, count=12, now=NOW)
    assert len(turns) == 12 and turns[-1].start.date() > date(2026, 8, 1)


# -- the command line ---------------------------------------------------------------------------


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_forecast_prints_uid_start_facilitator_and_writes_nothing(store, team, members, standup, capsys):
    store.close()
    before = _digest(store.path)
    assert main(["--db", str(store.path), "fairness", "Les Castors", "Mêlée", "--forecast", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and set(rows[0]) == {"uid", "start", "facilitator"}
    assert rows[0]["facilitator"] in {m.name for m in members}
    away = rows[0]["facilitator"]
    day = datetime.fromisoformat(rows[0]["start"]).date()
    assert main(["--db", str(store.path), "fairness", "Les Castors", "Mêlée", "--forecast", "3", "--json",
                 "--absent", f"{away}:{day}:{day + timedelta(days=3)}"]) == 0
    changed = json.loads(capsys.readouterr().out)
    assert [r["uid"] for r in changed] == [r["uid"] for r in rows]
    assert away not in [r["facilitator"] for r in changed]
    assert _digest(store.path) == before


@pytest.mark.parametrize("args, message", [
    (["--forecast", "3", "--absent", "Nobody:today"], "no member called 'Nobody'"),
    (["--forecast", "3", "--absent", "Ana:someday"], "MEMBER:FROM[:TO]"),
    (["--forecast", "0"], "between 1 and 500"),
    (["--absent", "Ana:today"], "--absent goes with --forecast"),
])
def test_cli_forecast_refuses_bad_input(store, team, members, standup, capsys, args, message):
    store.close()
    status = main(["--db", str(store.path), "fairness", "Les Castors", "Mêlée", *args])
    err = capsys.readouterr().err
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1
