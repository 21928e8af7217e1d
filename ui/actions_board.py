"""The actions board: every action item across teams and rituals, filtered, sorted, edited, exported."""

from __future__ import annotations

import os

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.errors import RitualDeskError
from ritualdesk.files import write_atomically
from ritualdesk.model import ActionStatus

from .actions_model import (
    CHOICES_ROLE,
    DUE,
    ORIGIN,
    OWNER,
    STATUS,
    SURVIVED,
    TEAM,
    TITLE,
    VERDICT,
    ActionFilter,
    ActionsModel,
    directory,
    headers,
    to_csv,
    to_markdown,
)
from .date_field import DateField
from .feedback import show_done, show_error
from .session import Change
from .undo_steps import perform_step

ALL_TEAMS = object()  # every team's actions and names must be read again


def csv_delimiter(locale: QLocale | None = None) -> str:
    """';' where numbers are written 1,5 (French spreadsheets split on it), ',' elsewhere."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


class ActionDelegate(QStyledItemDelegate):
    """Edits an action's owner and status with a combo box and its due date with a date editor."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = QComboBox(parent)
            for value, label in choices:
                combo.addItem(label, value)
            # Choosing from the list is the edit: no extra Enter needed.
            combo.activated.connect(lambda _index: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
            return combo
        if index.column() == DUE:
            return DateField(parent, placeholder=self.tr("No due date"))
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            editor.setDate(value if isinstance(value, QDate) else None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            if editor.is_valid():  # what is no date is not saved (the old due date stays)
                model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ActionsBoard(QWidget):
    """All action items in one table with filters, inline edits and Markdown/CSV export."""

    EXPORT_COLUMNS = (TITLE, OWNER, DUE, STATUS, TEAM, ORIGIN, SURVIVED)
    origin_activated = Signal(object)  # the OccurrenceKey an action came from ("From" double-clicked)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._writing = False
        self._pending: set[int] | object = set()  # teams whose actions changed while hidden, or ALL_TEAMS
        self.model = ActionsModel(self, write=self._write)
        self.model.failed.connect(lambda error: show_error(self, error))

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search actions, owners, rituals…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search actions"))
        self.team_combo = QComboBox(self)
        self.team_combo.setToolTip(self.tr("Team"))
        self.team_combo.setAccessibleName(self.tr("Team filter"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.setToolTip(self.tr("Owner"))
        self.owner_combo.setAccessibleName(self.tr("Owner filter"))
        self.owner_combo.setMinimumContentsLength(12)
        self.status_combo = QComboBox(self)
        self.status_combo.setToolTip(self.tr("Status"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("Open"), ActionStatus.OPEN)
        self.status_combo.addItem(self.tr("Done"), ActionStatus.DONE)
        self.status_combo.addItem(self.tr("Dropped"), ActionStatus.DROPPED)
        self.status_combo.addItem(self.tr("Any status"), None)
        self.overdue_check = QCheckBox(self.tr("&Overdue only"), self)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_markdown_action = menu.addAction(self.tr("Visible rows as &Markdown…"))
        self.export_csv_action = menu.addAction(self.tr("Visible rows as &CSV…"))
        self.export_markdown_action.triggered.connect(lambda: self._export_dialog("md"))
        self.export_csv_action.triggered.connect(lambda: self._export_dialog("csv"))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.team_combo, 1)
        bar.addWidget(self.owner_combo, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.export_button)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ActionDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: the view never measures 50,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance
        for column, sample in ((OWNER, "Marguerite D."), (DUE, "2026-03-18__"), (STATUS, "Dropped___"),
                               (TEAM, "Équipe Mistral"), (ORIGIN, "2026-03-18 Rétrospective"),
                               (SURVIVED, "Retros_")):
            header.resizeSection(column, width(sample) + 24)
        self.table.setColumnHidden(VERDICT, True)
        self.table.activated.connect(self._activated)

        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search_edit.textChanged.connect(self._apply_filter)
        self.team_combo.currentIndexChanged.connect(self._team_changed)
        self.owner_combo.currentIndexChanged.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue_check.toggled.connect(self._apply_filter)
        self._shortcut(QKeySequence.StandardKey.Find, self.search_edit.setFocus)
        self._shortcut(QKeySequence("Ctrl+E"), lambda: self._export_dialog("md"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.done_action = self._row_action(self.tr("Mark &done"), "Ctrl+Shift+D", ActionStatus.DONE)
        self.reopen_action = self._row_action(self.tr("&Reopen"), "Ctrl+Shift+O", ActionStatus.OPEN)
        self.drop_action = self._row_action(self.tr("D&rop"), "Ctrl+Shift+X", ActionStatus.DROPPED)

        session.changed.connect(self._session_changed)
        self.reload()

    def _shortcut(self, keys, slot) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _row_action(self, text: str, keys: str, status: ActionStatus) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.set_status_of_selection(status))
        self.table.addAction(action)
        return action

    def selected_items(self) -> list:
        """The action items of the selected rows, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.item(row) for row in rows]

    def set_status_of_selection(self, status: ActionStatus) -> None:
        """Open, complete or drop every selected action, as one undoable edit."""
        items = [item for item in self.selected_items() if item.status is not status]
        if not items:
            return
        def set_each() -> None:
            for item in items:
                self._session.set_action_status(item.id, status)

        perform_step(self._session, self, self.tr("Change the status of %n action(s)", "", len(items)), set_each)

    # -- data -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every action item and the names again."""
        self._pending = set()
        self._names = directory(self._session)
        self._fill_team_combo()
        self._fill_owner_combo()
        self.model.set_items(self._session.actions(), self._names)
        self._apply_filter()

    def _session_changed(self, changes) -> None:
        if changes.concerns(Change.TEAMS | Change.MEMBERS | Change.RITUALS):
            self._pending = ALL_TEAMS
        elif changes.concerns(Change.ACTIONS) and not self._writing and self._pending is not ALL_TEAMS:
            self._pending |= changes.team_ids or set(self._names.teams)
        if self.isVisible():  # a hidden board catches up when it is shown again
            self._catch_up()

    def _catch_up(self) -> None:
        pending, self._pending = self._pending, set()
        if pending is ALL_TEAMS:
            self.reload()
        elif pending:
            items = [a for team_id in pending for a in self._session.actions(team_id)]
            self.model.merge_items(items, team_ids=pending, names=self._names)
            self._update_count()

    def showEvent(self, event) -> None:
        self._catch_up()
        super().showEvent(event)

    def _write(self, item):
        self._writing = True  # the model updates its own row; no need to read the team back
        try:
            return self._session.update_action(item)
        finally:
            self._writing = False

    def _activated(self, index) -> None:
        if index.column() in (ORIGIN, TEAM):
            origin = self.model.item(index.row()).origin
            if origin is not None:
                self.origin_activated.emit(origin)

    # -- filters -------------------------------------------------------------------------------------

    def _fill_team_combo(self) -> None:
        current = self.team_combo.currentData()
        with QSignalBlocker(self.team_combo):
            self.team_combo.clear()
            self.team_combo.addItem(self.tr("All teams"), None)
            for team_id, name in sorted(self._names.teams.items(), key=lambda pair: pair[1].casefold()):
                self.team_combo.addItem(name, team_id)
            self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(current)))

    def _fill_owner_combo(self) -> None:
        current = self.owner_combo.currentData()
        team_id = self.team_combo.currentData()
        with QSignalBlocker(self.owner_combo):
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("Anyone"), None)
            self.owner_combo.addItem(self.tr("Nobody"), 0)
            teams = [team_id] if team_id is not None else sorted(self._names.teams,
                                                                  key=lambda t: self._names.teams[t].casefold())
            for team in teams:
                for member_id, name in self._names.team_members(team):
                    label = name if team_id is not None else f"{name} ({self._names.teams[team]})"
                    self.owner_combo.addItem(label, member_id)
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))

    def set_team_filter(self, team_id: int | None) -> None:
        """Show one team's actions (None: every team's), as if chosen in the team filter."""
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(team_id)))

    def _team_changed(self) -> None:
        self._fill_owner_combo()
        self._apply_filter()

    def current_filter(self) -> ActionFilter:
        """The filter the controls describe."""
        status = self.status_combo.currentData()
        return ActionFilter(team_id=self.team_combo.currentData(), owner_id=self.owner_combo.currentData(),
                            status=ActionStatus(status) if status is not None else None,
                            overdue=self.overdue_check.isChecked(), text=self.search_edit.text())

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 of %Ln action(s) shown", "", self.model.total)
                                 .replace("%1", QLocale().toString(self.model.rowCount())))

    # -- export -----------------------------------------------------------------------------------------

    def _export_dialog(self, kind: str) -> None:
        if kind == "md":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export actions as Markdown"), "actions.md",
                                                  self.tr("Markdown (*.md);;All files (*)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export actions as CSV"), "actions.csv",
                                                  self.tr("CSV (*.csv);;All files (*)"))
        if path:
            self.export_to(path, kind=kind)

    def export_to(self, path: str | os.PathLike[str], *, kind: str) -> bool:
        """Write the visible rows, in their order, as Markdown ('md') or CSV ('csv'); whether it worked."""
        names = headers()
        header = [names[c] for c in self.EXPORT_COLUMNS]
        rows = self.model.visible_texts(self.EXPORT_COLUMNS)
        text = to_markdown(header, rows) if kind == "md" else to_csv(header, rows, delimiter=csv_delimiter())
        try:
            write_atomically(path, text.encode("utf-8"))
        except RitualDeskError as error:
            show_error(self, error)  # the previous file, if any, is untouched
            return False
        show_done(self, self.tr("Actions exported"),
                  self.tr("Exported %n action(s) to %1", "", len(rows)).replace("%1", str(path)))
        return True

