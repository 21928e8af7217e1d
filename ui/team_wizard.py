"""The 'Create a team' wizard: name, time zone, holidays, sprints, members, the usual rituals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ritualdesk.errors import RitualDeskError
from ritualdesk.model import Member, Ritual, RitualKind, Role, Schedule, ScheduleKind, Team

from .countries import default_country, default_zone, fill_country_combo, known_zones, locale_country, time_zones
from .date_field import date_edit
from .feedback import show_error
from .labels import role_label
from .session import Session

role_name = role_label  # one spelling: ui/labels.py


def _flag(widget: QWidget, problem: str) -> None:
    """Mark a field invalid (red, with the reason as tooltip) or valid again."""
    widget.setProperty("invalid", bool(problem))
    widget.setToolTip(problem)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


@dataclass(frozen=True, slots=True)
class UsualRitual:
    """A ritual the wizard offers, with sensible defaults."""

    kind: RitualKind
    title: str
    at: time
    minutes: int
    schedule: Schedule


def usual_rituals() -> list[UsualRitual]:
    return [
        UsualRitual(
            RitualKind.STANDUP,
            QCoreApplication.translate("TeamWizard", "Daily stand-up"),
            time(9, 30),
            15,
            Schedule(ScheduleKind.WORKING_DAYS),
        ),
        UsualRitual(
            RitualKind.PLANNING,
            QCoreApplication.translate("TeamWizard", "Sprint planning"),
            time(10, 0),
            120,
            Schedule(ScheduleKind.SPRINT_DAY, sprint_day=1),
        ),
        UsualRitual(
            RitualKind.REFINEMENT,
            QCoreApplication.translate("TeamWizard", "Backlog refinement"),
            time(14, 0),
            60,
            Schedule(ScheduleKind.WEEKLY, weekdays=(2,)),
        ),
        UsualRitual(
            RitualKind.REVIEW,
            QCoreApplication.translate("TeamWizard", "Sprint review"),
            time(14, 0),
            60,
            Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1),
        ),
        UsualRitual(
            RitualKind.RETROSPECTIVE,
            QCoreApplication.translate("TeamWizard", "Retrospective"),
            time(15, 30),
            90,
            Schedule(ScheduleKind.SPRINT_DAY, sprint_day=-1),
        ),
    ]


class MembersDraftModel(QAbstractTableModel):
    """The people typed into the wizard: name, role, email; rows with a problem are flagged."""

    NAME, ROLE, EMAIL = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[list] = []
        self._headers = (
            QCoreApplication.translate("TeamWizard", "Name"),
            QCoreApplication.translate("TeamWizard", "Role"),
            QCoreApplication.translate("TeamWizard", "Email"),
        )

    def add(self, name: str = "", role: Role = Role.DEVELOPER, email: str = "") -> QModelIndex:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append([name, role, email])
        self.endInsertRows()
        return self.index(len(self.rows) - 1, self.NAME)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def problem(self, row: int) -> str:
        """Why a row cannot be saved ('' when it can)."""
        name, _role, email = self.rows[row]
        if not name.strip():  # a blank row is skipped; one with only an email is a mistake
            return QCoreApplication.translate("TeamWizard", "A member needs a name.") if email.strip() else ""
        if [r[0].strip().lower() for r in self.rows].count(name.strip().lower()) > 1:
            return QCoreApplication.translate("TeamWizard", "Two members have the same name.")
        if email.strip() and "@" not in email:
            return QCoreApplication.translate("TeamWizard", "This is not an email address.")
        return ""

    def problems(self) -> list[str]:
        return [p for row in range(len(self.rows)) if (p := self.problem(row))]

    def members(self, team_id: int = 0) -> list[Member]:
        return [
            Member(id=None, team_id=team_id, name=name.strip(), email=email.strip() or None, role=role)
            for name, role, email in self.rows
            if name.strip()
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.ROLE:
                return role_name(value) if role == Qt.ItemDataRole.DisplayRole else value.value
            return value
        problem = self.problem(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QColor(220, 38, 38, 50)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.ROLE:
            try:
                value = Role(value)
            except ValueError:
                return False
        else:
            value = str(value)
        self.rows[index.row()][index.column()] = value
        # A name can make another row (a duplicate) valid or invalid: repaint every row.
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 2))
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self._headers[section]
        return None


class RoleDelegate(QStyledItemDelegate):
    """Edits a member's role with a combo box."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for role in Role:
            combo.addItem(role_name(role), role.value)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TeamPage(QWizardPage):
    """Name, time zone, holidays, working days and sprint cadence."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Your team"))
        self.setSubTitle(self.tr("Rituals happen in the team's time zone and skip its public holidays."))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Les Castors"))
        self.name_problem = QLabel(self)
        self.name_problem.setObjectName("problem")
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow("", self.name_problem)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(time_zones())
        self.zone_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCurrentText(default_zone())
        form.addRow(self.tr("&Time zone:"), self.zone_combo)
        self.holidays_combo = QComboBox(self)
        fill_country_combo(self.holidays_combo, none_label=self.tr("No public holidays"))
        self.holidays_combo.lineEdit().setPlaceholderText(self.tr("Type to search a country"))
        self._follow_zone()
        self.holidays_combo.activated.connect(self._holidays_chosen)
        self.zone_combo.currentTextChanged.connect(self._follow_zone)
        form.addRow(self.tr("&Holidays:"), self.holidays_combo)
        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes = []
        for number in range(7):
            box = QCheckBox(QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat), days)
            box.setChecked(number < 5)
            box.toggled.connect(self.completeChanged)
            row.addWidget(box)
            self.day_boxes.append(box)
        form.addRow(self.tr("Working days:"), days)
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setRange(1, 12)
        self.weeks_spin.valueChanged.connect(lambda n: self.weeks_spin.setSuffix(self.tr(" week(s)", "", n)))
        self.weeks_spin.setValue(2)
        form.addRow(self.tr("&Sprint length:"), self.weeks_spin)
        monday = next_monday(session.today())
        self.start_edit = date_edit(self, QDate(monday.year, monday.month, monday.day))  # ISO, as everywhere else
        form.addRow(self.tr("First sprint st&arts:"), self.start_edit)
        self.name_edit.textChanged.connect(self._check)
        self.zone_combo.currentTextChanged.connect(self._check)
        self._check()

    def _follow_zone(self) -> None:
        """Until the person picks holidays, offer those of the team's zone (or of the locale)."""
        if getattr(self, "_holidays_picked", False):
            return
        code = default_country(self.zone_combo.currentText(), locale_country())
        self.holidays_combo.setCurrentIndex(max(0, self.holidays_combo.findData(code)))

    def _holidays_chosen(self) -> None:
        self._holidays_picked = True

    def name_problem_text(self) -> str:
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the team a name.")
        if any(t.name.lower() == name.lower() for t in self.session.teams()):
            return self.tr("A team with this name already exists.")
        return ""

    def zone_problem_text(self) -> str:
        return "" if self.zone_combo.currentText() in known_zones() else self.tr("Pick a time zone from the list.")

    def _check(self) -> None:
        problem = self.name_problem_text()
        # An empty name is only flagged once the person has typed something.
        shown = problem if self.name_edit.text() else ""
        _flag(self.name_edit, shown)
        self.name_problem.setText(shown)
        _flag(self.zone_combo, self.zone_problem_text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            not self.name_problem_text() and not self.zone_problem_text() and any(b.isChecked() for b in self.day_boxes)
        )

    def team(self) -> Team:
        start = self.start_edit.date().toPython()
        return Team(
            id=None,
            name=self.name_edit.text().strip(),
            timezone=self.zone_combo.currentText(),
            working_days=tuple(i for i, b in enumerate(self.day_boxes) if b.isChecked()),
            holidays_country=self.holidays_combo.currentData() or None,
            sprint_weeks=self.weeks_spin.value(),
            sprint_start=start,
        )


