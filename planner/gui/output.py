"""Export the plan as PDF (on a worker thread, with progress and cancel), preview and print it.

Print and preview render the very PDF the export writes (through PDFium, at a bounded
resolution), so paper and screen always agree.
"""

from __future__ import annotations

import shutil
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.gui.errors import show_error
from planner.gui.plural import resolved
from planner.gui.workers import run_in_background


def default_paper(country_paper: str | None = None) -> str:
    """The plan's country's paper when it has one, else Letter where the locale uses it, else A4."""
    from PySide6.QtCore import QLocale

    if country_paper:
        return country_paper
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    return "letter" if QLocale.system().territory() in letter else "a4"


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    moved = Signal(float)


class OutputController(QObject):
    """Owns the Export / Print / Preview actions of the main window."""

    exported = Signal(object)  # PdfResult

    def __init__(self, window: QWidget, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._busy = False
        self.out_of_date: tuple[str, ...] = ()  # of the last document built
        self._tmp: str | None = None  # made at the first preview or print (_private_folder)
        self.export_action = self._action(
            self.tr("&Export plan as PDF…"), self.export_pdf, "Ctrl+E"
        )
        self.preview_action = self._action(
            self.tr("Print pre&view…"), self.preview_pdf, "Ctrl+Shift+V"
        )
        self.print_action = self._action(self.tr("&Print…"), self.print_plan, ("Print", "Ctrl+P"))
        self.actions = [self.export_action, self.preview_action, self.print_action]

    def _action(self, text: str, slot, keys) -> QAction:
        action = QAction(text, self.window)
        if keys:
            self.window.shortcut_later(action, keys)
        action.triggered.connect(slot)
        return action

    # -- building the document (on the GUI thread: it reads the database) ----------------
    def document(self):
        """The printable plan; remembers whether it is out of date, to say so when written."""
        from planner.services.documents import printable_plan

        printable = printable_plan(self.session.workspace, self.session.person_id)
        self.out_of_date = printable.out_of_date
        return printable.document

    def suggested_name(self) -> str:
        name = self.session.profile().name
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "plan"
        return f"{safe} - {self.tr('career plan')}.pdf"

    # -- export --------------------------------------------------------------------------
    def export_pdf(self) -> None:
        if self.session.person_id is None or self._busy:
            return
        start = str(Path.home() / self.suggested_name())
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export plan as PDF"), start, self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        self.render(target, None, self._on_exported)

    def _on_exported(self, result) -> None:
        self.exported.emit(result)
        message = (
            resolved(self.tr("Exported %n page(s) to %1", "", result.pages), result.pages)
        ).replace("%1", str(result.path))
        if self.out_of_date:
            message += " " + self.tr(
                "(the plan is out of date: re-plan on the Roadmap page to update it)"
            )
        if result.missing_characters:
            shown = " ".join(result.missing_characters[:20])
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.window,
                self.tr("Some characters could not be shown"),
                self.tr(
                    "The PDF was written, but no installed font has these characters, so they "
                    "appear as a replacement mark: %1"
                ).replace("%1", shown),
            )
        self.window.statusBar().showMessage(message, 10000)

    def render(self, target: Path, paper: str | None, on_done: Callable[[object], None]) -> None:
        """Write the PDF on the thread pool with a progress dialog that can cancel it.

        paper None: the person's country decides (default_paper).
        """
        from planner.services.exports import ExportCancelled, paper_for, write_pdf

        try:
            document = self.document()  # a frozen snapshot: the worker never touches the db
        except Exception as exc:
            show_error(self.window, self.tr("The plan could not be exported"), exc)
            return
        paper = paper or default_paper(paper_for(document))
        from PySide6.QtWidgets import QProgressDialog

        cancel = threading.Event()
        progress = _Progress(self)
        dialog = QProgressDialog(
            self.tr("Writing the PDF…"), self.tr("Cancel"), 0, 100, self.window
        )
        dialog.setObjectName("exportProgress")
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        progress.moved.connect(lambda value: dialog.setValue(int(value * 100)))
        self._busy = True
        # The PDF is pure Python on a worker thread: it hands the GIL to the window within
        # 0.2 ms of being asked, not 5. Showing this dialog deactivates the main window, and
        # each widget with a Python event handler waits for the GIL once (a few dozen waits:
        # at 1 ms each that was the longest stall of an export).
        switch = sys.getswitchinterval()
        sys.setswitchinterval(0.0002)

        def work():
            return write_pdf(
                document,
                target,
                paper=paper,
                progress=progress.moved.emit,
                cancelled=cancel.is_set,
            )

        def finished(result) -> None:
            sys.setswitchinterval(switch)
            self._busy = False
            dialog.close()
            progress.deleteLater()
            on_done(result)

        def failed(exc: BaseException) -> None:
            sys.setswitchinterval(switch)
            self._busy = False
            dialog.close()
            progress.deleteLater()
            if isinstance(exc, ExportCancelled):
                self.window.statusBar().showMessage(
                    self.tr("Export cancelled; no file was written"), 6000
                )
            else:
                show_error(self.window, self.tr("The plan could not be exported"), exc)

        run_in_background(self, work, finished, failed)

    # -- preview and print (the same PDF, rendered by PDFium) ----------------------------
    def _temporary_pdf(self, then: Callable[[Path], None]) -> None:
        if self.session.person_id is None or self._busy:
            return
        target = self._private_folder() / "plan-preview.pdf"
        self.render(target, None, lambda result: then(result.path))

    def _private_folder(self) -> Path:
        """Previews and print jobs go to a private (0700) folder, removed with this object."""
        if self._tmp is None:
            import tempfile

            self._tmp = tempfile.mkdtemp(prefix="career-planner-")
            weakref.finalize(self, shutil.rmtree, self._tmp, ignore_errors=True)
        return Path(self._tmp)

    def preview_pdf(self) -> None:
        self._temporary_pdf(self._show_preview)

    def _show_preview(self, path: Path) -> None:
        from planner.gui.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog.show_file(self.window, path, self)

    def print_plan(self) -> None:
        self._temporary_pdf(lambda path: self.print_file(path, self.window))

    def print_file(self, path: Path, parent: QWidget) -> bool:
        """Ask for a printer, then print the PDF at path; True when it was sent."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from planner.gui.pdf_pages import PdfPages

        with PdfPages(path) as pages:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.suggested_name().removesuffix(".pdf"))
            printer.setFromTo(1, len(pages))
            dialog = QPrintDialog(printer, parent)
            dialog.setObjectName("printDialog")
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
            paint_pdf(pages, printer)
        self.window.statusBar().showMessage(self.tr("The plan was sent to the printer"), 6000)
        return True

    def save_copy(self, path: Path, parent: QWidget) -> None:
        """Save the previewed PDF itself (no second render) where the person chooses."""
        from PySide6.QtWidgets import QFileDialog

        from planner.services.exports import save_copy

        start = str(Path.home() / self.suggested_name())
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Export plan as PDF"), start, self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:
            save_copy(path, target)
        except Exception as exc:
            show_error(parent, self.tr("The plan could not be exported"), exc)
            return
        self.window.statusBar().showMessage(
            self.tr("Exported the plan to %1").replace("%1", str(target)), 10000
        )


def paint_pdf(pages, printer) -> None:
    """Draw the printer's page range, one page at a time at no more than PRINT_DPI."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from planner.gui.pdf_pages import PRINT_DPI

    count = len(pages)
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    painter = QPainter(printer)
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(first - 1, last):
            if number > first - 1:
                printer.newPage()
            area = painter.viewport()
            points = pages.size_points(number)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            image = pages.render(number, dpi)
            painter.drawImage(target, image)
            del image  # one page in memory at a time
    finally:
        painter.end()
