"""The command line speaks the language of the environment; statuses and --json stay the same in every one."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys

import pytest

from ritualdesk.cli import main


def run(db, *args, capsys, language="en"):
    import os

    previous = os.environ.get("LANGUAGE")
    os.environ["LANGUAGE"] = language
    try:
        status = main(["--db", str(db), *args])
    finally:
        os.environ["LANGUAGE"] = previous or ""
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def team_db(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    for args in (
        ["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR",
         "--sprint-weeks", "2", "--sprint-start", "2026-03-02"],
        ["member", "add", "Les Castors", "Ana", "--role", "product-owner"],
        ["member", "add", "Les Castors", "Bruno"],
        ["ritual", "add", "Les Castors", "mêlée", "Mêlée", "--at", "9h30", "--minutes", "15",
         "--every-working-day", "--from", "2026-03-02"],
        ["ritual", "add", "Les Castors", "rétrospective", "Rétro", "--at", "15:00", "--minutes", "90",
         "--sprint-day", "last", "--from", "2026-03-02"],
    ):
        assert run(db, *args, capsys=capsys, language="fr")[0] == 0
    return db


def test_a_french_environment_gets_french_errors_with_the_same_exit_status(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    answers = {}
    for lang in ("fr_FR.UTF-8", "en_US.UTF-8"):
        env = {"LANG": lang, "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
        answers[lang] = subprocess.run([sys.executable, "-m", "ritualdesk", "--db", str(missing), "agenda"],
                                       capture_output=True, text=True, env=env, timeout=60)
    french, english = answers["fr_FR.UTF-8"], answers["en_US.UTF-8"]
    assert french.returncode == english.returncode == 2
    assert french.stderr.startswith("ritualdesk: erreur\u00a0: il n’y a pas de base de données à l’emplacement")
    assert english.stderr.startswith("ritualdesk: error: there is no database at")
    assert not missing.exists()


@pytest.mark.parametrize(("args", "status", "french", "english"), [
    (["agenda", "--team", "Les Lynx"], 2, "aucune équipe nommée «\u00a0Les Lynx\u00a0»", "no team called 'Les Lynx'"),
    (["agenda", "--from", "2026-02-31"], 2, "le 2026-02-31 n’existe pas\u00a0: 2026-02 compte 28 jours",
     "there is no 2026-02-31: 2026-02 has 28 days"),
    (["agenda", "--from", "2026-13-01"], 2, "date invalide «\u00a02026-13-01\u00a0»", "invalid date '2026-13-01'"),
    (["ritual", "add", "Les Castors", "kermesse", "K", "--at", "9:00", "--minutes", "5", "--once", "+1"], 2,
     "type de rituel inconnu «\u00a0kermesse\u00a0»", "unknown ritual kind 'kermesse'"),
    (["member", "add", "Les Castors", "Ana"], 2, "l’équipe a déjà un membre nommé «\u00a0Ana\u00a0»",
     "the team already has a member called 'Ana'"),
])
def test_errors_in_both_languages(team_db, capsys, args, status, french, english):
    fr = run(team_db, *args, capsys=capsys, language="fr")
    en = run(team_db, *args, capsys=capsys, language="en")
    assert fr[0] == en[0] == status
    assert french in fr[2] and fr[2].startswith("ritualdesk: erreur\u00a0:")
    assert english in en[2] and en[2].startswith("ritualdesk: error:")


RITUAL = ["ritual", "add", "Les Castors", "planning", "P", "--at", "10:00", "--minutes", "60"]
TEAM = ["team", "add", "--timezone", "Europe/Paris", "--holidays", "FR"]  # not the machine's (tzlocal keeps it)


@pytest.mark.parametrize(("args", "french", "english"), [
    ([*TEAM, ""], "une équipe a besoin d’un nom", "a team needs a name"),
    ([*TEAM, "Les Loups", "--sprint-weeks", "13"], "un sprint dure entre 1 et 12 semaines",
     "a sprint lasts between 1 and 12 weeks"),
    ([*TEAM, "L" * 201], "un nom d’équipe a au plus 200 caractères", "a team name is at most 200 characters"),
    ([*TEAM, "Tab\tName"], "un nom d’équipe ne peut contenir ni tabulation",
     "a team name cannot hold a tab, a line break or another control character"),
    (["member", "add", "Les Castors", " "], "un membre a besoin d’un nom", "a member needs a name"),
    (["member", "add", "Les Castors", "Zoé", "--email", "bad"], "«\u00a0bad\u00a0» n’est pas une adresse e-mail",
     "'bad' is not an email address"),
    ([*RITUAL, "--once", "2026-04-01", "--minutes", "0"], "un rituel dure entre 1 minute et 24 heures",
     "a ritual lasts between 1 minute and 24 hours"),
    ([*RITUAL, "--weekly", "TH", "--from", "2026-05-01", "--until", "2026-04-01"],
     "un rituel ne peut pas finir avant de commencer", "a ritual cannot end before it starts"),
    ([*RITUAL, "--every-working-day", "--on-holiday", "after"], "il ne peut pas être déplacé hors d’un jour férié",
     "it cannot move off a holiday"),
    ([*RITUAL, "--weekly", "TH", "--every-weeks", "53"], "un calendrier se répète toutes les 1 à 52 périodes",
     "a schedule repeats every 1 to 52 periods"),
    ([*RITUAL, "--weekly", "TH", "--every-weeks", "0"],
     "un nombre entier à partir de 1 est attendu, pas «\u00a00\u00a0»", "expected a whole number from 1, not '0'"),
])
def test_the_checks_of_what_is_made_speak_the_language_of_the_environment(team_db, capsys, args, french, english):
    fr = run(team_db, *args, capsys=capsys, language="fr")
    en = run(team_db, *args, capsys=capsys, language="en")
    assert fr[0] == en[0] == 2
    assert french in fr[2] and fr[2].startswith("ritualdesk: erreur\u00a0:"), fr[2]
    assert english in en[2] and en[2].startswith("ritualdesk: error:"), en[2]
    assert len(fr[2].splitlines()) == 1


def test_reports_in_both_languages(team_db, capsys):
    fr = run(team_db, "agenda", "--from", "2026-03-27", "--to", "2026-03-27", capsys=capsys, language="fr")[1]
    en = run(team_db, "agenda", "--from", "2026-03-27", "--to", "2026-03-27", capsys=capsys, language="en")[1]
    assert fr.splitlines()[0].startswith("ven. 2026-03-27 09:30-09:45 +0100  Les Castors\u00a0: Mêlée - ")
    assert en.splitlines()[0].startswith("Fri 2026-03-27 09:30-09:45 +0100  Les Castors: Mêlée - ")
    empty = ("agenda", "--from", "2026-04-04", "--to", "2026-04-05")
    assert run(team_db, *empty, capsys=capsys, language="fr")[1] == "aucun rituel entre le 2026-04-04 et le 2026-04-05\n"
    assert run(team_db, *empty, capsys=capsys, language="en")[1] == "no rituals between 2026-04-04 and 2026-04-05\n"
    added = run(team_db, "member", "add", "Les Castors", "Chloé", "--role", "scrum-master", capsys=capsys,
                language="fr")[1]
    assert added.splitlines()[0] == "membre Chloé ajouté à l’équipe Les Castors (rôle\u00a0: scrum master)"
    header = run(team_db, "fairness", "Les Castors", "Mêlée", capsys=capsys, language="fr")[1].splitlines()[0]
    assert header.startswith("membre\ttenues\tprévues\tpart équitable\tsolde")


def test_json_is_the_same_in_every_language(team_db, capsys):
    args = ("agenda", "--json", "--from", "2026-03-20", "--to", "2026-03-27")
    fr = json.loads(run(team_db, *args, capsys=capsys, language="fr")[1])
    en = json.loads(run(team_db, *args, capsys=capsys, language="en")[1])
    assert fr == en
    assert {r["kind"] for r in fr} == {"standup", "retrospective"} and {r["status"] for r in fr} == {"planned"}


def test_export_import_and_publish_reports_in_both_languages(team_db, tmp_path, capsys):
    feed = tmp_path / "castors.ics"
    fr = run(team_db, "export", "--team", "Les Castors", "--from", "2026-03-02", "--to", "2026-03-13", "-o",
             str(feed), capsys=capsys, language="fr")
    assert fr[0] == 0 and fr[1].startswith(f"{feed} écrit\u00a0: 11 événements du 2026-03-02 au 2026-03-13, 11 nouveaux")
    en = run(team_db, "import", str(feed), "--dry-run", capsys=capsys, language="en")[1]
    fr = run(team_db, "import", str(feed), "--dry-run", capsys=capsys, language="fr")[1]
    assert en.startswith("would import nothing; skipped ") and fr.startswith("importerait\u00a0: rien\u00a0; ignoré\u00a0: ")
    assert "déjà" in fr and "already" in en
    published = run(team_db, "publish", str(tmp_path / "feeds"), capsys=capsys, language="fr")[1].splitlines()
    assert published[-1].startswith("3 flux sur 3 réécrits dans ")
    assert "événements\técrit\t" in published[0]
    again = run(team_db, "publish", str(tmp_path / "feeds"), capsys=capsys, language="en")[1].splitlines()
    assert again[-1].startswith("0 of 3 feeds rewritten in ") and "\tunchanged\tno change" in again[0]


def test_usage_errors_from_argparse_in_both_languages(team_db, capsys):
    fr = run(team_db, "agenda", "--bogus", capsys=capsys, language="fr")
    en = run(team_db, "agenda", "--bogus", capsys=capsys, language="en")
    assert fr[0] == en[0] == 2
    assert fr[2] == "ritualdesk: erreur\u00a0: arguments non reconnus\u00a0: --bogus (voir `ritualdesk --help`)\n"
    assert en[2] == "ritualdesk: error: unrecognized arguments: --bogus (see `ritualdesk --help`)\n"
    missing = run(team_db, "member", "add", capsys=capsys, language="fr")[2]
    assert "les arguments suivants sont obligatoires\u00a0: team, name" in missing


def _help(lang, *args):
    env = {"LANG": lang, "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "ritualdesk", *args, "--help"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return re.sub(r"[ \n]+", " ", done.stdout)  # argparse wraps lines where it likes (never at a no-break space)


@pytest.mark.parametrize(("args", "french", "english"), [
    ([], ["Les rituels d’une équipe scrum, hors ligne.", "lister les occurrences avec leurs animateurs",
          "afficher la version du programme et quitter"],
     ["Run a scrum team's rituals offline.", "list occurrences with their facilitators",
      "show program's version number and exit"]),
    (["agenda"], ["par défaut deux semaines après --from", "seulement ce type de rituel"],
     ["default two weeks after --from", "only this ritual kind"]),
    (["caldav", "test"], ["abandonner une requête au bout de ce délai (par défaut 20)",
                          "arguments positionnels\u00a0:", "options\u00a0:"],
     ["give up on a request after this long (default 20)", "positional arguments:", "options:"]),
])
def test_help_describes_the_options_in_the_language_of_the_environment(args, french, english):
    in_french, in_english = _help("fr_FR.UTF-8", *args), _help("C", *args)
    for text in french:
        assert text in in_french
        assert text not in in_english
    for text in english:
        assert text in in_english
        assert text not in in_french


SAME_IN_FRENCH = {"absences", "product-owner, scrum-master, developer, other"}  # words and values, not sentences


def test_every_help_text_of_every_command_is_given_in_french():
    import argparse

    from ritualdesk import cli_argparse, i18n
    from ritualdesk.cli import build_parser

    cli_argparse.install()  # as main() does: argparse's own texts (-h) from our catalogue

    def texts(parser, where="ritualdesk"):
        yield where, parser.description
        for action in parser._actions:
            yield f"{where} {'/'.join(action.option_strings) or action.dest}", action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield f"{where} {choice.dest}", choice.help
                for name, sub in action.choices.items():
                    yield from texts(sub, f"{where} {name}")

    try:
        i18n.set_language("en")
        english = list(texts(build_parser()))
        i18n.set_language("fr")
        french = dict(texts(build_parser()))
    finally:
        i18n.set_language("en")
    described = [(where, text) for where, text in english if text]
    assert len(described) > 100
    assert [(where, text) for where, text in described
            if french[where] == text and text not in SAME_IN_FRENCH] == []


def test_check_says_what_it_found_in_the_language_of_the_environment(tmp_path, capsys):
    noise = tmp_path / "random.sqlite3"
    noise.write_bytes(bytes(range(256)) * 20)
    fr = run(noise, "check", capsys=capsys, language="fr")
    en = run(noise, "check", capsys=capsys, language="en")
    assert fr[0] == en[0] == 1
    assert fr[1] == "le fichier est endommagé (file is not a database)\n"  # SQLite's own words stay
    assert en[1] == "the file is damaged (file is not a database)\n"
    assert fr[2].startswith("ritualdesk: 1 problème trouvé dans ")


def test_check_names_a_missing_index_and_a_broken_link_in_french(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "d.sqlite3"
    assert run(path, "demo", capsys=capsys)[0] == 0

    def damage(*statements):
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            for statement in ("PRAGMA foreign_keys = OFF", *statements):
                conn.execute(statement)
        return run(path, "check", capsys=capsys, language="fr")[:2]

    status, out = damage("INSERT INTO members (team_id, name, role) VALUES (999, 'Ghost', 'developer')")
    assert status == 1 and re.fullmatch(r"la ligne \d+ de members renvoie à un élément de teams qui n’existe pas\n",
                                        out), out
    assert damage("DELETE FROM members WHERE team_id = 999", "DROP INDEX absences_member") == (
        1, "l’index absences_member manque\n")


def test_member_list_names_roles_as_member_add_does(team_db, capsys):
    fr = run(team_db, "member", "list", "Les Castors", capsys=capsys, language="fr")[1]
    en = run(team_db, "member", "list", "Les Castors", capsys=capsys, language="en")[1]
    assert fr.splitlines() == ["Ana\tproduct owner\t", "Bruno\tdéveloppeur\t"]
    assert en.splitlines() == ["Ana\tproduct owner\t", "Bruno\tdeveloper\t"]


def test_team_list_json_keeps_the_holiday_subdivision(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert run(db, "team", "add", "Brits", "--holidays", "GB-ENG", "--timezone", "Europe/London",
               capsys=capsys)[0] == 0
    assert run(db, "team", "add", "Bleus", "--holidays", "FR", "--timezone", "Europe/Paris", capsys=capsys)[0] == 0
    assert run(db, "team", "add", "Nobody", "--holidays", "none", "--timezone", "UTC", capsys=capsys)[0] == 0
    listed = json.loads(run(db, "team", "list", "--json", capsys=capsys)[1])
    assert {t["name"]: t["holidays"] for t in listed} == {"Brits": "GB-ENG", "Bleus": "FR", "Nobody": None}
    text = run(db, "team", "list", capsys=capsys)[1]
    assert "Brits\tEurope/London\tGB-ENG\t" in text


def test_import_reasons_speak_french(team_db, tmp_path, capsys):
    ics = tmp_path / "conges.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
                   "BEGIN:VEVENT\r\nUID:z-1\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:Congés de Zorro\r\n"
                   "DTSTART;VALUE=DATE:20260316\r\nDTEND;VALUE=DATE:20260318\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nUID:z-2\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:Ana en formation\r\n"
                   "DTSTART:20260323T090000Z\r\nDTEND:20260324T170000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                   encoding="utf-8")
    status, out, err = run(team_db, "import", str(ics), "--as", "absences", "--dry-run", "--verbose", capsys=capsys,
                           language="fr")
    assert status == 0, err
    assert "aucun membre ne correspond aux adresses ou aux noms de ses participants" in out
    assert "Ana, du 2026-03-23 au 2026-03-24 (événement à heure fixe\u00a0: enregistré pour les journées entières)" in out


def test_the_forecast_names_the_days_in_the_language_of_the_environment(team_db, capsys):
    fr = run(team_db, "fairness", "Les Castors", "Mêlée", "--forecast", "5", capsys=capsys, language="fr")[1]
    en = run(team_db, "fairness", "Les Castors", "Mêlée", "--forecast", "5", capsys=capsys, language="en")[1]
    assert all(re.match(r"(lun|mar|mer|jeu|ven)\. \d{4}-\d\d-\d\d 09:30\t", line) for line in fr.splitlines()), fr
    assert all(re.match(r"(Mon|Tue|Wed|Thu|Fri) \d{4}-\d\d-\d\d 09:30\t", line) for line in en.splitlines()), en
