"""At start-up the people and the chosen person's plan come first; the shown page follows."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from planner.gui.main_window import NO_PLAN
from planner.gui.pages.lazy import LazyPage
from tests.fresh_python import run_python
from tests.gui.conftest import persona_profile


def _run(script: str, tmp_path, *args: str) -> str:
    """Run script in a fresh offscreen interpreter with a private home; its standard output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["CAREER_PLANNER_LOG_DIR"] = str(tmp_path / "logs")
    env["CAREER_PLANNER_CACHE_DIR"] = str(tmp_path / "cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return run_python(["-c", script, *args], env)


def test_the_shown_page_is_built_on_the_next_turn_after_the_plan_is_shown(
    qtbot, gui_workspace, catalog, settings
):
    from planner.gui.application import build_window

    person = gui_workspace.people.add(persona_profile("service-manager"))
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.tabs.currentWidget()
    assert isinstance(page, LazyPage) and page.page is None

    win.build_shown_page_later()
    win.session.select(person)
    # Ready: the person is listed and chosen, the plan's summary shown; the page not built yet.
    assert win.people.current_id() == person
    assert win.summary.full_text() not in ("", NO_PLAN)
    assert page.page is None and page.isVisible()

    qtbot.waitUntil(lambda: page.page is not None and page.page.isVisible(), timeout=5000)
    assert win.tabs.currentWidget() is page
    assert page.build_later is False


def test_the_smoke_tests_ready_drawing_is_the_window_laid_out(
    qtbot, gui_workspace, catalog, settings, capsys
):
    """`ready` draws the window as the event loop would: the pages have their width and the
    long list its scroll bar, and the page on show is still to be built."""
    import time

    from planner.gui.application import _report_ready, build_window

    people = [gui_workspace.people.add(persona_profile("service-manager")) for _ in range(60)]
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    page = win.tabs.currentWidget()
    win.build_shown_page_later()
    win.session.select(people[0])

    assert _report_ready(win, time.perf_counter()) == 0
    assert "ready" in capsys.readouterr().out
    assert win.tabs.width() > 300
    assert win.people.view.verticalScrollBar().isVisible()
    assert page.page is None


def test_later_pages_are_built_when_first_shown(qtbot, person_window):
    roadmap = next(p for p in person_window.pages if "Roadmap" in p.title)
    assert isinstance(roadmap, LazyPage) and roadmap.page is None
    person_window.tabs.setCurrentWidget(roadmap)
    assert roadmap.page is not None  # at once, as before: only start-up waits a turn


# What the first paint must not wait for: the catalog's and the plan's models (dataclasses),
# the database, the engine, and libraries only a later step needs.
NOT_BEFORE_FIRST_PAINT = (
    "planner.domain.catalog_model",
    "planner.domain.roadmap",
    "planner.domain.people_list",
    "planner.services.milestones",
    "planner.services.workspace",
    "planner.catalog",
    "planner.engine",
    "planner.storage",
    "planner.gui.field_guard",  # the people list's fields are guarded after the first paint
    "planner.i18n.format",  # numbers and dates: the people list's rows and count come later
    "decimal",
    "sqlite3",
    "logging.handlers",
    "platformdirs",
    "babel",
)

FIRST_PAINT = """
import sys
from planner.gui.application import build_shell, make_application, new_session, private_settings
from planner.gui.errors import setup_logging
from planner.gui.language import apply_language
from planner.paths import log_dir

app = make_application()
settings = private_settings()
apply_language(app, settings)
setup_logging(log_dir() / "career-planner.log")
window = build_shell(new_session(None, None), settings)
window.show()
app.processEvents()
import PySide6.QtCore
if "Qt" in vars(PySide6.QtCore):  # PySide6 builds the Qt namespace's enums when first named
    print("Qt-namespace")
print("\\n".join(sorted(sys.modules)))
"""


def test_the_window_paints_before_the_models_and_the_database_load(tmp_path):
    loaded = set(_run(FIRST_PAINT, tmp_path).split())
    assert "planner.gui.main_window" in loaded
    early = [m for m in NOT_BEFORE_FIRST_PAINT if m in loaded]
    assert early == [], f"imported before the first paint: {early}"
    # PySide6 builds all 117 enums of the Qt namespace the first time any is needed: ~15 ms.
    assert "Qt-namespace" not in loaded, "the Qt namespace's enums were built before it"


def test_the_people_lists_fields_are_guarded_after_the_first_paint(qtbot, settings):
    from planner.gui.application import build_shell, new_session

    win = build_shell(new_session(None, None), settings)
    qtbot.addWidget(win)
    assert not win.people.search.property("plannerFieldGuard")  # not before the first paint
    win.show()
    fields = (win.people.search, win.people.tag, win.people.sort, win.people.only)
    qtbot.waitUntil(lambda: all(f.property("plannerFieldGuard") for f in fields), timeout=5000)
    # Only the people list is walked, so every field outside the pages must be in it.
    from PySide6.QtWidgets import QWidget

    from planner.gui.field_guard import is_field

    outside = [
        f
        for f in win.findChildren(QWidget)
        if is_field(f) and not win.tabs.isAncestorOf(f) and not is_field(f.parent())
    ]
    assert outside and all(f.property("plannerFieldGuard") for f in outside), outside


# What opening the database at start-up must not wait for: what only a later action needs.
# The bundle service is made when first asked for, the diffs of packs and catalogs only when
# they changed (a new file records the catalog first, so it does diff).
NOT_WHEN_OPENING = (
    "planner.export",
    "planner.export.bundle",
    "planner.services.bundles",
    "uuid",
    "platform",
)

OPEN_DATABASE = """
import sys
from datetime import date
from pathlib import Path
from planner.catalog import load_catalog
from planner.services.workspace import open_workspace

with open_workspace(Path(sys.argv[1]), load_catalog(), date.today) as ws:
    ws.people.list(limit=1)
print("\\n".join(sorted(sys.modules)))
"""


def test_opening_a_database_loads_no_export_code(tmp_path):
    loaded = set(_run(OPEN_DATABASE, tmp_path, str(tmp_path / "people.db")).split())
    assert "planner.services.workspace" in loaded
    early = [m for m in NOT_WHEN_OPENING if m in loaded]
    assert early == [], f"imported when opening a database: {early}"


def test_quick_feature_scan_answers_as_pyside_does_and_keeps_no_source(monkeypatch):
    import json
    import linecache

    import PySide6.QtCore

    import planner.domain.profile
    import planner.gui
    import planner.gui.main_window
    from planner.gui.application import quick_feature_scan

    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # put back afterwards
    assert quick_feature_scan()
    quick = feature._mod_uses_pyside
    assert quick is not original
    modules = [
        planner.gui.main_window,
        planner.domain.profile,
        planner.gui,
        json,
        PySide6.QtCore,
        sys,
    ]
    linecache.clearcache()
    answers = [quick(m) for m in modules]
    assert linecache.cache == {}  # no file's lines kept for the life of the process
    assert answers == [original(m) for m in modules]
    assert answers[:2] == [True, False]


def test_attaching_the_database_reads_the_people_list_once(qtbot, gui_workspace, catalog, settings):
    from planner.gui.application import build_shell, new_session

    gui_workspace.people.add(persona_profile("service-manager"))
    session = new_session(None, None)
    win = build_shell(session, settings)
    qtbot.addWidget(win)
    searches = []
    search = gui_workspace.people.search

    def counted(**kwargs):
        searches.append(kwargs)
        return search(**kwargs)

    gui_workspace.people.search = counted  # an instance attribute: only this workspace
    session.attach(gui_workspace, catalog)
    assert len(searches) == 1
    assert win.people.model.total == win.people.model.rowCount() == 1


def test_collection_is_paused_while_starting_then_the_start_heap_is_frozen(monkeypatch):
    import gc

    from planner.gui import start_heap

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))  # not this test process's
    assert gc.isenabled()
    try:
        start_heap.pause()
        start_heap.pause()  # the command line, then run_gui: one pause
        assert not gc.isenabled()
        start_heap.resume()
        assert gc.isenabled() and frozen == [True]
        start_heap.resume()  # a later call (the end of run_gui) changes nothing
        assert frozen == [True]
        gc.disable()  # someone else's pause (a background job) is theirs to end
        start_heap.pause()
        start_heap.resume()
        assert not gc.isenabled() and frozen == [True]
    finally:
        gc.enable()


