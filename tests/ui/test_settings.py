"""Settings: each key declared once, typed reads with defaults, and what the window remembers."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ui import settings as keys
from ui.settings import Settings


def test_every_setting_has_a_distinct_key_and_a_default_of_its_type():
    assert len({s.key for s in keys.ALL}) == len(keys.ALL)
    for setting in keys.ALL:
        assert isinstance(setting.default, setting.type)


def test_missing_settings_read_as_their_defaults(settings):
    assert settings.get(keys.THEME) == "system"
    assert settings.get(keys.LAST_VIEW) == "week"
    assert settings.get(keys.HIDDEN_TEAMS) == []
    assert settings.get(keys.GEOMETRY) == QByteArray()


def test_values_round_trip_through_the_file(tmp_path):
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(keys.THEME, "dark")
    first.set(keys.HIDDEN_TEAMS, [3])
    first.set(keys.CURRENT_TEAM, 7)
    first.set(keys.GEOMETRY, QByteArray(b"\x01\x02"))
    first.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(keys.THEME) == "dark"
    assert again.get(keys.HIDDEN_TEAMS) == ["3"]
    assert again.get(keys.CURRENT_TEAM) == 7
    assert again.get(keys.GEOMETRY) == QByteArray(b"\x01\x02")


def test_unusable_values_fall_back_to_the_default(settings):
    settings.qsettings.setValue(keys.THEME.key, "purple")
    settings.qsettings.setValue(keys.CURRENT_TEAM.key, "not a number")
    assert settings.get(keys.THEME) == "system"
    assert settings.get(keys.CURRENT_TEAM) == 0


def test_the_window_remembers_view_theme_hidden_teams_and_geometry(qtbot, session, settings):
    from ui.main_window import MainWindow

    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    window.show_view("month")
    window.set_theme("dark")
    window.teams_model.setData(window.teams_model.index(0), False, 10)  # CheckStateRole
    window.resize(1111, 777)
    window.close()
    assert settings.get(keys.LAST_VIEW) == "month"
    assert settings.get(keys.THEME) == "dark"
    assert settings.get(keys.HIDDEN_TEAMS) == [str(session.teams()[0].id)]
    reopened = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitUntil(lambda: reopened._loaded)
    assert reopened.view_name == "month"
    assert reopened.theme_actions["dark"].isChecked()
    assert reopened.teams_model.shown_ids() == []
    assert not settings.get(keys.GEOMETRY).isEmpty()  # the offscreen screen clamps the size itself
