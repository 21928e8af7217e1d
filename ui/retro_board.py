"""The retrospective board window: review carried-over actions, cards per column, dot votes, discussion."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ritualdesk import retro_board as core
from ritualdesk.changes import Change
from ritualdesk.errors import RitualDeskError
from ritualdesk.model import OccurrenceKey, Verdict

from .actions_model import OWNER, SURVIVED, TITLE, VERDICT, ActionsModel, KeptDirectory
from .card_delegate import CardColumn
from .date_field import DateField
from .discussion_view import DiscussionView
from .feedback import show_error
from .flow_layout import FlowLayout
from .kept_cards import EVERYTHING, KeptCards, Touched
from .labels import column_label, format_label
from .retro_models import CARD_ID, ColumnModel, DiscussionModel, GroupTargetsModel, grouped_under
from .undo_keys import add_undo_keys
from .undo_steps import perform_step
from .wheel_guard import guard_wheel

CARDS_PAGE, DISCUSSION_PAGE = 1, 2


class RetroBoard(QWidget):
    """A retrospective's board, in three steps: open actions, cards and votes, discussion."""

    def __init__(self, session, key: OccurrenceKey, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session, self.key = session, key
        self.ritual = session.ritual(key.ritual_id)
        self.team_id = self.ritual.team_id
        self._names = {m.id: m.name for m in session.members(self.team_id)}
        self._directory = KeptDirectory()  # every team's, member's and ritual's name, kept until an edit of names
        self._show_title()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_review(), self.tr("&1. Open actions"))
        self.cards_page = QWidget(self.tabs)
        self.tabs.addTab(self.cards_page, self.tr("&2. Cards and votes"))
        self.tabs.addTab(self._build_discussion(), self.tr("&3. Discussion"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_action_row())
        self.tabs.currentChanged.connect(self._page_shown)
        self.column_models: list[ColumnModel] = []
        self.column_views: list[CardColumn] = []
        self.card_edits: list[QLineEdit] = []
        self._columns: tuple[str, ...] = ()
        self._kept = KeptCards()  # the board's cards as last read, kept up to date edit by edit
        self._votes_each = core.DEFAULT_VOTES
        # What waits, out of sight, for the cards as they are now: columns of the cards page, the discussion.
        self._columns_behind: set[int] = set()
        self._discussion_behind = False
        guard_wheel(self)  # a wheel resting on the format box does not change the board's format
        for text, keys, slot in ((self.tr("Vote for the selected card"), "Ctrl+Up", lambda: self.vote(1)),
                                 (self.tr("Take back a vote"), "Ctrl+Down", lambda: self.vote(-1)),
                                 (self.tr("Edit the selected card"), "F2", self.edit_selected)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        self.undo_action, self.redo_action = add_undo_keys(self, session.undo_stack)  # every card, vote, group
        session.changed.connect(self._session_changed)
        self._fill_members()
        self.refresh()
        self._page_shown(self.tabs.currentIndex())

    # -- building ---------------------------------------------------------------------------

    def _build_controls(self) -> FlowLayout:
        row = FlowLayout()  # wraps in a narrow window (1024 px, longer French labels) instead of widening it
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.activated.connect(self._format_chosen)
        label = QLabel(self.tr("&Format:"), self)
        label.setBuddy(self.format_combo)
        self.save_format_button = QPushButton(self.tr("Save a &custom format…"), self)
        self.save_format_button.clicked.connect(self.ask_custom_format)
        self.votes_spin = QSpinBox(self)
        self.votes_spin.setRange(1, 20)
        self.votes_spin.setAccessibleName(self.tr("Votes per person"))
        self.votes_spin.editingFinished.connect(self._votes_chosen)
        votes_label = QLabel(self.tr("&Votes each:"), self)
        votes_label.setBuddy(self.votes_spin)
        self.voter_combo = QComboBox(self)
        self.voter_combo.setAccessibleName(self.tr("Who votes"))
        self.voter_combo.currentIndexChanged.connect(self._show_votes_left)
        voter_label = QLabel(self.tr("Vo&ting:"), self)
        voter_label.setBuddy(self.voter_combo)
        self.votes_left_label = QLabel(self)
        self.author_combo = QComboBox(self)
        self.author_combo.setAccessibleName(self.tr("Author of new cards"))
        author_label = QLabel(self.tr("A&uthor:"), self)
        author_label.setBuddy(self.author_combo)
        for widget in (label, self.format_combo, self.save_format_button, votes_label, self.votes_spin,
                       author_label, self.author_combo, voter_label, self.voter_combo, self.votes_left_label):
            row.addWidget(widget)
        return row

    def _build_review(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("First, the actions carried over from earlier rituals: keep each one for the next "
                              "retrospective, or close it."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.carried_model = ActionsModel(self)
        self.carried_view = QTableView(page)
        self.carried_view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it: not one press per cell
        self.carried_view.setModel(self.carried_model)
        self.carried_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.carried_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carried_view.verticalHeader().hide()
        for column in range(self.carried_model.columnCount()):
            self.carried_view.setColumnHidden(column, column not in (TITLE, OWNER, SURVIVED, VERDICT))
        self.carried_view.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.carried_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.review_buttons = {}
        for verdict, text in ((Verdict.KEEP, self.tr("&Keep")), (Verdict.DONE, self.tr("Do&ne")),
                              (Verdict.DROP, self.tr("D&rop"))):
            button = QPushButton(text, page)
            button.clicked.connect(lambda _=False, v=verdict: self.review(v))
            row.addWidget(button)
            self.review_buttons[verdict] = button
        layout.addLayout(row)
        return page

    def _build_columns(self) -> None:
        if self.cards_page.layout() is None:
            QHBoxLayout(self.cards_page)
        layout = self.cards_page.layout()
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.column_models, self.column_views, self.card_edits = [], [], []
        for index, name in enumerate(self._columns):
            box = QGroupBox(column_label(name), self.cards_page)
            column = QVBoxLayout(box)
            edit = QLineEdit(box)
            edit.setPlaceholderText(self.tr("A card… (Enter)"))
            edit.setAccessibleName(self.tr("New card in %1").replace("%1", column_label(name)))
            edit.returnPressed.connect(lambda i=index: self.add_card(i))
            model = ColumnModel(index, self, last=index == len(self._columns) - 1)
            view = CardColumn(box)
            view.setModel(model)
            view.setAccessibleName(column_label(name))
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.doubleClicked.connect(lambda _index: self.vote(1))
            view.selectionModel().currentChanged.connect(lambda current, _prev, v=view: self._selected_in(v))
            column.addWidget(edit)
            column.addWidget(view, 1)
            layout.addWidget(box, 1)
            self.column_models.append(model)
            self.column_views.append(view)
            self.card_edits.append(edit)

    def _build_discussion(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Most votes first: discuss from the top, turn what the team decides into "
                                        "actions."), page))
        self.discussion_model = DiscussionModel(self)
        self.discussion_view = DiscussionView(self.discussion_model, page)  # a long card's row grows to its text
        self.discussion_view.selectionModel().currentChanged.connect(
            lambda current, _prev: self._select_card(current.data(CARD_ID)))
        layout.addWidget(self.discussion_view, 1)
        return page

    def _build_action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.vote_button = QPushButton(self.tr("+1 v&ote"), self)
        self.vote_button.setToolTip(self.tr("One of the voter's dots on the selected card (Ctrl+Up, or double-click)"))
        self.vote_button.clicked.connect(lambda: self.vote(1))
        self.unvote_button = QPushButton(self.tr("−1 vot&e"), self)
        self.unvote_button.setToolTip(self.tr("Take back one of the voter's dots (Ctrl+Down)"))
        self.unvote_button.clicked.connect(lambda: self.vote(-1))
        self.group_combo = QComboBox(self)
        self.group_targets = GroupTargetsModel(self)
        self.group_combo.setModel(self.group_targets)
        self.group_combo.setAccessibleName(self.tr("Group under"))
        self.group_button = QPushButton(self.tr("&Group under"), self)
        self.group_button.setToolTip(self.tr("Put the selected card under the card chosen beside"))
        self.group_button.clicked.connect(self.group_selected)
        self.ungroup_button = QPushButton(self.tr("Ungrou&p"), self)
        self.ungroup_button.clicked.connect(lambda: self.group_selected(ungroup=True))
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.edit_button.setToolTip(self.tr("Change the selected card's text (F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setAccessibleName(self.tr("Owner of the action"))
        self.due_edit = DateField(self, placeholder=self.tr("No due date"),
                                  today=lambda: QDate(self._session.today(self.team_id)))
        self.action_button = QPushButton(self.tr("→ &Action"), self)
        self.action_button.setToolTip(self.tr("Make the selected card an action item with this owner and due date"))
        self.action_button.clicked.connect(self.card_to_action)
        cards, action = FlowLayout(), FlowLayout()  # each wraps in a narrow window rather than widening it
        for widget in (self.vote_button, self.unvote_button, self.group_button, self.group_combo,
                       self.ungroup_button, self.edit_button, self.delete_button):
            cards.addWidget(widget)
        for widget in (self.owner_combo, self.due_edit, self.action_button):
            action.addWidget(widget)
        row.addLayout(cards, 3)
        row.addLayout(action, 2)
        return row

    # -- showing -----------------------------------------------------------------------------

    def _fill_members(self) -> None:
        """The voters, authors and owners: the team's members as they are now (renamed, added, deleted)."""
        self._names = {m.id: m.name for m in self._session.members(self.team_id)}
        people = sorted(self._names.items(), key=lambda pair: pair[1].casefold())
        for combo, nobody in ((self.voter_combo, None), (self.author_combo, self.tr("No author")),
                              (self.owner_combo, self.tr("No owner"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if nobody is not None:
                combo.addItem(nobody, 0)
            for member_id, name in people:
                combo.addItem(name, member_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def refresh(self) -> None:
        """Read the board, its cards and the carried-over actions again (after an edit from elsewhere, say)."""
        store = self._session.store
        board = core.board(store, self.key)
        if board.columns != self._columns:
            self._columns = board.columns
            self._build_columns()
        self.format_combo.clear()
        for name in core.FORMATS:
            self.format_combo.addItem(format_label(name), name)
        for name in core.custom_formats(store, self.team_id):
            self.format_combo.addItem(name, name)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(board.format)))
        self.votes_spin.setValue(board.votes_per_person)
        self._votes_each = board.votes_per_person
        self._show_cards(self._kept.replace(core.cards(store, self.key)))
        self._refresh_carried()

    @property
    def cards(self) -> list:
        """The board's cards as shown, by column then as they were added."""
        return self._kept.cards

    def _update_cards(self, card_ids: frozenset[int]) -> None:
        """Read back only the cards an edit touched (all of them when it does not say which)."""
        store = self._session.store
        if not card_ids:
            self._show_cards(self._kept.replace(core.cards(store, self.key)))
        elif (touched := self._kept.update(core.cards(store, self.key, card_ids), card_ids)) is not None:
            self._show_cards(touched)

    def _refresh_carried(self) -> None:
        self.carried_model.set_items(self._session.carried_actions(self.key), self._directory.get(self._session),
                                     review_key=self.key)

    def _show_cards(self, touched: Touched = EVERYTHING) -> None:
        """The cards as kept, into the models: only the rows that differ change, the selection and place stay."""
        selected = self.selected_card()
        last = len(self._columns) - 1  # where the cards of a column the format has not show
        self._columns_behind |= (set(range(len(self._columns))) if touched.columns is None
                                 else {min(column, last) for column in touched.columns})
        self._discussion_behind = True
        self._catch_up(self.tabs.currentIndex())  # a page out of sight catches up when shown
        if touched.heads:
            self.group_targets.set_cards(self.cards)
        if selected is not None and getattr(self.selected_card(), "id", None) != selected.id:
            self._select_card(selected.id)
        self._show_votes_left()

    def _show_votes_left(self) -> None:
        voter = self.voter_combo.currentData()
        if voter is not None:  # core.votes_left, from the board's votes as shown rather than read again
            left = self._votes_each - sum(n for card in self.cards for member, n in card.votes if member == voter)
            self.votes_left_label.setText(self.tr("%n vote(s) left", "", left))

    def _selected_in(self, view: CardColumn) -> None:
        for other in self.column_views:
            if other is not view:
                other.selectionModel().clearSelection()

    def selected_card(self):
        """The card selected in a column (or in the discussion), if any; none while the open actions are shown."""
        if self.tabs.currentIndex() == 0:
            return None  # a card selected on a page out of sight is not voted for, grouped or deleted
        if self.tabs.currentIndex() == 2:
            index = self.discussion_view.currentIndex()
            if index.isValid():
                return self.discussion_model.card(index.row())
        for view, model in zip(self.column_views, self.column_models, strict=True):
            rows = view.selectionModel().selectedRows()
            if rows:
                return model.card(rows[0].row())
        return None

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("Retrospective board: %1").replace(
            "%1", f"{self.ritual.title}, {self.key.planned:%Y-%m-%d}"))

    def _page_shown(self, page: int) -> None:
        """The cards' commands serve the cards and the discussion, not the review of the open actions."""
        self._catch_up(page)
        for widget in (self.vote_button, self.unvote_button, self.group_button, self.group_combo, self.ungroup_button,
                       self.edit_button, self.delete_button, self.owner_combo, self.due_edit, self.action_button):
            widget.setEnabled(page != 0)

    def _catch_up(self, page: int) -> None:
        """Show the cards as kept on this page, where it is behind (each row that differs changes, no more)."""
        if page == DISCUSSION_PAGE and self._discussion_behind:
            self._discussion_behind = False
            self.discussion_model.set_cards(self.cards, [column_label(c) for c in self._columns])
        if page != CARDS_PAGE or not self._columns_behind:
            return
        behind, self._columns_behind = self._columns_behind, set()
        members = grouped_under(self.cards)
        for view, model in zip(self.column_views, self.column_models, strict=True):
            if model.column not in behind:
                continue
            scrolled = view.verticalScrollBar().value()
            if model.set_cards(self.cards, self._names, members=members):  # reset: laid out from the top again
                view.doItemsLayout()
                view.verticalScrollBar().setValue(scrolled)

    def _select_card(self, card_id: int | None) -> None:
        for view, model in zip(self.column_views, self.column_models, strict=True):
            row = model.row_of(card_id) if card_id is not None else None
            if row is not None:
                view.setCurrentIndex(model.index(row))

    def _session_changed(self, changes) -> None:
        if changes.what & (Change.TEAMS | Change.RITUALS) and not self._session.has_ritual(self.key.ritual_id):
            self.close()  # the retrospective was deleted, its board with it
            return
        if changes.what & (Change.TEAMS | Change.MEMBERS | Change.RITUALS):
            self._directory.forget()  # names read again at the next refresh
        if changes.what & Change.RITUALS:
            self.ritual = self._session.ritual(self.key.ritual_id)  # renamed, maybe
            self._show_title()
        if changes.concerns(Change.MEMBERS, self.team_id):
            self._fill_members()
        if not changes.concerns(Change.OCCURRENCES | Change.ACTIONS | Change.MEMBERS | Change.CARDS, self.team_id):
            return
        # Other rituals' occurrences or cards (a stand-up marked held) are nothing the board shows.
        ours = not changes.ritual_ids or self.key.ritual_id in changes.ritual_ids
        if changes.what & (Change.TEAMS | Change.RITUALS | Change.MEMBERS) or (changes.what & Change.OCCURRENCES
                                                                            and ours):
            self.refresh()  # its format, names, the retrospective moved (which actions it reviews)
            return
        if changes.what & Change.CARDS and ours:
            self._update_cards(changes.card_ids)  # a card added, voted, grouped...: only those are read
        if changes.what & Change.ACTIONS:
            self._refresh_carried()

    # -- edits -------------------------------------------------------------------------------

    def _perform(self, text: str, op) -> object:
        try:
            return self._session.perform(text, op)
        except RitualDeskError as error:
            show_error(self, error)
            return None

    def _format_chosen(self) -> None:
        name = self.format_combo.currentData()
        self._perform(self.tr("Choose retrospective format"), lambda: core.set_board(
            self._session.store, self.key, format=name, votes_per_person=self.votes_spin.value()))

    def _votes_chosen(self) -> None:
        if self.votes_spin.value() != core.board(self._session.store, self.key).votes_per_person:
            self._format_chosen()

    def ask_custom_format(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Custom format"), self.tr("Name of the format:"))
        if not ok or not name.strip():
            return
        columns, ok = QInputDialog.getText(self, self.tr("Custom format"),
                                           self.tr("Its columns, separated by commas:"))
        if ok:
            self.save_custom_format(name, [c for c in columns.split(",")])

    def save_custom_format(self, name: str, columns: list[str]) -> None:
        """Keep a format for the team and use it on this board."""
        store, session = self._session.store, self._session

        def save_then_choose() -> None:
            session.perform(self.tr("Save format"), lambda: core.save_format(store, self.team_id, name, tuple(columns)))
            session.perform(self.tr("Choose retrospective format"), lambda: core.set_board(
                store, self.key, format=name.strip(), votes_per_person=self.votes_spin.value()))

        perform_step(session, self, self.tr("Custom format"), save_then_choose)

    def add_card(self, column: int) -> None:
        edit = self.card_edits[column]
        text = edit.text().strip()
        if not text:
            return
        author = self.author_combo.currentData() or None
        card_id = self._perform(self.tr("Add card"), lambda: core.add_card(self._session.store, self.key, column,
                                                                           text, author_id=author))
        if card_id is not None:
            edit.clear()
            row = self.column_models[column].row_of(card_id)
            if row is not None:  # the new card in sight, at the foot of a long column
                view = self.column_views[column]
                view.doItemsLayout()  # its scroll bar's range with the new card's height first (no card sized again)
                view.scrollTo(self.column_models[column].index(row))

    def vote(self, change: int) -> None:
        card, voter = self.selected_card(), self.voter_combo.currentData()
        if card is not None and voter is not None:
            text = self.tr("Vote") if change > 0 else self.tr("Take back a vote")
            self._perform(text, lambda: core.vote(self._session.store, card.id, voter, change))

    def group_selected(self, *, ungroup: bool = False) -> None:
        card = self.selected_card()
        into = None if ungroup else self.group_combo.currentData()
        if card is not None and (ungroup or into not in (None, card.id)):
            self._perform(self.tr("Group cards"), lambda: core.group_card(self._session.store, card.id, into))

    def edit_selected(self) -> None:
        """Ask for the selected card's new text (a typo, a card written in haste) and save it."""
        card = self.selected_card()
        if card is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Edit card"), self.tr("Card:"), QLineEdit.EchoMode.Normal,
                                        card.text)
        if ok and text.strip() and text.strip() != card.text:
            self._perform(self.tr("Edit card"), lambda: core.edit_card(self._session.store, card.id, text))

    def delete_selected(self) -> None:
        card = self.selected_card()
        if card is not None:
            self._perform(self.tr("Delete card"), lambda: core.delete_card(self._session.store, card.id))

    def card_to_action(self) -> None:
        """The selected card becomes an action item (owner, due date) in one undoable step."""
        card = self.selected_card()
        if card is None or card.action_id:
            return
        if not self.due_edit.is_valid():
            show_error(self, ValueError(self.tr("The due date is not a date: type it as 2026-11-30, or leave it "
                                                "empty.")))
            return
        due = self.due_edit.date()
        self._perform(self.tr("Card to action"), lambda: core.card_to_action(
            self._session.store, card.id, owner_id=self.owner_combo.currentData() or None,
            due=due.toPython() if due.isValid() else None, today=self._session.today(self.team_id)))

    def review(self, verdict: Verdict) -> None:
        ids = [self.carried_model.item(i.row()).id for i in self.carried_view.selectionModel().selectedRows()]
        if ids:
            try:
                self._session.review_actions(self.key, [(i, verdict) for i in ids])
            except RitualDeskError as error:
                show_error(self, error)