SMOKE_TEST = """
import gc, sys
from planner.cli import main
code = main(["--db", sys.argv[1], "gui", "--smoke-test"])
print(code, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_the_app_collects_again_once_started(tmp_path):
    stdout = _run(SMOKE_TEST, tmp_path, str(tmp_path / "people.db"))
    assert stdout.split()[-3:] == ["0", "True", "True"], stdout


READY = """
import sys
from planner.gui import application

report = application._report_ready


def ready(window, started):
    import PySide6.QtCore

    print("Qt-namespace" if "Qt" in vars(PySide6.QtCore) else "no Qt namespace")
    return report(window, started)


application._report_ready = ready
from planner.cli import main

sys.exit(main(["--db", sys.argv[1], "gui", "--smoke-test"]))
"""


def test_the_people_and_the_plan_show_before_the_qt_namespace_is_built(tmp_path, catalog):
    """The Qt namespace's 117 enums cost a fifth of a bare window's start; the list's header,
    its date cells, the status bar and the plan's summary never name one."""
    from datetime import date

    from planner.services.workspace import open_workspace

    db = tmp_path / "people.db"
    with open_workspace(db, catalog, date.today) as ws:
        ws.people.add(persona_profile("service-manager"), tags=["remote"])
    out = _run(READY, tmp_path, str(db))
    assert "plan shown" in out
    assert "no Qt namespace" in out, out


