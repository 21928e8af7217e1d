#!/usr/bin/env python3
"""Renders the screenshots of the export, publish (with its diff) and import dialogs and of a reminder.

    TZ=Europe/Paris QT_QPA_PLATFORM=offscreen python docs/screenshots/render_desktop.py docs/screenshots [fr]
"""
import sys
from pathlib import Path

# The checkout's own code, whatever the virtual environment holds (`pip install .` puts no `ui` there).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
if len(sys.argv) < 2:
    print(__doc__.strip(), file=sys.stderr)
    sys.exit(2)
import tempfile
import time
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from ui.qt_workarounds import protect_none

protect_none()
from ritualdesk import reminders  # noqa: E402
from ritualdesk.demo import generate_demo  # noqa: E402
from ritualdesk.ical.publish import publish  # noqa: E402
from ritualdesk.model import OccurrenceStatus  # noqa: E402
from ritualdesk.store import Store  # noqa: E402
from ui.export_dialog import ExportDialog  # noqa: E402
from ui.import_dialog import ImportDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.publish_dialog import PublishDialog  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

out = Path(sys.argv[1])
suffix = f"-{sys.argv[2]}" if len(sys.argv) > 2 else ""
NOW = datetime(2026, 12, 9, 8, 50, tzinfo=UTC)  # a Wednesday morning in Paris
work = Path(tempfile.mkdtemp())
db = work / "shots.sqlite3"
store = Store.open(db)
generate_demo(store, teams=3, years=1, seed=3, now=NOW - timedelta(days=7))
app = QApplication([])
from ui.language import install_translations  # noqa: E402

install_translations(app, sys.argv[2] if suffix else "en", system=QLocale("fr_FR" if suffix else "en_GB"))
apply_theme(app, "light")
session = Session(store, clock=lambda: NOW)
settings = Settings(QSettings(str(work / "shots.ini"), QSettings.Format.IniFormat))


def settle(widget, *, until=lambda: True):
    for _ in range(1500):
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()
    return widget


teams = {t.name: t for t in session.teams()}
castors = teams["Les Castors"]

# Export: a member's calendar with alarms.
export = ExportDialog(session, castors.id)
export.scope.setCurrentIndex(2)
export.alarms.setChecked(True)
export.todos.setChecked(True)
export.path.setText(str(Path.home() / "Calendars" / export.path.text().rsplit("/", 1)[-1]))
export.show()
settle(export).grab().save(str(out / f"export-dialog{suffix}.png"))

# Publish: once, then a week of edits, so that the diff has something to say.
folder = work / "Shared calendars"
folder.mkdir()
publish(store, folder, now=NOW, today=NOW.date())
week = [o for o in session.agenda(NOW.date(), NOW.date() + timedelta(days=6), [castors.id])
        if o.status is OccurrenceStatus.PLANNED]
session.move(week[1].key, (week[1].start + timedelta(hours=2)).replace(tzinfo=None))
far = [o for o in session.agenda(NOW.date() + timedelta(days=170), NOW.date() + timedelta(days=181), [castors.id])
       if o.status is OccurrenceStatus.PLANNED]
session.cancel(far[-1].key)  # the last one of the horizon: no later turn shifts
settings.set(__import__("ui.settings", fromlist=["x"]).PUBLISH_FOLDER, str(folder))
dialog = PublishDialog(session, settings)
dialog.show()
settle(dialog, until=lambda: dialog.job is None)
for row in range(dialog.tree.topLevelItemCount()):
    feed = dialog.tree.topLevelItem(row)
    feed.setExpanded(feed.text(0).startswith("team-les-castors"))
    for i in range(feed.childCount()):
        feed.child(i).setExpanded(True)
settle(dialog).grab().save(str(out / f"publish-dialog{suffix}.png"))

# Import: a colleague's holiday calendar, one entry matched and one not.
members = {m.name: m for m in session.members(castors.id)}
name, member = next(iter(members.items()))
source = work / "absences.ics"
source.write_text(
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Holidays//EN\r\n"
    f"BEGIN:VEVENT\r\nUID:h1@example\r\nDTSTART;VALUE=DATE:20261221\r\nDTEND;VALUE=DATE:20261225\r\n"
    f"SUMMARY:{name} - Christmas holidays\r\nATTENDEE:mailto:{member.email}\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:h2@example\r\nDTSTART;VALUE=DATE:20261228\r\nDTEND;VALUE=DATE:20261231\r\n"
    "SUMMARY:Leave\r\nATTENDEE:mailto:someone@elsewhere.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    encoding="utf-8")
importing = ImportDialog(session, castors.id)
importing.path.setText(str(source))
importing.show()
importing.dry_run()
settle(importing, until=lambda: importing.job is None).grab().save(str(out / f"import-dialog{suffix}.png"))

# A reminder: you facilitate today's stand-up in ten minutes.
standup = next(o for o in session.agenda(NOW.date(), NOW.date(), [castors.id]) if o.start.hour == 9)
reminders.set_me(store, castors.id, standup.facilitator_id)
window = MainWindow(session, settings=settings)
window.resize(1280, 760)
window.show()
settle(window)
window.load()
session._clock = lambda: standup.start - timedelta(minutes=10)
window.reminders.tray = None
window.reminders.scheduler.recompute()
settle(window).grab().save(str(out / f"reminder{suffix}.png"))

from ui import background  # noqa: E402

background.wait_all()
