"""The actions board's CSV opens well in a spreadsheet of the user's locale: UTF-8 with a BOM, its separator."""

from __future__ import annotations

import csv

from PySide6.QtCore import QLocale

from ui.actions_board import ActionsBoard, csv_delimiter
from ui.actions_model import to_csv


def test_french_numbers_get_semicolons_others_commas():
    assert csv_delimiter(QLocale("fr_FR")) == ";" and csv_delimiter(QLocale("de_DE")) == ";"
    assert csv_delimiter(QLocale("en_US")) == "," and csv_delimiter(QLocale("en_GB")) == ","


def test_csv_starts_with_a_bom_and_quotes_what_needs_it():
    text = to_csv(["Action", "Owner"], [["Relire; corriger", "Chloé"]], delimiter=";")
    assert text.startswith("\ufeffAction;Owner\r\n")
    assert '"Relire; corriger";Chloé' in text


def test_a_french_desktop_exports_semicolon_separated_utf8_with_bom(qtbot, session, tmp_path):
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        board = ActionsBoard(session)
        qtbot.addWidget(board)
        board.show()
        target = tmp_path / "actions.csv"
        assert board.export_to(target, kind="csv")
    finally:
        QLocale.setDefault(previous)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:2] == ["Action", "Owner"] and all(len(r) == len(rows[0]) for r in rows)
