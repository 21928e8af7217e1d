"""The app's language: what a choice (system / en / fr) means as a locale, and its catalogues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import resource

SUPPORTED = (QLocale.Language.English, QLocale.Language.French)


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale of a language choice: the system's own when it speaks that language (fr_CA stays fr_CA).

    A system in another language gets English with its own country's conventions (en_DE: 24-hour
    times, Monday first), so words and dates never come from two languages.
    """
    system = system if system is not None else QLocale.system()
    wanted = {"en": QLocale.Language.English, "fr": QLocale.Language.French}.get(choice)
    if wanted is None:
        wanted = system.language() if system.language() in SUPPORTED else QLocale.Language.English
    if system.language() == wanted:
        return system
    if wanted == QLocale.Language.French:
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, system.territory())


def language_code(locale: QLocale) -> str:
    """'fr' or 'en': the catalogue a locale reads."""
    return "fr" if locale.language() == QLocale.Language.French else "en"


def install_translations(app: QCoreApplication, choice: str = "system", *,
                         system: QLocale | None = None) -> list[QTranslator]:
    """Make `choice` the app's language: default locale (dates, times, first day of the week),
    Qt's own texts (standard buttons) and ours, from the compiled catalogues (.qm)."""
    locale = locale_for(choice, system)
    QLocale.setDefault(locale)
    _core_language(language_code(locale))
    installed = []
    code = language_code(locale)
    for name, folder in ((f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (f"ritualdesk_{code}", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _core_language(code: str) -> None:
    """The core's messages (errors, reports) in the same language, once the core has its catalogues."""
    try:
        from ritualdesk import i18n
    except ImportError:
        return
    i18n.set_language(code)
