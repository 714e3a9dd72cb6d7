"""File > Import client list…: preview, column choices, all-or-none add with progress."""

from __future__ import annotations

import pytest

from planner.gui import client_list_dialog
from planner.gui.application import build_window
from planner.gui.client_list_dialog import ClientListDialog, add_all
from planner.importers.client_list import client_rows, read_client_list
from tests.gui.conftest import drain_pool
from tests.importers.test_client_list import HEADER, ROWS, write_csv


@pytest.fixture
def window(qtbot, gui_workspace, settings, catalog):
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    yield win
    drain_pool()


@pytest.fixture
def clients(tmp_path):
    return read_client_list(write_csv(tmp_path / "c.csv", [HEADER, *ROWS]))


def test_the_dialog_shows_rows_under_guessed_fields(qtbot, clients):
    dialog = ClientListDialog(clients)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 + len(ROWS)
    assert dialog.table.item(1, 0).text() == "Ada Admin"
    assert [c.currentData() for c in dialog.choosers][:3] == ["name", "current_role", "region"]
    assert dialog.add_button.isEnabled() and dialog.add_button.text() == "&Add 2 people"


def test_without_a_name_column_add_is_disabled_and_says_why(qtbot, clients):
    dialog = ClientListDialog(clients)
    qtbot.addWidget(dialog)
    dialog.choosers[0].setCurrentIndex(0)  # not used
    assert not dialog.add_button.isEnabled() and "name" in dialog.problem.text()
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData("name"))
    dialog.choosers[1].setCurrentIndex(dialog.choosers[1].findData("name"))
    assert not dialog.add_button.isEnabled() and "Two columns" in dialog.problem.text()


def test_a_bad_row_is_named_and_nothing_closes(qtbot, tmp_path):
    rows = [HEADER, ROWS[0], [*ROWS[1][:5], "lots", *ROWS[1][6:]]]
    dialog = ClientListDialog(read_client_list(write_csv(tmp_path / "b.csv", rows)))
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert "row 3" in dialog.problem.text() and not dialog.rows
    assert dialog.result() == 0


def test_adding_everyone_selects_the_first_and_tags_them(window, clients):
    session = window.session
    add_all(window, session, client_rows(clients), ["cohort-b"])
    people = session.workspace.people
    assert people.count() == 2
    assert session.person_id is not None and "cohort-b" in people.tags(session.person_id)
    assert "Added 2 people" in window.statusBar().currentMessage()


def test_cancel_adds_nobody(window, clients, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    add_all(window, window.session, client_rows(clients), [])
    assert window.session.workspace.people.count() == 0
    assert "nobody was added" in window.statusBar().currentMessage()


def test_the_menu_action_reads_the_file_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "c.csv", [HEADER, *ROWS])
    monkeypatch.setattr(client_list_dialog, "ask_open_client_list", lambda parent: path)
    shown = []
    monkeypatch.setattr(client_list_dialog, "review", lambda w, s, c: shown.append(c))
    window.import_clients_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].header == tuple(HEADER)
