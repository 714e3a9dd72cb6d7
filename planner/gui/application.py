"""The desktop app's composition root: builds the database, session, pages and window."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication

from planner.domain.errors import DatabaseRefused, EmptyDatabaseFile
from planner.domain.mode import Mode
from planner.gui import start_heap
from planner.gui.errors import setup_logging, show_error
from planner.gui.language import apply_language

if TYPE_CHECKING:
    from planner.services.workspace import Workspace

ORGANISATION = "CareerTransitionPlanner"
APPLICATION = "career-planner"
DESKTOP_ID = "io.github.careerplanner.CareerPlanner"  # packaging/linux/*.desktop


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Names first: QSettings and QStandardPaths use them (pitfalls.md).
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName("Career Transition Planner")
        serial_painting()
        app = QApplication(list(argv or sys.argv[:1]))
        # Lets Wayland desktops match the window to its menu entry and icon.
        QGuiApplication.setDesktopFileName(DESKTOP_ID)
        icon = window_icon()
        if icon is not None:
            app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def serial_painting() -> None:
    """Qt's raster engine hands every large fill and image conversion to a pool of threads
    and waits for them; on two cores that hand-off costs more than the work (a start woke
    the pool 260 times: 2-6 ms more system time and 7-9 ms more wall time than painting on
    the GUI thread). Qt reads the switch once, at the pool's first use; a value set by the
    person is kept."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def private_settings() -> QSettings:
    """The app's QSettings (recent databases, last person): file 0600 in a 0700 folder.

    The file is made owner-only before Qt first writes it; Qt's atomic save keeps the mode
    of the file it replaces.
    """
    from planner.paths import private_file

    settings = QSettings()
    path = Path(settings.fileName())
    if settings.format() == QSettings.Format.NativeFormat and path.is_absolute():
        try:
            private_file(path)
            path.parent.chmod(0o700)
        except OSError:
            pass  # an unwritable config folder: Qt reports it when it saves
    return settings


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # rendered from the SVG (packaging/render_icons.py)


def window_icon() -> QIcon | None:
    """The app's icon from its PNG sizes; the SVG only where they are missing. Drawing the SVG
    loads Qt's SVG library and icon plugin before the first paint: about 2 MiB and 1.5 ms."""
    from planner.resources import resources_dir

    try:
        folder = resources_dir() / "icons"
    except FileNotFoundError:
        return None
    sizes = [folder / f"career-planner-{size}.png" for size in ICON_SIZES]
    if all(path.is_file() for path in sizes):
        icon = QIcon()
        for path in sizes:
            icon.addFile(str(path))  # read when a size is first drawn
        return icon
    svg = folder / "career-planner.svg"
    return QIcon(str(svg)) if svg.is_file() else None


