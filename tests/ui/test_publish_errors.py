"""A publish folder that cannot be made is said in the app's language, with the reason in it too."""

from __future__ import annotations

from datetime import date

import pytest

from ritualdesk.errors import InvalidInput
from tests.ui.conftest import NOW
from ui.publish_dialog import publish_work


def test_a_folder_that_cannot_be_made_is_said_in_french(french, session, tmp_path):
    (tmp_path / "plain").write_text("x")
    work = publish_work(tmp_path / "plain" / "feeds", team_ids=None, todos=False, now=NOW, today=date(2026, 3, 20))
    with pytest.raises(InvalidInput) as raised:
        work(session.store, lambda done, total: None)
    assert str(raised.value).startswith("impossible de créer le dossier ")
    assert "une partie du chemin n’est pas un dossier" in str(raised.value), raised.value
