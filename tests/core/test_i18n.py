"""The core's messages: the language from the environment, and a French catalogue complete and compiled."""

from __future__ import annotations

import gettext
import importlib.util
import re
from pathlib import Path

import pytest

from ritualdesk import i18n

ROOT = Path(__file__).parents[2]
FIX = ("run `python packaging/update_translations.py`, fill the empty msgstr (and remove `#, fuzzy` once "
       "checked) in ritualdesk/locale/fr/LC_MESSAGES/ritualdesk.po, run it again and commit the .po and .mo")


def load_updater():
    spec = importlib.util.spec_from_file_location("translations_update", ROOT / "packaging/update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_BE.UTF-8"}, "fr"),
    ({"LANGUAGE": "de:fr", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANGUAGE": "de", "LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_language_comes_from_the_environment_as_gettext_reads_it(environ, expected):
    assert i18n.language_from_environment(environ) == expected


def test_an_unknown_language_speaks_english():
    try:
        i18n.set_language("de_DE")
        assert i18n.language() == "en"
        i18n.set_language("fr_CA")
        assert i18n.language() == "fr"
    finally:
        i18n.set_language("en")


def core_catalogue():
    from babel.messages.pofile import read_po

    with (ROOT / "ritualdesk/locale/fr/LC_MESSAGES/ritualdesk.po").open("rb") as stream:
        return read_po(stream, locale="fr")


def test_every_core_message_is_in_the_french_catalogue_and_translated():
    pytest.importorskip("babel")
    template = load_updater().core_template()
    catalogue = core_catalogue()
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}
    missing, gone = sorted(wanted - have), sorted(have - wanted)
    untranslated = sorted(str(m.id) for m in catalogue if m.id and (m.fuzzy or not all(
        m.string if isinstance(m.string, tuple) else [m.string])))
    assert not (missing or gone or untranslated), (
        f"the core's French catalogue is not current: {FIX}.\nmissing: {missing[:30]}\nno longer used: "
        f"{gone[:30]}\nuntranslated or fuzzy: {untranslated[:30]}")


def test_the_shipped_mo_says_what_the_po_says():
    pytest.importorskip("babel")
    with (ROOT / "ritualdesk/locale/fr/LC_MESSAGES/ritualdesk.mo").open("rb") as stream:
        shipped = {k: v for k, v in gettext.GNUTranslations(stream)._catalog.items() if k != ""}
    expected = {}
    for message in core_catalogue():
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            for index, form in enumerate(message.string):
                expected[(message.id[0], index)] = form
        else:
            expected[message.id] = message.string
    assert shipped == expected, f"ritualdesk.mo is older than ritualdesk.po: {FIX}"


def test_french_core_messages_follow_french_typography():
    problems = []
    for message in (m for m in core_catalogue() if m.id):
        for text in message.string if isinstance(message.string, tuple) else [message.string]:
            plain = re.sub(r"`[^`]*`|\{[^}]*\}|https?://\S+", "", text or "")  # commands, fields, links
            if "'" in plain:
                problems.append(f"straight apostrophe: {text!r}")
            if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", plain):
                problems.append(f"no no-break space inside « » in {text!r}")
            if re.search(r"(?<=[^\s\u00a0\u202f])[:;!?](?=\s|$)", plain):
                problems.append(f"no no-break space before the punctuation: {text!r}")
    assert problems == []
