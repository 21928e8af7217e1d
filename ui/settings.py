"""Every per-machine UI setting, declared once with its key, type and default (QSettings)."""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

THEMES = ("system", "light", "dark")
VIEWS = ("week", "month", "agenda", "actions")
LANGUAGES = ("system", "en", "fr")  # "system": the language of the desktop session


# A named tuple rather than a dataclass: read before the first paint, it need not import dataclasses.
class Setting(NamedTuple, Generic[T]):
    """One QSettings key with its type and the value used when it is missing or unusable."""

    key: str
    type: type
    default: T
    choices: tuple = ()


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
SPLITTER: Setting[QByteArray] = Setting("window/splitter", QByteArray, QByteArray())
CALENDAR_SPLITTER: Setting[QByteArray] = Setting("window/calendarSplitter", QByteArray, QByteArray())
LAST_VIEW: Setting[str] = Setting("view/last", str, "week", VIEWS)
THEME: Setting[str] = Setting("appearance/theme", str, "system", THEMES)
LANGUAGE: Setting[str] = Setting("appearance/language", str, "system", LANGUAGES)
HIDDEN_TEAMS: Setting[list] = Setting("teams/hidden", list, [])
CURRENT_TEAM: Setting[int] = Setting("teams/current", int, 0)
RECENT_DATABASES: Setting[list] = Setting("files/recent", list, [])
CALDAV_ACCOUNT: Setting[str] = Setting("caldav/account", str, "")  # the account the app pushes to ('' none)
CALDAV_AUTO_PUSH: Setting[bool] = Setting("caldav/pushAfterChange", bool, False)
PUBLISH_FOLDER: Setting[str] = Setting("publish/folder", str, "")
PUBLISH_TEAMS: Setting[list] = Setting("publish/teams", list, [])  # empty: every team
PUBLISH_TODOS: Setting[bool] = Setting("publish/todos", bool, False)
PUBLISH_AUTO: Setting[bool] = Setting("publish/afterEachChange", bool, False)
REMINDERS_ON: Setting[bool] = Setting("reminders/enabled", bool, True)
KEEP_IN_TRAY: Setting[bool] = Setting("reminders/keepInTray", bool, True)  # only where a tray exists

ALL = (GEOMETRY, WINDOW_STATE, SPLITTER, CALENDAR_SPLITTER, LAST_VIEW, THEME, LANGUAGE, HIDDEN_TEAMS, CURRENT_TEAM,
       RECENT_DATABASES, CALDAV_ACCOUNT, CALDAV_AUTO_PUSH, PUBLISH_FOLDER, PUBLISH_TEAMS, PUBLISH_TODOS,
       PUBLISH_AUTO, REMINDERS_ON, KEEP_IN_TRAY)


class Settings:
    """Typed access to QSettings: reads fall back to the declared default, never raise."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self.qsettings.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            value = self._convert(setting, raw)
        except (TypeError, ValueError):
            return setting.default
        if setting.choices and value not in setting.choices:
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.type is list:
            value = [str(v) for v in value]
        self.qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    @staticmethod
    def _convert(setting: Setting, raw: Any):
        if setting.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        if setting.type is list:
            if isinstance(raw, str):  # QSettings gives back a one-item list as a string
                return [raw] if raw else []
            return [str(v) for v in raw]
        if setting.type is int:
            return int(raw)
        if setting.type is bool:
            return raw in (True, "true", "1", 1)
        return setting.type(raw)
