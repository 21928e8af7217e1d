"""The main window: teams sidebar, week/month/agenda views, occurrence panel, actions board, menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from . import settings as keys
from .qt_workarounds import forget_module_sources
from .resources import app_icon, icon
from .settings import Settings
from .teams_model import TeamsModel
from .theme import apply_theme

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ritualdesk.model import OccurrenceKey

    from .session import ChangeSet, Session

WEEK, MONTH, AGENDA, ACTIONS, FAIRNESS = "week", "month", "agenda", "actions", "fairness"


class MainWindow(QMainWindow):
    """Teams on the left, the calendar in the middle, the selected occurrence on the right."""

    first_painted = Signal()

    def __init__(self, session: Session | None = None, *, open_session: Callable[[], Session] | None = None,
                 settings: Settings | None = None, apply_themes: bool = True, parent: QWidget | None = None) -> None:
        """Give a session, or a way to open one: then the window paints first and opens it right after."""
        super().__init__(parent)
        self.session: Session | None = None
        self.settings = settings or Settings()
        self._apply_themes = apply_themes
        self._open_session = open_session
        self.setWindowTitle(self.tr("RitualDesk"))
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.anchor = date.today()
        self.view_name = WEEK
        self.selected: OccurrenceKey | None = None
        self._loaded = False
        self._painted = False
        self._panel = self.actions_board = self.fairness_view = None
        self._month_view = self._agenda_view = self._welcome = None

        self.teams_model = TeamsModel(self)
        self.teams_model.set_hidden(int(t) for t in self.settings.get(keys.HIDDEN_TEAMS) if str(t).isdigit())
        self._build_chrome()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore()
        self.teams_model.shown_changed.connect(self._on_teams_shown)
        QApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme)
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """Build everything that reads the database, once the session is open."""
        self.session = session
        self.files.attached(session.store.path)
        self.anchor = session.today()
        self._build_session_widgets()
        self._build_session_actions()
        session.changed.connect(self._on_changed)
        session.failed.connect(self._on_failed)
        self._undo_index = session.undo_stack.index()
        session.undo_stack.indexChanged.connect(self._on_undo_index)
        self._reload_teams()
        # What the first week does not need waits until it is painted: a timer's timeout comes after
        # the events already posted (the week's paint among them). Used earlier, a part is built then.
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(0)
        self._rest_timer.timeout.connect(self.build_rest)
        self._rest_timer.start()

    def build_rest(self) -> None:
        """The parts the first week does not need: exchange, calendar server, reminders, changes elsewhere."""
        if self._rest_built or self.session is None:
            return
        self._rest_built = True
        self._rest_timer.stop()
        from ritualdesk.errors import StoreDamaged, StoreError

        try:
            self.session.store.verify()  # left for now by the opening (ui/app.py): before anything can write
        except StoreDamaged as error:
            self._cannot_open(error)
            return
        except StoreError:
            pass  # busy for now: checked again before the first write, and the window works meanwhile
        from .elsewhere import ChangesElsewhere
        from .exchange import Exchange
        from .reminders_ui import Reminders

        self._exchange = Exchange(self)
        self._attach_calendar_server(self.session)
        self._reminders = Reminders(self)
        self._elsewhere = ChangesElsewhere(self)
        forget_module_sources()

    @property
    def exchange(self):
        """Export…, Publish…, Import… and auto-publishing (ui/exchange.py)."""
        self.build_rest()
        return self._exchange

    @property
    def caldav(self):
        """Pushes to the calendar server (None until a database is open)."""
        self.build_rest()
        return self._caldav

    @property
    def reminders(self):
        """The reminders' scheduler, banner and tray icon (ui/reminders_ui.py)."""
        self.build_rest()
        return self._reminders

    @property
    def elsewhere(self):
        """Notices edits made by another program or window (ui/elsewhere.py)."""
        self.build_rest()
        return self._elsewhere

    def _attach_calendar_server(self, session: Session) -> None:
        """Pushes to the calendar server after changes (when asked in Preferences), shown in the status bar."""
        from .caldav_sync import CalendarServerSync

        self._caldav = CalendarServerSync(session.store.path, self.settings, parent=self)
        session.changed.connect(self._caldav.on_changed)
        self._caldav.started.connect(lambda: self.caldav_label.setText(self.tr("Calendar server: pushing…")))
        self._caldav.finished.connect(self._on_pushed)
        self._show_last_push()

    def _show_last_push(self) -> None:
        """The account's last push (from an earlier run too) in the status bar."""
        name = self.settings.get(keys.CALDAV_ACCOUNT)
        found = None
        if name and self.session is not None:  # no account chosen: no need for the accounts module
            from ritualdesk.calserver.accounts import account
            from ritualdesk.errors import NotFound

            try:
                found = account(self.session.store, name)
            except NotFound:
                found = None
        if found is None or found.last_push is None:
            self.caldav_label.clear()
            return
        when = found.last_push.astimezone().strftime("%Y-%m-%d %H:%M")
        self.caldav_label.setText(self.tr("Calendar server: last push %1").replace("%1", when))
        self.caldav_label.setToolTip(found.last_result_text())

    def push_to_server(self) -> None:
        """File › Push to calendar server: now, in the background."""
        if self.caldav is None or not self.caldav.push_now():
            self.statusBar().showMessage(self.tr("Choose a calendar server account in Edit › Preferences first."),
                                         6000)

    def _on_pushed(self, ok: bool, text: str) -> None:
        """A push ended: its result in the status bar (an error does not interrupt anyone)."""
        when = self.caldav.last[0].astimezone().strftime("%H:%M") if self.caldav.last else ""
        if ok:
            self.caldav_label.setText(self.tr("Calendar server: pushed at %1").replace("%1", when))
        else:
            self.caldav_label.setText(self.tr("Calendar server: push failed at %1").replace("%1", when))
        self.caldav_label.setToolTip(text)

    # -- building ---------------------------------------------------------------------------------

    def _build_chrome(self) -> None:
        """The frame that needs no data: pages, sidebar, period label and an empty calendar area."""
        self.pages = QStackedWidget(self)
        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.setObjectName("workspace")
        self.workspace.setChildrenCollapsible(False)
        sidebar = QWidget(self.workspace)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        title = QLabel(self.tr("Teams"), sidebar)
        title.setObjectName("sidebarTitle")
        side.addWidget(title)
        self.team_list = QListView(sidebar)
        self.team_list.setObjectName("teamList")
        self.team_list.setModel(self.teams_model)
        # A long team name is elided (the full name is its tooltip), never a horizontal scroll bar.
        self.team_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.team_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.team_list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.team_list.setAccessibleName(self.tr("Teams"))
        self.team_list.setToolTip(self.tr("Tick the teams to show; the selected team is the one the editors open"))
        title.setBuddy(self.team_list)
        side.addWidget(self.team_list, 1)
        hint = QLabel(self.tr("Times are shown in each team's local time."), sidebar)
        hint.setWordWrap(True)
        hint.setObjectName("sidebarHint")
        hint.setContentsMargins(8, 4, 8, 8)
        side.addWidget(hint)
        sidebar.setMinimumWidth(150)
        self.workspace.addWidget(sidebar)

        content = QWidget(self.workspace)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.period_label = QLabel(content)
        self.period_label.setObjectName("periodLabel")
        column.addWidget(self.period_label)
        self.pages_inner = QStackedWidget(content)
        self.calendar_splitter = QSplitter(Qt.Orientation.Horizontal, self.pages_inner)
        self.calendar_splitter.setObjectName("calendarSplitter")
        self.calendar_splitter.setChildrenCollapsible(False)
        self.views = QStackedWidget(self.calendar_splitter)
        self.views.setMinimumWidth(560)
        self.calendar_splitter.addWidget(self.views)
        self.pages_inner.addWidget(self.calendar_splitter)
        column.addWidget(self.pages_inner, 1)
        self.workspace.addWidget(content)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setSizes([200, 1080])
        self.pages.addWidget(self.workspace)
        holder = QWidget(self)
        self.central_column = QVBoxLayout(holder)  # the reminders' banner comes above the pages
        self.central_column.setContentsMargins(0, 0, 0, 0)
        self.central_column.setSpacing(0)
        self.central_column.addWidget(self.pages, 1)
        self.setCentralWidget(holder)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self._caldav = self._exchange = self._reminders = self._elsewhere = None
        self._rest_built = False
        self._rest_timer: QTimer | None = None
        self.caldav_label = QLabel(self)
        self.caldav_label.setObjectName("caldavStatus")
        self.statusBar().addPermanentWidget(self.caldav_label)
        self.team_list.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.team_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.team_list.customContextMenuRequested.connect(self._team_menu)
        self.team_list.doubleClicked.connect(lambda _index: self.edit_team_action and self.edit_team())

    def _build_session_widgets(self) -> None:
        """The week view, and the occurrence panel's place (it is built when an occurrence is first selected).

        The month and agenda views, the welcome page, the actions board and the fairness view are
        built the first time they are shown.
        """
        from .week_view import WeekView

        self.week_view = self._add_view(WeekView(self.session, self.views))
        self.week_view.day_activated.connect(self._open_agenda_of)
        # Until the panel is built, what it shows with nothing selected holds its place in the splitter.
        self.panel_placeholder = QLabel(QCoreApplication.translate("OccurrencePanel",
                                                                   "Select an occurrence to see its details."))
        self.panel_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel_placeholder.setWordWrap(True)
        self.panel_placeholder.setObjectName("occurrencePanelPlaceholder")
        self.panel_placeholder.setMinimumWidth(300)
        self.calendar_splitter.addWidget(self.panel_placeholder)
        self.calendar_splitter.setStretchFactor(0, 3)
        self.calendar_splitter.setStretchFactor(1, 1)
        state = self.settings.get(keys.CALENDAR_SPLITTER)
        if state.isEmpty() or not self.calendar_splitter.restoreState(state):
            # About 400 px for the panel in a 1280 px window: its rows wrap below that, they are never clipped.
            self.calendar_splitter.setSizes([680, 400])

    def _add_view(self, view):
        """A calendar view in the stack, its selection, activation and context menu wired to the window."""
        self.views.addWidget(view)
        view.occurrence_selected.connect(self._on_selected)
        view.occurrence_activated.connect(self.edit_ritual_of)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._occurrence_menu(v, pos))
        return view

    @property
    def month_view(self):
        """The month view (built the first time it is needed)."""
        if self._month_view is None and self.session is not None:
            from .month_view import MonthView

            self._month_view = self._add_view(MonthView(self.session, self.views))
            self._month_view.day_activated.connect(self._open_week_of)
            self._month_view.anchor_changed.connect(self._on_anchor_changed)
        return self._month_view

    @property
    def agenda_view(self):
        """The agenda view (built the first time it is needed)."""
        if self._agenda_view is None and self.session is not None:
            from .agenda_view import AgendaView

            self._agenda_view = self._add_view(AgendaView(self.session, self.views))
        return self._agenda_view

    @property
    def welcome(self):
        """The first-run page (built only when there is no team to show)."""
        if self._welcome is None and self.session is not None:
            from .welcome import Welcome

            self._welcome = Welcome(self.session, self)
            self.pages.addWidget(self._welcome)
            self._welcome.finished.connect(self._after_welcome)
        return self._welcome

    @property
    def panel(self):
        """The occurrence panel on the right, built when first needed (its placeholder says what it would say)."""
        return self._build_panel()

    def _build_panel(self):
        if self._panel is None and self.session is not None:
            from .occurrence_panel import OccurrencePanel

            self._panel = OccurrencePanel(self.session)  # made a child of the splitter by replaceWidget
            self._panel.setMinimumWidth(300)
            sizes = self.calendar_splitter.sizes()
            self.calendar_splitter.replaceWidget(1, self._panel)  # in the placeholder's place, at its size
            self.calendar_splitter.setSizes(sizes)
            self.panel_placeholder.deleteLater()
            self._panel.run_requested.connect(self.run_meeting)
            if self.selected is not None:
                self._panel.show_occurrence(self.selected)
        return self._panel

    def _action(self, text: str, slot, *, icon_name: str = "", shortcuts=(), tip: str = "",
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name, self.palette().windowText().color()))
            action.setProperty("icon_name", icon_name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        """The actions that need no data: navigation, views, new team, theme, help, quit."""
        self.today_action = self._action(self.tr("&Today"), self.go_today, icon_name="today", shortcuts=["Ctrl+T"],
                                         tip=self.tr("Show today (Ctrl+T)"))
        self.previous_action = self._action(self.tr("&Previous"), lambda: self.go(-1), icon_name="previous",
                                            shortcuts=["Alt+Left", "Ctrl+PgUp"],
                                            tip=self.tr("Previous week or month (Alt+Left)"))
        self.next_action = self._action(self.tr("&Next"), lambda: self.go(1), icon_name="next",
                                        shortcuts=["Alt+Right", "Ctrl+PgDown"],
                                        tip=self.tr("Next week or month (Alt+Right)"))
        self.go_to_action = self._action(self.tr("&Go to date…"), self.ask_date, shortcuts=["Ctrl+G"],
                                         tip=self.tr("Show the week or month of a chosen day (Ctrl+G)"))
        self.view_group = QActionGroup(self)
        self.view_actions = {
            WEEK: self._action(self.tr("&Week"), lambda: self.show_view(WEEK), icon_name="week", shortcuts=["Ctrl+1"],
                               tip=self.tr("Week view (Ctrl+1)"), checkable=True),
            MONTH: self._action(self.tr("&Month"), lambda: self.show_view(MONTH), icon_name="month",
                                shortcuts=["Ctrl+2"], tip=self.tr("Month view (Ctrl+2)"), checkable=True),
            AGENDA: self._action(self.tr("&Agenda"), lambda: self.show_view(AGENDA), icon_name="agenda",
                                 shortcuts=["Ctrl+3"], tip=self.tr("Agenda: a list by day (Ctrl+3)"), checkable=True),
        }
        for action in self.view_actions.values():
            self.view_group.addAction(action)
        self.new_team_action = self._action(self.tr("New &team…"), self.new_team, icon_name="team",
                                            shortcuts=["Ctrl+Shift+N"],
                                            tip=self.tr("Create a team with a short wizard"))
        self.demo_action = self._action(self.tr("Add demo d&ata"), self.load_demo, icon_name="demo",
                                        tip=self.tr("Add three demo teams with a year of history"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, shortcuts=[QKeySequence.StandardKey.Quit])
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        themes = (("system", self.tr("Follow the &system")), ("light", self.tr("&Light")), ("dark", self.tr("&Dark")))
        for name, text in themes:
            action = self._action(text, lambda _=False, n=name: self.set_theme(n), checkable=True)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences,
                                               shortcuts=["Ctrl+,"], tip=self.tr("Language and other settings"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, shortcuts=["F1"])
        self.about_action = self._action(self.tr("&About RitualDesk"), self.show_about)
        self.undo_action = self.redo_action = None
        self.editor_actions: list[QAction] = []
        self.new_ritual_action = self.edit_team_action = self.members_action = None
        self.sprints_action = self.edit_ritual_action = self.export_action = self.delete_team_action = None
        self.minutes_action = self.run_action = None
        self.run_windows: dict = {}
        self.board_windows: dict = {}
        self.board_action = None
        for action in (self.today_action, self.previous_action, self.next_action, self.go_to_action,
                       *self.view_actions.values(), self.new_team_action, self.demo_action):
            action.setEnabled(False)  # until the database is open

    def _build_session_actions(self) -> None:
        """Undo/redo, the actions board, the editors and the export (each module imported when first used)."""
        color = self.palette().windowText().color()
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for action, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            action.setIcon(icon(name, color))
            action.setProperty("icon_name", name)
        self.addActions([self.undo_action, self.redo_action])
        self.edit_menu.insertActions(self.preferences_separator, [self.undo_action, self.redo_action])
        self.new_team_action.setEnabled(True)
        self.demo_action.setEnabled(True)

        action = self._action(self.tr("A&ctions board"), lambda: self.show_view(ACTIONS), icon_name="actions",
                              shortcuts=["Ctrl+4"], tip=self.tr("Every action item across teams (Ctrl+4)"),
                              checkable=True)
        self.view_actions[ACTIONS] = action
        self.view_group.addAction(action)
        self.toolbar.insertAction(self.commands_separator, action)
        self.view_menu.insertAction(self.view_separator, action)
        # Like the board, the fairness view is built the first time it is shown (start-up stays as fast).
        action = self._action(self.tr("&Fairness"), lambda: self.show_view(FAIRNESS), icon_name="team",
                              shortcuts=["Ctrl+5"],
                              tip=self.tr("Turns held, planned and owed per member; forecast and what if (Ctrl+5)"),
                              checkable=True)
        self.view_actions[FAIRNESS] = action
        self.view_group.addAction(action)
        self.toolbar.insertAction(self.commands_separator, action)
        self.view_menu.insertAction(self.view_separator, action)
        self.new_ritual_action = self._action(self.tr("New &ritual…"), self.new_ritual, icon_name="new-ritual",
                                              shortcuts=[QKeySequence.StandardKey.New],
                                              tip=self.tr("Add a ritual to the selected team (Ctrl+N)"))
        self.edit_ritual_action = self._action(self.tr("Edit selected &ritual…"), self.edit_selected_ritual,
                                               shortcuts=["Ctrl+R"],
                                               tip=self.tr("Edit the series of the selected occurrence (Ctrl+R)"))
        self.editor_actions += [self.new_ritual_action, self.edit_ritual_action]
        self.toolbar.addAction(self.new_ritual_action)
        self.edit_team_action = self._action(self.tr("Edit &team…"), self.edit_team, shortcuts=["Ctrl+Shift+E"],
                                             tip=self.tr("Time zone, working days, holidays, sprint cadence"))
        self.editor_actions.append(self.edit_team_action)
        self.members_action = self._action(self.tr("&Members…"), self.edit_members, shortcuts=["Ctrl+Shift+M"],
                                           tip=self.tr("Roles, join and leave dates, absences"))
        self.editor_actions.append(self.members_action)
        self.sprints_action = self._action(self.tr("&Sprints…"), self.edit_sprints, shortcuts=["Ctrl+Shift+S"],
                                           tip=self.tr("Sprint goals and dates"))
        self.editor_actions.append(self.sprints_action)
        self.delete_team_action = self._action(self.tr("&Delete team…"), self.delete_team,
                                               tip=self.tr("Delete the selected team with everything it holds; "
                                                           "Edit › Undo brings it back"))
        self.editor_actions.append(self.delete_team_action)
        team_menu = QMenu(self.tr("&Team"), self)
        team_menu.addActions(self.editor_actions[:-1])
        team_menu.addSeparator()  # deleting stands apart
        team_menu.addAction(self.delete_team_action)
        self.menuBar().insertMenu(self.help_menu.menuAction(), team_menu)
        self.export_action = self._action(self.tr("&Export calendar…"), self.export_calendar, icon_name="export",
                                          shortcuts=["Ctrl+E"],
                                          tip=self.tr("Write a team's or a member's rituals to an .ics file (Ctrl+E)"))
        self.export_action.setIconText(self.tr("Export calendar", "toolbar button"))  # short in every language
        self.file_menu.insertAction(self.file_separator, self.export_action)
        self.toolbar.addAction(self.export_action)
        self.minutes_action = self._action(self.tr("Export &minutes…"), self.export_minutes,
                                           shortcuts=["Ctrl+Alt+M"],
                                           tip=self.tr("Minutes of the selected occurrence or of a sprint, "
                                                       "as PDF or Markdown (Ctrl+Alt+M)"))
        self.file_menu.insertAction(self.file_separator, self.minutes_action)
        self.push_action = self._action(self.tr("P&ush to calendar server"), self.push_to_server,
                                        tip=self.tr("Send the rituals to the calendar server chosen in Preferences"))
        self.push_action.setObjectName("pushToServer")
        self.file_menu.insertAction(self.file_separator, self.push_action)
        self.run_action = self._action(self.tr("&Run meeting…"), self.run_selected, shortcuts=["F5"],
                                       tip=self.tr("Run the selected occurrence: attendance, speaking order, "
                                                   "timeboxes, parking lot (F5)"))
        self.board_action = self._action(self.tr("Retrospective &board…"), self.board_selected, shortcuts=["Ctrl+B"],
                                         tip=self.tr("Cards, dot votes and discussion of the selected "
                                                     "retrospective (Ctrl+B)"))
        meeting_menu = QMenu(self.tr("&Meeting"), self)
        meeting_menu.addAction(self.run_action)
        meeting_menu.addAction(self.board_action)
        meeting_menu.addAction(self.minutes_action)
        self.menuBar().insertMenu(self.help_menu.menuAction(), meeting_menu)
        name = self.settings.get(keys.LAST_VIEW)
        self.view_name = name if name in self.view_actions else WEEK
        self.view_actions[self.view_name].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_team_action)
        self.file_menu.addAction(self.demo_action)
        from .files import FileActions

        self.files = FileActions(self)
        self.files.install(self.file_menu, self.new_team_action)
        self.file_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.preferences_separator = self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.today_action)
        self.view_menu.addAction(self.previous_action)
        self.view_menu.addAction(self.next_action)
        self.view_menu.addAction(self.go_to_action)
        self.view_menu.addSeparator()
        for action in self.view_actions.values():
            self.view_menu.addAction(action)
        self.view_separator = self.view_menu.addSeparator()
        theme_menu = self.view_menu.addMenu(self.tr("T&heme"))
        for action in self.theme_actions.values():
            theme_menu.addAction(action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.today_action)
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        for action in self.view_actions.values():
            self.toolbar.addAction(action)
        self.commands_separator = self.toolbar.addSeparator()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # -- settings -----------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.SPLITTER)
        if not state.isEmpty():
            self.workspace.restoreState(state)
        view = self.settings.get(keys.LAST_VIEW)
        self.view_name = view if view in self.view_actions else WEEK
        self.view_actions[self.view_name].setChecked(True)
        theme = self.settings.get(keys.THEME)
        self.theme_actions[theme].setChecked(True)

    def save_settings(self) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER, self.workspace.saveState())
        self.settings.set(keys.CALENDAR_SPLITTER, self.calendar_splitter.saveState())
        self.settings.set(keys.LAST_VIEW, self.view_name)
        self.settings.set(keys.HIDDEN_TEAMS, self.teams_model.hidden_ids())
        team = self.current_team_id()
        if team is not None:
            self.settings.set(keys.CURRENT_TEAM, team)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._panel is not None:
            self._panel.save_notes()  # notes typed but not yet saved are kept
        self.save_settings()
        super().closeEvent(event)

    def set_theme(self, name: str) -> None:
        """Switch to a theme (system / light / dark) and remember it."""
        self.settings.set(keys.THEME, name)
        self.theme_actions[name].setChecked(True)
        app = QApplication.instance()
        if self._apply_themes and app is not None:
            apply_theme(app, name)
        self._refresh_icons()

    def _on_color_scheme(self, _scheme) -> None:
        """The desktop switched between light and dark: follow it if the theme says 'system'."""
        if self.settings.get(keys.THEME) == "system":
            self.set_theme("system")

    def _refresh_icons(self) -> None:
        color = self.palette().windowText().color()
        for action in self.findChildren(QAction):
            name = action.property("icon_name")
            if name:
                action.setIcon(icon(name, color))
        self.update()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange:
            self._refresh_icons()
        super().changeEvent(event)

    # -- teams ---------------------------------------------------------------------------------------

    def _reload_teams(self) -> None:
        from PySide6.QtCore import QItemSelectionModel

        current = self.current_team_id() or self.settings.get(keys.CURRENT_TEAM)
        teams = self.session.teams()
        self.teams_model.set_teams(teams)
        if teams:
            row = max(self.teams_model.row_of(current), 0)
            self.team_list.selectionModel().setCurrentIndex(
                self.teams_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.pages.setCurrentWidget(self.workspace if teams else self.welcome)
        self.toolbar.setVisible(bool(teams))
        self._update_actions()

    def show_only_current_team(self) -> None:
        """Untick every team but the selected one."""
        current = self.current_team_id()
        if current is not None:
            self.teams_model.set_hidden(t for t in self.teams_model.all_ids() if t != current)

    def show_all_teams(self) -> None:
        self.teams_model.set_hidden(())

    def team_menu_actions(self) -> list[QAction | None]:
        """What the sidebar's context menu offers (None is a separator)."""
        only = QAction(self.tr("Show &only this team"), self)
        only.triggered.connect(self.show_only_current_team)
        every = QAction(self.tr("Show &all teams"), self)
        every.triggered.connect(self.show_all_teams)
        editors = [a for a in (self.edit_team_action, self.members_action, self.sprints_action,
                               self.new_ritual_action, self.export_action) if a is not None]
        deleting = [None, self.delete_team_action] if self.delete_team_action is not None else []
        return [only, every, None, *editors, *deleting]

    def _team_menu(self, pos) -> None:
        index = self.team_list.indexAt(pos)
        if not index.isValid():
            return
        self.team_list.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self.team_menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.team_list.viewport().mapToGlobal(pos))

    def current_team_id(self) -> int | None:
        index = self.team_list.currentIndex()
        team = self.teams_model.team(index.row()) if index.isValid() else None
        return team.id if team else None

    def _on_teams_shown(self) -> None:
        if self._loaded:
            self.refresh_view()

    def _update_actions(self) -> None:
        if self.session is None:
            return
        has_team = self.current_team_id() is not None
        for action in self.editor_actions:
            action.setEnabled(has_team)
        on_board = self.view_name in (ACTIONS, FAIRNESS)  # pages with no week or month to step through
        if self.export_action:  # the board has its own Export (Ctrl+E)
            self.export_action.setEnabled(has_team and self.view_name != ACTIONS)
        if self.edit_ritual_action:
            self.edit_ritual_action.setEnabled(self.selected is not None)
        for action in self.view_actions.values():
            action.setEnabled(has_team)
        for action in (self.today_action, self.previous_action, self.next_action, self.go_to_action):
            action.setEnabled(has_team and not on_board)

    def _on_changed(self, changes: ChangeSet) -> None:
        from .session import Change

        if changes.what & Change.TEAMS:
            self._reload_teams()
            if self._loaded:
                self.refresh_view()
        if self.selected is not None and changes.what & (Change.RITUALS | Change.TEAMS):
            view = self.current_view()
            if view is not None and getattr(view, "selected", None) is None:
                self._on_selected(None)
        self._update_count()

    def _on_failed(self, error: Exception) -> None:
        """An undo or redo that could not be made (its data changed meanwhile, the file is busy)."""
        from .feedback import show_error

        show_error(self, error)

    def _on_undo_index(self, index: int) -> None:
        try:
            stack = self.session.undo_stack
            undone = index < self._undo_index  # an undo leaves the index on the command it undid
            command = stack.command(index if undone else index - 1)
        except RuntimeError:  # the session is being torn down
            return
        self._undo_index = index
        if command is None:
            self.statusBar().clearMessage()
        elif undone:
            self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", command.text()), 4000)
        else:
            self.statusBar().showMessage(self.tr("Last edit: %1").replace("%1", command.text()), 4000)

    def _after_welcome(self, created=None) -> None:
        self._reload_teams()
        if created is None or not self._show_first_week(created):
            self.refresh_view()

    def _show_first_week(self, team) -> bool:
        """After the team wizard: a team whose first sprint begins after the week shown gets that week shown."""
        from .calendar_data import day_text

        start = team.sprint_start
        if start is None or start <= self.anchor + timedelta(days=6 - self.anchor.weekday()):
            return False
        self.go_to(start)
        self.statusBar().showMessage(self.tr("The rituals of %1 begin with its first sprint, on %2: here is that week.")
                                     .replace("%1", team.name).replace("%2", day_text(start)), 10000)
        return True

    # -- views ---------------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            # The frame is on screen; the database is opened and the visible range computed
            # right after, so opening feels like opening a bare window.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.session is None and self._open_session is not None:
            from ritualdesk.errors import RitualDeskError

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                session = self._open_session()
            except RitualDeskError as error:
                QApplication.restoreOverrideCursor()
                self._cannot_open(error)
                return
            try:
                self.attach(session)
                forget_module_sources()  # the week's modules are imported: before its data and paint take memory
                self.load()
            except Exception as error:
                damage = self._damage(error)
                if damage is None:
                    raise
                self._cannot_open(damage)
            finally:
                QApplication.restoreOverrideCursor()
            return
        forget_module_sources()
        self.load()

    def _damage(self, error: Exception):
        """The damage the store's integrity checks find when reading it failed before they had run, else None."""
        import sqlite3

        from ritualdesk.errors import StoreDamaged, StoreError

        if not isinstance(error, sqlite3.DatabaseError | StoreError) or self.session is None:
            return None
        try:
            self.session.store.verify()
        except StoreDamaged as damage:
            return damage
        return None

    def _cannot_open(self, error: Exception) -> None:
        """Say why the database cannot be used, then close (nothing was written to it)."""
        from PySide6.QtWidgets import QMessageBox

        if self._rest_timer is not None:
            self._rest_timer.stop()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("RitualDesk cannot open the database"),
                          str(error), parent=self)
        box.setObjectName("openError")
        box.finished.connect(self.close)  # nothing was changed; there is nothing to show
        box.open()

    def load(self) -> None:
        """Compute and show the visible range (only that)."""
        if self._loaded or self.session is None:
            return
        self._loaded = True
        self.show_view(self.view_name)

    def current_view(self):
        if self.session is None:
            return None
        if self.view_name == MONTH:
            return self.month_view
        if self.view_name == AGENDA:
            return self.agenda_view
        return self.week_view if self.view_name == WEEK else None

    def show_view(self, name: str) -> None:
        """Switch to the week, month, agenda or actions page."""
        if name not in self.view_actions:
            return
        self.view_name = name
        self.view_actions[name].setChecked(True)
        if name == ACTIONS:
            if self.actions_board is None:  # it reads every action item: built the first time it is shown
                from .actions_board import ActionsBoard

                self.actions_board = ActionsBoard(self.session, self.pages_inner)
                self.pages_inner.addWidget(self.actions_board)
                if hasattr(self.actions_board, "origin_activated"):
                    self.actions_board.origin_activated.connect(self.reveal_occurrence)
            self.pages_inner.setCurrentWidget(self.actions_board)
            self.period_label.setText(self.tr("Action items"))
            self._update_actions()  # two live Ctrl+E (board and calendar export) would cancel each other
            self._update_count()
            return
        if name == FAIRNESS:
            if self.fairness_view is None:
                from .fairness_view import FairnessView

                self.fairness_view = FairnessView(self.session, self.pages_inner)
                self.pages_inner.addWidget(self.fairness_view)
            self.fairness_view.show_team(self.current_team_id())
            self.pages_inner.setCurrentWidget(self.fairness_view)
            self.period_label.setText(self.tr("Fairness of the rotation"))
            self._update_actions()
            self._update_count()
            self.fairness_view.team_combo.setFocus()
            return
        self.pages_inner.setCurrentWidget(self.calendar_splitter)
        view = self.current_view()
        self._update_actions()
        self.refresh_view()  # before it is shown, so it loads once, for the right period
        self.views.setCurrentWidget(view)
        if self.selected is not None:
            view.select(self.selected)
        view.setFocus()

    def refresh_view(self) -> None:
        """Show the anchor's period for the ticked teams in the current view."""
        view = self.current_view()
        if view is None:
            return
        view.show_period(self.anchor, self.teams_model.shown_ids())
        self.period_label.setText(view.title())
        self._update_count()

    def _update_count(self) -> None:
        view = self.current_view()
        if view is None or self.view_name in (ACTIONS, FAIRNESS) or not self.teams_model.rowCount():
            self.count_label.setText("")
            return
        data = view.data if hasattr(view, "data") else view.agenda_model._data
        shown = len(self.teams_model.shown_ids())
        self.count_label.setText(self.tr("%Ln occurrence(s)", "", len(data.occurrences)) + " · "
                                 + self.tr("%Ln team(s) shown", "", shown))

    def go(self, direction: int) -> None:
        """Previous (-1) or next (+1) week, month or fortnight."""
        view = self.current_view()
        if view is None:
            return
        self.anchor = view.step(self.anchor, direction)
        self.refresh_view()

    def go_today(self) -> None:
        self.anchor = self.session.today(self.current_team_id())
        self.refresh_view()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh_view()

    def ask_date(self) -> None:
        """A calendar to pick the day to show."""
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox

        from .date_field import monday_first

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Go to date"))
        layout = QVBoxLayout(dialog)
        self.date_picker = QCalendarWidget(dialog)
        self.date_picker.setGridVisible(True)
        monday_first(self.date_picker)
        self.date_picker.setSelectedDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self.date_picker.activated.connect(dialog.accept)
        layout.addWidget(self.date_picker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self.go_to(self.date_picker.selectedDate().toPython()))
        self._open_dialog(dialog)

    def _on_anchor_changed(self, day: date) -> None:
        self.anchor = day
        self.period_label.setText(self.month_view.title())

    def _open_agenda_of(self, day: date) -> None:
        self.anchor = day
        self.show_view(AGENDA)

    def _open_week_of(self, day: date) -> None:
        self.anchor = day
        self.show_view(WEEK)

    def reveal_occurrence(self, key: OccurrenceKey) -> None:
        """Show the week of an occurrence with it selected (e.g. an action's origin on the board)."""
        from ritualdesk.errors import RitualDeskError

        try:
            found = self.session.occurrence(key)
        except RitualDeskError as error:
            self.statusBar().showMessage(str(error), 6000)
            return
        self.selected = key
        self.anchor = found.start.date()
        self.show_view(WEEK)

    def _on_selected(self, key: OccurrenceKey | None) -> None:
        self.selected = key
        if self._panel is not None:
            self._panel.show_occurrence(key)
        elif key is not None:
            self._build_panel()  # in the placeholder's place, showing the selection
        if key is not None:
            team_id = self.session.ritual(key.ritual_id).team_id
            row = self.teams_model.row_of(team_id)
            if row >= 0 and row != self.team_list.currentIndex().row():
                self.team_list.setCurrentIndex(self.teams_model.index(row))
        self._update_actions()

    # -- commands ------------------------------------------------------------------------------------------------

    def _team_for_editor(self) -> int | None:
        team_id = self.current_team_id()
        if team_id is None:
            self.statusBar().showMessage(self.tr("Select a team first."), 4000)
        return team_id

    def _open_dialog(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog

    def new_team(self) -> None:
        from .team_wizard import TeamWizard

        wizard = TeamWizard(self.session, self)
        wizard.accepted.connect(lambda: self._show_first_week(wizard.created))
        self._open_dialog(wizard)

    def load_demo(self) -> None:
        from .feedback import guarded

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            guarded(self, lambda: self.session.load_demo())
        finally:
            QApplication.restoreOverrideCursor()

    def new_ritual(self) -> None:
        from .editors.ritual_editor import RitualEditor

        team_id = self._team_for_editor()
        if team_id is not None:
            self._open_dialog(RitualEditor(self.session, team_id, None, self))

    def edit_ritual_of(self, key: OccurrenceKey) -> None:
        """Open the ritual editor on the series of an occurrence (double-click, Enter)."""
        from .editors.ritual_editor import RitualEditor

        ritual = self.session.ritual(key.ritual_id)
        self._open_dialog(RitualEditor(self.session, ritual.team_id, ritual.id, self))

    def edit_selected_ritual(self) -> None:
        if self.selected is not None:
            self.edit_ritual_of(self.selected)

    def edit_team(self) -> None:
        from .editors.team_editor import TeamEditor

        team_id = self._team_for_editor()
        if team_id is not None:
            self._open_dialog(TeamEditor(self.session, team_id, self))

    def edit_members(self) -> None:
        from .editors.members_editor import MembersEditor

        team_id = self._team_for_editor()
        if team_id is not None:
            self._open_dialog(MembersEditor(self.session, team_id, self))

    def edit_sprints(self) -> None:
        from .editors.sprints_editor import SprintsEditor

        team_id = self._team_for_editor()
        if team_id is not None:
            self._open_dialog(SprintsEditor(self.session, team_id, self))

    def delete_team(self) -> None:
        """Team › Delete team…: asks, showing what goes with it, then deletes (Edit › Undo brings it back)."""
        from .deletion import delete_team

        team_id = self._team_for_editor()
        if team_id is not None:
            self.last_dialog = delete_team(self, self.session, team_id)

    def export_calendar(self) -> None:
        """The Export dialog on the selected team: team or member, kinds, horizon, to-dos, alarms."""
        self.exchange.open_export(self.current_team_id())

    def occurrence_menu_actions(self) -> list[QAction]:
        """What the calendar views' context menu offers for the selected occurrence."""
        return [a for a in (self.run_action, self.board_action, self.minutes_action, self.edit_ritual_action)
                if a is not None]

    def _occurrence_menu(self, view, pos) -> None:
        from PySide6.QtCore import QPointF

        # Right-clicking a ritual selects it first (week: its block, month: its line; the agenda's table
        # selects the row itself), so the menu acts on what was clicked.
        finder = getattr(view, "block_at", None) or getattr(view, "item_at", None)
        under = finder(QPointF(pos)) if finder is not None else None
        if under is not None and len(under.occurrence_keys()) == 1:
            view.select(under.occurrence_keys()[0])
        if self.selected is None:
            return
        menu = QMenu(self)
        for action in self.occurrence_menu_actions():
            menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.mapToGlobal(pos))
        self.last_menu = menu

    def run_selected(self) -> None:
        if self.selected is None:
            self.statusBar().showMessage(self.tr("Select an occurrence to run first."), 4000)
            return
        self.run_meeting(self.selected)

    def board_selected(self) -> None:
        if self.selected is None:
            self.statusBar().showMessage(self.tr("Select a retrospective first."), 4000)
            return
        self.open_board(self.selected)

    def open_board(self, key: OccurrenceKey) -> None:
        """Open (or bring back) the board of a retrospective."""
        from ritualdesk.model import RitualKind

        from .retro_board import RetroBoard
        from .window_size import resize_within_screen

        if self.session.ritual(key.ritual_id).kind is not RitualKind.RETROSPECTIVE:
            self.statusBar().showMessage(self.tr("Only a retrospective has a board."), 4000)
            return
        existing = self.board_windows.get(key)
        if existing is None:
            existing = RetroBoard(self.session, key, self)
            existing.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            existing.destroyed.connect(lambda _=None, k=key: self.board_windows.pop(k, None))
            resize_within_screen(existing, 1200, 720)  # a 1024 × 700 screen gets the board whole
            self.board_windows[key] = existing
        existing.show()
        existing.raise_()
        existing.activateWindow()

    def run_meeting(self, key: OccurrenceKey) -> None:
        """Open (or bring back) the run mode window of an occurrence; a meeting already begun resumes."""
        from ritualdesk.errors import RitualDeskError

        from .feedback import show_error
        from .run_mode.window import RunWindow
        from .window_size import resize_within_screen

        existing = self.run_windows.get(key)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        try:
            window = RunWindow(self.session, key, parent=self)
        except RitualDeskError as error:  # e.g. a database that cannot be written: a meeting records as it runs
            show_error(self, error, text=self.tr("This meeting cannot be run."))
            return
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, k=key: self.run_windows.pop(k, None))
        window.board_requested.connect(self.open_board)
        self.run_windows[key] = window
        resize_within_screen(window, 1280, 760)
        window.show()

    def export_minutes(self) -> None:
        """File › Export minutes…: the selected occurrence, or a sprint of the selected team."""
        from .minutes_export import MinutesExport

        dialog = MinutesExport(self.session, key=self.selected, team_id=self.current_team_id(), parent=self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Minutes written to %1").replace("%1", dialog.written or ""), 6000))
        self._open_dialog(dialog)

    def export_to(self, team_id: int, path: str) -> bool:
        """Write a team's .ics to `path`; errors are shown and nothing is half-written."""
        from .feedback import guarded, show_done

        result = guarded(self, lambda: self.session.export_team(team_id, path))
        if result is None:
            return False
        text = self.tr("Exported %n event(s) to %1", "", result).replace("%1", path)
        self.statusBar().showMessage(text, 6000)
        show_done(self, self.tr("Calendar exported"), text)
        return True

    def show_preferences(self) -> None:
        """Edit › Preferences: the language and every other page of ui/preferences.py."""
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.session, self)
        if self.caldav is not None:
            dialog.accepted.connect(self._show_last_push)  # another account may have been chosen
        self._open_dialog(dialog)

    def show_shortcuts(self) -> None:
        from .shortcuts_help import show_shortcuts

        show_shortcuts(self, self._build_panel())  # the panel's buttons' shortcuts (Mark held...) are listed too

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About RitualDesk"), QCoreApplication.translate(
            "MainWindow", "RitualDesk keeps a scrum team's rituals offline: stand-ups, planning, reviews, "
                          "retrospectives, with a fair facilitator rotation and action items."))