class MembersPage(QWizardPage):
    """The people of the team; each will take turns facilitating."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Members"))
        self.setSubTitle(self.tr("Everyone added here takes turns facilitating. You can change this later."))
        layout = QVBoxLayout(self)
        self.model = MembersDraftModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MembersDraftModel.ROLE, RoleDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add member"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        layout.addWidget(self.problem_label)
        who = QHBoxLayout()
        self.me = QComboBox(self)
        self.me.setObjectName("wizardMe")
        me_label = QLabel(self.tr("&Which of them are you?"), self)
        me_label.setBuddy(self.me)
        who.addWidget(me_label)
        who.addWidget(self.me, 1)
        layout.addLayout(who)
        hint = QLabel(self.tr("RitualDesk then reminds you before the rituals you attend, "
                              "and more strongly before those you facilitate."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.model.dataChanged.connect(self._check)
        self.model.rowsInserted.connect(self._check)
        self.model.rowsRemoved.connect(self._check)
        for role in (Role.PRODUCT_OWNER, Role.SCRUM_MASTER, Role.DEVELOPER):
            self.model.add("", role)
        self._check()

    def add_member(self) -> None:
        # A name still being typed is kept first, then the new row's name is edited. With every edit
        # trigger on, making it current already opens its editor: a second edit() would fail
        # ("edit: editing failed") and leave the new row without focus.
        editor = QApplication.focusWidget()
        if editor is not None and editor is not self.table and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        index = self.model.add()
        self.table.setCurrentIndex(index)
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.edit(index)

    def remove_member(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    def _check(self, *_args) -> None:
        problems = self.model.problems()
        self.problem_label.setText(problems[0] if problems and any(r[0] for r in self.model.rows) else "")
        self._fill_me()
        self.completeChanged.emit()

    def _fill_me(self) -> None:
        chosen = self.me.currentData()
        self.me.blockSignals(True)
        self.me.clear()
        self.me.addItem(self.tr("None of them (no reminders)"), None)
        for name in dict.fromkeys(r[0].strip() for r in self.model.rows if r[0].strip()):
            self.me.addItem(name, name)
        self.me.setCurrentIndex(max(self.me.findData(chosen), 0))
        self.me.blockSignals(False)

    def me_name(self) -> str | None:
        """The name of the member the user is (None: none of them)."""
        return self.me.currentData()

    def isComplete(self) -> bool:
        return not self.model.problems()


class RitualsPage(QWizardPage):
    """The usual rituals, ticked, with their default times."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rituals"))
        self.setSubTitle(self.tr("Tick the rituals the team holds; times are in the team's time zone."))
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("<b>Ritual</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>When</b>"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Time</b>"), self), 0, 2)
        grid.addWidget(QLabel(self.tr("<b>Minutes</b>"), self), 0, 3)
        self.rows: list[tuple[UsualRitual, QCheckBox, QTimeEdit, QSpinBox]] = []
        for n, usual in enumerate(usual_rituals(), start=1):
            box = QCheckBox(usual.title, self)
            box.setChecked(True)
            when = QLabel(_schedule_text(usual.schedule), self)
            at = QTimeEdit(QTime(usual.at.hour, usual.at.minute), self)
            at.setDisplayFormat("HH:mm")
            minutes = QSpinBox(self)
            minutes.setRange(5, 480)
            minutes.setSingleStep(5)
            minutes.setValue(usual.minutes)
            box.toggled.connect(at.setEnabled)
            box.toggled.connect(minutes.setEnabled)
            for column, widget in enumerate((box, when, at, minutes)):
                grid.addWidget(widget, n, column)
            self.rows.append((usual, box, at, minutes))
        grid.setRowStretch(len(self.rows) + 1, 1)

    def rituals(self, team: Team) -> list[Ritual]:
        start = team.sprint_start or date.today()
        return [
            Ritual(id=None, team_id=0, kind=usual.kind, title=usual.title, start_time=at.time().toPython(),
                   minutes=minutes.value(), schedule=usual.schedule, starts_on=start)
            for usual, box, at, minutes in self.rows
            if box.isChecked()
        ]


def _schedule_text(schedule: Schedule) -> str:
    if schedule.kind is ScheduleKind.WORKING_DAYS:
        return QCoreApplication.translate("TeamWizard", "Every working day")
    if schedule.kind is ScheduleKind.WEEKLY:
        return QCoreApplication.translate("TeamWizard", "Every %1").replace(
            "%1", QLocale().dayName(schedule.weekdays[0] + 1)
        )
    return (
        QCoreApplication.translate("TeamWizard", "First day of each sprint")
        if schedule.sprint_day == 1
        else QCoreApplication.translate("TeamWizard", "Last day of each sprint")
    )


class TeamWizard(QWizard):
    """Creates a team with its members and rituals in one undoable edit."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Create a team"))
        self.setObjectName("teamWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.team_page = TeamPage(session, self)
        self.members_page = MembersPage(self)
        self.rituals_page = RitualsPage(self)
        for page in (self.team_page, self.members_page, self.rituals_page):
            self.addPage(page)
        self.created: Team | None = None
        self.resize(640, 480)

    def accept(self) -> None:
        team = self.team_page.team()
        try:
            self.created = self.session.create_team(
                team, self.members_page.model.members(), self.rituals_page.rituals(team)
            )
        except RitualDeskError as error:
            show_error(self, error)  # the wizard stays open with everything typed
            return
        name = self.members_page.me_name()
        found = [m for m in self.session.members(self.created.id) if m.name == name]
        if found:
            self.session.set_me(self.created.id, found[0].id)
        super().accept()
