"""Every ritual-kind name the CLI offers, and the README lists, is accepted: one table gives both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ritualdesk.model import RitualKind
from ritualdesk.parsing import ENGLISH_KIND_NAMES, FRENCH_KIND_NAMES, parse_kind

from .test_cli_languages import run

README = Path(__file__).parents[2] / "README.md"


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert run(db, "demo", capsys=capsys, language="en")[0] == 0
    return db


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_kind_the_error_offers_is_accepted(demo_db, capsys, language):
    status, _, err = run(demo_db, "agenda", "--kind", "kermesse", capsys=capsys, language=language)
    assert status == 2
    offered = re.search(r"\((?:use|utilisez) (.*)\)$", err.strip())[1].replace(", ou ", ", ").split(", ")
    assert len(offered) == (11 if language == "fr" else 6)
    for name in offered:
        assert run(demo_db, "agenda", "--kind", name, capsys=capsys, language=language)[0] == 0, name


def test_the_kinds_the_readme_names_in_french_are_accepted():
    text = " ".join(README.read_text(encoding="utf-8").split())
    sentence = re.search(r"the kinds are .*?\(« mêlée quotidienne ».*?\)", text)[0]
    quoted = re.findall(r"« ([^»]+) »", sentence)
    aliases = re.search(r"French aliases such as (.*?) work too", text)[1]
    names = quoted + re.findall(r"`([^`]+)`", aliases)
    assert {"mêlée quotidienne", "planification de sprint", "affinage du backlog", "mêlée"} <= set(names)
    for name in names:
        parse_kind(name)


@pytest.mark.parametrize(("text", "kind"), [
    ("planification", RitualKind.PLANNING), ("rétro", RitualKind.RETROSPECTIVE), ("RÉTRO", RitualKind.RETROSPECTIVE),
    ("retro", RitualKind.RETROSPECTIVE), ("Melee  Quotidienne", RitualKind.STANDUP), ("mêlée", RitualKind.STANDUP),
    (" Revue de Sprint ", RitualKind.REVIEW), ("Affinage du backlog", RitualKind.REFINEMENT),
    ("Sprint planning", RitualKind.PLANNING), ("stand-up", RitualKind.STANDUP),
])
def test_kinds_are_read_whatever_the_case_and_accents(text, kind):
    assert parse_kind(text) is kind


def test_each_kind_is_offered_by_its_id_first():
    assert [names[0] for names in ENGLISH_KIND_NAMES.values()] == [k.value for k in RitualKind]
    assert set(FRENCH_KIND_NAMES) <= set(RitualKind)
