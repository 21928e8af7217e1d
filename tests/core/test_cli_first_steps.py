"""A newcomer's first commands, as the README shows them: what they print is true and says what to do next."""

from __future__ import annotations

import pytest

from ritualdesk.cli import main


def run(db, *args, capsys):
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def team_without_sprints(tmp_path, capsys):
    db = tmp_path / "first.sqlite3"
    assert run(db, "team", "add", "Phoenix", "--timezone", "Europe/London", capsys=capsys)[0] == 0
    return db


def test_a_team_added_without_a_sprint_start_is_listed_with_no_sprints(team_without_sprints, capsys):
    status, out, _ = run(team_without_sprints, "team", "list", capsys=capsys)
    assert status == 0
    assert out.split("\t")[3] == "no sprints"  # it said '2-week sprints' of a team that has none


def test_a_sprint_day_ritual_on_a_team_without_sprints_says_where_to_give_it_some(team_without_sprints, capsys):
    status, _, err = run(team_without_sprints, "ritual", "add", "Phoenix", "retro", "Retro", "--at", "15:30",
                         "--minutes", "90", "--sprint-day", "last", capsys=capsys)
    assert status == 2
    # It said 'add one with --sprint-start on the team', which no command does to an existing team.
    assert "Team › Edit team…" in err and "on the team" not in err
    status, out, _ = run(team_without_sprints, "sprints", "Phoenix", capsys=capsys)
    assert status == 0 and "Team › Edit team…" in out


def run_in(language, db, *args, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", language)
    return run(db, *args, capsys=capsys)


def test_schedules_name_their_days_in_the_user_s_language(tmp_path, capsys, monkeypatch):
    db = tmp_path / "days.sqlite3"
    assert run(db, "team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR",
               capsys=capsys)[0] == 0
    adds = [(["--weekly", "MO,WE,FR"], "weekly on Monday, Wednesday and Friday",
             "chaque semaine le lundi, mercredi et vendredi"),
            (["--weekly", "TH", "--every-weeks", "2"], "every 2 weeks on Thursday", "toutes les 2 semaines le jeudi"),
            (["--monthly", "-1FR"], "monthly on the last Friday", "chaque mois le dernier vendredi")]
    for number, (schedule, english, french) in enumerate(adds):
        status, out, _ = run_in("en", db, "ritual", "add", "Les Castors", "custom", f"R{number}", "--at", "11:00",
                                "--minutes", "30", *schedule, capsys=capsys, monkeypatch=monkeypatch)
        assert status == 0 and english in out  # the days were the codes typed: 'weekly on MO,WE,FR', 'on the last FR'
        status, out, _ = run_in("fr", db, "ritual", "list", capsys=capsys, monkeypatch=monkeypatch)
        assert french in out  # 'chaque mois le dernier FR' is no French


def test_french_confirmations_read_as_french(tmp_path, capsys, monkeypatch):
    db = tmp_path / "fr.sqlite3"
    monkeypatch.setenv("LANGUAGE", "fr")
    assert run(db, "team", "add", "Les Castors", "--timezone", "Europe/Paris", capsys=capsys)[0] == 0
    _, out, _ = run(db, "member", "add", "Les Castors", "Léa", capsys=capsys)
    assert out.startswith("membre Léa ajouté à l’équipe Les Castors (rôle\u00a0: développeur)")  # not 'à Les Castors'
    _, out, _ = run(db, "ritual", "add", "Les Castors", "mêlée", "Mêlée", "--at", "9h30", "--minutes", "15",
                    "--every-working-day", capsys=capsys)
    assert out.startswith("rituel Mêlée ajouté à l’équipe Les Castors\u00a0: chaque jour ouvré à 09:30, 15 min")
    _, out, _ = run(db, "absence", "add", "Les Castors", "Léa", "2026-12-03", capsys=capsys)
    assert out == "absence de Léa le 2026-12-03\n"  # it said 'du 2026-12-03 au 2026-12-03'
    _, out, _ = run(db, "absence", "add", "Les Castors", "Léa", "2026-12-21", "2026-12-24", capsys=capsys)
    assert out == "absence de Léa du 2026-12-21 au 2026-12-24\n"


def test_french_messages_quote_values_with_guillemets(tmp_path, capsys, monkeypatch):
    db = tmp_path / "quotes.sqlite3"
    assert run(db, "team", "add", "Les Castors", "--timezone", "Europe/Paris", capsys=capsys)[0] == 0
    monkeypatch.setenv("LANGUAGE", "fr")
    status, _, err = run(db, "caldav", "remove", "travail", capsys=capsys)
    assert status == 2 and "nommé «\u00a0travail\u00a0»" in err  # it was Python's 'travail'
    status, _, err = run(db, "action", "set", "douze", "done", capsys=capsys)
    assert status == 2 and "pas «\u00a0douze\u00a0»" in err


def test_reminders_give_the_offset_of_the_time_they_come_at(tmp_path, capsys, monkeypatch):
    import time
    from datetime import UTC, datetime

    import ritualdesk.cli as cli
    from ritualdesk import reminders
    from ritualdesk.store import Store

    db = tmp_path / "remind.sqlite3"
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "FR"],
                 ["member", "add", "Les Castors", "Léa"],
                 ["ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30", "--minutes", "15",
                  "--every-working-day", "--from", "2026-03-02"]):
        assert run(db, *args, capsys=capsys)[0] == 0
    store = Store.open(db)
    team = store.teams()[0]
    reminders.set_me(store, team.id, store.members(team.id)[0].id)
    store.close()
    monkeypatch.setattr(cli, "_now", lambda: datetime(2026, 3, 16, 7, 0, tzinfo=UTC))
    monkeypatch.setenv("TZ", "America/New_York")  # this machine's zone, not the team's
    time.tzset()
    try:
        status, out, _ = run(db, "reminders", "--within", "3h", capsys=capsys)
    finally:
        monkeypatch.undo()
        time.tzset()
    # '… 04:20  Les Castors: Mêlée at 09:30 +0100' read as 5 h 10 min ahead: the reminder's time had no offset.
    assert status == 0 and "\nMon 2026-03-16 04:20 -0400  Les Castors: Mêlée at 09:30 +0100 - Léa, you facilitate  " in out


