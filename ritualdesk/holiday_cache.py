"""Public holidays by country, subdivision and year: computed once by `holidays`, then kept on disk.

Computing them imports and runs the `holidays` package's country modules, about 150 ms for a few
countries; a fresh process (every CLI command, every start of the app) would pay it again. The
file is a cache: per `holidays` version, rewritten atomically, ignored when unreadable.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
from datetime import date
from pathlib import Path

from platformdirs import user_cache_path


def _holidays_version() -> str:
    """The installed `holidays` version, read from its distribution folder's name.

    Neither `holidays` nor importlib.metadata (with email, zipfile, csv...: about 14 ms) is imported
    for it in the usual installs; anything unusual falls back to them.
    """
    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        found = sorted(Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
        if len(found) == 1:
            return found[0].name.removeprefix("holidays-").removesuffix(".dist-info")
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
        import holidays

        return holidays.__version__


HOLIDAYS_VERSION = _holidays_version()

_memory: dict[str, dict[date, str]] = {}
_disk: dict[str, dict[str, str]] | None = None


def cache_file() -> Path:
    """Where the holidays are kept: $RITUALDESK_CACHE_DIR, else the user cache folder."""
    folder = os.environ.get("RITUALDESK_CACHE_DIR") or user_cache_path("RitualDesk", appauthor=False)
    return Path(folder) / f"holidays-{HOLIDAYS_VERSION}.json"


def _load() -> dict[str, dict[str, str]]:
    global _disk
    if _disk is None:
        try:
            loaded = json.loads(cache_file().read_text(encoding="utf-8"))
            _disk = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            _disk = {}
    return _disk


def _save(data: dict[str, dict[str, str]]) -> None:
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".holidays-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, sort_keys=True)
        os.replace(temporary, target)
    except OSError:
        pass  # a read-only home: holidays are simply computed again next time


_HOLIDAYS_LANGUAGE = {"fr": "fr", "en": "en_US"}  # our language -> the `holidays` package's name for it


def _language() -> str:
    """The language the days are named in: the app's or the CLI's (ritualdesk.i18n), not the machine's."""
    from .i18n import language

    return _HOLIDAYS_LANGUAGE.get(language(), "en_US")


def holidays_of_year(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    """The public holidays of a country (and subdivision) in one year, by day, named in the user's language."""
    key = f"{country}|{subdivision or ''}|{year}|{_language()}"
    if key not in _memory:
        disk = _load()
        if not isinstance(disk.get(key), dict):
            import holidays  # only now: importing it costs what this cache saves

            days = holidays.country_holidays(country, subdiv=subdivision, years=year, language=_language())
            disk[key] = {day.isoformat(): name for day, name in sorted(days.items())}
            _save(disk)
        try:
            _memory[key] = {date.fromisoformat(day): name for day, name in disk[key].items()}
        except (TypeError, ValueError):  # a damaged entry: compute it again
            del disk[key]
            return holidays_of_year(country, subdivision, year)
    return _memory[key]


def forget() -> None:
    """Drop what is held in memory (tests, or after the cache file was changed)."""
    global _disk
    _memory.clear()
    _disk = None
