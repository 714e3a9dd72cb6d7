"""File > Import person… and Import client list…: actions only; their dialogs load when used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def import_actions(window, session) -> list[QAction]:
    """Import person… and Import client list…; MainWindow puts them after New person."""
    translate = QCoreApplication.translate
    action = QAction(translate("MainWindow", "&Import person…"), window)
    action.setObjectName("importPersonAction")
    window.shortcut_later(action, "Ctrl+Shift+I")
    tip = translate(
        "MainWindow", "Add a person from a JSON Resume or a LinkedIn data export, after a review"
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setWhatsThis(tip)

    def run() -> None:
        from planner.gui.import_dialog import import_person

        import_person(window, session)

    action.triggered.connect(run)

    clients = QAction(translate("MainWindow", "Import client &list…"), window)
    clients.setObjectName("importClientListAction")
    tip = translate(
        "MainWindow", "Add everyone in a CSV or Excel client list at once, after a preview"
    )
    clients.setStatusTip(tip)
    clients.setToolTip(tip)
    clients.setWhatsThis(tip)

    def run_clients() -> None:
        from planner.gui.client_list_dialog import import_client_list

        import_client_list(window, session)

    clients.triggered.connect(run_clients)
    return [action, clients]
