"""The recovery dialog says why the database was refused in the language the app speaks."""

from __future__ import annotations

import pytest

from planner.domain.errors import DatabaseRefused
from planner.domain.messages import speaking
from planner.gui import application
from planner.i18n import catalogs


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
