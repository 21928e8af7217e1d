#!/usr/bin/env python3
"""Renders the README screenshots offscreen over a demo database with a fixed clock.

    TZ=Europe/Paris QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py docs/screenshots
"""
import sys
from pathlib import Path

# The checkout's own code, whatever the virtual environment holds (`pip install .` puts no `ui` there).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
if len(sys.argv) < 2:
    print(__doc__.strip(), file=sys.stderr)
    sys.exit(2)
from datetime import UTC, datetime
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ui.qt_workarounds import protect_none
protect_none()
from ritualdesk.demo import generate_demo
from ritualdesk.store import Store
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings
from ui.theme import apply_theme

NOW = datetime(2026, 12, 10, 13, 40, tzinfo=UTC)
out = Path(sys.argv[1])
db = Path("/tmp/shots.sqlite3")
for p in db.parent.glob("shots.sqlite3*"):
    p.unlink()
store = Store.open(db)
generate_demo(store, teams=3, years=1, seed=3, now=NOW)
NOW = datetime(2026, 12, 17, 13, 40, tzinfo=UTC)  # a week later: the sprint's last days, not yet recorded
app = QApplication([])
from PySide6.QtCore import QLocale  # noqa: E402
from ui.language import install_translations  # noqa: E402
english = install_translations(app, "en", system=QLocale("en_GB"))  # the English plural forms ("3 teams shown")
session = Session(store, clock=lambda: NOW)

def window(theme, name, view, select=None, hide=(), size=(1440, 880)):
    if theme is not None:  # None: keep the current one
        apply_theme(app, theme)
    ini = f"/tmp/shots-{name}.ini"
    Path(ini).unlink(missing_ok=True)
    w = MainWindow(session, settings=Settings(QSettings(ini, QSettings.Format.IniFormat)))
    w.resize(*size)
    w.show()
    for _ in range(3):
        app.processEvents()
    w.load()
    if hide:
        w.teams_model.set_hidden(hide)
    w.show_view(view)
    if select is not None:
        select(w)
    for _ in range(3):
        app.processEvents()
    w.grab().save(str(out / f"{name}.png"))
    return w

def pick(kind_title):
    def choose(w):
        view = w.current_view()
        data = view.data if hasattr(view, "data") else view.agenda_model._data
        found = [o for o in data.occurrences if kind_title in data.title(o)]
        if found:
            if hasattr(view, "select"):
                view.select(found[0].key)
    return choose

teams = session.teams()
window("light", "week", "week", pick("Revue"))
window("dark", "week-dark", "week", pick("Rétro"))
window("light", "month", "month")
window("light", "agenda", "agenda", pick("Mêlée"))
board = window("light", "actions-window", "actions", size=(1240, 520))
board.actions_board.status_combo.setCurrentIndex(board.actions_board.status_combo.findData(None))  # any status
from PySide6.QtCore import Qt  # noqa: E402
from ui.actions_model import DUE  # noqa: E402
board.actions_board.table.sortByColumn(DUE, Qt.SortOrder.DescendingOrder)  # the latest first
for _ in range(3):
    app.processEvents()
board.actions_board.grab().save(str(out / "actions_board.png"))  # the board alone, as the README shows it
(out / "actions-window.png").unlink()


# First run: the welcome page, then the team wizard's first page.
apply_theme(app, "light")
empty = Path("/tmp/shots-empty.sqlite3")
for p in empty.parent.glob("shots-empty.sqlite3*"):
    p.unlink()
empty_store = Store.open(empty)
first = MainWindow(Session(empty_store, clock=lambda: NOW),
                   settings=Settings(QSettings("/tmp/shots-first.ini", QSettings.Format.IniFormat)))
first.resize(1100, 700)
first.show()
for _ in range(3):
    app.processEvents()
first.load()
app.processEvents()
first.grab().save(str(out / "welcome.png"))
from ui.team_wizard import TeamWizard
wizard = TeamWizard(first.session, first)
wizard.team_page.name_edit.setText("Les Castors")
wizard.show()
wizard.next()
model = wizard.members_page.model
for row, name in enumerate(["Ana", "Bruno", "Chloé"]):
    model.setData(model.index(row, 0), name)
model.setData(model.index(2, 2), "chloe-at-example")
for _ in range(3):
    app.processEvents()
wizard.grab().save(str(out / "team-wizard.png"))

