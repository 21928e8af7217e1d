"""Bring every catalogue up to date with the sources, then compile them: `python packaging/update_translations.py`.

Qt catalogues of the app (ui/): ritualdesk_fr.ts (every message) and ritualdesk_en.ts (only the
plural forms, "1 team shown" / "3 teams shown"), updated with pyside6-lupdate and compiled to .qm
with pyside6-lrelease. The core's gettext catalogue (ritualdesk/): ritualdesk/locale/fr/LC_MESSAGES/
ritualdesk.po, extracted and compiled to .mo with Babel (`pip install -e ".[test]"` brings it).
New messages come out unfinished (Qt) or empty (gettext): translate them (in the files, or with
pyside6-linguist for the .ts), run this again, and commit the .ts, .qm, .po and .mo files.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_DIR = ROOT / "resources" / "translations"
QT_CATALOGUES = {"fr": False, "en": True}  # language -> plural forms only
CORE_DIR = ROOT / "ritualdesk" / "locale"
CORE_DOMAIN = "ritualdesk"
CORE_LANGUAGES = ("fr",)
CREATED = datetime(2026, 12, 1)  # fixed, so that an update changes the files only when messages change


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, from PATH or beside this Python."""
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} is missing: install PySide6-Essentials")
    return found


def lupdate_command(ts: Path, *, plural_only: bool, keep_obsolete: bool = False) -> list[str]:
    """The exact pyside6-lupdate command that brings `ts` up to date with ui/ (also shown in the README)."""
    command = [qt_tool("lupdate"), "-extensions", "py", "-locations", "none"]
    command += [] if keep_obsolete else ["-no-obsolete"]
    command += ["-pluralonly"] if plural_only else []
    return [*command, str(ROOT / "ui"), "-ts", str(ts)]


def update_qt(folder: Path = QT_DIR, *, keep_obsolete: bool = False) -> None:
    for language, plural_only in QT_CATALOGUES.items():
        subprocess.run(lupdate_command(folder / f"ritualdesk_{language}.ts", plural_only=plural_only,
                                       keep_obsolete=keep_obsolete), check=True, capture_output=True)


def compile_qt(source: Path, target: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True,
                   capture_output=True)


def core_template():
    """Every message the core passes to _(), ngettext() or N_(), as a Babel catalogue."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="RitualDesk", creation_date=CREATED, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT / "ritualdesk"), method_map=[("**.py", "python")], comment_tags=("Translators:",)):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def core_po(language: str) -> Path:
    return CORE_DIR / language / "LC_MESSAGES" / f"{CORE_DOMAIN}.po"


def read_core(language: str):
    from babel.messages.pofile import read_po

    path = core_po(language)
    if not path.exists():
        from babel.messages.catalog import Catalog

        return Catalog(locale=language, project="RitualDesk", creation_date=CREATED, fuzzy=False)
    with path.open("rb") as stream:
        return read_po(stream, locale=language)


def po_bytes(catalog) -> bytes:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, sort_output=True, ignore_obsolete=True,
             include_previous=False)
    return out.getvalue()


def mo_bytes(catalog) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update_core() -> None:
    template = core_template()
    for language in CORE_LANGUAGES:
        catalog = read_core(language)
        catalog.update(template, update_creation_date=False)
        catalog.revision_date = CREATED
        path = core_po(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        path.with_suffix(".mo").write_bytes(mo_bytes(read_core(language)))


def main() -> int:
    update_qt()
    for language in QT_CATALOGUES:
        compile_qt(QT_DIR / f"ritualdesk_{language}.ts", QT_DIR / f"ritualdesk_{language}.qm")
    update_core()
    print("catalogues updated and compiled; translate what is unfinished (.ts) or empty (.po), then run again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
