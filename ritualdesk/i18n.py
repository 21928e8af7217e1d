"""The core's language: gettext catalogues in ritualdesk/locale, chosen from the environment or by the app.

Wrap every message a person reads in `_()` (or `ngettext()` when a number is counted); mark a
message defined before the language is known (a module constant) with `N_()` and pass it to `_()`
where it is shown. Values that scripts read (`--json` keys, statuses, kinds) are never translated.
"""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Mapping
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "ritualdesk"
LANGUAGES = ("en", "fr")
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # gettext's order

_translation: gettext.NullTranslations | None = gettext.NullTranslations()  # None: read at the first message
_language = "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """'fr' or 'en' from the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set, as gettext reads them.

    LANGUAGE may list several languages (`de:fr`): the first one we have wins. Any other language,
    C or POSIX gives English.
    """
    environ = os.environ if environ is None else environ
    for variable in ENVIRONMENT:
        value = environ.get(variable, "")
        if not value:
            continue
        for part in value.split(":") if variable == "LANGUAGE" else [value]:
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if variable != "LANGUAGE":
            return "en"
    return "en"


def translation(code: str) -> gettext.NullTranslations:
    """The catalogue of one language ('fr', 'en'), e.g. a team's, whatever the current language is."""
    return _catalogue(code if code in LANGUAGES else "en")


@functools.cache
def _catalogue(code: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def set_language(code: str) -> None:
    """Speak `code` ('fr', 'en', or a locale name such as 'fr_CA') from now on; unknown: English."""
    global _translation, _language
    code = code.split("_")[0].lower()
    _language = code if code in LANGUAGES else "en"
    _translation = None  # the catalogue is read when the first message is asked for (not before the app shows)


def language() -> str:
    """The language messages are given in now ('en' or 'fr')."""
    return _language


def _current() -> gettext.NullTranslations:
    global _translation
    if _translation is None:
        _translation = _catalogue(_language)
    return _translation


def _(message: str) -> str:
    """A message in the current language."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """A message that counts `n` things, in the current language's plural form."""
    return _current().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for extraction; translate it with _() where it is shown."""
    return message