WHOLE = """
import sys
from planner.gui import application

report = application._report_ready
painted = []


def ready(window, started):
    from planner.gui.pages.profile import tables

    draw = tables.RowsTable.paintEvent

    def counted(self, event):
        painted.append(self.model().rowCount())
        return draw(self, event)

    tables.RowsTable.paintEvent = counted
    window.resize(1400, 900)  # two columns: the skills and credentials tables are in view
    return report(window, started)


application._report_ready = ready
from planner.cli import main

code = main(["--db", sys.argv[1], "gui", "--smoke-test"])
import PySide6.QtCore, PySide6.QtWidgets

print("drawn", sorted(set(painted)))
print("Qt-namespace" if "Qt" in vars(PySide6.QtCore) else "no Qt namespace")
print("QStyle" if "QStyle" in vars(PySide6.QtWidgets) else "no QStyle")
sys.exit(code)
"""


def test_the_page_on_show_is_built_and_drawn_without_the_qt_namespace_or_qstyle(tmp_path, catalog):
    """The smoke test ends once the Profile page is built and drawn, tables and all, and no
    step of the start builds the Qt namespace's 117 enums (124 M instructions) or QStyle's
    ~300: the tables draw copies Qt holds, the page names alignments and text formats through
    Qt's property system, and the note's mark is the planner's own picture."""
    from datetime import date

    from planner.services.workspace import open_workspace

    db = tmp_path / "people.db"
    with open_workspace(db, catalog, date.today) as ws:
        ws.people.add(persona_profile("service-manager"), tags=["remote"])
    out = _run(WHOLE, tmp_path, str(db))
    assert "plan shown" in out
    drawn = out.split("drawn ")[1].splitlines()[0]
    assert drawn not in ("[]", "[0]"), out  # the tables were drawn, with their rows
    assert "no Qt namespace" in out and "no QStyle" in out, out


AFTER_READY = """
import sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from planner.gui import qt_namespace
from planner.gui.pages.lazy import LazyPage

build = qt_namespace.build_qt_namespace
drawn = []


class Drawn(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            drawn.append(watched)
        return False


watch = Drawn()
ensure = LazyPage.ensure


def ensure_watched(self):
    page = ensure(self)
    page.installEventFilter(watch)
    return page


LazyPage.ensure = ensure_watched


def built_then_quit():
    print("before:", "Qt" in vars(PySide6.QtCore), flush=True)
    print("page drawn first:", bool(drawn), flush=True)
    print("dialog:", "planner.gui.catalog_update_dialog" in sys.modules, flush=True)
    build()
    print("after:", "Qt" in vars(PySide6.QtCore), flush=True)
    QApplication.instance().quit()


qt_namespace.build_qt_namespace = built_then_quit
from planner.cli import main

sys.exit(main(["--db", sys.argv[1], "gui"]))
"""


def test_the_app_builds_the_qt_namespace_once_ready_not_at_the_first_action(tmp_path, catalog):
    """Whatever names `Qt` first waits about 30 ms for its 117 enums: the app builds them once
    the page on show is built and drawn, so a key, a menu or an export does not. The real start
    (not the smoke test's) builds neither it nor the catalog update's dialog before then."""
    from datetime import date

    from planner.services.workspace import open_workspace

    db = tmp_path / "people.db"
    with open_workspace(db, catalog, date.today) as ws:
        ws.people.add(persona_profile("service-manager"))
    out = _run(AFTER_READY, tmp_path, str(db))
    assert "before: False" in out and "after: True" in out, out
    assert "page drawn first: True" in out, out  # it delays neither the plan nor the page
    assert "dialog: False" in out, out  # no catalog update to show: its dialog is not imported


