"""Minutes to PDF with Qt's own QTextDocument and QPdfWriter: paper from the locale, a footer with page numbers."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from ritualdesk.document import Document, to_html

_MARGINS_MM = QMarginsF(20, 18, 20, 14)
_RESOLUTION = 300
_LETTER_COUNTRIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                     QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia}
_PAGE_WORDS = {"en": ("Page", "of"), "fr": ("Page", "sur")}


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where it is the usual paper (the US and its neighbours), A4 everywhere else."""
    imperial = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    if locale.territory() in _LETTER_COUNTRIES or imperial:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def ensure_gui_application() -> None:
    """QTextDocument and fonts need a QGuiApplication: the command line starts an offscreen one."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP  # kept alive for the process: Qt must not lose it mid-write
        _APP = QGuiApplication(["ritualdesk", "-platform", os.environ["QT_QPA_PLATFORM"]])


_APP = None


def pdf_bytes(document: Document, *, locale: QLocale | None = None) -> bytes:
    """The document laid out on pages of the locale's paper, each with a footer and 'Page n of N'."""
    ensure_gui_application()
    locale = locale or QLocale()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator("RitualDesk")
    writer.setPageLayout(QPageLayout(page_size_for(locale), QPageLayout.Orientation.Portrait, _MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    text = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(10.5)
    text.setDefaultFont(font)
    text.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own resolution
    text.setHtml(to_html(document))
    area = writer.pageLayout().paintRectPixels(_RESOLUTION)
    footer_height = _RESOLUTION * 0.42  # about a centimetre
    body = QSizeF(area.width(), area.height() - footer_height)
    text.setPageSize(body)
    text.setDocumentMargin(0)
    pages = max(1, text.pageCount())
    first, of = _PAGE_WORDS.get(document.language, _PAGE_WORDS["en"])
    painter = QPainter(writer)
    small = QFont(font)
    small.setPointSizeF(8.5)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            text.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            top = area.height() - footer_height * 0.55
            painter.setPen(QColor("#c7cfd9"))
            painter.drawLine(0, int(top), int(area.width()), int(top))
            painter.setPen(QColor("#5b6573"))
            painter.setFont(small)
            line = QRectF(0, top, area.width(), area.height() - top)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), document.footer)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{first} {page + 1} {of} {pages}")
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_pdf(document: Document, path: str | os.PathLike[str], *, locale: QLocale | None = None) -> None:
    """Write the PDF atomically (a temporary file renamed over `path`)."""
    from ritualdesk.ical.export import write_atomically

    write_atomically(path, pdf_bytes(document, locale=locale))