# The ritual editor with a fortnightly review that moves off public holidays.
from ui.editors.ritual_editor import RitualEditor
from ritualdesk.model import HolidayRule, ScheduleKind
apply_theme(app, "light")
editor = RitualEditor(session, teams[0].id, None)
editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("review"))
fields = editor.schedule_fields
fields.combo.setCurrentIndex(fields.combo.findData(ScheduleKind.WEEKLY.value))
for weekday, check in enumerate(fields.weekday_checks):
    check.setChecked(weekday == 3)
fields.every_spin.setValue(2)
fields.holiday_combo.setCurrentIndex(fields.holiday_combo.findData(HolidayRule.BEFORE.value))
editor.show()
for _ in range(3):
    app.processEvents()
editor.grab().save(str(out / "ritual-editor.png"))
fields.combo.setCurrentIndex(fields.combo.findData(ScheduleKind.MONTHLY_WEEKDAY.value))
fields.ordinal_combo.setCurrentIndex(fields.ordinal_combo.findData(-1))
fields.month_weekday_combo.setCurrentIndex(4)
for _ in range(3):
    app.processEvents()
editor.grab().save(str(out / "ritual-editor-monthly.png"))
editor.close()

# Every demo team at once: simultaneous rituals are grouped.
crowd = Path("/tmp/shots-crowd.sqlite3")
for p in crowd.parent.glob("shots-crowd.sqlite3*"):
    p.unlink()
crowd_store = Store.open(crowd)
generate_demo(crowd_store, teams=10, years=1, seed=5, now=NOW)
apply_theme(app, "light")
busy = MainWindow(Session(crowd_store, clock=lambda: NOW),
                  settings=Settings(QSettings("/tmp/shots-crowd.ini", QSettings.Format.IniFormat)))
busy.resize(1440, 880)
busy.show()
for _ in range(3):
    app.processEvents()
busy.load()
for _ in range(3):
    app.processEvents()
busy.grab().save(str(out / "week-ten-teams.png"))

# Edit › Preferences › Calendar server, with an account and its last push (no server is contacted).
from ritualdesk.calserver.accounts import Account, add_account, save_last_push
from ui import settings as keys
from ui.preferences import PreferencesDialog
add_account(store, Account("work", "https://cloud.example.com/remote.php/dav/", "zoe"), password=None)
save_last_push(store, "work", when=NOW, result="3 calendars: 1 created, 2 updated, 0 cancelled, 0 left alone "
               "(changed on the server); 5 requests")
server_settings = Settings(QSettings("/tmp/shots-server.ini", QSettings.Format.IniFormat))
server_settings.set(keys.CALDAV_ACCOUNT, "work")
server_settings.set(keys.CALDAV_AUTO_PUSH, True)
apply_theme(app, "light")
preferences = PreferencesDialog(server_settings, session)
preferences.page_list.setCurrentRow(1)
preferences.show()
app.processEvents()
preferences.grab().save(str(out / "calendar-server.png"))
preferences.close()

# The same week and a retrospective's panel in English and in French (the README shows them side by side).
panel_en = window(None, "week-en", "week", pick("Rétro"))
panel_en.panel.grab().save(str(out / "occurrence_panel-en.png"))
# The README's whole panel: the last held retrospective of a team, its content at full height.
from datetime import timedelta  # noqa: E402
from ritualdesk.model import OccurrenceStatus, RitualKind  # noqa: E402
from PySide6.QtWidgets import QScrollArea  # noqa: E402
held = [o for o in session.agenda(NOW.date() - timedelta(weeks=8), NOW.date())
        if o.status is OccurrenceStatus.HELD and session.ritual(o.key.ritual_id).kind is RitualKind.RETROSPECTIVE]
panel_en.reveal_occurrence(held[-1].key)
panel_en._on_selected(held[-1].key)
content = panel_en.panel.findChild(QScrollArea).widget()
for _ in range(3):
    app.processEvents()
content.resize(content.width(), content.heightForWidth(content.width()))  # the panel's width, all of its height
content.grab().save(str(out / "occurrence_panel.png"))
(out / "week-en.png").unlink()
for translator in english:
    app.removeTranslator(translator)
install_translations(app, "fr", system=QLocale("fr_FR"))
window(None, "week-fr", "week", pick("Revue"))
panel_fr = window(None, "panel-fr", "week", pick("Rétro"))
panel_fr.panel.grab().save(str(out / "occurrence_panel-fr.png"))
(out / "panel-fr.png").unlink()
