"""The publish dialog after a member is renamed in the app: their earlier feed is kept up to date, and said so."""

from __future__ import annotations

from dataclasses import replace

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from ritualdesk.ical.publish import publish
from tests.ui.conftest import NOW, publish_dialog

OLD, NEW = "member-les-castors-chloe.ics", "member-les-castors-chloe-martin.ics"


@pytest.fixture(autouse=True)
def _in_english(english):
    """The English catalogue's plural forms ("1 feed kept up to date")."""


@pytest.fixture
def published(session, tmp_path):
    """Les Castors published into a shared folder, then Chloé renamed in the app."""
    folder = tmp_path / "shared"
    folder.mkdir()
    publish(session.store, folder, now=NOW, today=NOW.date())
    assert (folder / OLD).exists()
    chloe = next(m for m in session.members() if m.name.startswith("Chlo"))
    session.update_member(replace(chloe, name="Chloé Martin"))
    return folder


def _lines(dialog):
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def test_a_renamed_members_earlier_feed_is_kept_up_to_date_and_said_so(qtbot, session, settings, published):
    dialog = publish_dialog(qtbot, session, settings, published)
    [line] = [text for text in _lines(dialog) if text.startswith(OLD)]
    assert line.endswith(f" (earlier name of {NEW})") and "gone" not in line
    item = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                if dialog.tree.topLevelItem(i).text(0) == line)
    assert "kept up to date so that its subscribers keep their calendar" in item.toolTip(0)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and hasattr(dialog, "results") and not dialog.last_result_text,
                    timeout=20000)
    label = dialog.progress.label.text()
    assert f"1 feed kept up to date under an earlier name, for its subscribers ({OLD})" in label
    assert "emptied" not in label
    old, new = (Calendar.from_ical((published / name).read_bytes()) for name in (OLD, NEW))
    assert old.walk("VEVENT") and len(old.walk("VEVENT")) == len(new.walk("VEVENT"))
