#!/usr/bin/env python3
"""Renders the README screenshots of run mode, the retrospective board, the fairness view and a minutes page.

    TZ=Europe/Paris QT_QPA_PLATFORM=offscreen python docs/screenshots/render_meeting.py docs/screenshots

The PDF page is turned into a PNG with poppler's pdftoppm (apt-get install poppler-utils).
"""
import sys
from pathlib import Path

# The checkout's own code, whatever the virtual environment holds (`pip install .` puts no `ui` there).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
if len(sys.argv) < 2:
    print(__doc__.strip(), file=sys.stderr)
    sys.exit(2)
import subprocess
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ui.qt_workarounds import protect_none

protect_none()
from ritualdesk import retro_board as rb  # noqa: E402
from ritualdesk.agenda import agenda  # noqa: E402
from ritualdesk.demo import generate_demo  # noqa: E402
from ritualdesk.minutes import sprint_minutes  # noqa: E402
from ritualdesk.model import RitualKind  # noqa: E402
from ritualdesk.store import Store  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.minutes_pdf import pdf_bytes  # noqa: E402
from ui.retro_board import RetroBoard  # noqa: E402
from ui.run_mode.window import RunWindow  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

out = Path(sys.argv[1])
db = Path("/tmp/shots-meeting.sqlite3")
for p in db.parent.glob("shots-meeting.sqlite3*"):
    p.unlink()
store = Store.open(db)
NOW = datetime(2026, 12, 10, 13, 40, tzinfo=UTC)
generate_demo(store, teams=3, years=1, seed=3, now=NOW)
app = QApplication([])
english = QTranslator()
english.load(str(Path(__file__).parents[2] / "resources/translations/ritualdesk_en.qm"))
app.installTranslator(english)
team = store.teams()[0]
coming = agenda(store, first=date(2026, 12, 14), last=date(2026, 12, 31), team_ids=[team.id])


def first(kind):
    return next(o for o in coming if store.ritual(o.key.ritual_id).kind is kind and o.status.value == "planned")


def settle():
    for _ in range(4):
        app.processEvents()


apply_theme(app, "light")
standup = first(RitualKind.STANDUP)
now = [standup.start.astimezone(UTC)]
session = Session(store, clock=lambda: now[0])
window = RunWindow(session, standup.key, clock=lambda: now[0])
window.resize(1280, 760)
window.show()
now[0] += timedelta(seconds=95)
window.next_speaker()
now[0] += timedelta(seconds=80)
window.notes_edit.setPlainText("Nicolas est bloqué sur la revue de code ; Inès l'aide cet après-midi.")
window.attendance_list.item(2).setCheckState(window.attendance_list.item(2).checkState().Unchecked)
for text in ("Date de mise en production ?", "Accès à l'environnement de recette"):
    window.parking_edit.setText(text)
    window.add_parking_note()
window.tick()
settle()
window.grab().save(str(out / "run-standup.png"))
window.timer.stop()

retro = first(RitualKind.RETROSPECTIVE)
now[0] = retro.start.astimezone(UTC)
key = retro.key
members = [m.id for m in store.members(team.id)]
rb.set_board(store, key, format="sailboat")
cards = {}
for column, text in [(0, "Pairing sur les stories difficiles"), (0, "Nouvelle CI plus rapide"),
                     (1, "Revues de code en attente"), (1, "Environnement de recette instable"),
                     (1, "Recette souvent cassée"), (2, "Dépendance à l'équipe Paiement"),
                     (3, "Livrer le tableau de bord v2")]:
    cards[text] = rb.add_card(store, key, column, text).value
rb.group_card(store, cards["Recette souvent cassée"], cards["Environnement de recette instable"])
for who, text in [(0, "Environnement de recette instable"), (1, "Environnement de recette instable"),
                  (2, "Recette souvent cassée"), (3, "Pairing sur les stories difficiles"),
                  (0, "Revues de code en attente"), (4, "Livrer le tableau de bord v2"),
                  (5, "Environnement de recette instable")]:
    rb.vote(store, cards[text], members[who])
rb.card_to_action(store, cards["Revues de code en attente"], owner_id=members[2], today=retro.start.date())
window = RunWindow(session, key, clock=lambda: now[0])
window.resize(1280, 760)
window.show()
now[0] += timedelta(minutes=3)
window.next_speaker()
window.next_speaker()
now[0] += timedelta(seconds=40)
window.tick()
settle()
window.grab().save(str(out / "run-retro.png"))
window.timer.stop()

board = RetroBoard(session, key)
board.resize(1280, 720)
board.show()
board.tabs.setCurrentIndex(1)
board.voter_combo.setCurrentIndex(1)
settle()
board.grab().save(str(out / "retro-board.png"))
board.tabs.setCurrentIndex(2)
settle()
board.grab().save(str(out / "retro-discussion.png"))

for theme in ("light", "dark"):
    apply_theme(app, theme)
    ini = f"/tmp/shots-fairness-{theme}.ini"
    Path(ini).unlink(missing_ok=True)
    main = MainWindow(session, settings=Settings(QSettings(ini, QSettings.Format.IniFormat)))
    main.resize(1440, 880)
    main.show()
    settle()
    main.load()
    main.show_view("fairness")
    view = main.fairness_view
    view.ritual_combo.setCurrentIndex(1)
    due = view.forecast_model.row(0).facilitator_id
    view.away_combo.setCurrentIndex(view.away_combo.findData(due))
    view._mark_away()
    settle()
    main.grab().save(str(out / ("fairness.png" if theme == "light" else "fairness-dark.png")))

sprint = next(o.sprint_number for o in coming if o.sprint_number)
pdf = Path("/tmp/shots-minutes.pdf")
pdf.write_bytes(pdf_bytes(sprint_minutes(store, team.id, sprint - 1, language="fr", today=NOW.date()),
                          locale=QLocale(QLocale.Language.French, QLocale.Country.France)))
subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                str(out / "minutes-page")], check=True)
print("rendered", ", ".join(p.name for p in sorted(out.glob("*.png"))))
