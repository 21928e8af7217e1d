"""Minutes as PDF (Qt's QTextDocument + QPdfWriter) and File › Export minutes…, over a real store."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QLocale

from ritualdesk import operations
from ritualdesk.agenda import occurrence_uid
from ui.launcher import main
from ritualdesk.document import Document, Heading, Paragraph
from ritualdesk.model import OccurrenceKey
from ui.minutes_pdf import page_size_for, pdf_bytes

RETRO = datetime(2026, 3, 13, 15, 0)


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_paper_is_a4_for_a_french_locale_and_letter_for_a_us_one():
    from PySide6.QtGui import QPageSize

    assert page_size_for(QLocale(QLocale.Language.French, QLocale.Country.France)).id() == QPageSize.PageSizeId.A4
    assert page_size_for(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)).id() == \
        QPageSize.PageSizeId.Letter


def test_a_long_document_breaks_into_numbered_pages_with_an_embedded_font(qapp):
    document = Document((Heading(1, "Rétrospective — Équipe"),
                         *(Paragraph(f"Ligne {n} : élan, cœur, façade") for n in range(160))), footer="Équipe")
    data = pdf_bytes(document, locale=QLocale(QLocale.Language.French, QLocale.Country.France))
    assert data.startswith(b"%PDF-")
    assert _pages(data) >= 3
    assert b"/FontFile2" in data  # the glyphs (accents too) travel with the file
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842(\.0+)?\]", data)  # A4 in points


def _retro_store(store):
    retro = next(r for r in store.rituals() if r.title == "Rétro")
    key = OccurrenceKey(retro.id, RETRO)
    operations.set_notes(store, key, "Bonne énergie")
    operations.add_action(store, key, "Réserver la salle", today=date(2026, 3, 13))
    return retro, key


def test_cli_writes_a_pdf_when_the_file_ends_in_pdf(store, tmp_path, capsys):
    retro, _ = _retro_store(store)
    target = tmp_path / "rétro.pdf"
    assert main(["--db", str(store.path), "minutes", occurrence_uid(retro, RETRO), "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF-") and _pages(target.read_bytes()) == 1


def test_export_minutes_from_the_file_menu(window, store, tmp_path, qtbot):
    _, key = _retro_store(store)
    window.reveal_occurrence(key)
    window._on_selected(key)
    assert window.minutes_action in window.file_menu.actions()
    window.minutes_action.trigger()
    dialog = window.last_dialog
    assert dialog.occurrence_radio.isChecked() and "Rétro" in dialog.occurrence_label.text()
    assert dialog.sprint_spin.value() == 1
    assert dialog.suggested_name() == "Rétro 2026-03-13.pdf"
    markdown = tmp_path / "retro.md"
    assert dialog.export_to(str(markdown))
    text = markdown.read_text(encoding="utf-8")
    assert "Bonne énergie" in text and "Réserver la salle" in text
    dialog.sprint_radio.setChecked(True)
    pdf = tmp_path / "sprint.pdf"
    assert dialog.export_to(str(pdf)) and pdf.read_bytes().startswith(b"%PDF-")


def test_a_sprint_that_does_not_exist_is_refused_and_nothing_is_written(window, tmp_path, qtbot):
    window.minutes_action.trigger()
    dialog = window.last_dialog
    assert dialog.sprint_radio.isChecked() and not dialog.occurrence_radio.isEnabled()
    dialog.sprint_spin.setValue(9999)
    target = tmp_path / "nothing.md"
    assert not dialog.export_to(str(target))
    assert not target.exists()
    from PySide6.QtWidgets import QMessageBox

    message = dialog.findChild(QMessageBox, "errorMessage")
    assert message is not None and "no Sprint 9999" in message.informativeText()
