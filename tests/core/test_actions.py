"""Action items: created at an occurrence, carried into the next retrospective, reviewed there."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ritualdesk import operations as ops
from ritualdesk.errors import InvalidInput
from ritualdesk.model import ActionStatus, OccurrenceKey, Verdict

TODAY = date(2026, 3, 18)
LATER = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)  # every retrospective of these tests has taken place


def _retro_key(retro, day):
    return OccurrenceKey(retro.id, datetime(day.year, day.month, day.day, 15, 0))


def test_open_actions_are_carried_into_the_next_retrospective(store, standup, retro, members):
    first_retro = _retro_key(retro, date(2026, 3, 13))
    second_retro = _retro_key(retro, date(2026, 3, 27))
    kept = ops.add_action(store, first_retro, "Limit WIP to three stories", owner_id=members[2].id,
                          due=date(2026, 3, 20), today=date(2026, 3, 13)).value
    done = ops.add_action(store, first_retro, "Fix the flaky login test", today=date(2026, 3, 13)).value
    assert ops.carried_actions(store, first_retro, now=LATER) == []  # created there, reviewed at the next one
    assert [a.id for a in ops.carried_actions(store, second_retro, now=LATER)] == [kept.id, done.id]

    ops.review_actions(store, second_retro, [(kept.id, Verdict.KEEP), (done.id, Verdict.DONE)], today=TODAY, now=LATER)
    assert store.action(kept.id).retros_survived == 1
    assert store.action(kept.id).status is ActionStatus.OPEN
    assert (store.action(done.id).status, store.action(done.id).closed) == (ActionStatus.DONE, TODAY)
    # the review stays visible at that retro, and only the kept action moves on
    assert {a.id for a in ops.carried_actions(store, second_retro, now=LATER)} == {kept.id, done.id}
    third_retro = _retro_key(retro, date(2026, 4, 10))
    assert [a.id for a in ops.carried_actions(store, third_retro, now=LATER)] == [kept.id]


def test_an_action_survives_as_many_retros_as_it_was_kept(store, retro):
    origin = _retro_key(retro, date(2026, 3, 13))
    item = ops.add_action(store, origin, "Write the runbook", today=date(2026, 3, 13)).value
    for day in (date(2026, 3, 27), date(2026, 4, 10), date(2026, 4, 24)):
        ops.review_actions(store, _retro_key(retro, day), [(item.id, Verdict.KEEP)], today=day, now=LATER)
    ops.review_actions(store, _retro_key(retro, date(2026, 5, 7)), [(item.id, Verdict.DROP)], today=TODAY, now=LATER)
    final = store.action(item.id)
    assert (final.retros_survived, final.status) == (3, ActionStatus.DROPPED)


def test_only_carried_actions_can_be_reviewed(store, standup, retro):
    later = ops.add_action(store, _retro_key(retro, date(2026, 3, 27)), "Too late", today=TODAY).value
    with pytest.raises(InvalidInput, match="not carried"):
        ops.review_actions(store, _retro_key(retro, date(2026, 3, 13)), [(later.id, Verdict.DONE)], today=TODAY,
        now=LATER)
    assert store.action(later.id).status is ActionStatus.OPEN


def test_a_standup_does_not_review_actions(store, standup):
    with pytest.raises(InvalidInput, match="retrospective"):
        ops.carried_actions(store, OccurrenceKey(standup.id, datetime(2026, 3, 2, 9, 30)), now=LATER)


def test_completing_and_reopening_an_action(store, retro):
    item = ops.add_action(store, _retro_key(retro, date(2026, 3, 13)), "Book a room", today=TODAY).value
    assert ops.set_action_status(store, item.id, ActionStatus.DONE, today=TODAY).value.closed == TODAY
    assert ops.set_action_status(store, item.id, ActionStatus.OPEN, today=TODAY).value.closed is None


def test_owner_must_belong_to_the_team(store, retro):
    from ritualdesk.model import Member, Team

    other = store.add_team(Team(None, "Orion"))
    stranger = store.add_member(Member(None, other.id, "Olivia"))
    with pytest.raises(InvalidInput, match="owner"):
        ops.add_action(store, _retro_key(retro, date(2026, 3, 13)), "x", owner_id=stranger.id, today=TODAY)


def test_re_reviewing_an_earlier_retro_does_not_undo_a_later_verdict(store, retro):
    item = ops.add_action(store, _retro_key(retro, date(2026, 3, 13)), "Write the runbook", today=TODAY).value
    ops.review_actions(store, _retro_key(retro, date(2026, 3, 27)), [(item.id, Verdict.KEEP)], today=TODAY, now=LATER)
    ops.review_actions(store, _retro_key(retro, date(2026, 4, 10)), [(item.id, Verdict.DONE)],
                       today=date(2026, 4, 12), now=LATER)
    assert store.action(item.id).closed == date(2026, 4, 10)  # closed on the retrospective's day
    ops.review_actions(store, _retro_key(retro, date(2026, 3, 27)), [(item.id, Verdict.DROP)],
                       today=date(2026, 4, 12), now=LATER)
    assert store.action(item.id).status is ActionStatus.DONE


def test_an_action_from_a_retro_still_to_come_is_not_reviewed_in_a_later_one(store, retro):
    # issue 10, #7: planned ahead at the 27 March retro (on 18 March), it was reviewable, and could
    # "survive", at the 10 April retro before the 27 March one had taken place
    now = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
    ahead = ops.add_action(store, _retro_key(retro, date(2026, 3, 27)), "Prepare the demo", today=TODAY).value
    april = _retro_key(retro, date(2026, 4, 10))
    assert ops.carried_actions(store, april, now=now) == []
    with pytest.raises(InvalidInput, match="has not taken place yet"):
        ops.review_actions(store, april, [(ahead.id, Verdict.KEEP)], today=TODAY, now=now)
    assert store.action(ahead.id).retros_survived == 0
    # once the 27 March retro is over, the 10 April one reviews it
    after = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    assert [a.id for a in ops.carried_actions(store, april, now=after)] == [ahead.id]


def test_a_retrospective_carries_what_filtering_every_action_of_its_team_gives(store):
    """Only open actions and those reviewed there are read; the rule is the same as over all of them."""
    from ritualdesk.agenda import agenda
    from ritualdesk.demo import generate_demo
    from ritualdesk.model import RitualKind

    now = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
    generate_demo(store, teams=2, years=1, seed=3, now=now)
    retros = [o for o in agenda(store, first=date(2025, 9, 1), last=date(2026, 6, 30))
              if store.ritual(o.key.ritual_id).kind is RitualKind.RETROSPECTIVE]

    def every_action_filtered(retro):  # the rule, over every action of the team
        def start(key):
            return key.planned.replace(tzinfo=store.team(store.ritual(key.ritual_id).team_id).tz)

        return [a for a in store.actions(retro.team_id)
                if (start(a.origin) < retro.start if a.origin else a.created <= retro.start.date())
                and (a.origin is None or start(a.origin) <= now) and a.origin != retro.key
                and (a.status is ActionStatus.OPEN or any(k == retro.key for k, _ in a.reviews))]

    carried = {o.key: ops.carried_actions(store, o.key, now=now) for o in retros}
    assert carried == {o.key: every_action_filtered(o) for o in retros}
    assert any(carried.values()) and any(a.reviews for found in carried.values() for a in found)
    assert all(ops.carried_actions(store, o.key, now=now, found=o) == carried[o.key] for o in retros)
