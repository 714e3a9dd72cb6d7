"""Preview and print render the exported PDF itself; a cancelled export leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from planner.gui.application import build_window
from planner.gui.output import paint_pdf
from planner.gui.pdf_pages import PRINT_DPI, PdfPages
from planner.gui.pdf_preview import PdfPreviewDialog
from tests.gui.conftest import persona_profile


@pytest.fixture
def window(qtbot, gui_workspace, settings, catalog):
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    person = win.session.add_person(persona_profile("developer"))
    win.session.select(person)
    return win


@pytest.fixture
def exported(window, qtbot, tmp_path):
    done: list = []
    window.output.render(tmp_path / "plan.pdf", "a4", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    return done[0]


def test_one_preview_entry_in_the_file_menu(window):
    texts = [a.text().replace("&", "") for a in window.output.actions]
    assert sum("preview" in t.lower() for t in texts) == 1


def test_preview_opens_on_the_exported_pdf(window, qtbot, monkeypatch):
    shown: list[Path] = []
    monkeypatch.setattr(
        PdfPreviewDialog, "show_file", classmethod(lambda cls, p, path, out: shown.append(path))
    )
    window.output.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert len(PdfReader(shown[0]).pages) >= 3


def test_preview_draws_the_first_page_at_once_and_only_visible_ones(exported, qtbot):
    dialog = PdfPreviewDialog(exported.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: 0 in dialog.strip.rendered_pages(), timeout=3000)
    assert f"Page 1 of {exported.pages}" == dialog.page_label.text()
    assert exported.pages >= 5
    assert len(dialog.strip.rendered_pages()) < exported.pages
    assert dialog.print_button.isVisible() and dialog.export_button.isVisible()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()


def test_preview_scrolls_to_later_pages_and_renders_them(exported, qtbot):
    dialog = PdfPreviewDialog(exported.path)
    qtbot.addWidget(dialog)
    dialog.show()
    last = exported.pages - 1
    dialog.scroll.verticalScrollBar().setValue(dialog.strip.top_of(last))
    qtbot.waitUntil(lambda: last in dialog.strip.rendered_pages(), timeout=3000)
    assert dialog.page_label.text().startswith(f"Page {last + 1} of")


def test_preview_export_saves_the_same_bytes(window, exported, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = PdfPreviewDialog(exported.path)
    qtbot.addWidget(dialog)
    dialog.export_requested.connect(lambda: window.output.save_copy(exported.path, dialog))
    dialog.export_button.click()
    saved = tmp_path / "copy.pdf"
    assert saved.read_bytes() == exported.path.read_bytes()
    assert saved.stat().st_mode & 0o777 == 0o600


def test_preview_print_button_prints_the_previewed_file(window, exported, qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    asked: list = []
    monkeypatch.setattr(
        QPrintDialog, "exec", lambda self: asked.append(self) or QPrintDialog.DialogCode.Rejected
    )
    sent: list = []
    real = window.output.print_file
    monkeypatch.setattr(window.output, "print_file", lambda p, w: sent.append(p) or real(p, w))
    dialog = PdfPreviewDialog(exported.path)
    qtbot.addWidget(dialog)
    dialog.print_requested.connect(lambda: window.output.print_file(exported.path, dialog))
    dialog.print_button.click()
    assert sent == [exported.path] and len(asked) == 1


def test_printing_draws_every_page_at_a_bounded_resolution(exported, tmp_path, monkeypatch):
    dpis: list[float] = []
    real = PdfPages.render
    monkeypatch.setattr(
        PdfPages, "render", lambda self, i, dpi: dpis.append(dpi) or real(self, i, dpi)
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1,200 dpi
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    with PdfPages(exported.path) as pages:
        paint_pdf(pages, printer)
    assert len(PdfReader(target).pages) == exported.pages
    assert len(dpis) == exported.pages and max(dpis) <= PRINT_DPI < printer.resolution()


def test_printing_honours_the_page_range(exported, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "range.pdf"
    printer.setOutputFileName(str(target))
    printer.setFromTo(2, 3)
    with PdfPages(exported.path) as pages:
        paint_pdf(pages, printer)
    assert len(PdfReader(target).pages) == 2


def test_a_rendered_page_is_opaque_white_paper(exported):
    with PdfPages(exported.path) as pages:
        image = pages.render(0, 30)
    assert not image.hasAlphaChannel()
    assert image.pixelColor(1, 1).name() == "#ffffff"


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


def test_export_after_a_profile_change_says_the_plan_is_out_of_date(
    window, qtbot, monkeypatch, tmp_path
):
    """The same staleness check as the command line's export, through the same service."""
    from dataclasses import replace

    from PySide6.QtWidgets import QFileDialog

    session = window.session
    session.roadmap()  # the first plan, made at 10 hours a week
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def export() -> str:
        with qtbot.waitSignal(window.output.exported, timeout=20000):
            window.output.export_action.trigger()
        return window.statusBar().currentMessage()

    assert "out of date" not in export()
    session.save_profile(replace(session.profile(), weekly_hours=40), "Edit hours")
    message = export()
    assert message.startswith("Exported ") and str(target) in message
    assert message.endswith("(the plan is out of date: re-plan on the Roadmap page to update it)")
    assert window.output.out_of_date == ("your profile changed",)
    window.replan_action.trigger()
    assert "out of date" not in export()
