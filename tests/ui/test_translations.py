"""Every translatable string in the app's own modules is a literal, so pyside6-lupdate finds it."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

UI = Path(__file__).parents[2] / "ui"
MODULES = ["main_window.py", "week_view.py", "month_view.py", "agenda_view.py", "agenda_model.py",
           "calendar_data.py", "feedback.py", "team_wizard.py", "welcome.py", "session.py", "app.py"]


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
    for name in MODULES:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        for call, args in translation_calls(tree):
            if not args or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                problems.append(f"{name}:{call.lineno}")
        for node in ast.walk(tree):  # an alias such as `tr = self.tr` would hide texts from lupdate
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
                problems.append(f"{name}:{node.lineno} aliases tr")
    assert problems == []


def test_the_french_catalogue_lists_the_windows_texts():
    catalogue = (UI.parent / "resources" / "translations" / "ritualdesk_fr.ts").read_text(encoding="utf-8")
    for text in ("Welcome to RitualDesk", "&amp;Today", "Times are shown in each team&apos;s local time.",
                 "A team with this name already exists."):
        assert text in catalogue


def test_a_compiled_catalogue_is_installed_for_the_users_language(qapp, tmp_path, monkeypatch):
    import shutil
    import subprocess

    from PySide6.QtCore import QCoreApplication, QLocale

    from ui import language

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        return
    source = tmp_path / "ritualdesk_fr.ts"
    source.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">
<context><name>Welcome</name><message><source>Welcome to RitualDesk</source>
<translation>Bienvenue dans RitualDesk</translation></message></context></TS>""", encoding="utf-8")
    subprocess.run([lrelease, str(source), "-qm", str(tmp_path / "ritualdesk_fr.qm")], check=True,
                   capture_output=True)
    monkeypatch.setattr(language, "resource", lambda name: tmp_path)
    previous = QLocale()
    installed = []
    try:
        installed = language.install_translations(qapp, "system", system=QLocale("fr_FR"))
        assert QLocale().name() == "fr_FR"
        assert QCoreApplication.translate("Welcome", "Welcome to RitualDesk") == "Bienvenue dans RitualDesk"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