def quick_feature_scan() -> bool:
    """Give PySide6's per-module check a quicker way to the same answer; False if this PySide6
    has no such check.

    After PySide6 is imported, it asks of every module imported whether its source mentions
    "PySide6" (for its __feature__ switching, which this app never uses), through
    inspect.getsource: each whole file decoded and split into lines and kept in linecache for
    the life of the process, about 20 ms and 5 MB over a start. A search of the file's bytes
    gives the same answer (no source file: no) and keeps nothing; the lines it kept of the
    modules imported before are let go (linecache reads a file again when a traceback needs it).
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside
    import linecache

    linecache.clearcache()  # ~0.9 MiB of peak RSS
    return True


def _mentions_pyside(module) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled or sourceless: inspect finds no source either
    try:
        with open(path, "rb") as file:
            return b"PySide6" in file.read()
    except OSError:
        return False


def open_workspace(path: Path, catalog, today, check_pages: bool = True, allow_empty=False):
    """Every database the app opens skips the page-by-page check when the user's record says
    it was found sound and has not changed since."""
    from planner.paths import page_record
    from planner.services.workspace import open_workspace as open_

    return open_(
        path,
        catalog,
        today,
        check_pages=check_pages,
        allow_empty=allow_empty,
        page_record=page_record(),
    )


def ask_recovery(parent, problem: str, has_backup: bool) -> str:
    """Ask what to do with a refused database: "restore", "new" or "cancel" (patchable)."""
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Recovery", "The database cannot be opened"),
        problem,
        parent=parent,
    )
    box.setObjectName("recoveryDialog")
    box.setInformativeText(
        translate(
            "Recovery",
            "The file was left exactly as it is. You can restore the newest backup (into a new "
            "file beside it), or start a new, empty database next to it.",
        )
    )
    restore = box.addButton(
        translate("Recovery", "Restore newest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setEnabled(has_backup)
    fresh = box.addButton(
        translate("Recovery", "Start a new database"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "new" if clicked is fresh else "cancel"


def ask_set_up_empty(parent, path: Path) -> bool:
    """Ask before a 0-byte database file is set up as a new, empty database (patchable)."""
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Recovery", "The database file is empty"),
        translate(
            "Recovery",
            "%1 is an empty file (0 bytes). It may be a database whose contents were lost.",
        ).replace("%1", str(path)),
        parent=parent,
    )
    box.setObjectName("emptyDatabaseDialog")
    box.setInformativeText(
        translate(
            "Recovery",
            "Set it up as a new, empty database? To get your data back instead, cancel and "
            "restore a backup.",
        )
    )
    setup = box.addButton(
        translate("Recovery", "Set up a new database"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is setup


def open_with_recovery(
    path: Path, catalog, parent=None, check_pages: bool = True
) -> Workspace | None:
    """Open the database; if it is refused, offer a backup or a new database (never overwrite)."""
    try:
        return open_workspace(path, catalog, date.today, check_pages)
    except EmptyDatabaseFile:
        if ask_set_up_empty(parent, path):
            return open_workspace(path, catalog, date.today, allow_empty=True)
        return None
    except DatabaseRefused as exc:
        return recover(path, catalog, parent, str(exc))


def recover(path: Path, catalog, parent, problem: str) -> Workspace | None:
    """Offer the newest backup (into a new file) or a new database; None when cancelled."""
    from planner.services.recovery import backups_of

    backups = backups_of(path)
    choice = ask_recovery(parent, problem, bool(backups))
    if choice == "restore" and backups:
        return _restore_into_new_file(path, backups[0], catalog)
    if choice == "new":
        from planner.services.recovery import fresh_path

        return open_workspace(fresh_path(path, date.today()), catalog, date.today)
    return None


def _restore_into_new_file(path: Path, backup: Path, catalog) -> Workspace:
    """The refused file stays; the backup is copied to a new file that becomes the database."""
    from planner.services.recovery import restore_into_new_file

    target = restore_into_new_file(path, backup, date.today())
    return open_workspace(target, catalog, date.today)


def new_session(workspace: Workspace | None, catalog):
    from planner.gui.session import PersonSession

    undo = QUndoStack()
    session = PersonSession(workspace, catalog, undo)
    undo.setParent(session)
    return session


def build_shell(session, settings: QSettings):
    """The main window around a session that may not have its database yet."""
    from planner.gui.main_window import MainWindow
    from planner.gui.output import OutputController
    from planner.gui.pages.lazy import lazy

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
        new = open_workspace(path, session.catalog, date.today)
        old = session.workspace
        session.replace_workspace(new)
        if old is not None:
            old.close()
        _show_catalog_update(window, new)

    window = MainWindow(session, pages, settings, open_database)
    from planner.gui.coach_action import coach_actions
    from planner.gui.data_exports import DataExports
    from planner.gui.import_action import import_actions
    from planner.gui.main_window import FeatureActions
    from planner.gui.niche_action import niche_action
    from planner.gui.plan_tools_action import plan_tools_actions

    # The controllers make their actions; the window puts every one in its menus.
    window.output = output = OutputController(window, session)  # kept alive with the window
    window.data_exports = exports = DataExports(window, session)
    imports = import_actions(window, session)
    tools = plan_tools_actions(window, session)
    window.import_clients_action = imports[1]
    window.history_action, window.what_if_action = tools["history"], tools["what_if"]
    window.add_features(
        FeatureActions(
            imports=imports,
            outputs=output.actions,
            person_files=exports.person_actions,
            files=[exports.cohort_action, exports.bundle_import_action],
            settings=coach_actions(window, session),
            person_tools=[niche_action(window, session), *tools.values()],
        )
    )
    return window


def register_icons() -> None:
    """Qt's "icons:" prefix names the shipped icons folder, so any widget can show one."""
    from PySide6.QtCore import QDir

    from planner.resources import resources_dir

    with contextlib.suppress(FileNotFoundError):  # a broken install: widgets go without marks
        QDir.addSearchPath("icons", str(resources_dir() / "icons"))


