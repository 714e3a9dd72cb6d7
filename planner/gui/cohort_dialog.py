"""File > Export cohort…: a PDF plan or a calendar for everyone with a tag, and a ZIP of them."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.plural import counts, resolved


class CohortDialog(QDialog):
    """Who (a tag), what (PDF plans or calendars) and where (a folder)."""

    def __init__(self, tags: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export cohort"))
        self.setObjectName("cohortDialog")
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag of the cohort"))
        for tag, count in tags:
            people = resolved(self.tr("%n person(s)", "", count), count)
            self.tag.addItem(f"{tag} ({people})", tag)
        self.pdf = QRadioButton(self.tr("A PDF plan for each person"))
        self.ics = QRadioButton(self.tr("A calendar (.ics) for each person"))
        self.pdf.setChecked(True)
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setAccessibleName(self.tr("Folder to write to"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Cohort:"), self.tag)
        form.addRow(self.tr("Write:"), self.pdf)
        form.addRow("", self.ics)
        form.addRow(self.tr("&Folder:"), where)
        note = QLabel(
            self.tr("Each file is also put in one ZIP in the same folder, ready to send.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Export"))
        self.ok.setEnabled(bool(tags))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not tags:
            layout.addWidget(QLabel(self.tr("Nobody has a tag yet: tag people to form a cohort.")))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        guard_fields(self)

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export cohort to"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> tuple[str, str, Path]:
        return (
            self.tag.currentData(),
            "pdf" if self.pdf.isChecked() else "ics",
            Path(self.folder.text()),
        )


class _Progress(QObject):
    moved = Signal(float)


def export_cohort(window, session) -> None:
    if not session.ready:
        return
    dialog = CohortDialog(session.workspace.people.all_tags(), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    tag, fmt, folder = dialog.choice()
    run_export(window, session, tag, fmt, folder)


def run_export(window, session, tag: str, fmt: str, folder: Path) -> None:
    """Snapshots on the GUI thread, files on a worker, with a progress bar and Cancel."""
    from PySide6.QtWidgets import QProgressDialog

    from planner.gui.output import default_paper
    from planner.gui.workers import run_in_background
    from planner.services.cohort import cohort_items, write_cohort

    translate = QCoreApplication.translate
    try:
        items = cohort_items(session.workspace, tag=tag)
    except Exception as exc:
        show_error(window, translate("CohortDialog", "The cohort could not be exported"), exc)
        return
    cancel = threading.Event()
    progress = _Progress(window)
    dialog = QProgressDialog(
        translate("CohortDialog", "Writing %1…").replace("%1", counts().files(len(items))),
        translate("CohortDialog", "Cancel"),
        0,
        100,
        window,
    )
    dialog.setObjectName("cohortProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    ended = [False]

    def moved(value: float) -> None:
        # A modal progress dialog runs the event loop inside setValue(): the job's end can
        # arrive there, so the end is handled after it returns (see finished and failed).
        if not ended[0]:
            dialog.setValue(int(value * 100))

    progress.moved.connect(moved)
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in tag)[:60]
    paper = default_paper()

    def work():
        return write_cohort(
            items,
            folder,
            fmt,
            f"cohort-{safe}-{fmt}.zip",
            progress=progress.moved.emit,
            cancelled=cancel.is_set,
            paper=paper,
        )

    def end() -> None:
        ended[0] = True
        QTimer.singleShot(0, dialog.close)
        progress.deleteLater()

    def finished(result) -> None:
        end()
        text = (
            translate("CohortDialog", "Wrote %1 to %2 and %3")
            .replace("%1", counts().files(len(result.files)))
            .replace("%2", str(result.folder))
            .replace("%3", result.archive.name)
        )
        window.statusBar().showMessage(text, 10000)

    def failed(exc: BaseException) -> None:
        from planner.services.exports import ExportCancelled

        end()
        if isinstance(exc, ExportCancelled):
            window.statusBar().showMessage(
                translate(
                    "CohortDialog",
                    "Cohort export cancelled; the files already written stay, no ZIP was written",
                ),
                10000,
            )
        else:
            show_error(window, translate("CohortDialog", "The cohort could not be exported"), exc)

    run_in_background(window, work, finished, failed)
