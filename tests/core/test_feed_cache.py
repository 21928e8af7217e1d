"""Teams' parts of a feed kept from one export to the next: reused while valid, computed again after any change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from ritualdesk import i18n, operations
from ritualdesk.agenda import agenda
from ritualdesk.demo import generate_demo
from ritualdesk.ical import feed as feed_module
from ritualdesk.ical.export import export_feed
from ritualdesk.ical.feed import Scope, collect, default_horizon, forget_kept_feeds
from ritualdesk.model import Absence, OccurrenceStatus, RitualKind, Verdict
from ritualdesk.store import Store

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
FIRST, LAST = default_horizon(NOW.date())


@pytest.fixture
def demo(tmp_path):
    store = Store.open(tmp_path / "demo.sqlite3")
    generate_demo(store, teams=2, years=1, seed=3, now=NOW)
    yield store
    store.close()


@pytest.fixture
def computed(monkeypatch):
    """The ids of the teams whose part of a feed was computed (not taken from what was kept)."""
    teams: list[int] = []
    compute = feed_module._team_feed

    def counting(store, team, *args, **kwargs):
        teams.append(team.id)
        return compute(store, team, *args, **kwargs)

    monkeypatch.setattr(feed_module, "_team_feed", counting)
    return teams


def _said(store: Store, scope: Scope) -> tuple:
    """What the feed says; a to-do's UID aside (an action exported for the first time gets a random one)."""
    feed = collect(store, scope)
    items = [item if item.component == "VEVENT" else
             replace(item, uid="", properties=tuple(p for p in item.properties if p[0] != "UID"), content_hash="")
             for item in feed.items]
    return feed.name, items, feed.timezones, feed.extra


def _truth(store: Store, scope: Scope) -> tuple:
    """The same feed computed by another connection, which has kept nothing."""
    other = Store.open(store.path)
    try:
        return _said(other, scope)
    finally:
        other.close()


def _team_ids(store: Store) -> list[int]:
    return [t.id for t in store.teams()]


def _next_standup(store: Store, team_id: int):
    found = agenda(store, first=NOW.date() + timedelta(days=1), last=NOW.date() + timedelta(days=8), team_ids=[team_id])
    return next(o for o in found if store.ritual(o.key.ritual_id).kind is RitualKind.STANDUP
                and o.status is OccurrenceStatus.PLANNED)


SCOPE = Scope(FIRST, LAST, todos=True)


def test_an_unchanged_export_takes_every_team_from_what_was_kept(demo, computed):
    first = _said(demo, SCOPE)
    assert sorted(computed) == sorted(_team_ids(demo))
    computed.clear()
    assert _said(demo, SCOPE) == first
    assert computed == []
    assert first == _truth(demo, SCOPE)


def test_an_edit_computes_its_team_again_and_only_it(demo, computed):
    _said(demo, SCOPE)
    team_id = _team_ids(demo)[0]
    standup = _next_standup(demo, team_id)
    operations.move(demo, standup.key, standup.key.planned + timedelta(hours=2), now=NOW)
    computed.clear()
    after = _said(demo, SCOPE)
    assert computed == [team_id]
    assert after == _truth(demo, SCOPE)


def _first_team(store):
    return store.teams()[0]


def _move(store):
    standup = _next_standup(store, _first_team(store).id)
    operations.move(store, standup.key, standup.key.planned + timedelta(hours=1), now=NOW)


def _held(store):
    standup = _next_standup(store, _first_team(store).id)
    operations.mark_held(store, standup.key, now=standup.start + timedelta(hours=1))


def _language(store):
    team = _first_team(store)
    operations.update_team(store, replace(team, language="en" if team.language == "fr" else "fr"), now=NOW)


def _holidays(store):
    team = _first_team(store)
    operations.update_team(store, replace(team, holidays_country="DE" if team.holidays_country != "DE" else "FR",
                                          holidays_subdivision=None), now=NOW)


def _rename(store):
    member = store.members(_first_team(store).id)[1]
    operations.update_member(store, replace(member, name=member.name + " B."), now=NOW)