def build_window(workspace: Workspace, catalog, settings: QSettings):
    """The main window with its database open (tests, screenshots, benchmarks)."""
    register_icons()
    session = new_session(None, None)
    window = build_shell(session, settings)
    session.attach(workspace, catalog)
    return window


def run_gui(db_path: Path, smoke_test: bool = False, started: float | None = None) -> int:
    """Run the app; with smoke_test, exit once ready and print the ms to the first paint.

    The window paints first; the catalog and the database open right after, so the person
    sees the app at once even with thousands of people in the file.
    """
    started = started if started is not None else time.perf_counter()
    start_heap.pause()  # the command line paused it before importing this module
    quick_feature_scan()
    app = make_application()
    settings = private_settings()
    apply_language(app, settings)
    session = new_session(None, None)
    try:
        window = build_shell(session, settings)
    except Exception as exc:
        # The smoke test has no one to close a dialog: one line, as for a refused file.
        title = QCoreApplication.translate("Start", "The planner could not start")
        show_error(None, title, exc, headless=smoke_test)
        return 1
    outcome = {"code": 0}
    page_check: list[Callable[[], None]] = []

    def load() -> None:
        from planner.catalog import load_catalog
        from planner.paths import cache_dir, log_dir

        setup_logging(log_dir() / "career-planner.log")
        try:
            catalog = load_catalog(cache_dir=cache_dir())
            # Every page is read after the window is ready (check_pages_later), not before.
            if smoke_test:  # no dialog: a damaged or foreign file is exit 2 and one line
                workspace = open_workspace(db_path, catalog, date.today, check_pages=False)
            else:
                workspace = open_with_recovery(db_path, catalog, window, check_pages=False)
        except DatabaseRefused as exc:
            print(f"career-planner: {exc}", file=sys.stderr)
            workspace, outcome["code"] = None, 2
        except Exception as exc:
            title = QCoreApplication.translate("Start", "The planner could not open its data")
            show_error(window, title, exc, headless=smoke_test)
            workspace, outcome["code"] = None, 1
        if workspace is None:
            start_heap.resume()
            outcome["code"] = outcome["code"] or 2
            window.close()
            app.quit()
            return
        if smoke_test:
            # Once the file is open (recovered and up to date), every page is read on a thread
            # while the window fills, as the app reads them beside the ready window; SQLite
            # lets go of the GIL while it reads.
            page_check.append(_check_pages_beside(workspace))
        register_icons()  # before any page is built (a first-run dialog may show one)
        session.attach(workspace, catalog)
        window.remember_database(workspace.path)
        window.build_shown_page_later()
        start_heap.resume()  # before any dialog or background job
        if smoke_test:
            _select_start_person(window, settings)
            outcome["code"] = _report_ready(window, started)

            def finish() -> None:
                # Queued after the page on show is built, which overlaps the page check. What
                # building it queued runs first (showing and laying it out), then it is drawn,
                # so the smoke test ends once the window shows that page, as a person first
                # sees it. Drawn here, not left to the event queue: whether one more turn of
                # the loop draws it depended on what the build happened to queue.
                app.processEvents()
                window.tabs.currentWidget().repaint()
                try:
                    page_check[0]()
                except DatabaseRefused as exc:
                    print(f"career-planner: {exc}", file=sys.stderr)
                    outcome["code"] = 2
                window.close()
                app.quit()

            QTimer.singleShot(0, finish)
        else:
            _after_start(window, settings)
            _show_catalog_update(window, workspace)
            check_pages_later(window, session, app)
            from planner.gui.qt_namespace import build_qt_namespace_once_drawn

            # The page on show (a LazyPage) is built on a later turn (build_shown_page_later).
            window.tabs.currentWidget().on_built = build_qt_namespace_once_drawn

    def painted() -> None:
        if smoke_test:  # printed at once, so a watching process can time the first paint
            print(f"first paint {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        QTimer.singleShot(0, load)

    window.first_painted.connect(painted)
    window.show()
    code = app.exec()
    start_heap.resume()
    if session.workspace is not None:
        session.workspace.close()
    return outcome["code"] or code


def skip_qt_teardown() -> bool:
    """Before the program exits at once (cli._leave): drop PySide6's own exit step, which
    deletes every widget and its Python wrapper one by one (16 M instructions, about 9 ms
    after the window is gone). Kept when the planner owns the clipboard: deleting the
    application is what hands copied text to the desktop's clipboard manager, so it is still
    there to paste after the planner quits. Whether it was dropped."""
    import atexit

    from PySide6 import QtCore

    app = QGuiApplication.instance()
    shutdown = getattr(QtCore, "__moduleShutdown", None)
    if app is None or shutdown is None or QGuiApplication.clipboard().ownsClipboard():
        return False
    atexit.unregister(shutdown)
    return True


def _check_pages_beside(workspace: Workspace) -> Callable[[], None]:
    """Start reading every page of the database on a thread (unless the user's record says
    they were found sound and the file has not changed since); the result waits for it and
    raises what the check raised (DatabaseRefused for a damaged page)."""
    import threading

    failure: list[BaseException] = []

    def check() -> None:
        try:
            workspace.check_pages()
        except BaseException as exc:  # handed to the GUI thread by result()
            failure.append(exc)

    thread = threading.Thread(target=check, name="page-check", daemon=True)
    thread.start()

    def result() -> None:
        thread.join()
        if failure:
            raise failure[0]

    return result


def _show_catalog_update(window, workspace) -> None:
    """A shipped catalog update's changes, once, after the window is ready."""
    update = workspace.updates.unshown()
    if update is None:
        # The usual start: the dialog's module is not imported, nor its Qt classes built (their
        # enums, with the module about 4 ms before the plan was drawn).
        window.catalog_update_dialog = None
        return
    from planner.gui.catalog_update_dialog import show_catalog_update

    window.catalog_update_dialog = show_catalog_update(window, workspace, update)  # kept alive


def check_pages_later(window, session, app) -> None:
    """Read every page on a worker once the window is ready; a damaged file gets the recovery
    dialog, and the app never goes on writing to it."""
    from planner.gui.workers import run_in_background

    workspace = session.workspace
    path = workspace.path

    def damaged(exc: BaseException) -> None:
        if not isinstance(exc, DatabaseRefused):
            show_error(
                window,
                QCoreApplication.translate("Start", "The database could not be checked"),
                exc,
            )
            return
        old = session.workspace
        replacement = recover(path, session.catalog, window, str(exc))
        if replacement is None:
            window.close()  # cancelled: closing is the only way not to write to it
            app.quit()
            return
        session.replace_workspace(replacement)
        old.close()
        window.remember_database(replacement.path)

    run_in_background(window, workspace.check_pages, lambda _: None, damaged)


def _after_start(window, settings: QSettings) -> None:
    """First run: choose a mode and offer the demo person; later runs: the last person."""
    session = window.session
    if session.workspace.people.count() == 0:
        # Imported only then: the module names `Qt`, whose enums took 30 ms of every start.
        from planner.gui.first_run import run_first_run

        run_first_run(window, session)
    if (
        session.workspace.coach.mode() is Mode.PROFESSIONAL
        and session.workspace.people.count() <= 1
    ):
        window.people_action.setChecked(False)
    _select_start_person(window, settings)


def _select_start_person(window, settings: QSettings) -> None:
    """The person chosen last time, else the first in the list."""
    session = window.session
    last = settings.value("last_person")
    person = int(last) if isinstance(last, (int, str)) and str(last).isdigit() else None
    if person is None or not session.workspace.people.exists(person):
        first = session.workspace.people.list(limit=1)
        person = first[0].id if first else None
    if person is not None:
        session.select(person)


def _report_ready(window, started: float) -> int:
    """Smoke test: once the people are listed and the chosen person's plan is shown, print
    the ms since start; exit code 1 if either is missing."""
    from PySide6.QtCore import QEvent

    from planner.gui.main_window import NO_PLAN

    # Painted now, not at the next turn of the event loop, and as the loop would paint it:
    # after the layouts posted since the person was chosen, with the list's scroll bar (Qt
    # adds it on a queued call). Drawn before them, the window showed its pages 0 pixels wide
    # and the list without its scroll bar, then was drawn again at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    window.people.view.updateGeometries()
    window.repaint()
    ready = (time.perf_counter() - started) * 1000
    panel, person = window.people, window.session.person_id
    if person is None:
        ok, shown = panel.model.total == 0, "no one to show"
    else:
        ok = panel.current_id() == person and window.summary.full_text() not in ("", NO_PLAN)
        shown = f"person {person}'s plan {'shown' if ok else 'NOT shown'}"
    listed = f"{panel.model.total:,} people, {panel.model.rowCount()} listed"
    print(f"ready {ready:.0f} ms ({listed}; {shown})", flush=True)
    return 0 if ok else 1
