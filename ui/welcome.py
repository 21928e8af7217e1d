"""The first-run page: create a team with a short wizard, or explore with demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .feedback import guarded
from .resources import app_icon
from .session import Session


class Welcome(QWidget):
    """Shown while the database holds no team."""

    finished = Signal(object)  # a team now exists: the one the wizard created (None for the demo teams)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(logo)
        title = QLabel(self.tr("Welcome to RitualDesk"), self)
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(self.tr("Stand-ups, plannings, reviews and retrospectives, with a fair rotation of "
                              "facilitators and the action items that come out of them.\n"
                              "Everything stays on this computer."), self)
        text.setObjectName("welcomeText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(24)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = QPushButton(self.tr("&Create a team…"), self)
        self.create_button.setObjectName("welcomeButton")
        self.create_button.setDefault(True)
        self.create_button.setToolTip(self.tr("Name, time zone, holidays, members and the usual rituals"))
        self.demo_button = QPushButton(self.tr("&Explore with demo data"), self)
        self.demo_button.setObjectName("welcomeButton")
        self.demo_button.setToolTip(self.tr("Three teams with a year of history; Edit > Undo removes them"))
        buttons.addWidget(self.create_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.create_button.clicked.connect(self.create_team)
        self.demo_button.clicked.connect(self.load_demo)
        self.wizard = None

    def create_team(self) -> None:
        """Open the team wizard; `finished` once the team is created."""
        from .team_wizard import TeamWizard

        wizard = self.wizard = TeamWizard(self.session, self.window())
        wizard.accepted.connect(lambda: self.finished.emit(wizard.created))
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.open()

    def load_demo(self) -> None:
        """Add demo teams; `finished` once they exist."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            teams = guarded(self, lambda: self.session.load_demo())
        finally:
            QApplication.restoreOverrideCursor()
        if teams:
            self.finished.emit(None)
