"""Minutes of an occurrence and of a sprint, in Markdown, through the core and the command line."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime

import pytest

from ritualdesk import operations
from ritualdesk.agenda import occurrence_uid
from ritualdesk.cli import main
from ritualdesk.document import Bullets, Document, Heading, Notes, Table, to_html, to_markdown
from ritualdesk.errors import NotFound
from ritualdesk.minutes import long_day, occurrence_minutes, sprint_minutes
from ritualdesk.model import Absence, OccurrenceKey, Team, Verdict
from ritualdesk.store import Store

NOW = datetime(2026, 3, 27, 17, 0, tzinfo=UTC)
RETRO_DAY = datetime(2026, 3, 13, 15, 0)  # sprint 1's last day


@pytest.fixture
def held_retro(store, team, members, retro, standup):
    """Sprint 1's retrospective, held, with notes, a new action, and a review of an older one."""
    old = operations.add_action(store, OccurrenceKey(standup.id, datetime(2026, 3, 3, 9, 30)), "Fix the build",
                                owner_id=members[1].id, today=date(2026, 3, 3)).value
    key = OccurrenceKey(retro.id, RETRO_DAY)
    store.add_absence(Absence(None, members[3].id, date(2026, 3, 13), date(2026, 3, 13), "sick"))
    operations.mark_held(store, key, now=NOW)
    operations.set_notes(store, key, "## Start\n- pairing on Fridays\n\nGood | sprint")
    operations.add_action(store, key, "Book the demo room", owner_id=members[0].id, due=date(2026, 3, 20),
                          today=date(2026, 3, 13))
    operations.review_actions(store, key, [(old.id, Verdict.DONE)], today=date(2026, 3, 13), now=NOW)
    return key


def test_occurrence_minutes_say_who_when_what_was_noted_and_decided(store, held_retro):
    text = to_markdown(occurrence_minutes(store, held_retro))
    assert text.startswith("# Rétro\n")
    assert "Friday 13 March 2026, 15:00–16:30 (Europe/Paris)" in text
    assert "- **Status:** held" in text
    assert "- **Attendees:** Ana, Bruno, Chloe" in text and "- **Absent:** David" in text
    assert "#### Start\n- pairing on Fridays" in text  # the notes' own headings go under "## Notes"
    assert "| Book the demo room | Ana | 2026-03-20 | open |" in text
    assert "| Fix the build | Bruno | done |" in text
    assert "Good \\| sprint" not in text  # notes are kept as typed, outside tables


def test_minutes_speak_french_when_asked(store, held_retro):
    text = to_markdown(occurrence_minutes(store, held_retro, language="fr"))
    assert "vendredi 13 mars 2026, 15:00–16:30" in text
    assert "**Présents\u00a0:**" in text and "**Statut\u00a0:** tenue" in text and "## Actions décidées" in text
    assert "**Date et heure\u00a0:**" in text and not re.search(r"\S:\*\*", text)  # a no-break space before each
    assert long_day(date(2026, 5, 1), "fr") == "vendredi 1er mai 2026"


def test_sprint_minutes_hold_every_ritual_of_the_sprint_in_order(store, team, held_retro, standup):
    operations.cancel(store, OccurrenceKey(standup.id, datetime(2026, 3, 4, 9, 30)), now=NOW)
    text = to_markdown(sprint_minutes(store, team.id, 1, today=date(2026, 3, 27)))
    assert text.startswith("# Sprint 1 — Les Castors")
    assert "Monday 2 March 2026 – Sunday 15 March 2026" in text
    assert "| Monday 2 March 2026 09:30 |" in text  # quiet stand-ups: one row each
    assert "## Mêlée — Tuesday 3 March 2026" in text  # an action came out of it: a section
    assert "## Rétro — Friday 13 March 2026" in text and "### Actions created" in text
    assert "## Cancelled\n\n- Mêlée — Wednesday 4 March 2026 09:30" in text
    assert "Monday 16 March" not in text  # sprint 2


def test_a_sprint_that_does_not_exist_is_not_found(store, team, standup):
    with pytest.raises(NotFound, match="no Sprint 99"):
        sprint_minutes(store, team.id, 99, today=date(2026, 3, 27))


