"""No socket is opened unless an account is configured and a command uses it: every other command, and the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import json, os, socket, sys, time
attempts = []

def guarded(name):
    def refuse(*args, **kwargs):
        attempts.append(name)
        raise OSError(f"socket guard: {name} is forbidden here")
    return refuse

for name in ("connect", "connect_ex", "bind", "sendto"):
    setattr(socket.socket, name, guarded(f"socket.{name}"))
socket.create_connection = guarded("create_connection")
socket.getaddrinfo = guarded("getaddrinfo")
socket.gethostbyname = guarded("gethostbyname")

from ritualdesk.cli import main
db, folder = sys.argv[1], sys.argv[2]
statuses = {}
for args in json.loads(sys.argv[3]):
    statuses[" ".join(args)] = main(["--db", db, *args])
if sys.argv[4] == "app":
    from PySide6.QtWidgets import QApplication
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ritualdesk.store import Store
    from ui.session import Session
    app = QApplication([])
    stores = []
    def open_session():
        stores.append(Store.open(db))
        return Session(stores[-1])
    window = MainWindow(open_session=open_session, settings=Settings())
    window.show()
    deadline = time.monotonic() + 30
    while window.session is None and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(50):
        app.processEvents()
    statuses["app"] = 0 if window.session is not None else 1
    window.close()
print(json.dumps({"attempts": attempts, "statuses": statuses}))
'''


def run_guarded(tmp_path, commands, *, app=False):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "guarded.sqlite3"), str(tmp_path / "feeds"),
                           json.dumps(commands), "app" if app else "cli"],
                          capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_command_but_a_server_command_opens_a_socket_even_with_an_account(tmp_path):
    ics = tmp_path / "team.ics"
    commands = [
        ["demo", "--teams", "2", "--years", "0"],
        ["team", "add", "Mistral", "--timezone", "Europe/Paris"],
        ["member", "add", "Mistral", "Zoé"],
        ["ritual", "add", "Mistral", "retrospective", "Rétro", "--at", "15:00", "--minutes", "60", "--weekly", "FR"],
        ["team", "list"],
        ["member", "list", "Mistral"],
        ["ritual", "list"],
        ["agenda", "--json"],
        ["actions"],
        ["sprints", "Mistral"],
        ["caldav", "add", "work", "--url", "https://cal.example.com/dav/", "--user", "zoe"],
        ["caldav", "list"],
        ["export", "-o", str(ics)],
        ["import", str(ics)],
        ["publish", str(tmp_path / "feeds")],
        ["check"],
        ["backup", str(tmp_path / "copy.sqlite3")],
        ["caldav", "remove", "work"],
        ["caldav", "add", "work", "--url", "https://cal.example.com/dav/", "--user", "zoe"],
    ]
    found = run_guarded(tmp_path, commands)
    assert found["attempts"] == []
    assert all(status == 0 for status in found["statuses"].values()), found["statuses"]


def test_the_app_starts_without_a_socket_with_an_account_configured(tmp_path):
    found = run_guarded(tmp_path, [["demo", "--teams", "1", "--years", "0"],
                                   ["caldav", "add", "work", "--url", "https://cal.example.com/dav/", "--user", "z"]],
                        app=True)
    assert found["attempts"] == [] and found["statuses"]["app"] == 0


def test_the_guard_does_catch_a_push(tmp_path):
    found = run_guarded(tmp_path, [["demo", "--teams", "1", "--years", "0"],
                                   ["caldav", "add", "work", "--url", "https://cal.example.com/dav/", "--user", "z"],
                                   ["caldav", "push", "work", "--timeout", "2"]])
    assert found["attempts"] and found["statuses"]["caldav push work --timeout 2"] == 1
