"""Export the plan as PDF (on a worker thread, with progress and cancel), preview and print it.

Print and preview render the very PDF the export writes (through QtPdf), so paper and
screen always agree.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.gui.errors import show_error
from planner.gui.workers import run_in_background


def default_paper() -> str:
    """US Letter where the locale's territory uses it, else A4."""
    from PySide6.QtCore import QLocale

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
        # Previews and print jobs go to a private (0700) folder, removed with this object.
        self._tmp = tempfile.mkdtemp(prefix="career-planner-")
        weakref.finalize(self, shutil.rmtree, self._tmp, ignore_errors=True)
        self.export_action = self._action("&Export plan as PDF…", self.export_pdf, "Ctrl+E")
        self.preview_action = self._action("Pre&view PDF…", self.preview_pdf, "Ctrl+Shift+V")
        self.print_preview_action = self._action("Print pre&view…", self.print_preview, None)
        self.print_action = self._action("&Print…", self.print_plan, ("Print", "Ctrl+P"))
        self.actions = [
            self.export_action,
            self.preview_action,
            self.print_preview_action,
            self.print_action,
        ]

    def _action(self, text: str, slot, keys) -> QAction:
        action = QAction(text, self.window)
        if keys:
            self.window.shortcut_later(action, keys)
        action.triggered.connect(slot)
        return action

    # -- building the document (on the GUI thread: it reads the database) ----------------
    def document(self):
        from planner.export.pdf import PlanDocument

        session = self.session
        person_id = session.person_id
        notes = tuple((n.day, n.body) for n in session.repos.journal.notes(person_id))
        return PlanDocument(
            roadmap=session.roadmap(),
            catalog=session.catalog,
            profile=session.profile(),
            branding=session.repos.coach.branding(),
            notes=notes,
        )

    def suggested_name(self) -> str:
        name = self.session.profile().name
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "plan"
        return f"{safe} - career plan.pdf"

    # -- export --------------------------------------------------------------------------
    def export_pdf(self) -> None:
        if self.session.person_id is None or self._busy:
            return
        start = str(Path.home() / self.suggested_name())
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.window, "Export plan as PDF", start, "PDF documents (*.pdf)"
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        self.render(target, default_paper(), self._on_exported)

    def _on_exported(self, result) -> None:
        self.exported.emit(result)
        message = f"Exported {result.pages} pages to {result.path}"
        if result.missing_characters:
            shown = " ".join(result.missing_characters[:20])
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.window,
                "Some characters could not be shown",
                f"The PDF was written, but no installed font has these characters, so they "
                f"appear as a replacement mark: {shown}",
            )
        self.window.statusBar().showMessage(message, 10000)

    def render(self, target: Path, paper: str, on_done: Callable[[object], None]) -> None:
        """Write the PDF on the thread pool with a progress dialog that can cancel it."""
        from planner.export.pdf import ExportCancelled, write_pdf

        try:
            document = self.document()  # a frozen snapshot: the worker never touches the db
        except Exception as exc:
            show_error(self.window, "The plan could not be exported", exc)
            return
        from PySide6.QtWidgets import QProgressDialog

        cancel = threading.Event()
        progress = _Progress(self)
        dialog = QProgressDialog("Writing the PDF…", "Cancel", 0, 100, self.window)
        dialog.setObjectName("exportProgress")
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        progress.moved.connect(lambda value: dialog.setValue(int(value * 100)))
        self._busy = True
        # The PDF is pure Python on a worker thread: hand the GIL back to the event loop
        # every millisecond instead of every 5, so the window never stalls while it renders.
        switch = sys.getswitchinterval()
        sys.setswitchinterval(0.001)

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
                self.window.statusBar().showMessage("Export cancelled; no file was written", 6000)
            else:
                show_error(self.window, "The plan could not be exported", exc)

        run_in_background(self, work, finished, failed)

    # -- preview and print (the same PDF, rendered by QtPdf) -----------------------------
    def _temporary_pdf(self, then: Callable[[Path], None]) -> None:
        if self.session.person_id is None or self._busy:
            return
        target = Path(self._tmp) / "plan-preview.pdf"
        self.render(target, default_paper(), lambda result: then(result.path))

    def preview_pdf(self) -> None:
        self._temporary_pdf(self._show_preview)

    def _show_preview(self, path: Path) -> None:
        from planner.gui.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog.show_file(self.window, path)

    def print_preview(self) -> None:
        self._temporary_pdf(lambda path: self._print(path, preview=True))

    def print_plan(self) -> None:
        self._temporary_pdf(lambda path: self._print(path, preview=False))

    def _print(self, path: Path, preview: bool) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        document = QPdfDocument(self)
        document.load(str(path))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        printer.setFromTo(1, document.pageCount())
        if preview:
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.setObjectName("printPreview")
            dialog.paintRequested.connect(lambda p: paint_pdf(document, p))
            dialog.exec()
        else:
            dialog = QPrintDialog(printer, self.window)
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                paint_pdf(document, printer)
        document.close()
        document.deleteLater()


def paint_pdf(document, printer) -> None:
    """Draw each PDF page onto the printer's pages at the printer's resolution."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    painter = QPainter(printer)
    try:
        first, last = printer.fromPage() or 1, printer.toPage() or document.pageCount()
        for number in range(first - 1, min(last, document.pageCount())):
            if number > first - 1:
                printer.newPage()
            page_rect = painter.viewport()
            points = document.pagePointSize(number)
            scale = min(page_rect.width() / points.width(), page_rect.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(number, size)
            # QtPdf renders onto transparency: composite onto white (pitfalls.md).
            white = QImage(size, QImage.Format.Format_RGB32)
            white.fill(Qt.GlobalColor.white)
            with_page = QPainter(white)
            with_page.drawImage(0, 0, image)
            with_page.end()
            painter.drawImage(0, 0, white)
    finally:
        painter.end()
