"""The members editor: a team's people with role, email, join/leave dates and absences."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.errors import RitualDeskError
from ritualdesk.model import Absence, Member, Role, same_name

from ..feedback import show_error
from ..labels import role_label
from ..undo_steps import perform_step
from . import FormDialog, OptionalDate, date_edit, flag

ID_ROLE = Qt.ItemDataRole.UserRole + 1
EMAIL = re.compile(r"[^@\s]+@[^@\s]+")  # deliberately loose: one @, something on each side


class MembersEditor(FormDialog):
    """Lists a team's members; each is edited in the form beside the list and saved on its own."""

    def __init__(self, session, team_id: int, parent=None) -> None:
        super().__init__(parent)
        self._session, self._team_id = session, team_id
        self.setWindowTitle(self.tr("Members of %1").replace("%1", session.team(team_id).name))
        self.resize(760, 480)

        self.members_model = QStandardItemModel(self)
        self.members_view = QListView(self)
        self.members_view.setModel(self.members_model)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_button = QPushButton(self.tr("Ne&w member"), self)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_member)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.members_view)
        self.delete_button = QPushButton(self.tr("&Delete member"), self)
        self.delete_button.setToolTip(self.tr("Only a member with no history: someone who facilitated or owns "
                                              "action items gets a leave date instead"))
        self.delete_button.clicked.connect(self.delete_member)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        left_layout.addLayout(list_buttons)

        self.name_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.role_combo = QComboBox(self)
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.joined = OptionalDate(self.tr("s&ince"), self)
        self.left_date = OptionalDate(self.tr("&until"), self)
        today = QDate(session.today(team_id))  # the team's day on the session's clock, as every edit counts it
        for edit in (self.joined.edit, self.left_date.edit):
            edit.setDate(today)
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save member"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_member)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("Joined:"), self.joined)
        form.addRow(self.tr("Left:"), self.left_date)

        self.absences_box = QGroupBox(self.tr("Absences"), self)
        self.absences_model = QStandardItemModel(0, 3, self)
        self.absences_model.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Reason")])
        self.absences_view = QTableView(self.absences_box)
        self.absences_view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it: not one press per cell
        self.absences_view.setModel(self.absences_model)
        self.absences_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absences_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absences_view.verticalHeader().hide()
        self.absences_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.absences_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.absences_view.horizontalHeader().setStretchLastSection(True)
        self.absence_start = date_edit(self.absences_box, today)
        self.absence_end = date_edit(self.absences_box, today)
        self.absence_reason = QLineEdit(self.absences_box)
        self.absence_reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.add_absence_button = QPushButton(self.tr("&Add absence"), self.absences_box)
        self.add_absence_button.clicked.connect(self.add_absence)
        self.remove_absence_button = QPushButton(self.tr("Re&move absence"), self.absences_box)
        self.remove_absence_button.clicked.connect(self.remove_absence)
        adding = QHBoxLayout()
        adding.addWidget(self.absence_start)
        adding.addWidget(QLabel("–", self.absences_box))
        adding.addWidget(self.absence_end)
        adding.addWidget(self.absence_reason, 1)
        adding.addWidget(self.add_absence_button)
        absences = QVBoxLayout(self.absences_box)
        absences.addWidget(self.absences_view)
        absences.addLayout(adding)
        absences.addWidget(self.remove_absence_button, 0, Qt.AlignmentFlag.AlignRight)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.message_label)
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addWidget(self.absences_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 540])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        for signal in (self.name_edit.textChanged, self.email_edit.textChanged):
            signal.connect(self.revalidate)
        self.role_combo.currentIndexChanged.connect(self.revalidate)
        self.joined.connect_changed(self.revalidate)
        self.left_date.connect_changed(self.revalidate)
        for signal in (self.absence_start.dateChanged, self.absence_end.dateChanged):
            signal.connect(self._revalidate_absence)
        self.members_view.selectionModel().currentChanged.connect(self._member_chosen)
        self.absences_view.selectionModel().selectionChanged.connect(self._update_absence_buttons)
        self._member: Member | None = None
        self._reload_members()
        if self.members_model.rowCount():
            self.members_view.setCurrentIndex(self.members_model.index(0, 0))
        else:
            self.new_member()

    # -- members ---------------------------------------------------------------------------------

    def _reload_members(self, select: int | None = None) -> None:
        """List the members again, `select` chosen without showing it (the caller shows what it means to)."""
        blocker = QSignalBlocker(self.members_view.selectionModel())  # noqa: F841 (held while the list is rebuilt)
        self.members_model.clear()
        for member in sorted(self._session.members(self._team_id), key=lambda m: m.name.casefold()):
            item = QStandardItem(f"{member.name} — {role_label(member.role)}")
            item.setData(member.id, ID_ROLE)
            if member.left is not None and member.left < self._session.today(self._team_id):
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("Left the team on %1").replace("%1", member.left.isoformat()))
            self.members_model.appendRow(item)
            if member.id == select:
                self.members_view.setCurrentIndex(item.index())

    def _select_quietly(self, member_id: int | None) -> None:
        """Choose a member in the list (None: none) without showing it in the form."""
        blocker = QSignalBlocker(self.members_view.selectionModel())  # noqa: F841
        row = next((r for r in range(self.members_model.rowCount())
                    if self.members_model.item(r).data(ID_ROLE) == member_id), None)
        if row is None:
            self.members_view.selectionModel().clearCurrentIndex()
            self.members_view.clearSelection()
        else:
            self.members_view.setCurrentIndex(self.members_model.index(row, 0))

    def _member_chosen(self, current, _previous=None) -> None:
        member_id = current.data(ID_ROLE) if current.isValid() else None
        if member_id is None or (self._member is not None and member_id == self._member.id):
            return
        if self.has_changes():  # what was typed is not dropped: ask first, from the member being edited
            self._select_quietly(self._member.id if self._member else None)
            self.ask_then(lambda: self._show_chosen(member_id))
            return
        self._show_chosen(member_id)

    def _show_chosen(self, member_id: int) -> None:
        self._select_quietly(member_id)
        self._show_member(self._session.member(member_id))

    def new_member(self) -> None:
        """Clear the form for a member to add (asking first what becomes of an unsaved edit)."""
        if self.has_changes():
            self.ask_then(self._new_form)
            return
        self._new_form()

    def _new_form(self) -> None:
        self._select_quietly(None)
        self._show_member(None)
        self.name_edit.setFocus()

    def has_changes(self) -> bool:
        """Whether the form holds an edit not saved yet (valid or not)."""
        if self._member is None:
            return bool(self.name_edit.text().strip() or self.email_edit.text().strip())
        try:
            return self._edited() != self._member
        except RitualDeskError:  # e.g. an email that is none: still something typed
            return True

    def unsaved_name(self) -> str:
        return self.name_edit.text().strip() or (self._member.name if self._member else self.tr("this new member"))

    def save_edit(self) -> bool:
        return self.save_member()

    def _show_member(self, member: Member | None) -> None:
        self._member = member
        self.name_edit.setText(member.name if member else "")
        self.email_edit.setText(member.email or "" if member else "")
        self.role_combo.setCurrentIndex(self.role_combo.findData((member.role if member else Role.DEVELOPER).value))
        self.joined.set_value(member.joined if member else None)
        self.left_date.set_value(member.left if member else None)
        self.save_button.setText(self.tr("&Save member") if member else self.tr("&Add member"))
        self.absences_box.setEnabled(member is not None)
        self.delete_button.setEnabled(member is not None)
        self._reload_absences()
        self.revalidate()

    def _edited(self) -> Member:
        return Member(id=self._member.id if self._member else None, team_id=self._team_id,
                      name=self.name_edit.text().strip(),
                      email=self.email_edit.text().strip() or None, role=Role(self.role_combo.currentData()),
                      joined=self.joined.value(), left=self.left_date.value())

    def problems(self):
        """What is wrong with the member form now."""
        found = []
        if not self.name_edit.text().strip():
            found.append((self.name_edit, self.tr("A member needs a name.")))
        elif any(same_name(m.name, self.name_edit.text()) and (self._member is None or m.id != self._member.id)
                 for m in self._session.members(self._team_id)):
            found.append((self.name_edit, self.tr("The team already has a member with this name.")))
        email = self.email_edit.text().strip()
        if email and not EMAIL.fullmatch(email):
            found.append((self.email_edit, self.tr("This is not an email address.")))
        joined, left = self.joined.value(), self.left_date.value()
        if joined and left and left < joined:
            found.append((self.left_date.edit, self.tr("A member cannot leave before joining.")))
        return found

    def revalidate(self) -> bool:
        """Flag invalid fields; Save is enabled only for a valid change."""
        found = self.problems()
        for widget in (self.name_edit, self.email_edit, self.left_date.edit):
            flag(widget, next((m for w, m in found if w is widget), None))
        self.message_label.setText("\n".join(message for _, message in found))
        changed = not found and (self._member is None or self._edited() != self._member)
        self.save_button.setEnabled(changed)
        return not found

    def save_member(self) -> bool:
        """Add the new member or save the edits of the chosen one; whether it was saved."""
        if not self.revalidate():
            return False
        try:
            member = self._edited()
            saved = self._session.add_member(member) if member.id is None else self._session.update_member(member)
        except RitualDeskError as error:
            show_error(self, error)
            return False
        self._reload_members(select=saved.id)
        self._show_member(self._session.member(saved.id))
        return True

    def delete_member(self) -> None:
        """Delete the chosen member (the core refuses one with history: a leave date keeps it)."""
        if self._member is None:
            return
        try:
            self._session.delete_member(self._member.id)
        except RitualDeskError as error:
            show_error(self, error, text=self.tr("%1 was not deleted.").replace("%1", self._member.name))
            return
        self._reload_members()
        if self.members_model.rowCount():
            self._show_chosen(self.members_model.item(0).data(ID_ROLE))
        else:
            self._new_form()

    # -- absences ---------------------------------------------------------------------------------

    def _reload_absences(self) -> None:
        self.absences_model.removeRows(0, self.absences_model.rowCount())
        if self._member is None:
            return
        for absence in self._session.absences([self._member.id]):
            cells = [QStandardItem(absence.start.isoformat()), QStandardItem(absence.end.isoformat()),
                     QStandardItem(absence.reason)]
            cells[0].setData(absence.id, ID_ROLE)
            self.absences_model.appendRow(cells)
        self._update_absence_buttons()
        self._revalidate_absence()

    def _absence_problem(self) -> str | None:
        if self.absence_end.date() < self.absence_start.date():
            return self.tr("An absence cannot end before it starts.")
        return None

    def _revalidate_absence(self) -> None:
        if self.absence_end.date() < self.absence_start.date() and self.sender() is self.absence_start:
            self.absence_end.setDate(self.absence_start.date())  # keep a one-day absence one edit away
        problem = self._absence_problem()
        flag(self.absence_end, problem)
        self.add_absence_button.setEnabled(self._member is not None and problem is None)

    def _update_absence_buttons(self) -> None:
        self.remove_absence_button.setEnabled(bool(self.absences_view.selectionModel().selectedRows()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter in an absence's fields adds the absence; elsewhere it presses Save member, as before."""
        focus = self.focusWidget()  # a date field's own line edit, when in one
        typing = (self.absence_start, self.absence_end, self.absence_reason)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focus is not None and any(
                w is focus or w.isAncestorOf(focus) for w in typing):
            if self.add_absence_button.isEnabled():
                self.add_absence()
            event.accept()  # not the member's Save: the person was typing an absence
            return
        super().keyPressEvent(event)

    def add_absence(self) -> None:
        """Record the absence typed below the list."""
        if self._member is None or self._absence_problem():
            return
        try:
            self._session.add_absence(Absence(id=None, member_id=self._member.id,
                                              start=self.absence_start.date().toPython(),
                                              end=self.absence_end.date().toPython(),
                                              reason=self.absence_reason.text().strip()))
        except RitualDeskError as error:
            show_error(self, error)
            return
        self.absence_reason.clear()
        self._reload_absences()

    def remove_absence(self) -> None:
        """Remove the selected absences (one step of Edit › Undo however many they are)."""
        ids = {self.absences_model.index(i.row(), 0).data(ID_ROLE)
               for i in self.absences_view.selectionModel().selectedRows()}
        chosen = [absence for absence in self._session.absences([self._member.id]) if absence.id in ids]
        if len(chosen) == 1:
            try:
                self._session.delete_absence(chosen[0])
            except RitualDeskError as error:
                show_error(self, error)
        elif chosen:
            def remove_each() -> None:
                for absence in chosen:
                    self._session.delete_absence(absence)

            perform_step(self._session, self, self.tr("Remove %n absence(s)", "", len(chosen)), remove_each)
        self._reload_absences()
