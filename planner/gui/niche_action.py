"""Person > Find a niche from job ads…: the action alone; the finder loads when it is used."""

from __future__ import annotations

from PySide6.QtGui import QAction


def install(window, session) -> None:
    """Add 'Find a niche from job ads…' to the Person menu (enabled when a person is shown)."""
    if window.findChild(QAction, "findNicheAction") is not None:
        return  # installed already
    action = QAction("Find a &niche from job ads…", window)
    action.setObjectName("findNicheAction")
    action.setStatusTip("Paste local job ads and rank niches by local demand and your fit")
    action.setToolTip("Find a niche from local job ads")

    def run() -> None:
        from planner.gui.niche_finder import open_niche_finder

        open_niche_finder(window, session)

    action.triggered.connect(run)
    menu = window.person_menu
    separator = next((a for a in menu.actions() if a.isSeparator()), None)
    if separator is not None:
        menu.insertAction(separator, action)
    else:
        menu.addAction(action)
    window.person_actions.append(action)
    action.setEnabled(session.person_id is not None)