def _absence(store):
    standup = _next_standup(store, _first_team(store).id)  # its facilitator is away that day
    day = standup.start.date()
    operations.add_absence(store, Absence(id=None, member_id=standup.facilitator_id, start=day, end=day), now=NOW)


def _past_retro(store):
    return next(o for o in reversed(agenda(store, first=FIRST, last=NOW.date(), team_ids=[_first_team(store).id],
                                           kinds=[RitualKind.RETROSPECTIVE]))
                if o.status is not OccurrenceStatus.CANCELLED)


def _action(store):
    operations.add_action(store, _past_retro(store).key, "Write the new runbook", today=NOW.date())


def _review(store):
    retro = _past_retro(store)
    item = operations.carried_actions(store, retro.key, now=NOW)[0]
    verdict = Verdict.KEEP if dict(item.reviews).get(retro.key) is Verdict.DROP else Verdict.DROP  # another one
    operations.review_actions(store, retro.key, [(item.id, verdict)], today=NOW.date(), now=NOW)


def _renamed_ritual(store):
    ritual = store.rituals(_first_team(store).id)[0]
    operations.update_ritual(store, replace(ritual, title=ritual.title + " (new)"), now=NOW)


def _elsewhere(store):
    other = Store.open(store.path)  # another window or the CLI, on the same file
    try:
        _move(other)
    finally:
        other.close()


@pytest.mark.parametrize("change", [_move, _held, _language, _holidays, _rename, _absence, _action, _review,
                                    _renamed_ritual, _elsewhere], ids=lambda f: f.__name__.strip("_"))
def test_each_change_is_seen_by_the_next_export(demo, computed, change):
    before = _said(demo, SCOPE)
    change(demo)
    computed.clear()
    after = _said(demo, SCOPE)
    assert _first_team(demo).id in computed
    assert after == _truth(demo, SCOPE)
    assert after != before  # the change shows in the feed: a kept part would have hidden it


def test_another_horizon_is_computed_for_itself(demo, computed):
    _said(demo, SCOPE)
    computed.clear()
    later = Scope(FIRST + timedelta(days=1), LAST + timedelta(days=1), todos=True)  # tomorrow's default horizon
    after = _said(demo, later)
    assert sorted(computed) == sorted(_team_ids(demo))
    assert after == _truth(demo, later)


def test_the_programs_language_and_the_calendar_rules_are_part_of_what_a_kept_part_is_valid_for(demo, computed,
                                                                                                  monkeypatch):
    _said(demo, SCOPE)
    computed.clear()
    speaking = i18n.language()
    i18n.set_language("fr" if speaking == "en" else "en")
    try:
        _said(demo, SCOPE)
    finally:
        i18n.set_language(speaking)
    assert sorted(computed) == sorted(_team_ids(demo))
    computed.clear()
    monkeypatch.setattr(feed_module, "checkpoint_fingerprint", lambda: "other rules/holidays 99")
    _said(demo, SCOPE)
    assert sorted(computed) == sorted(_team_ids(demo))


def test_what_a_rolled_back_transaction_computed_is_not_kept(demo):
    team = _first_team(demo)
    standup = _next_standup(demo, team.id)
    with pytest.raises(RuntimeError), demo.transaction():
        operations.move(demo, standup.key, standup.key.planned + timedelta(hours=3), now=NOW)
        _said(demo, SCOPE)  # computed from the uncommitted move
        raise RuntimeError("rolled back")
    # another edit takes the same revision the rolled-back one had
    operations.move(demo, standup.key, standup.key.planned + timedelta(hours=1), now=NOW)
    assert _said(demo, SCOPE) == _truth(demo, SCOPE)


def test_an_export_after_an_edit_gives_the_bytes_of_a_first_export(demo):
    export_feed(demo, SCOPE, now=NOW)
    _move(demo)
    kept = export_feed(demo, SCOPE, now=NOW)
    forget_kept_feeds(demo)
    assert export_feed(demo, SCOPE, now=NOW, dry_run=True).data == kept.data
