"""The team editor: name, IANA time zone, working days, public holidays and sprint cadence."""

from __future__ import annotations

import holidays
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ritualdesk.model import Team, same_name

from ..countries import default_country, default_zone, fill_country_combo, known_zones, locale_country, time_zones
from . import EditorDialog, OptionalDate


class TeamEditor(EditorDialog):
    """Creates a team (team_id None) or edits one; Save stays disabled until the input is valid."""

    def __init__(self, session, team_id: int | None, parent=None) -> None:
        super().__init__(session, parent)
        self._team = session.team(team_id) if team_id is not None else None
        self.setWindowTitle(self.tr("New team") if self._team is None else self.tr("Edit team"))
        self.result_team: Team | None = None

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Les Castors"))
        self.timezone_combo = QComboBox(self)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(time_zones())
        completer = QCompleter(time_zones(), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)

        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.day_checks = []
        for weekday in range(7):
            check = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat), days)
            self.day_checks.append(check)
            row.addWidget(check)
        row.addStretch(1)

        self.country_combo = QComboBox(self)
        fill_country_combo(self.country_combo, none_label=self.tr("No public holidays"))
        self.country_combo.lineEdit().setPlaceholderText(self.tr("Type to search a country"))
        self.subdivision_combo = QComboBox(self)

        self.sprint_weeks_spin = QSpinBox(self)
        self.sprint_weeks_spin.setRange(1, 12)
        self.sprint_weeks_spin.valueChanged.connect(
            lambda n: self.sprint_weeks_spin.setSuffix(self.tr(" week(s)", "", n)))
        self.sprint_weeks_spin.setSuffix(self.tr(" week(s)", "", 1))
        self.sprint_start = OptionalDate(self.tr("&First sprint starts on"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("teamLanguage")
        self.language_combo.addItem("English", "en")  # each language in its own words
        self.language_combo.addItem("Français", "fr")
        self.language_combo.setToolTip(self.tr("The language of the team's exported calendars, whoever exports them"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Time zone:"), self.timezone_combo)
        form.addRow(self.tr("Working days:"), days)
        form.addRow(self.tr("&Holidays:"), self.country_combo)
        form.addRow(self.tr("&Region:"), self.subdivision_combo)
        form.addRow(self.tr("S&prints last:"), self.sprint_weeks_spin)
        form.addRow("", self.sprint_start)
        form.addRow(self.tr("Calendar &language:"), self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self._load()
        self.name_edit.textChanged.connect(self.revalidate)
        self.timezone_combo.currentTextChanged.connect(self.revalidate)
        for check in self.day_checks:
            check.toggled.connect(self.revalidate)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.subdivision_combo.currentIndexChanged.connect(self.revalidate)
        self.sprint_start.connect_changed(self.revalidate)
        self.revalidate()

    def _load(self) -> None:
        zone = default_zone()
        team = self._team or Team(id=None, name="placeholder", timezone=zone,
                                  holidays_country=default_country(zone, locale_country()), sprint_start=None)
        self.name_edit.setText(self._team.name if self._team else "")
        self.timezone_combo.setCurrentText(team.timezone)
        for weekday, check in enumerate(self.day_checks):
            check.setChecked(weekday in team.working_days)
        if team.holidays_country and self.country_combo.findData(team.holidays_country) < 0:
            # An alias code (e.g. FRA) stored by the CLI: keep it rather than silently drop the holidays.
            self.country_combo.addItem(team.holidays_country, team.holidays_country)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(team.holidays_country)))
        self._fill_subdivisions(team.holidays_subdivision)
        self.sprint_weeks_spin.setValue(team.sprint_weeks)
        self.sprint_start.set_value(team.sprint_start)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(team.language)))

    def _fill_subdivisions(self, current: str | None) -> None:
        code = self.country_combo.currentData()
        self.subdivision_combo.clear()
        self.subdivision_combo.addItem(self.tr("Whole country"), None)
        for subdivision in holidays.list_supported_countries().get(code, []) if code else []:
            self.subdivision_combo.addItem(subdivision, subdivision)
        if current and self.subdivision_combo.findData(current) < 0:
            self.subdivision_combo.addItem(current, current)
        self.subdivision_combo.setCurrentIndex(max(0, self.subdivision_combo.findData(current)))
        self.subdivision_combo.setEnabled(self.subdivision_combo.count() > 1)

    def _country_changed(self) -> None:
        self._fill_subdivisions(None)
        self.revalidate()

    def problems(self):
        found = []
        if not self.name_edit.text().strip():
            found.append((self.name_edit, self.tr("A team needs a name.")))
        elif len(self.name_edit.text()) > 200:
            found.append((self.name_edit, self.tr("A team name is at most 200 characters.")))
        elif any(same_name(t.name, self.name_edit.text()) and (self._team is None or t.id != self._team.id)
                 for t in self._session.teams()):
            found.append((self.name_edit, self.tr("Another team already has this name.")))
        if self.timezone_combo.currentText() not in known_zones():
            found.append((self.timezone_combo,
                          self.tr("Choose a time zone from the list, such as Europe/Paris.")))
        if not any(check.isChecked() for check in self.day_checks):
            found.append((self.day_checks[0].parentWidget(), self.tr("Choose at least one working day.")))
        return found

    def team(self) -> Team:
        """The team the fields describe (only when valid)."""
        return Team(
            id=self._team.id if self._team else None,
            name=self.name_edit.text().strip(),
            timezone=self.timezone_combo.currentText(),
            working_days=tuple(d for d, check in enumerate(self.day_checks) if check.isChecked()),
            holidays_country=self.country_combo.currentData(),
            holidays_subdivision=self.subdivision_combo.currentData(),
            sprint_weeks=self.sprint_weeks_spin.value(),
            sprint_start=self.sprint_start.value(),
            language=self.language_combo.currentData(),
        )

    def save(self) -> None:
        team = self.team()
        if self._team is None:
            self.result_team = self._session.add_team(team)
        elif team != self._team:
            self.result_team = self._session.update_team(team)
        else:
            self.result_team = team
