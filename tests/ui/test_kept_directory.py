"""The names the panel and the retro board show are read once, and again after an edit of names or at a new day."""

from __future__ import annotations

from datetime import timedelta

from tests.ui.conftest import NOW
from ui.actions_model import KeptDirectory
from ui.session import Session


def test_names_are_read_again_after_forget_and_at_a_new_day(store, qapp):
    now = [NOW]
    session = Session(store, clock=lambda: now[0])
    kept = KeptDirectory()
    first = kept.get(session)
    assert kept.get(session) is first  # kept while nothing changes
    kept.forget()
    again = kept.get(session)
    assert again is not first and again == first
    now[0] += timedelta(days=1)  # a board left open past midnight
    tomorrow = kept.get(session)
    assert tomorrow is not again
    assert set(tomorrow.today.values()) == {d + timedelta(days=1) for d in again.today.values()}