def test_import_verbose_lines_follow_french_typography(tmp_path, capsys, monkeypatch):
    db = tmp_path / "absences.sqlite3"
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris"], ["member", "add", "Les Castors", "Léa"]):
        assert run(db, *args, capsys=capsys)[0] == 0
    ics = tmp_path / "conges.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a1@test\r\n"
                   "DTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20261221\r\nDTEND;VALUE=DATE:20261224\r\n"
                   "SUMMARY:Congés Léa\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    monkeypatch.setenv("LANGUAGE", "fr")
    status, out, _ = run(db, "import", str(ics), "--team", "Les Castors", "--dry-run", "--verbose", capsys=capsys)
    assert status == 0 and "  + absence\u00a0: Congés Léa" in out  # it was '+ absence: ' in every language


def test_french_fairness_figures_have_the_decimal_comma(tmp_path, capsys, monkeypatch):
    import json

    db = tmp_path / "fair.sqlite3"
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "none"],
                 ["member", "add", "Les Castors", "Ana"], ["member", "add", "Les Castors", "Bruno"],
                 ["member", "add", "Les Castors", "Chloé"],
                 ["ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30", "--minutes", "15",
                  "--every-working-day", "--from", "-10"]):
        assert run(db, *args, capsys=capsys)[0] == 0
    _, out, _ = run(db, "agenda", "--from", "-9", "--to", "-1", "--json", capsys=capsys)
    for occurrence in json.loads(out)[:4]:
        assert run(db, "occurrence", occurrence["uid"], "--held", capsys=capsys)[0] == 0
    monkeypatch.setenv("LANGUAGE", "fr")
    status, out, _ = run(db, "fairness", "Les Castors", "Mêlée", capsys=capsys)
    figures = [cell for line in out.splitlines()[1:] for cell in line.split("\t")[3:]]
    assert status == 0 and len(figures) == 6
    assert any("," in cell for cell in figures) and not any("." in cell for cell in figures)  # 1.33, +0.67 before
    monkeypatch.setenv("LANGUAGE", "en")
    _, out, _ = run(db, "fairness", "Les Castors", "Mêlée", capsys=capsys)
    assert any("." in line.split("\t")[3] for line in out.splitlines()[1:])


def test_french_lines_put_a_no_break_space_before_the_team_s_colon(tmp_path, capsys, monkeypatch):
    import json

    db = tmp_path / "lines.sqlite3"
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris", "--holidays", "none"],
                 ["member", "add", "Les Castors", "Léa"],
                 ["ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30", "--minutes", "15",
                  "--every-working-day", "--from", "-3"]):
        assert run(db, *args, capsys=capsys)[0] == 0
    _, out, _ = run(db, "agenda", "--json", capsys=capsys)
    assert run(db, "action", "add", json.loads(out)[0]["uid"], "Écrire le compte rendu", capsys=capsys)[0] == 0
    monkeypatch.setenv("LANGUAGE", "fr")
    _, agenda, _ = run(db, "agenda", capsys=capsys)
    _, actions, _ = run(db, "actions", capsys=capsys)
    assert "  Les Castors\u00a0: Mêlée - Léa" in agenda  # 'Les Castors: Mêlée' in French too
    assert actions.rstrip("\n").endswith("\tLes Castors\u00a0: Écrire le compte rendu")


def test_fairness_help_gives_the_default_of_days(capsys):
    with pytest.raises(SystemExit):
        main(["fairness", "--help"])
    assert "(default 90)" in " ".join(capsys.readouterr().out.split())  # it said only 'how far ahead'


def test_team_add_help_says_what_a_team_without_sprint_start_gets(capsys):
    with pytest.raises(SystemExit):
        main(["team", "add", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "without it the team has no sprints" in text and "(default 2)" in text
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "show or change one occurrence" in " ".join(capsys.readouterr().out.split())  # with no option: JSON


@pytest.mark.parametrize(("clock", "first"), [("2026-03-16T07:00:00+00:00", "2026-03-16"),  # 08:00 in Paris
                                              ("2026-03-16T17:00:00+00:00", "2026-03-17")])  # 18:00: too late
def test_a_ritual_added_after_its_time_today_begins_tomorrow(tmp_path, capsys, monkeypatch, clock, first):
    """An occurrence at 09:30 this morning, added at 18:00, would take a turn that nobody facilitated."""
    import json
    from datetime import datetime

    from ritualdesk import cli

    monkeypatch.setattr(cli, "_now", lambda: datetime.fromisoformat(clock))
    db = tmp_path / "evening.sqlite3"
    for args in (["team", "add", "Les Castors", "--timezone", "Europe/Paris"], ["member", "add", "Les Castors", "Léa"],
                 ["ritual", "add", "Les Castors", "standup", "Mêlée", "--at", "09:30", "--minutes", "15",
                  "--every-working-day"]):
        assert run(db, *args, capsys=capsys)[0] == 0
    status, out, _ = run(db, "agenda", "--json", "--from", "2026-03-16", "--to", "2026-03-17", capsys=capsys)
    assert status == 0 and json.loads(out)[0]["start"].startswith(first + "T09:30")
