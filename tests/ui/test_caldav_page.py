"""Preferences › Calendar server and the pushes after each change, against a real Radicale."""

from __future__ import annotations

import json
import socket
from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from ritualdesk.calserver.accounts import accounts
from tests.caldav.conftest import PASSWORD, radicale_auth, test_keyring  # noqa: F401  (fixtures)
from tests.caldav.readback import server_calendars
from ui import settings as keys
from ui.caldav_page import CalendarServerPage
from ui.caldav_sync import CalendarServerSync
from ui.preferences import PreferencesDialog


def fewer_events(session):
    """The fixture team without its daily stand-up: a push then sends a few events, not a hundred."""
    standup = next(r for r in session.rituals(session.teams()[0].id) if r.title == "Mêlée")
    session.store.delete_ritual(standup.id)


def page_of(qtbot, settings, session):
    dialog = PreferencesDialog(settings, session)
    qtbot.addWidget(dialog)
    page = dialog.page(CalendarServerPage)
    assert page is not None and page.title() == "Calendar server"
    return dialog, page


def add(page, *, name, url, user, password):
    page.name.setText(name)
    page.url.setText(url)
    page.user.setText(user)
    page.password.setText(password)
    page.add_button.click()


def test_an_account_added_in_preferences_keeps_its_password_in_the_keyring_and_tests_in_the_background(
        qtbot, settings, session, radicale_auth, test_keyring):  # noqa: F811
    dialog, page = page_of(qtbot, settings, session)
    assert not page.test_button.isEnabled() and not page.auto_push.isEnabled()
    add(page, name="work", url=radicale_auth.url, user="alice", password=PASSWORD)
    assert page.chosen() == "work" and page.password.text() == ""
    assert PASSWORD in json.loads(test_keyring.read_text()).values()
    assert PASSWORD.encode() not in session.store.path.read_bytes()
    assert [a.name for a in accounts(session.store)] == ["work"]

    with qtbot.waitSignal(page.tested, timeout=30000):
        page.test_button.click()
    assert page.status.text().startswith("Connected"), page.status.text()
    page.auto_push.setChecked(True)
    dialog.accept()
    assert settings.get(keys.CALDAV_ACCOUNT) == "work" and settings.get(keys.CALDAV_AUTO_PUSH) is True


def test_a_bad_address_is_said_on_the_page_and_nothing_is_saved(qtbot, settings, session):
    _, page = page_of(qtbot, settings, session)
    add(page, name="far", url="http://cal.example.com/", user="z", password="p")
    assert "--insecure" in page.status.text() and accounts(session.store) == []


def test_an_edit_is_pushed_in_the_background_and_the_result_shown(qtbot, settings, session, radicale_auth):  # noqa: F811
    fewer_events(session)
    _, page = page_of(qtbot, settings, session)
    add(page, name="work", url=radicale_auth.url, user="bob", password="other")
    settings.set(keys.CALDAV_ACCOUNT, "work")
    settings.set(keys.CALDAV_AUTO_PUSH, True)
    sync = CalendarServerSync(session.store.path, settings, delay_ms=0, clock=session.now)
    session.changed.connect(sync.on_changed)
    ritual = session.rituals(session.teams()[0].id)[-1]
    with qtbot.waitSignal(sync.finished, timeout=60000) as done:
        session.update_ritual(replace(ritual, title="Rétro du sprint"))
        assert QApplication.activeModalWidget() is None  # nobody waits for the server
    ok, text = done.args
    assert ok and "created" in text, text
    calendar = server_calendars(radicale_auth.url, "bob", "other")["Les Castors (RitualDesk)"]
    assert any("Rétro du sprint" in found.data for found in calendar.events())


def test_a_failed_push_is_reported_without_a_dialog(qtbot, settings, session):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    _, page = page_of(qtbot, settings, session)
    add(page, name="down", url=f"http://127.0.0.1:{port}/", user="z", password="p")
    settings.set(keys.CALDAV_ACCOUNT, "down")
    sync = CalendarServerSync(session.store.path, settings, delay_ms=0,
                              clock=lambda: session.now() + timedelta(seconds=1))
    with qtbot.waitSignal(sync.finished, timeout=30000) as done:
        assert sync.push_now()
    ok, text = done.args
    assert not ok and "cannot reach" in text
    assert QApplication.activeModalWidget() is None


def test_the_window_pushes_after_an_edit_and_says_so_in_the_status_bar(qtbot, settings, session,
                                                                       radicale_auth):  # noqa: F811
    from ritualdesk.calserver.accounts import Account, add_account
    from ui.main_window import MainWindow

    fewer_events(session)
    add_account(session.store, Account("work", radicale_auth.url, "alice"), password=PASSWORD)
    settings.set(keys.CALDAV_ACCOUNT, "work")
    settings.set(keys.CALDAV_AUTO_PUSH, True)
    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    assert window.caldav_label.text() == ""  # never pushed: nothing to say, and nothing was sent
    window.caldav.timer.setInterval(0)
    ritual = session.rituals(session.teams()[0].id)[0]
    assert ritual.title != "Mêlée"
    shown = []
    window.caldav.started.connect(lambda: shown.append(window.caldav_label.text()))
    with qtbot.waitSignal(window.caldav.finished, timeout=60000) as done:
        session.update_ritual(replace(ritual, title="Mêlée du matin"))
    assert done.args[0], done.args[1]
    assert shown == ["Calendar server: pushing…"]
    assert window.caldav_label.text().startswith("Calendar server: pushed at")
    assert "created" in window.caldav_label.toolTip()
    again = MainWindow(session, settings=settings, apply_themes=False)  # the next start shows the last push
    qtbot.addWidget(again)
    assert again.caldav_label.text() == ""  # not before the first week is shown...
    qtbot.waitUntil(lambda: again.caldav_label.text().startswith("Calendar server: last push"))  # ...right after


def test_push_now_without_an_account_says_where_to_choose_one(qtbot, settings, session):
    from ui.main_window import MainWindow

    window = MainWindow(session, settings=settings, apply_themes=False)
    qtbot.addWidget(window)
    window.push_action.trigger()
    assert "Preferences" in window.statusBar().currentMessage()
