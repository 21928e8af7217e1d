"""File › Export minutes…: the selected occurrence or a whole sprint, as PDF or Markdown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ritualdesk import minutes
from ritualdesk.document import Document, to_markdown
from ritualdesk.errors import RitualDeskError
from ritualdesk.model import OccurrenceKey
from ritualdesk.operations import team_sprints

from .feedback import show_error


def minutes_language(locale: QLocale | None = None) -> str:
    """The minutes' language: the app's (French when its locale is French)."""
    return "fr" if (locale or QLocale()).language() == QLocale.Language.French else "en"


def write_minutes(document: Document, path: str) -> None:
    """PDF or Markdown after the file's extension, written atomically."""
    from ritualdesk.ical.export import write_atomically

    if Path(path).suffix.lower() == ".pdf":
        from .minutes_pdf import pdf_bytes

        write_atomically(path, pdf_bytes(document, locale=QLocale()))
    else:
        write_atomically(path, to_markdown(document).encode("utf-8"))


class MinutesExport(QDialog):
    """Choose what the minutes cover, then where to write them."""

    def __init__(self, session, *, key: OccurrenceKey | None, team_id: int | None, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export minutes"))
        self.setMinimumWidth(380)
        self._session, self._key = session, key
        self.written: str | None = None
        layout = QVBoxLayout(self)
        self.occurrence_radio = QRadioButton(self.tr("The selected &occurrence"), self)
        self.sprint_radio = QRadioButton(self.tr("Every ritual of a &sprint"), self)
        group = QButtonGroup(self)
        group.addButton(self.occurrence_radio)
        group.addButton(self.sprint_radio)
        if key is not None:
            ritual = session.ritual(key.ritual_id)
            found = session.occurrence(key)
            detail = f"{ritual.title}, {found.start:%Y-%m-%d %H:%M}"
            team_id = ritual.team_id
        else:
            detail = self.tr("none selected")
        self.occurrence_label = QLabel(detail, self)
        self.occurrence_label.setIndent(24)
        layout.addWidget(self.occurrence_radio)
        layout.addWidget(self.occurrence_label)
        layout.addWidget(self.sprint_radio)
        form = QFormLayout()
        self.team_combo = QComboBox(self)
        for team in session.teams():
            self.team_combo.addItem(team.name, team.id)
        if team_id is not None:
            self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(team_id)))
        self.sprint_spin = QSpinBox(self)
        self.sprint_spin.setRange(1, 9999)
        form.addRow(self.tr("&Team:"), self.team_combo)
        form.addRow(self.tr("S&print:"), self.sprint_spin)
        indent = QHBoxLayout()
        indent.addSpacing(24)
        indent.addLayout(form)
        layout.addLayout(indent)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("PDF"), ".pdf")
        self.format_combo.addItem(self.tr("Markdown"), ".md")
        formats = QFormLayout()
        formats.addRow(self.tr("&Format:"), self.format_combo)
        layout.addLayout(formats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.team_combo.currentIndexChanged.connect(self._suggest_sprint)
        self.occurrence_radio.setEnabled(key is not None)
        (self.occurrence_radio if key is not None else self.sprint_radio).setChecked(True)
        self._suggest_sprint()
        if key is not None:
            number = session.occurrence(key).sprint_number
            if number:
                self.sprint_spin.setValue(number)

    def _suggest_sprint(self) -> None:
        team_id = self.team_combo.currentData()
        if team_id is None:
            return
        today = self._session.today(team_id)
        sprints = team_sprints(self._session.store, team_id, until=today)
        current = next((s.number for s in reversed(sprints) if s.start <= today), None)
        self.sprint_spin.setEnabled(bool(sprints))
        if current:
            self.sprint_spin.setValue(current)

    def document(self) -> Document:
        """The minutes the choices describe (NotFound for a sprint that does not exist)."""
        language = minutes_language(self.locale())
        store = self._session.store
        if self.occurrence_radio.isChecked() and self._key is not None:
            return minutes.occurrence_minutes(store, self._key, language=language)
        team_id = self.team_combo.currentData()
        return minutes.sprint_minutes(store, team_id, self.sprint_spin.value(), language=language,
                                      today=self._session.today(team_id))

    def suggested_name(self) -> str:
        if self.occurrence_radio.isChecked() and self._key is not None:
            ritual = self._session.ritual(self._key.ritual_id)
            stem = f"{ritual.title} {self._key.planned:%Y-%m-%d}"
        else:
            stem = f"{self.team_combo.currentText()} Sprint {self.sprint_spin.value()}"
        return stem.replace("/", "-") + self.format_combo.currentData()

    def export_to(self, path: str) -> bool:
        """Write the minutes to `path`; a refusal is shown and nothing is written."""
        try:
            write_minutes(self.document(), path)
        except RitualDeskError as error:
            show_error(self, error)
            return False
        self.written = path
        return True

    def _choose_file(self) -> None:
        suffix = self.format_combo.currentData()
        filters = self.tr("PDF documents (*.pdf)") if suffix == ".pdf" else self.tr("Markdown files (*.md)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export minutes"),
                                              str(Path.home() / self.suggested_name()), filters)
        if path:
            if Path(path).suffix.lower() != suffix:
                path += suffix
            if self.export_to(path):
                self.accept()
