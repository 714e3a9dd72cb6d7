"""Person > Find a niche from job ads…: the action alone; the finder loads when it is used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def niche_action(window, session) -> QAction:
    """'Find a niche from job ads…'; MainWindow puts it in the Person menu."""
    translate = QCoreApplication.translate
    action = QAction(translate("MainWindow", "Find a &niche from job ads…"), window)
    action.setObjectName("findNicheAction")
    action.setStatusTip(
        translate("MainWindow", "Paste local job ads and rank niches by local demand and your fit")
    )
    action.setToolTip(translate("MainWindow", "Find a niche from local job ads"))

    def run() -> None:
        from planner.gui.niche_finder import open_niche_finder

        open_niche_finder(window, session)

    action.triggered.connect(run)
    return action
