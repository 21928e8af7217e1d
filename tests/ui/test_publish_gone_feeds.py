"""The publish dialog after a team is deleted in the app: its feeds are shown as emptied, then emptied once."""

from __future__ import annotations

from datetime import date, time

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from ritualdesk.ical.publish import publish
from ritualdesk.model import Member, Ritual, RitualKind, Schedule, ScheduleKind, Team
from tests.ui.conftest import NOW, publish_dialog


@pytest.fixture(autouse=True)
def _in_english(english):
    """The English catalogue's plural forms ("2 feeds emptied")."""


@pytest.fixture
def published(session, tmp_path):
    """A second team, Orion, published with Les Castors into a shared folder, then deleted in the app."""
    store = session.store
    orion = store.add_team(Team(None, "Orion", timezone="Europe/Paris", holidays_country="FR"))
    olivia = store.add_member(Member(None, orion.id, "Olivia"))
    store.add_ritual(Ritual(None, orion.id, RitualKind.STANDUP, "Daily", time(9, 0), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), date(2026, 3, 2)), [olivia.id])
    folder = tmp_path / "shared"
    folder.mkdir()
    publish(store, folder, now=NOW, today=NOW.date())
    session.delete_team(orion.id)
    return folder


def _lines(dialog):
    return {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(
        dialog.tree.topLevelItemCount())}


def test_the_preview_says_which_feeds_will_be_emptied(qtbot, session, settings, published):
    dialog = publish_dialog(qtbot, session, settings, published)
    gone = [text for text in _lines(dialog) if "team or member gone" in text]
    assert len(gone) == 2 and gone[1].startswith("team-orion.ics — team or member gone: emptied, ")
    team = _lines(dialog)[gone[1]]
    assert not team.isExpanded()  # every one of its events goes: not spread out in the list
    assert team.child(0).text(0).startswith("Removed (") and team.child(0).child(0).text(0).startswith("Daily")
    assert "2 feeds will change" in dialog.progress.label.text()
    assert b"BEGIN:VEVENT" in (published / "team-orion.ics").read_bytes()  # a preview writes nothing


def test_publishing_empties_them_once_and_says_so(qtbot, session, settings, published):
    dialog = publish_dialog(qtbot, session, settings, published)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and hasattr(dialog, "results") and not dialog.last_result_text,
                    timeout=20000)
    label = dialog.progress.label.text()
    assert "2 feeds emptied, their team or member gone (member-orion-olivia.ics, team-orion.ics)" in label
    assert "5 feeds published" in label  # Les Castors and its four members
    calendar = Calendar.from_ical((published / "team-orion.ics").read_bytes())
    assert calendar.walk("VEVENT") == [] and str(calendar["X-WR-CALNAME"]) == "Orion (RitualDesk)"
    assert not any("team or member gone" in text for text in _lines(dialog))  # done: nothing more to empty
    before = {p.name: p.stat().st_ino for p in published.iterdir()}
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.job is None and not dialog.last_result_text, timeout=20000)
    assert "emptied" not in dialog.progress.label.text()
    assert {p.name: p.stat().st_ino for p in published.iterdir()} == before


def test_publishing_after_each_change_empties_a_deleted_teams_feed(qtbot, session, settings, published):
    from PySide6.QtCore import QTimer

    from ui import settings as keys
    from ui.exchange import AutoPublisher

    settings.set(keys.PUBLISH_FOLDER, str(published))
    settings.set(keys.PUBLISH_AUTO, True)
    done = []
    auto = AutoPublisher(session, settings, timer=QTimer())
    auto.published.connect(done.append)
    auto.publish_now()
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert sorted(r.path.name for r in done[0] if r.gone) == ["member-orion-olivia.ics", "team-orion.ics"]
    assert b"BEGIN:VEVENT" not in (published / "team-orion.ics").read_bytes()


def test_when_the_only_team_chosen_last_time_was_deleted_the_dialog_can_still_publish(qtbot, session, settings,
                                                                                      published):
    from ui import settings as keys

    settings.set(keys.PUBLISH_TEAMS, [2])  # Orion alone, deleted since
    dialog = publish_dialog(qtbot, session, settings, published)
    assert dialog.team_ids() == [session.teams()[0].id] and dialog.publish_button.isEnabled()
    assert any("team-orion.ics — team or member gone" in text for text in _lines(dialog))


def test_the_status_bar_says_which_feeds_publishing_after_each_change_emptied(qtbot, window, settings, published):
    from ui import settings as keys

    settings.set(keys.PUBLISH_FOLDER, str(published))
    settings.set(keys.PUBLISH_AUTO, True)
    auto = window.exchange.auto
    auto.publish_now()
    qtbot.waitUntil(lambda: auto.job is None and auto.last_published is not None, timeout=20000)
    assert window.statusBar().currentMessage() == (
        "2 feeds emptied, their team or member gone (member-orion-olivia.ics, team-orion.ics)")
