"""Preview and print render the exported PDF itself; a cancelled export leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from planner.gui.application import build_window
from planner.gui.output import paint_pdf
from planner.gui.pdf_preview import PdfPreviewDialog
from tests.gui.conftest import persona_profile


@pytest.fixture
def window(qtbot, gui_workspace, settings, catalog):
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    person = win.session.add_person(persona_profile("developer"))
    win.session.select(person)
    return win


def test_preview_shows_the_exported_pdf(window, qtbot, monkeypatch):
    shown: list[Path] = []
    monkeypatch.setattr(
        PdfPreviewDialog, "show_file", classmethod(lambda cls, p, path: shown.append(path))
    )
    window.output.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    dialog = PdfPreviewDialog(shown[0])
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 3
    assert "pages" in dialog.pages.text()
    dialog.document.close()


def test_printing_draws_every_page_of_the_pdf(window, qtbot, tmp_path):
    exported: list = []
    window.output.render(tmp_path / "plan.pdf", "a4", exported.append)
    qtbot.waitUntil(lambda: bool(exported), timeout=20000)
    document = QPdfDocument()
    document.load(str(exported[0].path))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    paint_pdf(document, printer)
    printed = QPdfDocument()
    printed.load(str(target))
    assert printed.pageCount() == document.pageCount() == exported[0].pages
    document.close()
    printed.close()


def test_cancelled_export_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    from planner.export import pdf

    target = tmp_path / "cancelled.pdf"
    real = pdf.write_pdf

    def cancelled_at_once(doc, path, **kwargs):
        return real(doc, path, **{**kwargs, "cancelled": lambda: True})

    monkeypatch.setattr(pdf, "write_pdf", cancelled_at_once)
    done: list = []
    window.output.render(target, "a4", done.append)
    qtbot.waitUntil(lambda: not window.output._busy, timeout=20000)
    assert not done and not target.exists()
    assert not list(tmp_path.glob("*.pdf*"))
    assert "cancelled" in window.statusBar().currentMessage()


def test_no_garbage_collection_on_a_worker_while_a_job_runs(window, qtbot, tmp_path):
    """A collection on a worker thread would destroy Qt objects there (a crash)."""
    import gc

    from planner.gui.workers import run_in_background

    seen: list[bool] = []
    done: list = []
    run_in_background(window, lambda: seen.append(gc.isenabled()), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert seen == [False] and gc.isenabled()
