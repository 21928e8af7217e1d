"""Fixtures for UI tests: a real store in a temporary file, a fixed clock, and a Session over it."""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ritualdesk.demo import generate_demo  # noqa: E402
from ritualdesk.model import Member, Ritual, RitualKind, Role, Schedule, ScheduleKind, Team  # noqa: E402
from ritualdesk.store import Store  # noqa: E402
from ui.qt_workarounds import protect_none  # noqa: E402

protect_none()  # PySide6 6.12 on Python 3.11 drops a reference to None per void call

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # a Wednesday, in sprint 2 of the fixture team


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The app's English catalogue (plural forms: "1 team shown"), installed as the app installs it."""
    from PySide6.QtCore import QTranslator

    from ui.resources import resource

    translator = QTranslator(qapp)
    assert translator.load(str(resource("translations/ritualdesk_en.qm")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@contextmanager
def _language(qapp, choice: str, system: str):
    """The app in a language on a desktop of a locale, as the app installs it; everything as it was after."""
    from PySide6.QtCore import QLocale

    from ui import language

    previous = QLocale()
    installed = language.install_translations(qapp, choice, system=QLocale(system))
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
        language._core_language("en")


@pytest.fixture
def english(qapp):
    """The English catalogue (its plural forms: "10 minutes"), installed last so that it is the one used."""
    with _language(qapp, "en", "en_GB"):
        yield


@pytest.fixture
def us_english(qapp):
    """The app in English on a US desktop (whose locale writes 11/1/26 and starts weeks on Sunday)."""
    with _language(qapp, "en", "en_US"):
        yield


@pytest.fixture
def french(qapp):
    """The app in French, as a French desktop gets it (catalogues, Qt's own, the locale and the core)."""
    with _language(qapp, "fr", "fr_FR"):
        yield


@pytest.fixture
def store(tmp_path):
    """A real database file with one French team, four members and three rituals."""
    store = Store.open(tmp_path / "ui.sqlite3")
    team = store.add_team(Team(None, "Les Castors", timezone="Europe/Paris", holidays_country="FR",
                               sprint_weeks=2, sprint_start=date(2026, 3, 2)))
    members = [
        store.add_member(Member(None, team.id, name, email=f"{name.lower()}@castors.example", role=role))
        for name, role in [("Ana", Role.PRODUCT_OWNER), ("Bruno", Role.SCRUM_MASTER),
                           ("Chloé", Role.DEVELOPER), ("David", Role.DEVELOPER)]
    ]
    roster = [m.id for m in members]
    start = date(2026, 3, 2)
    store.add_ritual(Ritual(None, team.id, RitualKind.STANDUP, "Mêlée", time(9, 30), 15,
                            Schedule(ScheduleKind.WORKING_DAYS), start), roster)
    store.add_ritual(Ritual(None, team.id, RitualKind.PLANNING, "Planification", time(10, 0), 120,
                            Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1), start), roster)
    store.add_ritual(Ritual(None, team.id, RitualKind.RETROSPECTIVE, "Rétro", time(15, 0), 90,
                            Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1), start), roster)
    yield store
    store.close()


@pytest.fixture
def session(store, qapp):
    """The UI's session over the fixture store, with the clock fixed at NOW."""
    from ui.session import Session

    return Session(store, clock=lambda: NOW)


@pytest.fixture
def demo(tmp_path, qapp):
    """Three demo teams with a year of history (French, British and French), the clock at NOW."""
    from ui.session import Session

    store = Store.open(tmp_path / "demo.sqlite3")
    generate_demo(store, teams=3, years=1, seed=1, now=NOW)
    yield Session(store, clock=lambda: NOW)
    store.close()


@pytest.fixture
def settings(tmp_path):
    """UI settings in a private ini file, so tests never touch the user's."""
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def empty_session(tmp_path, qapp):
    """A session over a brand-new database (the first run)."""
    from ui.session import Session

    store = Store.open(tmp_path / "empty.sqlite3")
    yield Session(store, clock=lambda: NOW)
    store.close()


@pytest.fixture
def window(session, settings, qtbot):
    """The main window over the fixture store, shown and loaded."""
    from ui.main_window import MainWindow

    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    return window


@pytest.fixture
def send_mouse():
    """Send a mouse event with explicit buttons (QTest's mouseMove cannot hold a button down)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    def send(widget, kind, pos, buttons=Qt.MouseButton.LeftButton):
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    return send


def shown_active(qtbot, widget):
    """`widget` shown as the active window (keyboard focus and Tab work in it), closed after the test."""
    from PySide6.QtWidgets import QApplication

    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def two_absences_selected(qtbot, editor) -> None:
    """Add two absences to the members editor's first member with its own buttons, and select both."""
    from PySide6.QtCore import QDate, QItemSelectionModel, Qt

    for first, last in ((QDate(2026, 3, 23), QDate(2026, 3, 24)), (QDate(2026, 4, 6), QDate(2026, 4, 10))):
        editor.absence_start.setDate(first)
        editor.absence_end.setDate(last)
        qtbot.mouseClick(editor.add_absence_button, Qt.MouseButton.LeftButton)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        editor.absences_view.selectionModel().select(editor.absences_model.index(row, 0), flags)


@pytest.fixture
def panel(qtbot, session):
    """The occurrence panel over the fixture session, shown."""
    from ui.occurrence_panel import OccurrencePanel

    widget = OccurrencePanel(session)
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    return widget


def publish_dialog(qtbot, session, settings, folder):
    """The Publish dialog pointed at `folder`, once it has worked out what would change there."""
    from ui.publish_dialog import PublishDialog

    dialog = PublishDialog(session, settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is None)
    dialog.folder.setText(str(folder))
    qtbot.waitUntil(lambda: dialog.job is None and dialog.tree.topLevelItemCount() > 0)
    return dialog
