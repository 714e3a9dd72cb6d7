"""Edit > Coach settings…: the action alone; the dialog loads when it is used."""

from __future__ import annotations

from PySide6.QtGui import QAction


def install(window, session) -> None:
    action = QAction("&Coach settings…", window)
    action.setObjectName("coachSettingsAction")
    action.setStatusTip("Name, organisation and logo for printouts; plan currency; mode")

    def run() -> None:
        from planner.gui.coach_settings import open_coach_settings

        open_coach_settings(window, session)

    action.triggered.connect(run)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
