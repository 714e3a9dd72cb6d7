"""After a shipped catalog update the app lists its changes once and re-plans nobody."""

from __future__ import annotations

from planner.gui.catalog_update_dialog import LATER, show_catalog_update
from planner.services.workspace import open_workspace
from tests.gui.conftest import TODAY, persona_profile
from tests.services.test_catalog_updates import GONE, newer


def test_the_update_is_listed_once_with_replan_later(qtbot, tmp_path, catalog):
    path = tmp_path / "update.db"
    with open_workspace(path, catalog, lambda: TODAY) as ws:
        person = ws.people.add(persona_profile("service-manager"))
        ws.planning.replan(person)
        before = ws.planning.history(person)
        assert show_catalog_update(None, ws) is None  # same catalog: nothing to say
    with open_workspace(path, newer(catalog), lambda: TODAY) as ws:
        assert ws.catalog_update is not None
        dialog = show_catalog_update(None, ws)
        qtbot.addWidget(dialog)
        assert dialog.later_button.text() == LATER
        text = dialog.text.toPlainText()
        assert "~ price CompTIA Security+ (comptia-secplus)" in text
        assert f"({GONE})" in text
        assert "Re-plan affected people later" in text
        assert ws.planning.history(person) == before  # nothing re-planned
        dialog.accept()
        assert show_catalog_update(None, ws) is None  # shown once
    with open_workspace(path, newer(catalog), lambda: TODAY) as ws:
        assert ws.catalog_update is None and show_catalog_update(None, ws) is None


def test_the_app_shows_the_update_through_its_start_hook_and_nothing_without_one(
    qtbot, tmp_path, catalog
):
    """The start imports the dialog only when there is an update to show."""
    from PySide6.QtWidgets import QWidget

    from planner.gui.application import _show_catalog_update

    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / "update.db"
    with open_workspace(path, catalog, lambda: TODAY) as ws:
        _show_catalog_update(window, ws)
        assert window.catalog_update_dialog is None
    with open_workspace(path, newer(catalog), lambda: TODAY) as ws:
        _show_catalog_update(window, ws)
        dialog = window.catalog_update_dialog
        assert dialog is not None and dialog.isVisible()
        assert "comptia-secplus" in dialog.text.toPlainText()
        dialog.accept()
