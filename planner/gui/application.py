"""The desktop app's composition root: builds the database, session, pages and window."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import DatabaseRefused
from planner.gui.errors import setup_logging, show_error
from planner.services.workspace import Workspace, open_workspace

ORGANISATION = "CareerTransitionPlanner"
APPLICATION = "career-planner"
MODE_SETTING = "mode"  # "professional" or "coach", kept in the database


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Names first: QSettings and QStandardPaths use them (pitfalls.md).
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName("Career Transition Planner")
        app = QApplication(list(argv or sys.argv[:1]))
    return app  # type: ignore[return-value]


def open_with_recovery(path: Path, catalog, parent=None) -> Workspace | None:
    """Open the database; if it is refused, offer a backup or a new database (never overwrite)."""
    try:
        return open_workspace(path, catalog, date.today)
    except DatabaseRefused as exc:
        from planner.storage.backups import Backups

        backups = Backups(path).all()
        box = QMessageBox(QMessageBox.Icon.Warning, "The database cannot be opened", str(exc))
        box.setObjectName("recoveryDialog")
        box.setInformativeText(
            "The file was left exactly as it is. You can restore the newest backup (the file is "
            "kept beside it), or start a new, empty database next to it."
        )
        restore = box.addButton("Restore newest backup", QMessageBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(backups))
        fresh = box.addButton("Start a new database", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is restore and backups:
            return _restore_into_new_file(path, backups[0], catalog)
        if clicked is fresh:
            return open_workspace(_fresh_path(path), catalog, date.today)
        return None


def _fresh_path(path: Path) -> Path:
    stamp = date.today().isoformat()
    candidate, n = path.with_name(f"{path.stem}-new-{stamp}.db"), 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-new-{stamp}-{n}.db")
    return candidate


def _restore_into_new_file(path: Path, backup: Path, catalog) -> Workspace:
    """The refused file stays; the backup is copied to a new file that becomes the database."""
    from planner.storage.files import copy_atomically

    target = _fresh_path(path)
    copy_atomically(backup, target)
    return open_workspace(target, catalog, date.today)


def build_window(workspace: Workspace, catalog, settings: QSettings):
    from planner.gui.main_window import MainWindow
    from planner.gui.output import OutputController
    from planner.gui.pages.lazy import lazy
    from planner.gui.session import PersonSession

    undo = QUndoStack()
    session = PersonSession(workspace, catalog, undo)
    undo.setParent(session)
    # Each page is built (and its module imported) the first time its tab is shown.
    pages = [
        lazy("&Profile", "planner.gui.pages.profile", "ProfilePage", session),
        lazy("F&it", "planner.gui.pages.fit", "FitPage", session),
        lazy("&Roadmap", "planner.gui.pages.roadmap", "RoadmapPage", session),
        lazy("&Gaps", "planner.gui.pages.gaps", "GapsPage", session),
        lazy("E&xperience", "planner.gui.pages.experience", "ExperiencePage", session),
        lazy("&Notes", "planner.gui.pages.notes", "NotesPage", session),
    ]

    def open_database(path: Path) -> None:
        new = open_workspace(path, catalog, date.today)
        old = session.workspace
        session.replace_workspace(new)
        old.close()

    window = MainWindow(session, pages, settings, open_database)
    output = OutputController(window, session)
    window.add_output_actions(output.actions)
    window.output = output  # kept alive with the window
    return window


def run_gui(db_path: Path, smoke_test: bool = False, started: float | None = None) -> int:
    """Run the app; with smoke_test, exit after the first paint and print how long it took."""
    started = started if started is not None else time.perf_counter()
    app = make_application()
    from planner.catalog import load_catalog
    from planner.paths import log_dir

    setup_logging(log_dir() / "career-planner.log")
    try:
        catalog = load_catalog()
    except Exception as exc:
        show_error(None, "The planner's catalog could not be loaded", exc)
        return 1
    workspace = open_with_recovery(db_path, catalog)
    if workspace is None:
        return 2
    settings = QSettings()
    try:
        window = build_window(workspace, catalog, settings)
    except Exception as exc:
        show_error(None, "The planner could not start", exc)
        workspace.close()
        return 1
    window.remember_database(workspace.store.path)
    if smoke_test:

        def report() -> None:
            print(f"{(time.perf_counter() - started) * 1000:.0f}")
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)

        window.first_painted.connect(report)
        window.show()
        code = app.exec()
        workspace.close()
        return code
    window.show()
    QTimer.singleShot(0, lambda: _after_start(window, settings))
    code = app.exec()
    window.session.workspace.close()
    return code


def _after_start(window, settings: QSettings) -> None:
    """First run: choose a mode and offer the demo person; later runs: the last person."""
    from planner.gui.first_run import run_first_run

    session = window.session
    if session.repos.people.count() == 0:
        run_first_run(window, session)
    mode = session.repos.coach.setting(MODE_SETTING, "coach")
    if mode == "professional" and session.repos.people.count() <= 1:
        window.people_action.setChecked(False)
    last = settings.value("last_person")
    person = int(last) if isinstance(last, (int, str)) and str(last).isdigit() else None
    if person is None or not session.repos.people.exists(person):
        first = session.repos.people.list(limit=1)
        person = first[0].id if first else None
    if person is not None:
        session.select(person)
