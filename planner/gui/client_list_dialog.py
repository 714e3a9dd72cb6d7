"""File > Import client list…: preview a CSV or XLSX, map its columns, add everyone at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.plural import counts, resolved
from planner.services.imports import FIELDS, ClientList, client_rows, remap

PREVIEW_ROWS = 20
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ClientListDialog", "Name"),
    "current_role": QT_TRANSLATE_NOOP("ClientListDialog", "Current role"),
    "region": QT_TRANSLATE_NOOP("ClientListDialog", "Region"),
    "email": QT_TRANSLATE_NOOP("ClientListDialog", "Email"),
    "tags": QT_TRANSLATE_NOOP("ClientListDialog", "Tags"),
    "weekly_hours": QT_TRANSLATE_NOOP("ClientListDialog", "Hours a week"),
    "budget": QT_TRANSLATE_NOOP("ClientListDialog", "Budget"),
    "target_track": QT_TRANSLATE_NOOP("ClientListDialog", "Target track"),
}
NOT_USED = QT_TRANSLATE_NOOP("ClientListDialog", "(not used)")


class ClientListDialog(QDialog):
    """Shows the first rows under a field chooser per column; Add checks every row first."""

    def __init__(self, clients: ClientList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import client list — %1").replace("%1", clients.source.name))
        self.setObjectName("clientListDialog")
        self.clients = clients
        count = len(clients.rows)
        intro = QLabel(
            resolved(
                self.tr(
                    "%n row(s) in %1. Choose what each column holds; only Name is needed (hours a "
                    "week default to 5). Every row is checked before anyone is added, and "
                    "everyone is added together or not at all.",
                    "",
                    count,
                ),
                count,
            ).replace("%1", clients.source.name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(min(count, PREVIEW_ROWS) + 1, len(clients.header))
        self.table.setAccessibleName(self.tr("Client list preview"))
        self.table.setHorizontalHeaderLabels(list(clients.header))
        self.table.setVerticalHeaderLabels(
            [self.tr("Holds")] + [str(n) for n in range(2, min(count, PREVIEW_ROWS) + 2)]
        )
        self.choosers: list[QComboBox] = []
        for column in range(len(clients.header)):
            chooser = QComboBox()
            chooser.setAccessibleName(
                self.tr("What column %1 holds").replace("%1", repr(clients.header[column]))
            )
            chooser.addItem(self.tr(NOT_USED), None)
            for field in FIELDS:
                chooser.addItem(self.tr(FIELD_LABELS[field]), field)
            chosen = clients.mapping.get(column)
            chooser.setCurrentIndex(chooser.findData(chosen) if chosen else 0)
            chooser.currentIndexChanged.connect(self._check_mapping)
            self.table.setCellWidget(0, column, chooser)
            self.choosers.append(chooser)
        for row, cells in enumerate(clients.rows[:PREVIEW_ROWS], start=1):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. spring-2027 (comma-separated)"))
        self.tags.setAccessibleName(self.tr("Tags for everyone"))
        form = QFormLayout()
        form.addRow(self.tr("Tag everyone:"), self.tags)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the list"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(resolved(self.tr("&Add %n person(s)", "", count), count))
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.rows: list = []
        self._check_mapping()
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(560, screen.height() - 60))
        guard_fields(self)

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.choosers) if c.currentData()}

    def chosen_tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def _check_mapping(self) -> None:
        fields = list(self.mapping().values())
        twice = sorted({f for f in fields if fields.count(f) > 1})
        if twice:
            self._refuse(
                self.tr("Two columns are set to %1: choose one.").replace(
                    "%1", self.tr(FIELD_LABELS[twice[0]])
                )
            )
        elif "name" not in fields:
            self._refuse(self.tr("Choose the column that holds each client's name."))
        else:
            self._refuse("")

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.add_button.setEnabled(not text)

    def _on_add(self) -> None:
        try:
            self.rows = client_rows(remap(self.clients, self.mapping()))
        except Exception as exc:  # the row and the problem, in one line
            self._refuse(
                self.tr("%1. Fix the file (or the column choices) and try again.").replace(
                    "%1", str(exc)
                )
            )
            return
        self.accept()


def ask_open_client_list(parent: QWidget) -> Path | None:
    from planner.gui.data_exports import ask_open_path

    translate = QCoreApplication.translate
    return ask_open_path(
        parent,
        translate("ClientListDialog", "Import client list"),
        translate("ClientListDialog", "Client lists (*.csv *.xlsx);;All files (*)"),
    )


def import_client_list(window, session) -> None:
    """Ask for the file, read it off the GUI thread, review it, then add everyone at once."""
    from planner.gui.workers import run_in_background
    from planner.services.imports import read_client_list

    if not session.ready:
        return
    source = ask_open_client_list(window)
    if source is None:
        return

    def failed(exc: BaseException) -> None:
        show_error(
            window,
            QCoreApplication.translate("ClientListDialog", "The client list could not be read"),
            exc,
        )

    run_in_background(
        window, lambda: read_client_list(source), lambda c: review(window, session, c), failed
    )


def review(window, session, clients: ClientList) -> None:
    dialog = ClientListDialog(clients, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    add_all(window, session, dialog.rows, dialog.chosen_tags())


def add_all(window, session, rows, tags) -> None:
    """Add with a progress bar; Cancel (or any failure) leaves nobody added."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from planner.services.imports import ImportCancelled, add_clients

    translate = QCoreApplication.translate
    progress = QProgressDialog(
        translate("ClientListDialog", "Adding clients…"),
        translate("ClientListDialog", "Cancel"),
        0,
        len(rows),
        window,
    )
    progress.setObjectName("clientImportProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def moved(done: int, total: int) -> None:
        progress.setValue(done)
        QApplication.processEvents()  # paint the bar and let Cancel be clicked

    try:
        ids = add_clients(session.workspace, rows, tags, moved, progress.wasCanceled)
    except ImportCancelled:
        window.statusBar().showMessage(
            translate("ClientListDialog", "Import cancelled; nobody was added"), 10000
        )
        return
    except Exception as exc:
        show_error(
            window, translate("ClientListDialog", "The client list could not be imported"), exc
        )
        return
    finally:
        progress.close()
    session.people_changed.emit()
    if ids:
        session.select(ids[0])
    added = translate("ClientListDialog", "Added %1 from the client list")
    window.statusBar().showMessage(added.replace("%1", counts().people(len(ids))), 10000)
