"""File › Publish: team and member feeds into a folder, showing per feed what subscribers will see change."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import background
from . import settings as keys
from .calendar_data import local_text
from .export_dialog import ProgressRow
from .session import Session
from .settings import Settings


def publish_work(folder: Path, *, team_ids, todos: bool, now: datetime, today):
    """The background work of publishing: every chosen feed, one after the other, with progress."""

    def work(store, report):
        from ritualdesk.errors import InvalidInput
        from ritualdesk.i18n import _
        from ritualdesk.ical.publish import FeedCache, folder_specs, publish_feed, publish_gone
        from ritualdesk.os_reasons import os_reason

        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # the core's message, in the language the app set for the core
            raise InvalidInput(_("cannot create the folder {folder}: {error}").format(
                folder=folder, error=os_reason(error))) from None
        specs = folder_specs(store, folder, today=today, todos=todos, team_ids=team_ids)
        cache, results = FeedCache(), []
        for done, spec in enumerate(specs):
            report(done, len(specs))
            results.append(publish_feed(store, spec, folder, now=now, cache=cache))
        results += publish_gone(store, folder, now=now, today=today)  # emptied once, whichever teams are chosen
        report(len(specs), len(specs))
        return results

    return work


def _when(text: str) -> str:
    if not text:
        return ""
    moment = datetime.fromisoformat(text)
    return f"{local_text(moment.date(), 'ddd d MMM yyyy')} {moment:%H:%M}"  # day and month in the user's language


class PublishDialog(QDialog):
    """A folder, which teams; the diff of every feed before writing; publishing after each change."""

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.job = None
        self.diffs = []
        self._previewed = ""  # the folder the diff shown was computed for
        self.last_result_text = ""
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish calendars"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Writes one calendar per team and per member into a folder that teammates "
                               "subscribe to (a shared or synced folder). A feed is rewritten only when it changed."),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        where = QHBoxLayout()
        self.folder = QLineEdit(settings.get(keys.PUBLISH_FOLDER), self)
        self.folder.setObjectName("publishFolder")
        self.folder.setPlaceholderText(self.tr("A folder, e.g. on a shared drive"))
        self.folder.textChanged.connect(self._folder_changed)
        self.folder.editingFinished.connect(self._folder_typed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        where_label = QLabel(self.tr("&Folder:"), self)
        where_label.setBuddy(self.folder)
        form.addRow(where_label, where)
        self.todos = QCheckBox(self.tr("Add the action items as to-dos"), self)
        self.todos.setChecked(settings.get(keys.PUBLISH_TODOS))
        self.todos.toggled.connect(self.preview)
        form.addRow("", self.todos)
        self.auto = QCheckBox(self.tr("Publish after each change (in the background, to this folder)"), self)
        self.auto.setObjectName("publishAuto")
        self.auto.setChecked(settings.get(keys.PUBLISH_AUTO))
        form.addRow("", self.auto)
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.teams = QListWidget(split)
        self.teams.setObjectName("publishTeams")
        teams = session.teams()
        # the teams ticked last time that still exist (none left, e.g. the only one deleted: every team, as at first)
        chosen = {int(t) for t in settings.get(keys.PUBLISH_TEAMS) if str(t).isdigit()} & {t.id for t in teams}
        for team in teams:
            item = QListWidgetItem(team.name, self.teams)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not chosen or team.id in chosen else Qt.CheckState.Unchecked)
        self.teams.itemChanged.connect(lambda _item: self.preview())
        self.tree = QTreeWidget(split)
        self.tree.setObjectName("publishDiff")
        self.tree.setHeaderLabels([self.tr("Feed and events"), self.tr("When")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.teams)
        split.addWidget(self.tree)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 620])
        layout.addWidget(split, 1)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.publish_button = self.buttons.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self.preview()

    def team_ids(self) -> list[int]:
        return [self.teams.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.teams.count())
                if self.teams.item(row).checkState() is Qt.CheckState.Checked]

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Publish into"), self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)
            self._folder_typed()

    def problem(self) -> str:
        if not self.folder.text().strip():
            return self.tr("Choose the folder to publish into.")
        if not self.team_ids():
            return self.tr("Tick at least one team.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.publish_button.setEnabled(not problem and self.job is None)
        if problem:
            self.progress.idle(problem)

    def _folder_chosen(self) -> bool:
        return bool(self.folder.text().strip())

    def _folder_typed(self) -> None:
        """Another folder: what it holds (or lacks) changes what publishing would bring its subscribers."""
        if self._folder_chosen() and self.folder.text().strip() != self._previewed and self.job is None:
            self.preview()

    def _folder_changed(self) -> None:
        """A folder chosen (or cleared): what publishing would change is shown only once there is one."""
        if self._folder_chosen() != bool(self.diffs) and self.job is None:
            self.preview()
        else:
            self._check()

    # -- the diff -------------------------------------------------------------------------------

    def preview(self) -> None:
        """Compute in the background what publishing now would change, feed by feed."""
        from ritualdesk.ical.publish import pending_changes

        if self.job is not None:
            return
        team_ids, todos, today = self.team_ids(), self.todos.isChecked(), self.session.today()
        self.tree.clear()
        self.diffs = []
        if not team_ids or not self._folder_chosen():  # no folder yet: no diff against a publication
            self._check()
            return
        folder = self._previewed = self.folder.text().strip()
        self.progress.busy(self.tr("Comparing with what was last published…"))
        self.publish_button.setEnabled(False)
        self.job = background.start(
            self.session.store.path, lambda store, _report: pending_changes(store, today=today, todos=todos, team_ids=team_ids,
                                                           folder=folder),
            done=self._show_diffs, failed=self._failed)

    def _show_diffs(self, diffs) -> None:
        self.job = None
        self.tree.clear()
        if not self._folder_chosen():  # cleared while the diff was computed
            self.diffs = []
            self._check()
            return
        if self.folder.text().strip() != self._previewed:  # another folder was typed meanwhile
            self.preview()
            return
        self.diffs = diffs
        changed = 0
        for diff in diffs:
            top = QTreeWidgetItem(self.tree, [self._feed_line(diff), ""])
            top.setData(0, Qt.ItemDataRole.UserRole, diff.feed)
            if diff.renamed_to:
                top.setToolTip(0, self.tr("%1 is the feed of a renamed team or member under its earlier name (now %2): "
                                          "it is kept up to date so that its subscribers keep their calendar; remove "
                                          "it from the folder once nobody subscribes to it.").replace(
                                              "%1", diff.feed).replace("%2", diff.renamed_to))
            changed += not diff.empty
            for title, events in ((self.tr("Added"), diff.added), (self.tr("Changed"), diff.changed),
                                  (self.tr("Removed"), diff.removed)):
                if not events:
                    continue
                group = QTreeWidgetItem(top, [f"{title} ({len(events)})", ""])
                for event in events:
                    QTreeWidgetItem(group, [event.summary, _when(event.start)])
            top.setExpanded(not diff.empty and not diff.gone and len(diffs) <= 12)
        summary = (self.tr("%n feed(s) will change for their subscribers.", "", changed)
                   if changed else self.tr("Every feed is up to date."))
        done, self.last_result_text = self.last_result_text, ""
        self.progress.idle(f"{done} · {summary}" if done else summary)
        self._check()

    def _feed_line(self, diff) -> str:
        if diff.gone:
            return self.tr("%1 — team or member gone: emptied, %2 removed").replace("%1", diff.feed).replace(
                "%2", str(len(diff.removed)))
        if diff.empty:
            text = self.tr("%1 — no change").replace("%1", diff.feed)
        else:
            text = self.tr("%1 — %2 added, %3 changed, %4 removed").replace("%1", diff.feed).replace(
                "%2", str(len(diff.added))).replace("%3", str(len(diff.changed))).replace(
                "%4", str(len(diff.removed))) + (self.tr(" (first publication)") if diff.first_time else "")
        if diff.renamed_to:  # a renamed team's or member's file: its subscribers keep their calendar
            text += self.tr(" (earlier name of %1)").replace("%1", diff.renamed_to)
        return text

    # -- publishing ------------------------------------------------------------------------------

    def remember(self) -> None:
        """Keep the folder, teams and options for the next time and for publishing after each change."""
        self.settings.set(keys.PUBLISH_FOLDER, self.folder.text().strip())
        every = len(self.team_ids()) == self.teams.count()
        self.settings.set(keys.PUBLISH_TEAMS, [] if every else self.team_ids())
        self.settings.set(keys.PUBLISH_TODOS, self.todos.isChecked())
        self.settings.set(keys.PUBLISH_AUTO, self.auto.isChecked())
        self.settings.sync()

    def publish(self) -> None:
        if self.problem() or self.job is not None:
            return
        self.remember()
        folder = Path(self.folder.text().strip())
        work = publish_work(folder, team_ids=self.team_ids(), todos=self.todos.isChecked(),
                            now=self.session.now(), today=self.session.today())
        self.publish_button.setEnabled(False)
        self.progress.busy(self.tr("Publishing…"))
        self.job = background.start(self.session.store.path, work, done=self._published,
                                    failed=self._failed, progress=self.progress.step)

    def _published(self, results) -> None:
        self.job = None
        self.results = results
        written = sum(r.written for r in results if not r.gone)
        current = sum(not r.gone for r in results)
        self.last_result_text = self.tr("%n feed(s) rewritten", "", written) + " · " + self.tr(
            "%n feed(s) published in %1", "", current).replace("%1", self.folder.text().strip())
        emptied = [r.path.name for r in results if r.gone and r.written]
        if emptied:
            self.last_result_text += " · " + self.tr(
                "%n feed(s) emptied, their team or member gone (%1)", "",
                len(emptied)).replace("%1", ", ".join(emptied))
        former = [r.path.name for r in results if r.spec.former]
        if former:
            self.last_result_text += " · " + self.tr(
                "%n feed(s) kept up to date under an earlier name, for their subscribers (%1)", "",
                len(former)).replace("%1", ", ".join(former))
        alone = [r.path.name for r in results if r.left_alone]
        if alone:
            self.last_result_text += " · " + self.tr(
                "Left alone, not being what this database published there: %1").replace("%1", ", ".join(alone))
        if not all(r.recorded for r in results):
            # what the diff below compares with is then the folder's files, which this publication wrote
            self.last_result_text += " · " + self.tr("The database cannot be written, so this publication is not "
                                                     "recorded in it.")
        self.preview()  # now every feed says "no change"

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.progress.idle(str(error))
        self._check()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.wait()
        self.remember()
        super().done(result)
