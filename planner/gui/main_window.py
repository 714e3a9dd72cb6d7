"""The main window: people on the left, the person's pages on the right, menus and status."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QSettings,
    QSize,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from planner.domain.records import record
from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.pages.lazy import LazyPage
from planner.gui.people_panel import PeoplePanel
from planner.gui.plural import resolved
from planner.gui.session import PersonSession
from planner.gui.settings_values import keep_setting
from planner.gui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:  # types only: loading Qt classes costs start-up time
    from PySide6.QtGui import QCloseEvent

MAX_RECENT = 8
PREFERRED_SIZE = QSize(1280, 800)  # on smaller screens: the screen's free area


def shortcut(standard: str, fallback: str) -> list[QKeySequence]:
    """The platform's standard binding (QKeySequence.StandardKey name), or fallback where the
    platform has none (Quit on Linux)."""
    keys = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, standard))
    return keys or [QKeySequence(fallback)]


NO_PLAN = QT_TRANSLATE_NOOP("MainWindow", "Plan not available")  # when the plan cannot be made


class HistoryAction(QAction):
    """Undo or Redo that first saves the edit still being typed, so undo takes back that
    field's edit rather than the one before it (QUndoStack's own actions cannot wait)."""

    about_to_run = Signal()

    def __init__(self, text: str, stack: QUndoStack, undo: bool, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._stack, self._undo, self._text = stack, undo, text
        self._can, self._typing = stack.canUndo() if undo else stack.canRedo(), False
        # Slots on this object: Qt drops the connections when either side is deleted.
        (stack.canUndoChanged if undo else stack.canRedoChanged).connect(self._set_can)
        (stack.undoTextChanged if undo else stack.redoTextChanged).connect(self._set_text)
        self.setEnabled(self._can)
        self._set_text(stack.undoText() if undo else stack.redoText())
        self.triggered.connect(self._run)

    def _set_can(self, can: bool) -> None:
        self._can = can
        self.setEnabled(can or self._typing)

    def set_typing(self, typing: bool) -> None:
        """An edit is being typed: Undo saves it and takes it back, so it is enabled."""
        self._typing = typing and self._undo
        self.setEnabled(self._can or self._typing)

    def _set_text(self, what: str) -> None:
        self.setText(f"{self._text} {what}" if what else self._text)

    def _run(self) -> None:
        self.about_to_run.emit()
        if self._undo:
            self._stack.undo()
        else:
            self._stack.redo()


@record
class FeatureActions:
    """The actions the controllers expose, by where they belong in the menus."""

    imports: Sequence[QAction] = ()  # File, after New person
    outputs: Sequence[QAction] = ()  # File: export, preview, print (while a person is shown)
    person_files: Sequence[QAction] = ()  # File, after a separator (while a person is shown)
    files: Sequence[QAction] = ()  # File, after those: any time
    settings: Sequence[QAction] = ()  # Edit, after a separator
    person_tools: Sequence[QAction] = ()  # Person, before its separator (a person is shown)


class MainWindow(QMainWindow):
    """Built by gui.application (the composition root) with everything it needs passed in."""

    first_painted = Signal()

    def __init__(
        self,
        session: PersonSession,
        pages: Sequence[Page | LazyPage],
        settings: QSettings,
        open_database: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._open_database = open_database
        self._painted = False
        self._pending_shortcuts: list[tuple[QAction, object]] = []
        self.setWindowTitle(self.tr("Career Transition Planner"))
        self.setObjectName("mainWindow")

        self.people = PeoplePanel(session.workspace.people if session.ready else None)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Person pages"))
        self.tabs.setDocumentMode(True)
        self.pages = list(pages)
        for page in self.pages:
            self.tabs.addTab(page, QCoreApplication.translate("Pages", page.title))
        self.empty = QLabel(
            self.tr("Add a person, or choose one from the list, to start planning.")
        )
        # Enums by name (planner.gui.roles); plain text, not rich, is no text document to
        # build at every start.
        self.empty.setProperty("textFormat", "PlainText")
        self.empty.setProperty("alignment", "AlignCenter")
        self.empty.setWordWrap(True)
        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.people)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.empty)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([260, 1000, 1000])
        self.setCentralWidget(self.splitter)

        self.summary = ElidedLabel()
        self.summary.setAccessibleName(self.tr("Plan summary"))
        self.saved = ElidedLabel(self.tr("All changes saved"))
        self.saved.setAccessibleName(self.tr("All changes saved"))
        self._saved_at = ""
        self.statusBar().addPermanentWidget(self.summary, 3)
        self.statusBar().addPermanentWidget(self.saved, 2)

        self._build_actions()
        self._build_menus()

        self.people.person_selected.connect(session.select)
        self.people.add_requested.connect(self.add_person)
        self.people.delete_requested.connect(self.delete_person)
        session.person_changed.connect(self._on_session_person_changed)
        session.people_changed.connect(self._on_session_people_changed)
        session.plan_changed.connect(self._update_summary)
        session.profile_changed.connect(self._update_summary)
        session.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        for page in self.pages:
            page.save_state_changed.connect(self.update_save_status)

        self._restore_settings()
        self.people.refresh()
        self._show_person_pages(False)

    # -- actions and menus -----------------------------------------------------------------
    def _action(self, text: str, slot, keys=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            self.shortcut_later(action, keys)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def shortcut_later(self, action: QAction, keys) -> None:
        """Give action its keys right after the first paint.

        Setting the first shortcut makes PySide6 build its Qt enums (~25 ms); nobody presses a
        key before the window shows, so it waits. keys: "Ctrl+L", a list of them, or
        (StandardKey name, fallback) for the platform's standard binding.
        """
        if self._painted:
            self._apply_shortcut(action, keys)
        else:
            self._pending_shortcuts.append((action, keys))

    @staticmethod
    def _apply_shortcut(action: QAction, keys) -> None:
        if isinstance(keys, tuple):
            action.setShortcuts(shortcut(*keys))
        elif isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            action.setShortcuts([QKeySequence(keys)])

    def _apply_pending_shortcuts(self) -> None:
        pending, self._pending_shortcuts = self._pending_shortcuts, []
        for action, keys in pending:
            self._apply_shortcut(action, keys)

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New person…"), self.add_person, ("New", "Ctrl+N"), self.tr("Add a person")
        )
        self.open_action = self._action(
            self.tr("&Open database…"), self.choose_database, ("Open", "Ctrl+O")
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.save_now,
            ("Save", "Ctrl+S"),
            self.tr("Every change is saved as you make it; Save also writes a backup"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, ("Quit", "Ctrl+Q"))
        self.undo_action = self._history_action(self.tr("&Undo"), undo=True)
        self.shortcut_later(self.undo_action, ("Undo", "Ctrl+Z"))
        self.redo_action = self._history_action(self.tr("&Redo"), undo=False)
        self.shortcut_later(self.redo_action, ("Redo", "Ctrl+Shift+Z"))
        self.find_action = self._action(
            self.tr("&Find person"), self.people.focus_search, ("Find", "Ctrl+F")
        )
        self.replan_action = self._action(
            self.tr("&Re-plan from today"),
            self.replan,
            "Ctrl+R",
            self.tr("Keep what is done and move everything else forward from today"),
        )
        self.delete_action = self._action(self.tr("&Delete person…"), self.delete_person)
        self.people_action = QAction(self.tr("&People list"), self, checkable=True, checked=True)
        self.shortcut_later(self.people_action, "Ctrl+L")
        self.people_action.toggled.connect(self.people.setVisible)
        self.about_action = self._action(self.tr("&About Career Transition Planner"), self.about)
        self.person_actions = [self.replan_action, self.delete_action]

    def _history_action(self, text: str, undo: bool) -> QAction:
        action = HistoryAction(text, self.session.undo_stack, undo, self)
        action.about_to_run.connect(self.flush_edits)
        return action

    def flush_edits(self) -> None:
        """Save what every page still holds (a pause-pending field, a note being written)."""
        for page in self.pages:
            try:
                page.flush()
            except Exception as exc:
                title = QCoreApplication.translate("Pages", page.title).replace("&", "")
                show_error(self, self.tr("The %1 page could not save").replace("%1", title), exc)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &recent"))
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.output_anchor = self.file_menu.addSeparator()  # export/print actions go here
        self.file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.people_action)
        self.view_menu = view
        person = bar.addMenu(self.tr("&Person"))
        person.addAction(self.replan_action)
        person.addSeparator()
        person.addAction(self.delete_action)
        self.person_menu = person
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self._refresh_recent()

    def add_features(self, features: FeatureActions) -> None:
        """Put every controller's actions in the menus: the one place the menus are built."""
        for action in features.imports:
            self.file_menu.insertAction(self.open_action, action)
        self.add_output_actions(features.outputs)
        if features.person_files or features.files:
            self.file_menu.insertSeparator(self.output_anchor)
        self.add_output_actions(features.person_files)
        for action in features.files:
            self.file_menu.insertAction(self.output_anchor, action)
        if features.settings:
            self.edit_menu.addSeparator()
            for action in features.settings:
                self.edit_menu.addAction(action)
        person_separator = next(a for a in self.person_menu.actions() if a.isSeparator())
        for action in features.person_tools:
            self.person_menu.insertAction(person_separator, action)
            self.person_actions.append(action)
        self._show_person_pages(self.session.person_id is not None)

    def add_output_actions(self, actions: Sequence[QAction]) -> None:
        """Export/print/preview actions (built by the output controller) in the File menu."""
        for action in actions:
            self.file_menu.insertAction(self.output_anchor, action)
            self.person_actions.append(action)
        self._show_person_pages(self.session.person_id is not None)

    # -- people --------------------------------------------------------------------------
    def add_person(self) -> None:
        from planner.gui.first_run import ask_new_person

        try:
            created = ask_new_person(self, self.session)
        except Exception as exc:
            show_error(self, self.tr("The person could not be added"), exc)
            return
        if created is not None:
            self.people.refresh(keep=created)
            self.session.select(created)

    def delete_person(self) -> None:
        person_id = self.session.person_id
        if person_id is None:
            return
        name = self.session.profile().name
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr(
                "Erase %1 and everything about them (plans, progress, notes, ledger)?\n\n"
                "They are also removed from the automatic backups, so this cannot be undone."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            purged = self.session.erase_person(person_id)
        except Exception as exc:
            show_error(self, self.tr("The person could not be deleted"), exc)
            return
        if purged:
            text = resolved(self.tr("Deleted %1 (and from %n backup(s))", "", purged), purged)
        else:
            text = self.tr("Deleted %1")
        self.statusBar().showMessage(text.replace("%1", name), 8000)

    def replan(self) -> None:
        if self.session.person_id is None:
            return
        try:
            self.session.replan()
        except Exception as exc:
            show_error(self, self.tr("The plan could not be updated"), exc)
            return
        self.statusBar().showMessage(
            self.tr("Re-planned from today; the earlier plan is in the history"), 6000
        )

    def save_now(self) -> None:
        try:
            path = self.session.workspace.back_up()
        except Exception as exc:
            show_error(self, self.tr("The backup could not be written"), exc)
            return
        self.session.undo_stack.setClean()
        self.statusBar().showMessage(
            self.tr("All changes are saved; backup written to %1").replace("%1", str(path)), 8000
        )

    # -- database ------------------------------------------------------------------------
    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open planner database"),
            str(self.session.workspace.path.parent),
            self.tr("Planner databases (*.db);;All files (*)"),
        )
        if name:
            self.open_database(Path(name))

    def open_database(self, path: Path) -> None:
        try:
            self._open_database(path)
        except Exception as exc:
            show_error(self, self.tr("The database could not be opened"), exc)
            return
        self.remember_database(path)

    def remember_database(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_databases() if p != str(path)]
        keep_setting(self.settings, "recent_databases", recent[:MAX_RECENT])
        self._refresh_recent()

    def recent_databases(self) -> list[str]:
        value = self.settings.value("recent_databases", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_databases():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_database(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_databases()))

    # -- reacting to the session ---------------------------------------------------------
    def _show_person_pages(self, visible: bool) -> None:
        self.tabs.setVisible(visible)
        self.empty.setVisible(not visible)
        for action in self.person_actions:
            action.setEnabled(visible)
        self.people.delete_button.setEnabled(visible)

    def build_shown_page_later(self) -> None:
        """At start-up: the page on show is built on the event loop's next turn, after the
        people list and the chosen person's plan summary are on screen."""
        page = self.tabs.currentWidget()
        if isinstance(page, LazyPage) and page.page is None:
            page.build_later = True

    def _on_session_person_changed(self, person_id: int | None) -> None:
        self._live_in_persons_country(person_id)
        self._show_person_pages(person_id is not None)
        if person_id is not None and self.people.current_id() != person_id:
            self.people.select(person_id)
        for page in self.pages:
            try:
                page.reload()
            except Exception as exc:
                title = QCoreApplication.translate("Pages", page.title).replace("&", "")
                show_error(self, self.tr("The %1 page could not load").replace("%1", title), exc)
        self._update_summary()
        if person_id is not None:
            keep_setting(self.settings, "last_person", person_id)

    def _live_in_persons_country(self, person_id: int | None) -> None:
        """The screen is one person's document: its dates read as their printed plan and the
        plan's own sentences do (an English date is 'Mar 8, 2027' for a US person only)."""
        from planner.domain.messages import live_in

        country = None
        if person_id is not None:
            try:
                country = self.session.roadmap().summary.country
            except Exception:  # no plan can be shown: the page says why; dates stay neutral
                country = None
        live_in(country)

    def _on_session_people_changed(self) -> None:
        if not self.session.ready:
            return
        if self.people.model.repository is not self.session.workspace.people:
            self.people.model.set_repository(self.session.workspace.people)
        self.people.refresh(keep=self.session.person_id)  # reloads the rows (once)

    def _update_summary(self) -> None:
        if self.session.person_id is None:
            self.summary.set_full_text("")
            return
        try:
            plan = self.session.roadmap().summary
        except Exception:
            self.summary.set_full_text(self.tr(NO_PLAN))
            return
        from planner.gui.formats import day, hours, money
        from planner.gui.widgets.step_style import money_range

        if plan.budget is None:
            budget = self.tr("no budget set")
        else:
            budget = self.tr("budget %1").replace("%1", money(plan.budget, plan.budget_currency))
        unknown = len(plan.unknown_cost_steps)
        left = " " + self.tr("+ %n unknown", "", unknown) if unknown else ""
        # The same estimate as the Roadmap's cost tile, so the two never disagree.
        cost = money_range(plan.cost_low, plan.cost_high, plan.currency)
        self.summary.set_full_text(
            self.tr("Finish %1").replace("%1", day(plan.finish))
            + f" · {hours(plan.total_hours)} · {cost}{left} ({budget})"
            + (" · " + self.tr("OVER BUDGET") if plan.over_budget else "")
        )

    def _on_undo_index_changed(self, _index: int) -> None:
        # Every edit is written as it is made; say when, so people can trust it.
        self._saved_at = QTime.currentTime().toString("HH:mm")
        self.update_save_status()

    def update_save_status(self) -> None:
        """The true state: what a page still holds unsaved (or refused), else all saved."""
        waiting = [item for page in self.pages for item in page.unsaved()]
        saving = QCoreApplication.translate("ProfilePage", "%1 (saving…)").replace("%1", "")
        self.undo_action.set_typing(any(item.endswith(saving) for item in waiting))
        if waiting:
            text = self.tr("Not saved: %1").replace("%1", "; ".join(waiting))
            self.saved.set_full_text(f"⚠ {text}")
        else:
            text = self.tr("All changes saved") + (f" {self._saved_at}" if self._saved_at else "")
            self.saved.set_full_text(text)
        self.saved.setAccessibleName(text)
        self.saved.setToolTip(text)

    # -- window state --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        from planner.gui.window_size import restore_or_fit

        restore_or_fit(self, self.settings.value("geometry"), PREFERRED_SIZE)
        state = self.settings.value("splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        visible = self.settings.value("people_visible", True)
        self.people_action.setChecked(visible not in (False, "false"))

    def closeEvent(self, event: QCloseEvent) -> None:
        keep_setting(self.settings, "geometry", self.saveGeometry())
        keep_setting(self.settings, "splitter", self.splitter.saveState())
        keep_setting(self.settings, "people_visible", self.people_action.isChecked())
        self.settings.sync()  # nothing to write when nothing changed
        self.flush_edits()
        # Undo commands hold Python closures over the session: free them while it is alive,
        # not when the garbage collector gets to it (PySide6 6.11 crashed in ~QUndoStack).
        self.session.undo_stack.clear()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            self._apply_pending_shortcuts()
            # The people list's fields (pages guard theirs when built): queued after the load
            # the first paint started, since no key or wheel reaches a field before then.
            QTimer.singleShot(0, self._guard_fields)

    def _guard_fields(self) -> None:
        from planner.gui.field_guard import guard

        # The panel holds the window's only fields outside the pages; walking the window, or
        # the panel, would wrap its widgets for Python (guard).
        guard(self.people.field_widgets())

    def about(self) -> None:
        from planner.gui.about import show_about

        catalog = self.session.catalog
        show_about(self, catalog.version if catalog else "(loading)")
