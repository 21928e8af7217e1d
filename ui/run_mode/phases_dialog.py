"""Edit how a ritual is run: each phase's minutes and the speaker's timebox, kept for its next meetings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ritualdesk.meeting import RunSettings

from .labels import phase_label


class PhasesDialog(QDialog):
    """Minutes per phase and seconds per speaker; Save keeps them for the ritual (one undoable edit)."""

    def __init__(self, settings: RunSettings, *, ritual_title: str, ritual_minutes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phases of %1").replace("%1", ritual_title))
        self._settings, self._minutes = settings, ritual_minutes
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.spins: list[QSpinBox] = []
        for phase in settings.phases:
            spin = QSpinBox(self)
            spin.setRange(0, 600)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(phase.minutes)
            spin.valueChanged.connect(self._update_total)
            form.addRow(self.tr("%1:", "a phase's minutes").replace("%1", phase_label(phase.name)), spin)
            self.spins.append(spin)
        self.speaker_spin = QSpinBox(self)
        self.speaker_spin.setRange(0, 3600)
        self.speaker_spin.setSingleStep(15)
        self.speaker_spin.setSuffix(self.tr(" s"))
        self.speaker_spin.setSpecialValueText(self.tr("no timebox"))
        self.speaker_spin.setValue(settings.speaker_seconds)
        form.addRow(self.tr("Each &speaker:"), self.speaker_spin)
        layout.addLayout(form)
        self.total_label = QLabel(self)
        layout.addWidget(self.total_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_total()

    def _update_total(self) -> None:
        total = sum(s.value() for s in self.spins)
        self.total_label.setText(self.tr("%1 min in all; the ritual lasts %2 min.").replace(
            "%1", str(total)).replace("%2", str(self._minutes)))

    def settings(self) -> RunSettings:
        """The settings as edited."""
        phases = tuple(replace(p, minutes=s.value()) for p, s in zip(self._settings.phases, self.spins, strict=True))
        return replace(self._settings, phases=phases, speaker_seconds=self.speaker_spin.value())
