"""A refused database at start-up: the app offers a backup or a new file, never overwrites."""

from __future__ import annotations

import hashlib

import pytest

from planner.gui import application
from planner.importers.profile_file import profile_from_dict
from planner.services.workspace import open_workspace
from tests.gui.conftest import TODAY


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def broken_with_backup(tmp_path, catalog):
    path = tmp_path / "planner.db"
    ws = open_workspace(path, catalog, lambda: TODAY)
    ws.people.add(profile_from_dict({"name": "Backed Up", "weekly_hours": 4}))
    ws.backups.create(ws.store.conn, "auto")
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
            assert ws.store.path != broken_with_backup
            names = [p.name for p in ws.repos.people.list()]
            assert names == (["Backed Up"] if choice == "restore" else [])
    finally:
        if ws is not None:
            ws.close()