def test_the_notes_mark_is_the_planners_own_picture_at_every_size(qapp):
    """The Profile page's note shows the planner's PNG mark (not the style's icon, which
    would build QStyle's enums), sharp at each size it is drawn."""
    from planner.gui.application import register_icons
    from planner.gui.widgets.marks import NOTE_MARK_SIZES, note_mark

    register_icons()
    for side in (*NOTE_MARK_SIZES, 20):
        mark = note_mark(side)
        assert mark is not None and mark.width() == mark.height() == side
        middle = mark.toImage().pixelColor(side // 2, side // 2 + side // 4)
        assert middle.lightness() > 200  # the white stem of the "i"
        edge = mark.toImage().pixelColor(side // 2, side // 8 + 1)
        assert edge.blue() > edge.red() + 60  # the blue disc around it


def test_the_window_icon_comes_from_its_png_sizes_not_the_svg(qapp):
    """Drawing the SVG would load Qt's SVG library before the first paint (about 2 MiB)."""
    from planner.gui.application import ICON_SIZES, window_icon

    icon = window_icon()
    assert icon is not None and not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)
    assert icon.pixmap(32, 32).width() == 32


TEARDOWN = """
import atexit, os, sys
from PySide6.QtWidgets import QApplication, QLabel
from planner.gui.application import skip_qt_teardown

app = QApplication([])
label = QLabel("kept until the process ends")
dropped = skip_qt_teardown() if sys.argv[1] == "skip" else False
atexit._run_exitfuncs()  # as cli._leave does before os._exit
alive = QApplication.instance() is not None
print("dropped" if dropped else "kept", "alive" if alive else "deleted", flush=True)
os._exit(0)
"""


def test_the_program_exits_without_pyside6s_teardown(tmp_path):
    """Once the window is gone the process ends at once (cli._leave): PySide6's own exit step,
    which deletes every widget and wrapper one by one, is dropped."""
    assert _run(TEARDOWN, tmp_path, "skip").split() == ["dropped", "alive"]
    assert _run(TEARDOWN, tmp_path, "as before").split() == ["kept", "deleted"]


def test_the_teardown_stays_while_the_planner_owns_the_clipboard(qapp, monkeypatch):
    """Deleting the application hands copied text to the clipboard manager (X11): kept."""
    import atexit

    from PySide6.QtGui import QClipboard

    from planner.gui.application import skip_qt_teardown

    dropped = []
    monkeypatch.setattr(atexit, "unregister", dropped.append)
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: True)
    assert not skip_qt_teardown() and dropped == []
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: False)
    assert skip_qt_teardown() and len(dropped) == 1


# A large antialiased fill: Qt's raster engine hands fills of many spans to its thread pool.
LARGE_FILL = """
import os, sys
import planner.gui.application as application
if sys.argv[1] == "pool":
    application.serial_painting = lambda: None  # the app as it was, for the comparison
os.environ.pop("QT_NO_GUI_THREADPOOL", None)
application.make_application()
from PySide6.QtGui import QColor, QImage, QPainter
image = QImage(1200, 1200, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
painter.setBrush(QColor(10, 120, 200, 128))
painter.drawEllipse(0, 0, 1200, 1200)
painter.end()
print(len(os.listdir("/proc/self/task")), os.environ.get("QT_NO_GUI_THREADPOOL"))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_app_paints_on_its_own_thread(tmp_path):
    threads, switch = _run(LARGE_FILL, tmp_path, "serial").split()
    assert (threads, switch) == ("1", "1")  # no pool thread was started for the fill
    if len(os.sched_getaffinity(0)) > 1:  # the comparison shows the fill would use the pool
        threads, switch = _run(LARGE_FILL, tmp_path, "pool").split()
        assert int(threads) > 1 and switch == "None"


def test_a_painting_switch_set_by_the_person_is_kept(monkeypatch):
    from planner.gui.application import serial_painting

    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "")
    serial_painting()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == ""
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL")
    serial_painting()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
