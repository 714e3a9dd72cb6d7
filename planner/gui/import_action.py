"""File > Import person…: the action alone, so the review dialog loads only when it is used."""

from __future__ import annotations

from PySide6.QtGui import QAction


def install(window, session) -> None:
    """File > Import person…, after New person."""
    action = QAction("&Import person…", window)
    action.setObjectName("importPersonAction")
    window.shortcut_later(action, "Ctrl+Shift+I")
    tip = "Add a person from a JSON Resume or a LinkedIn data export, after a review"
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setWhatsThis(tip)

    def run() -> None:
        from planner.gui.import_dialog import import_person

        import_person(window, session)

    action.triggered.connect(run)
    window.file_menu.insertAction(window.open_action, action)
