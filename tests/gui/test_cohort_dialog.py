"""File > Export cohort…: a file per person of a tag and a ZIP, on a worker, cancellable."""

from __future__ import annotations

import zipfile

import pytest

from planner.gui.application import build_window
from planner.gui.cohort_dialog import CohortDialog, run_export
from tests.gui.conftest import drain_pool, persona_profile


@pytest.fixture
def window(qtbot, gui_workspace, settings, catalog):
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    for name in ("developer", "service-manager"):
        win.session.add_person(persona_profile(name), ["cohort-1"])
    yield win
    drain_pool()


def test_the_dialog_lists_tags_with_counts(qtbot):
    dialog = CohortDialog([("cohort-1", 2), ("solo", 1)])
    qtbot.addWidget(dialog)
    assert dialog.tag.itemText(0) == "cohort-1 (2 people)"
    assert dialog.tag.itemText(1) == "solo (1 person)"
    dialog.ics.setChecked(True)
    assert dialog.choice()[:2] == ("cohort-1", "ics")


def test_without_tags_export_is_disabled(qtbot):
    dialog = CohortDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()


@pytest.mark.parametrize("fmt", ["pdf", "ics"])
def test_a_file_per_person_and_a_zip(window, qtbot, tmp_path, fmt):
    run_export(window, window.session, "cohort-1", fmt, tmp_path)
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=60000)
    files = sorted(tmp_path.glob(f"*.{fmt}"))
    assert len(files) == 2
    with zipfile.ZipFile(tmp_path / f"cohort-cohort-1-{fmt}.zip") as archive:
        assert sorted(archive.namelist()) == [f.name for f in files]
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)


def test_cancel_writes_no_zip(window, qtbot, tmp_path, monkeypatch):
    import threading

    monkeypatch.setattr(threading.Event, "is_set", lambda self: True)
    run_export(window, window.session, "cohort-1", "pdf", tmp_path)
    qtbot.waitUntil(lambda: "no ZIP" in window.statusBar().currentMessage(), timeout=30000)
    assert not list(tmp_path.glob("*.zip"))
