"""File › Import: choose an .ics file, read the dry-run report, confirm; all or nothing, undone as one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import background
from .export_dialog import ProgressRow
from .session import Session


class ImportDialog(QDialog):
    """The file, how to read it, what a dry run says would be imported and skipped; Import confirms."""

    def __init__(self, session: Session, team_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job = None
        self.report = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a calendar"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        where = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("An .ics file: absences, ritual series or a RitualDesk export"))
        self.path.editingFinished.connect(self.dry_run)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        where_label = QLabel(self.tr("&File:"), self)
        where_label.setBuddy(self.path)
        form.addRow(where_label, where)
        self.mode = QComboBox(self)
        self.mode.setObjectName("importMode")
        self.mode.addItem(self.tr("Recognise automatically"), "auto")
        self.mode.addItem(self.tr("Absences"), "absences")
        self.mode.addItem(self.tr("Ritual series"), "rituals")
        form.addRow(self.tr("&Read as:"), self.mode)
        self.team = QComboBox(self)
        self.team.setObjectName("importTeam")
        self.team.addItem(self.tr("The team the file names"), None)
        for team in session.teams():
            self.team.addItem(team.name, team.id)
        if team_id is not None:
            self.team.setCurrentIndex(max(self.team.findData(team_id), 0))
        form.addRow(self.tr("&Team:"), self.team)
        self.member = QComboBox(self)
        self.member.setObjectName("importMember")
        form.addRow(self.tr("Absences &of:"), self.member)
        layout.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importReport")
        self.tree.setHeaderLabels([self.tr("Entry"), self.tr("What"), self.tr("Why")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 110)
        layout.addWidget(self.tree, 1)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_members()
        self.team.currentIndexChanged.connect(self._fill_members)
        for combo in (self.mode, self.team, self.member):
            combo.currentIndexChanged.connect(lambda _i: self.dry_run())
        self.resize(820, 560)

    def _fill_members(self) -> None:
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(self.tr("Matched by e-mail or name"), None)
        team_id = self.team.currentData()
        if team_id is not None:
            for member in self.session.members(team_id):
                self.member.addItem(member.name, member.id)
        self.member.setEnabled(team_id is not None)
        self.member.blockSignals(False)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from"), self.path.text() or str(Path.home()),
                                              self.tr("iCalendar files (*.ics);;All files (*)"))
        if path:
            self.path.setText(path)
            self.dry_run()

    def options(self) -> dict:
        """What the core's import is given, besides the file."""
        team_id, member_id = self.team.currentData(), self.member.currentData()
        return {"team": self.session.team(team_id) if team_id is not None else None,
                "absences_for": self.session.member(member_id) if member_id is not None else None,
                "mode": self.mode.currentData(), "now": self.session.now()}

    def dry_run(self) -> None:
        """Read the file in the background and show what importing it would do (nothing is written)."""
        from ritualdesk.ical.importer import import_file

        path = self.path.text().strip()
        if not path or self.job is not None:
            return
        options = self.options()
        self.import_button.setEnabled(False)
        self.report = None
        self.tree.clear()
        self.summary.clear()
        self.progress.busy(self.tr("Reading the file…"))
        self.job = background.start(self.session.store.path,
                                    lambda store, _report: import_file(store, path, dry_run=True, **options),
                                    done=self._show_report, failed=self._failed)

    def _show_report(self, report) -> None:
        self.job = None
        self.report = report
        self.tree.clear()
        for title, lines in ((self.tr("Will be imported (%1)"), report.imported),
                             (self.tr("Skipped (%1)"), report.skipped)):
            group = QTreeWidgetItem(self.tree, [title.replace("%1", str(len(lines))), "", ""])
            group.setFirstColumnSpanned(True)
            for line in lines:
                item = QTreeWidgetItem(group, [line.summary or line.uid, line.what, line.reason])
                item.setToolTip(2, line.reason)
            group.setExpanded(True)
        read_only = self.session.store.read_only
        self.summary.setText(self.tr("This database cannot be written: this is what importing would do, but "
                                     "nothing can be imported into it.") if read_only else
                             self.tr("Nothing is written until you press Import; then everything is imported, "
                                     "or nothing. Edit › Undo takes the whole import back."))
        self.progress.idle(self.tr("%n entry(ies) to import, %1 skipped.", "", len(report.imported)).replace(
            "%1", str(len(report.skipped))))
        self.import_button.setEnabled(bool(report.imported) and not read_only)

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.progress.idle(str(error))
        self.import_button.setEnabled(False)

    def confirm(self) -> None:
        """Import for real in the background, all or nothing; on success one step on the undo stack."""
        from ritualdesk import changes
        from ritualdesk.ical.importer import import_file

        if self.report is None or self.job is not None:
            return
        path, options = self.path.text().strip(), self.options()
        self.import_button.setEnabled(False)
        self.progress.busy(self.tr("Importing…"))

        def work(store, _report):
            return changes.run(store, lambda: import_file(store, path, **options))

        self.job = background.start(self.session.store.path, work, done=self._imported, failed=self._failed)

    def _imported(self, result) -> None:
        """The import was made on the job's connection: its journal goes on the undo stack as one step."""
        self.job = None
        self.imported = result.value
        name = Path(self.path.text().strip()).name
        self.session.perform(self.tr("Import %1").replace("%1", name), lambda: result)
        self.accept()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.wait()
        super().done(result)

