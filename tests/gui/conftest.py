"""GUI fixtures: an offscreen app, a fresh database, a session with a person selected."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtGui import QUndoStack

from planner.codec.profile_file import profile_from_dict
from planner.services.workspace import Workspace, open_workspace

TODAY = date(2027, 3, 1)
PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
DRAIN_SECONDS = 120


def drain_pool() -> None:
    """Wait for every background job, delivering queued events meanwhile, within a bound.

    A bare waitForDone() blocks the GUI thread without an event loop and without a limit: a job
    that needs one more event on the GUI thread (a queued signal, a modal progress dialog's
    step) would wait for ever, and one CI run hung so until the 90-minute limit.
    """
    pool = QThreadPool.globalInstance()
    for _ in range(DRAIN_SECONDS * 20):
        if pool.waitForDone(50):
            QCoreApplication.processEvents()
            return
        QCoreApplication.processEvents()
    raise AssertionError(f"background jobs still running after {DRAIN_SECONDS} s")


def persona_profile(which: str, **changes):
    data = json.loads((PERSONAS / f"{which}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return profile_from_dict(data)


@pytest.fixture
def gui_workspace(tmp_path: Path, catalog) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "gui.db", catalog, lambda: TODAY)
    yield ws
    drain_pool()
    ws.close()


@pytest.fixture
def session(qtbot, gui_workspace, catalog):
    from planner.gui.session import PersonSession

    undo = QUndoStack()
    s = PersonSession(gui_workspace, catalog, undo, today=lambda: TODAY)
    undo.setParent(s)
    yield s
    drain_pool()
    # The undo commands are Python objects holding closures over the session: delete them
    # now, while everything they refer to is alive, not whenever the garbage collector
    # reaches the session (PySide6 6.11 crashed in ~QUndoStack then).
    undo.clear()


@pytest.fixture
def person(session) -> int:
    """The service-manager persona, added and selected."""
    person_id = session.add_person(persona_profile("service-manager"), ["cohort-1"])
    session.select(person_id)
    return person_id


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def person_window(qtbot, session, settings, catalog):
    """The main window, shown, with the service-manager persona added and selected."""
    from planner.gui.application import build_window

    win = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.session.select(win.session.add_person(persona_profile("service-manager")))
    yield win
    drain_pool()
