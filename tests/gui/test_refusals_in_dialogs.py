"""Dialogs say why a file was refused in the language the app speaks (German, Spanish)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.errors import DatabaseRefused
from planner.domain.messages import speaking
from planner.gui import application
from planner.gui.import_dialog import ImportDialog
from planner.i18n import catalogs

PROFILE = Path(__file__).resolve().parents[1] / "data" / "personas" / "developer.json"


def test_the_refusal_in_the_recovery_dialog_is_german(qtbot, monkeypatch, catalog, tmp_path):
    path = tmp_path / "planner.db"
    path.write_bytes(b"this was overwritten by something else" * 200)
    asked: list[str] = []
    monkeypatch.setattr(
        application, "ask_recovery", lambda parent, problem, has: asked.append(problem) or "cancel"
    )
    with speaking(catalogs.load("de")):
        assert application.open_with_recovery(path, catalog) is None
    assert asked == [
        f"{path} ist keine Planer-Datenbank (keine SQLite-Datei); unverändert gelassen"
    ]


def test_the_dialog_shows_the_spanish_refusal_as_its_text(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner.storage.database import open_store

    with speaking(catalogs.load("es")), pytest.raises(DatabaseRefused) as refused:
        open_store(tmp_path)  # a folder
    problem = str(refused.value)
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.reject()

    QTimer.singleShot(0, answer)
    assert application.ask_recovery(None, problem, False) == "cancel"
    assert shown == [f"{tmp_path} es una carpeta, no una base de datos"]


def test_the_import_dialog_explains_a_refused_file_in_spanish(qtbot, session):
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    with speaking(catalogs.load("es")):  # the worker reads the file in a copy of this context
        dialog.load(PROFILE)
        qtbot.waitUntil(lambda: "cannot be imported" in dialog.status.text())
    status = dialog.status.text()
    assert "es un perfil del planificador, no un JSON Resume" in status
    assert "is a planner profile" not in status
    assert dialog.preview is None and session.workspace.people.count() == 0
