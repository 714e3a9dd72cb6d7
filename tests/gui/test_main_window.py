"""The main window end to end: people, pages, the main flows, shortcuts and accessibility."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from planner.gui.application import build_window
from tests.gui.conftest import drain_pool, persona_profile

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, session, settings, catalog):
    win = build_window(session.workspace, catalog, settings)
    # build_window makes its own session over the same workspace; use that one.
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    drain_pool()


def add(win, which: str = "service-manager", **changes) -> int:
    person_id = win.session.add_person(persona_profile(which, **changes))
    win.session.select(person_id)
    return person_id


def test_empty_database_shows_the_empty_state(window):
    assert window.session.person_id is None
    assert window.empty.isVisible() and not window.tabs.isVisible()
    assert not window.replan_action.isEnabled()


def test_selecting_a_person_loads_every_page(window):
    add(window)
    assert window.tabs.isVisible() and window.tabs.count() == 6
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == ["Profile", "Fit", "Roadmap", "Gaps", "Experience", "Notes"]
    assert "Finish" in window.summary.full_text()
    # The status bar's cost is the Roadmap tile's estimate, not a second figure.
    plan = window.session.roadmap().summary
    assert f"{plan.cost_low:,.0f}" in window.summary.full_text()
    assert window.people.current_id() == window.session.person_id


def test_building_a_page_opens_no_window_of_its_own(window, qtbot):
    """A widget shown before it has a parent is a window for a moment: on a desktop it flashes,
    and it takes the focus from the main window (the search box lost it, and every list was
    redrawn in its inactive colours). Building each page leaves the main window active."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.people.search.setFocus()
    shown: list[str] = []

    class Windows(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
                shown.append(type(watched).__name__)
            return False

    spy = Windows()
    QApplication.instance().installEventFilter(spy)
    try:
        add(window)  # the page on show is built now
        for index, lazy in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert lazy.page is not None
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert shown == []
    assert window.isActiveWindow()
    assert window.people.search.hasFocus()


def test_main_flow_profile_progress_replan_undo(window):
    person = add(window)
    session = window.session
    profile = session.profile()
    session.save_profile(replace(profile, weekly_hours=12), "Edit hours")
    assert session.profile().weekly_hours == 12
    session.undo_stack.undo()
    assert session.profile().weekly_hours == profile.weekly_hours
    session.undo_stack.redo()
    session.record_progress("choose-niche", "done", session.today())
    window.replan_action.trigger()
    steps = {s.id: s for s in session.roadmap().steps}
    assert steps["choose-niche"].status == "done"
    assert len(session.workspace.planning.history(person)) == 2
    window.undo_action.trigger()  # undo the progress
    assert "choose-niche" not in session.progress() or (
        session.progress()["choose-niche"].status == "todo"
    )


def test_delete_person_asks_and_erases(window, monkeypatch):
    person = add(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.delete_action.trigger()
    assert window.session.workspace.people.exists(person)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert not window.session.workspace.people.exists(person)
    assert window.session.person_id is None and window.empty.isVisible()


def test_people_list_search_and_tags(window, qtbot):
    session = window.session
    session.add_person(persona_profile("developer"), ["cohort-a"])
    session.add_person(persona_profile("helpdesk"), ["cohort-b"])
    window.people.refresh()
    assert window.people.model.rowCount() == 2
    window.people.search.setText("helpdesk")
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=2000)
    window.people.search.clear()
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 2, timeout=2000)
    window.people.tag.setCurrentIndex(window.people.tag.findData("cohort-a"))
    assert window.people.model.rowCount() == 1


def test_export_pdf_runs_on_a_worker_and_writes_the_file(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    add(window)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.output.exported, timeout=20000) as signal:
        window.output.export_action.trigger()
    assert signal.args[0].pages >= 3
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600


def test_standard_shortcuts(window):
    def keys(action) -> set[str]:
        return {k.toString() for k in action.shortcuts()}

    assert "Ctrl+N" in keys(window.new_action)
    assert "Ctrl+O" in keys(window.open_action)
    assert "Ctrl+S" in keys(window.save_action)
    assert "Ctrl+Q" in keys(window.quit_action)
    assert "Ctrl+Z" in keys(window.undo_action)
    assert "Ctrl+F" in keys(window.find_action)
    assert "Ctrl+P" in keys(window.output.print_action)
    assert QKeySequence("Ctrl+E").toString() in keys(window.output.export_action)


CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def test_every_control_has_an_accessible_name(window):
    add(window)
    unnamed = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in (
            "QScrollBar",
            "QCalendarWidget",
            "QAbstractSpinBox",
            "QComboBox",
        ):
            continue
        text = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not text.replace("&", "").strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, unnamed


def test_settings_remember_geometry_and_recent_databases(window, settings):
    window.remember_database(Path("/tmp/a.db"))
    window.remember_database(Path("/tmp/b.db"))
    window.close()
    assert settings.value("geometry") is not None
    assert window.recent_databases()[:2] == ["/tmp/b.db", "/tmp/a.db"]


def test_smoke_test_command_prints_ms_and_exits_0(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "CAREER_PLANNER_LOG_DIR": str(tmp_path / "log"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(tmp_path / "p.db"), "gui", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    paint, ready = done.stdout.splitlines()
    assert re.fullmatch(r"first paint \d+ ms", paint)
    assert re.fullmatch(r"ready \d+ ms \(0 people, 0 listed; no one to show\)", ready)
    assert int(ready.split()[1]) >= int(paint.split()[2])


def test_the_app_leaves_no_private_temporary_folder_behind(tmp_path):
    """It exits without tearing Python down, but still runs what is registered for exit."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "CAREER_PLANNER_LOG_DIR": str(tmp_path / "log"),
        "TMPDIR": str(temp),
    }
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(tmp_path / "p.db"), "gui", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not list(temp.glob("career-planner-*"))
    assert (tmp_path / "log" / "career-planner.log").exists()


def test_smoke_test_is_ready_once_the_first_persons_plan_is_shown(tmp_path, catalog):
    from planner.services.workspace import open_workspace
    from tests.gui.conftest import TODAY, persona_profile

    db = tmp_path / "p.db"
    ws = open_workspace(db, catalog, lambda: TODAY)
    ws.people.add(persona_profile("helpdesk", name="Zara Last"))
    first = ws.people.add(persona_profile("developer", name="Adam First"))
    ws.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "CAREER_PLANNER_LOG_DIR": str(tmp_path / "log"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(db), "gui", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ready = done.stdout.splitlines()[1]
    assert ready.endswith(f"(2 people, 2 listed; person {first}'s plan shown)"), ready


def test_delete_button_needs_a_person(window):
    assert not window.people.delete_button.isEnabled()
    add(window)
    assert window.people.delete_button.isEnabled()
