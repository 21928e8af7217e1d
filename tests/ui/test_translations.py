"""The app's catalogues: every text translated and current, compiled as shipped, in good French."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ROOT = Path(__file__).parents[2]
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
FIX = ("run `python packaging/update_translations.py`, translate the messages it marks unfinished in "
       "resources/translations/ritualdesk_*.ts (a text editor or `pyside6-linguist`), run it again and "
       "commit the .ts and .qm files")


def load_updater():
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations_update", ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path):
    """(context, source, numerus, translation element) of each message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.get("numerus") == "yes", message.find("translation")


def translation_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr == "tr" and isinstance(node.func.value, ast.Name) and node.func.value.id == "self":
            yield node, node.args[:1]
        elif node.func.attr == "translate" and getattr(node.func.value, "id", "") == "QCoreApplication":
            yield node, node.args[:2]


def test_translated_texts_are_literal_strings():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, args in translation_calls(tree):
            if not args or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                problems.append(f"{path.relative_to(ROOT)}:{call.lineno}")
        for node in ast.walk(tree):  # an alias such as `tr = self.tr` would hide texts from lupdate
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} aliases tr")
    assert problems == [], "translated texts must be literal strings, so that pyside6-lupdate finds them"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_text_of_the_app_is_in_the_catalogue_and_translated(tmp_path, language):
    updater = load_updater()
    copy = tmp_path / f"ritualdesk_{language}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    subprocess.run(updater.lupdate_command(copy, plural_only=updater.QT_CATALOGUES[language], keep_obsolete=True),
                   check=True, capture_output=True)
    problems = [f"{kind}: [{context}] {source!r}" for context, source, _, translation in messages(copy)
                if (kind := translation.get("type")) in ("unfinished", "vanished", "obsolete")]
    assert not problems, (f"{len(problems)} message(s) of ritualdesk_{language}.ts are new, untranslated or no "
                          f"longer used ('vanished'): {FIX}.\n" + "\n".join(problems[:40]))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_shipped_qm_says_what_its_ts_says(qapp, language):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"ritualdesk_{language}.qm")), f"ritualdesk_{language}.qm: {FIX}"
    stale = []
    for context, source, numerus, translation in messages(TRANSLATIONS / f"ritualdesk_{language}.ts"):
        if numerus:
            forms = [f.text for f in translation.findall("numerusform")]
            got = [translator.translate(context, source, None, n) for n in (1, 2)]
        else:
            forms, got = [translation.text], [translator.translate(context, source)]
        if got != forms:
            stale.append(f"[{context}] {source!r}")
    assert not stale, f"ritualdesk_{language}.qm is older than its .ts: {FIX}.\n" + "\n".join(stale[:20])


def test_french_typography():
    """Curly apostrophes, « guillemets », and a no-break space before : ; ! ? as French writes them."""
    problems = []
    for context, source, numerus, translation in messages(TRANSLATIONS / "ritualdesk_fr.ts"):
        texts = [f.text for f in translation.findall("numerusform")] if numerus else [translation.text]
        for text in texts:
            plain = re.sub(r"<[^>]+>|\(\*[^)]*\)|;;", "", text or "")  # markup, file filters
            if "'" in plain or '"' in plain:
                problems.append(f"straight quote in [{context}] {text!r}")
            if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", plain):
                problems.append(f"no no-break space inside « » in {text!r}")
            if re.search(r"(?<=[^\s\u00a0\u202f])[:;!?](?=\s|$)", plain):
                problems.append(f"no no-break space before the punctuation in [{context}] {text!r}")
    assert problems == []


def test_rituals_have_their_usual_french_names(qapp, qtbot):
    translator = QTranslator()
    translator.load(str(TRANSLATIONS / "ritualdesk_fr.qm"))
    names = {source: translator.translate("labels", source)  # ui/labels.py: the one spelling
             for source in ("Stand-up", "Sprint planning", "Sprint review", "Retrospective", "Backlog refinement")}
    assert names == {"Stand-up": "Mêlée quotidienne", "Sprint planning": "Planification de sprint",
                     "Sprint review": "Revue de sprint", "Retrospective": "Rétrospective",
                     "Backlog refinement": "Affinage du backlog"}


def test_english_counts_say_one_team_and_three_teams(qapp):
    from ui import language

    installed = language.install_translations(qapp, "en", system=QLocale("en_GB"))
    try:
        shown = [QCoreApplication.translate("MainWindow", "%Ln team(s) shown", "", n) for n in (1, 3)]
        assert shown == ["1 team shown", "3 teams shown"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_french_is_installed_with_qts_own_catalogue_and_french_conventions(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import language

    previous = QLocale()
    installed = language.install_translations(qapp, "fr", system=QLocale("en_US"))
    try:
        assert QLocale().name() == "fr_FR"
        assert QCoreApplication.translate("Welcome", "Welcome to RitualDesk") == "Bienvenue dans RitualDesk"
        assert QCoreApplication.translate("MainWindow", "%Ln team(s) shown", "", 3) == "3 équipes affichées"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
        assert QLocale().firstDayOfWeek().name == "Monday"
        from PySide6.QtCore import QDate

        assert QLocale().toString(QDate(2026, 12, 1), "dddd d MMMM yyyy") == "mardi 1 décembre 2026"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
        language._core_language("en")
