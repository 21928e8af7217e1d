"""The sprints editor: the goal and dates of each sprint, stored or planned by the cadence."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ritualdesk.errors import RitualDeskError
from ritualdesk.model import Sprint
from ritualdesk.sprints import sprints_until

from ..feedback import show_error
from . import FormDialog, date_edit, flag, key_label

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
AHEAD = timedelta(days=190)  # how far past today the cadence's planned sprints are listed


def team_sprints(session, team_id: int) -> list[Sprint]:
    """The team's stored sprints followed by those its cadence plans for the next six months."""
    return sprints_until(session.team(team_id), session.sprints(team_id), session.today(team_id) + AHEAD)


class SprintsEditor(FormDialog):
    """Lists a team's sprints; the chosen one's dates and goal are edited below the list."""

    def __init__(self, session, team_id: int, parent=None) -> None:
        super().__init__(parent)
        self._session, self._team_id = session, team_id
        self._sprints: dict[int, Sprint] = {}
        self._shown: Sprint | None = None  # the sprint whose dates and goal the form was filled with
        self.setWindowTitle(self.tr("Sprints of %1").replace("%1", session.team(team_id).name))
        self.resize(720, 480)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Sprint"), self.tr("From"), self.tr("To"), self.tr("Goal")])
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it: not one press per cell
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.start_edit = date_edit(self)
        self.end_edit = date_edit(self)
        self.goal_edit = QLineEdit(self)
        self.goal_edit.setPlaceholderText(self.tr("What the sprint is for"))
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.save_button = QPushButton(self.tr("&Save sprint"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_sprint)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form = QFormLayout()
        dates_label = QLabel(self.tr("&Dates:"), self)
        dates_label.setBuddy(self.start_edit)
        form.addRow(dates_label, dates)
        form.addRow(self.tr("&Goal:"), self.goal_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(key_label(self.tr("Sprints follow the team's cadence; changing one's dates moves the "
                                           "planned ones after it."), self))
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(close)

        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        for signal in (self.start_edit.dateChanged, self.end_edit.dateChanged, self.goal_edit.textChanged):
            signal.connect(self.revalidate)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """List the sprints again and choose `select` (default: the current sprint)."""
        blocker = QSignalBlocker(self.view.selectionModel())  # noqa: F841 (the form is filled below, once)
        today = self._session.today(self._team_id)
        sprints = team_sprints(self._session, self._team_id)
        self._sprints = {s.number: s for s in sprints}
        if select is None:
            select = next((s.number for s in sprints if s.contains(today)), sprints[-1].number if sprints else None)
        self.model.removeRows(0, self.model.rowCount())
        for sprint in sprints:
            cells = [QStandardItem(str(sprint.number)), QStandardItem(sprint.start.isoformat()),
                     QStandardItem(sprint.end.isoformat()), QStandardItem(sprint.goal)]
            cells[0].setData(sprint.number, NUMBER_ROLE)
            cells[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for cell in cells:
                font = cell.font()
                font.setBold(sprint.contains(today))
                font.setItalic(sprint.id is None)  # only planned by the cadence, not stored yet
                cell.setFont(font)
                if sprint.id is None:
                    cell.setToolTip(self.tr("Planned by the team's cadence"))
            self.model.appendRow(cells)
        row = next((r for r in range(self.model.rowCount()) if self.model.item(r).data(NUMBER_ROLE) == select), -1)
        self._select_quietly(row)
        if row >= 0:
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
            self._show(self.current())
        self._set_form_enabled(row >= 0)

    def _select_quietly(self, row: int) -> None:
        """Choose a row of the list (-1: none) without filling the form."""
        blocker = QSignalBlocker(self.view.selectionModel())  # noqa: F841 (held while choosing)
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.view.clearSelection()
        self.view.viewport().update()

    def _row_of(self, number: int) -> int:
        return next((r for r in range(self.model.rowCount()) if self.model.item(r).data(NUMBER_ROLE) == number), -1)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.start_edit, self.end_edit, self.goal_edit):
            widget.setEnabled(enabled)
        if not enabled:
            self.message_label.setText(self.tr("The team has no sprint cadence: set a first sprint start in the "
                                               "team editor."))
            self.save_button.setEnabled(False)

    def current(self) -> Sprint | None:
        """The sprint chosen in the list."""
        index = self.view.currentIndex()
        return self._sprints.get(self.model.item(index.row()).data(NUMBER_ROLE)) if index.isValid() else None

    def _chosen(self) -> None:
        sprint = self.current()
        if sprint is None or sprint == self._shown:
            return
        if self.has_changes():  # what was typed is not dropped: ask first, from the sprint being edited
            number = sprint.number
            self._select_quietly(self._row_of(self._shown.number))
            self.ask_then(lambda: self._go_to(number))
            return
        self._show(sprint)

    def _go_to(self, number: int) -> None:
        self._select_quietly(self._row_of(number))
        self._show(self.current())

    def _show(self, sprint: Sprint | None) -> None:
        self._shown = sprint
        if sprint is None:
            return
        self.start_edit.setDate(QDate(sprint.start))
        self.end_edit.setDate(QDate(sprint.end))
        self.goal_edit.setText(sprint.goal)
        self.revalidate()

    def has_changes(self) -> bool:
        """Whether the form holds dates or a goal not saved yet (valid or not)."""
        shown = self._shown
        return shown is not None and (self.start_edit.date().toPython(), self.end_edit.date().toPython(),
                                      self.goal_edit.text().strip()) != (shown.start, shown.end, shown.goal)

    def unsaved_name(self) -> str:
        return self.tr("Sprint %1").replace("%1", str(self._shown.number))

    def save_edit(self) -> bool:
        return self.save_sprint()

    def edited(self) -> Sprint | None:
        """The chosen sprint with the form's dates and goal."""
        sprint = self.current()
        if sprint is None:
            return None
        return Sprint(team_id=sprint.team_id, number=sprint.number, start=self.start_edit.date().toPython(),
                      end=self.end_edit.date().toPython(), goal=self.goal_edit.text().strip())

    def problems(self):
        """What is wrong with the form now."""
        sprint = self.current()
        if sprint is None:
            return []
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        found = []
        if end < start:
            found.append((self.end_edit, self.tr("A sprint cannot end before it starts.")))
        previous = self._sprints.get(sprint.number - 1)
        if previous is not None and start <= previous.end:
            found.append((self.start_edit, self.tr("It would overlap Sprint %1, which ends on %2.")
                          .replace("%1", str(previous.number)).replace("%2", previous.end.isoformat())))
        today = self._session.today(self._team_id)  # the days already past stay in their sprint
        if start != sprint.start and min(start, sprint.start) < today:
            found.append((self.start_edit, self.tr("A start already past cannot move.")))
        if end != sprint.end and min(end, sprint.end) < today:
            found.append((self.end_edit, self.tr("An end already past cannot move.")))
        following = self._sprints.get(sprint.number + 1)
        if following is not None and following.id is not None and end >= following.start:
            # A stored next sprint stays put (a planned one moves along with this one).
            found.append((self.end_edit, self.tr("It would overlap Sprint %1, which starts on %2.")
                          .replace("%1", str(following.number)).replace("%2", following.start.isoformat())))
        return found

    def revalidate(self) -> bool:
        """Flag invalid fields; Save is enabled only for a valid change."""
        found = self.problems()
        for widget in (self.start_edit, self.end_edit):
            flag(widget, next((m for w, m in found if w is widget), None))
        self.message_label.setText("\n".join(message for _, message in found))
        edited = None if found else self.edited()
        self.save_button.setEnabled(edited is not None and edited != _plain(self.current()))
        return not found

    def save_sprint(self) -> bool:
        """Save the chosen sprint's dates and goal; whether it was saved."""
        sprint = self.edited()
        if sprint is None or not self.revalidate():
            return False
        try:
            self._session.save_sprint(sprint)  # stored or only planned: one undoable edit
        except RitualDeskError as error:
            show_error(self, error)
            return False
        self.reload(select=sprint.number)
        return True


def _plain(sprint: Sprint | None) -> Sprint | None:
    """The sprint without its storage id, to compare with the form's."""
    if sprint is None:
        return None
    return Sprint(team_id=sprint.team_id, number=sprint.number, start=sprint.start, end=sprint.end, goal=sprint.goal)

