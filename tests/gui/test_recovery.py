"""A refused database at start-up: the app offers a backup or a new file, never overwrites."""

from __future__ import annotations

import hashlib

import pytest

from planner.codec.profile_file import profile_from_dict
from planner.gui import application
from planner.services.workspace import open_workspace
from tests.gui.conftest import TODAY, drain_pool


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def broken_with_backup(tmp_path, catalog):
    path = tmp_path / "planner.db"
    ws = open_workspace(path, catalog, lambda: TODAY)
    ws.people.add(profile_from_dict({"name": "Backed Up", "weekly_hours": 4}))
    ws.back_up()
    ws.close()
    path.write_bytes(b"this was overwritten by something else" * 200)
    return path


@pytest.mark.parametrize("choice", ["restore", "new", "cancel"])
def test_recovery_choices_leave_the_refused_file_untouched(
    qtbot, monkeypatch, catalog, broken_with_backup, choice
):
    before = digest(broken_with_backup)
    asked = []
    monkeypatch.setattr(
        application, "ask_recovery", lambda parent, problem, has: asked.append(has) or choice
    )
    ws = application.open_with_recovery(broken_with_backup, catalog)
    try:
        assert asked == [True]
        assert digest(broken_with_backup) == before
        if choice == "cancel":
            assert ws is None
        else:
            assert ws.path != broken_with_backup
            names = [p.name for p in ws.people.list()]
            assert names == (["Backed Up"] if choice == "restore" else [])
    finally:
        if ws is not None:
            ws.close()


@pytest.fixture
def damaged_page(tmp_path, catalog):
    """A database with a page in the middle overwritten: its header and schema still read.
    Most of the file is session notes, which nothing reads at start, so the damage is found
    by the check after the window is ready."""
    from tests.test_attacks.test_corruption import damage_middle_page

    path = tmp_path / "planner.db"
    ws = open_workspace(path, catalog, lambda: TODAY)
    for n in range(40):
        person = ws.people.add(
            profile_from_dict({"name": f"Person {n}", "current_role": "x" * 190, "weekly_hours": 4})
        )
        for session in range(3):
            ws.journal.add_note(person, TODAY, f"Session {session}: " + "notes " * 300)
    ws.back_up()
    ws.close()
    damage_middle_page(path)
    return path


@pytest.fixture(params=["new", "cancel"])
def answer(request, monkeypatch) -> tuple[str, list[str]]:
    """The recovery dialog answered with the parameter; the problems it was shown."""
    asked: list[str] = []
    monkeypatch.setattr(
        application,
        "ask_recovery",
        lambda parent, problem, has: asked.append(problem) or request.param,
    )
    return request.param, asked


def test_a_damaged_page_found_after_start_offers_recovery(
    qtbot, catalog, settings, damaged_page, answer
):

    choice, asked = answer
    ws = application.open_workspace(damaged_page, catalog, lambda: TODAY, check_pages=False)
    window = application.build_window(ws, catalog, settings)
    qtbot.addWidget(window)
    quit_calls = []
    app = type("App", (), {"quit": lambda self: quit_calls.append(1)})()
    application.check_pages_later(window, window.session, app)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    drain_pool()
    assert "damaged" in asked[0] and "restore" in asked[0]
    if choice == "new":
        assert window.session.workspace.path != damaged_page and not quit_calls
        window.session.workspace.close()
    else:
        assert quit_calls
        ws.close()
