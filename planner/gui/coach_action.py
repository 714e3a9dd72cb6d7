"""Edit > Coach settings… and Country packs…: the actions alone; dialogs load when used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def coach_actions(window, session) -> list[QAction]:
    """Coach settings and country packs; MainWindow puts them in the Edit menu."""
    translate = QCoreApplication.translate
    action = QAction(translate("MainWindow", "&Coach settings…"), window)
    action.setObjectName("coachSettingsAction")
    action.setStatusTip(
        translate("MainWindow", "Name, organisation and logo for printouts; plan currency; mode")
    )

    def run() -> None:
        from planner.gui.coach_settings import open_coach_settings

        open_coach_settings(window, session)

    action.triggered.connect(run)

    packs = QAction(translate("MainWindow", "Country &packs…"), window)
    packs.setObjectName("countryPacksAction")
    packs.setStatusTip(
        translate(
            "MainWindow",
            "The country packs in use; import your own after a preview, or remove it",
        )
    )

    def run_packs() -> None:
        from planner.gui.country_pack_dialog import open_country_packs

        open_country_packs(window, session)

    packs.triggered.connect(run_packs)
    return [action, packs]