def test_html_escapes_what_people_typed():
    document = Document((Heading(1, "R&D <retro>"), Notes("- a <b>"), Bullets(("x & y",)),
                         Table(("A",), (("<i>",),))))
    page = to_html(document)
    assert "R&amp;D &lt;retro&gt;" in page and "<li>a &lt;b&gt;</li>" in page and "&lt;i&gt;" in page


# -- the command line ---------------------------------------------------------------------------


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_writes_markdown_to_stdout_and_changes_nothing(store, held_retro, retro, capsys):
    uid = occurrence_uid(retro, RETRO_DAY)
    store.close()
    before = _digest(store.path)
    assert main(["--db", str(store.path), "minutes", uid, "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Rétro") and "Book the demo room" in out
    assert _digest(store.path) == before


def test_cli_writes_markdown_to_a_file(store, held_retro, retro, tmp_path, capsys):
    uid = occurrence_uid(retro, RETRO_DAY)
    store.close()
    target = tmp_path / "retro.md"
    assert main(["--db", str(store.path), "minutes", uid, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Rétro")


@pytest.mark.parametrize("args, message", [
    (["minutes", "nope@ritualdesk"], "no occurrence with uid"),
    (["minutes", "--team", "Les Castors", "--sprint", "999"], "no Sprint 999"),
    (["minutes", "--team", "Les Castors"], "--team and --sprint"),
    (["minutes", "UID", "-o", "out.txt"], ".md (Markdown) or .pdf"),
])
def test_cli_refuses_bad_input_with_one_line_and_writes_nothing(store, standup, tmp_path, capsys, args, message):
    store.close()
    target = tmp_path / "out.md"
    status = main(["--db", str(store.path), *args, *(["-o", str(target)] if "-o" not in args else [])])
    err = capsys.readouterr().err
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not target.exists() and not list(tmp_path.glob(".out*"))


def test_cli_says_it_in_french_for_a_french_user(store, standup, capsys, monkeypatch):
    from ritualdesk import i18n

    store.close()
    monkeypatch.setenv("LANGUAGE", "fr")
    try:
        status = main(["--db", str(store.path), "minutes", "--team", "Les Castors", "--sprint", "999"])
    finally:
        i18n.set_language("en")
    assert status == 2 and "n’a pas de Sprint 999" in capsys.readouterr().err


def test_the_core_cli_alone_refuses_a_pdf_and_writes_nothing(tmp_path, capsys):
    from ritualdesk.cli import main as core_main

    store = Store.open(tmp_path / "m.sqlite3")
    team = store.add_team(Team(None, "Solo", timezone="Europe/Paris", holidays_country=None, sprint_weeks=2,
                               sprint_start=date(2026, 3, 2)))
    store.close()
    target = tmp_path / "minutes.pdf"
    assert core_main(["--db", str(tmp_path / "m.sqlite3"), "minutes", "--team", team.name, "--sprint", "1",
                      "-o", str(target)]) == 2
    assert not target.exists()
    assert "needs the desktop app" in capsys.readouterr().err


def test_the_minutes_of_a_meeting_still_running_have_the_notes_typed_so_far(store, members, standup):
    from dataclasses import replace

    from ritualdesk.meetings import save_meeting, start_meeting

    key = OccurrenceKey(standup.id, datetime(2026, 3, 16, 9, 30))
    start = datetime(2026, 3, 16, 8, 30, tzinfo=UTC)
    meeting = start_meeting(store, key, now=start, seed=1)
    save_meeting(store, key, replace(meeting, notes="Blocage sur l'API de facturation"))
    text = to_markdown(occurrence_minutes(store, key, language="fr"))
    assert "## Notes\n\nBlocage sur l'API de facturation" in text  # 'minutes UID' during the meeting


def test_cards_of_a_column_the_board_format_has_no_more_are_in_the_last_columns_minutes(store, retro):
    from ritualdesk.retro_board import add_card, set_board

    key = OccurrenceKey(retro.id, RETRO_DAY)
    set_board(store, key, format="four_ls")
    add_card(store, key, 0, "Pairing")
    add_card(store, key, 3, "A quieter room")  # Longed for
    set_board(store, key, format="mad_sad_glad")  # three columns: the fourth card would be lost
    text = to_markdown(occurrence_minutes(store, key))
    assert "### Mad\n\n- Pairing" in text and "### Glad\n\n- A quieter room" in text
