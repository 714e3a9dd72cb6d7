"""The page machinery: templates, running header, 'page N of M', outline, metadata."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from planner.domain.messages import _
from planner.export.pdf import styles as st
from planner.export.pdf.errors import ExportCancelled
from planner.export.pdf.text import Run, TextKit, face_for

HEADER_SIZE = 7.5
FOOTER_SIZE = 7.5
FOOTER_Y = st.MARGIN_BOTTOM - 10 * mm


def runs_width(runs: Sequence[Run], kit: TextKit, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(t, face_for(f, font, kit), size) for f, t in runs)


def draw_runs(
    canv: Canvas,
    x: float,
    y: float,
    runs: Sequence[Run],
    kit: TextKit,
    *,
    font: str,
    size: float,
    align: str = "left",
) -> float:
    """Draw text runs on one line, each in its own font; returns the width drawn."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = [(face_for(f, font, kit), t) for f, t in runs]
    width = runs_width(runs, kit, font, size)
    if align == "right":
        x -= width
    for face, text in pieces:
        canv.setFont(face, size)
        canv.drawString(x, y, text)
        x += stringWidth(text, face, size)
    return width


class SectionStart(ActionFlowable):
    """Names the section the running header shows from the next page on."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def apply(self, doc: BaseDocTemplate) -> None:
        doc.section = self.name  # type: ignore[attr-defined]


class RememberedText(PDFTextObject):
    """A text object that encodes a string once per document and font.

    Encoding a string for an embedded font subset (glyph codes, escapes) is much of the cost
    of drawing text, and a plan draws the same labels and notes step after step. A code, once
    given to a character, never changes in the document, so the same string in the same font,
    size, leading and current subset always makes the same operators.
    """

    _curSubset: int

    def _formatText(self, text: str) -> str:
        remembered: dict[tuple[Any, ...], tuple[str, int]] | None = getattr(
            self._canvas, "encoded", None
        )
        if remembered is None or type(text) is not str:  # shaped text carries its own data
            return super()._formatText(text)  # type: ignore[no-any-return]
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, text)
        hit = remembered.get(key)
        if hit is None:
            code = super()._formatText(text)
            remembered[key] = (code, self._curSubset)
            return code  # type: ignore[no-any-return]
        code, self._curSubset = hit
        return code


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say 'page N of M' in one pass.

    Bookmarks are held back with their page: a destination must point at the page object,
    which only exists once the page is really written.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []
        self.numbered = False  # set per page by the page template
        self.finish_page: Callable[[Canvas, int, int, bool], None] | None = None
        self.encoded: dict[tuple[Any, ...], tuple[str, int]] = {}  # see RememberedText

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return RememberedText(self, x, y, direction=direction)

    def bookmarkPage(self, key: str, **kw: Any) -> str:
        self._page_bookmarks.append((key, kw))
        return key

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()
        self._page_bookmarks = []
        self.numbered = False

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, 1):
            self.__dict__.update(state)
            for key, kw in self._page_bookmarks:
                Canvas.bookmarkPage(self, key, **kw)
            if self.finish_page is not None:
                self.finish_page(self, number, total, self.numbered)
            Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_count(self) -> int:
        return len(self._held_pages)


class PlanDocTemplate(BaseDocTemplate):
    """Cover and body page templates; outline entries from flowables' `outline`."""

    def __init__(
        self,
        target: Any,
        *,
        kit: TextKit,
        styles: st.Styles,
        header: str,
        footer: str,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            target,
            leftMargin=st.MARGIN_X,
            rightMargin=st.MARGIN_X,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            **kwargs,
        )
        self.kit = kit
        self.plan_styles = styles
        self.section = ""  # the running header's section name, set by SectionStart
        self._header = header
        self._footer = footer
        self._progress = progress
        self._cancelled = cancelled
        self._done = 0.0
        self._estimate = 1
        _width, height = self.pagesize
        self.body_height = height - st.MARGIN_TOP - st.MARGIN_BOTTOM
        x, y, w, h = st.MARGIN_X, st.MARGIN_BOTTOM, self.width, self.body_height
        self.addPageTemplates(
            [
                PageTemplate("cover", [Frame(x, y, w, h, id="cover")]),
                PageTemplate(
                    "body",
                    [Frame(x, y, w, h, id="body")],
                    onPage=self._begin_page,
                    onPageEnd=self._end_page,
                ),
            ]
        )
        self.setProgressCallBack(self._on_progress)

    # -- progress and cancellation ---------------------------------------------------------
    def _check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export cancelled")

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._estimate = max(1, value)
        elif kind == "PROGRESS":
            self.report(0.1 + 0.75 * min(1.0, max(0, value) / self._estimate))
        self._check_cancel()

    def report(self, fraction: float) -> None:
        """Progress, never going backwards (0.0 .. 1.0)."""
        if self._progress is not None and fraction > self._done:
            self._done = fraction
            self._progress(fraction)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self._check_cancel()
        super().handle_flowable(flowables)

    # -- outline, running header and footer -------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            title, level, key = outline
            top = self.frame._y + getattr(flowable, "height", 0) + 6
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            self.canv.addOutlineEntry(title, key, level=level, closed=key == "steps" or None)

    def _begin_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Header first, so text extraction and screen readers meet it before the page."""
        canv.numbered = True  # type: ignore[attr-defined]
        width, height = self.pagesize
        kit, fonts = self.kit, self.kit.fonts
        y = height - st.MARGIN_TOP + 9 * mm
        canv.saveState()
        canv.setFillColor(st.MUTED)
        # Measured first, drawn second: extraction then reads the header left to right.
        section = kit.fit(self.section, self.width * 0.35, fonts.bold, HEADER_SIZE)
        used = runs_width(section, kit, fonts.bold, HEADER_SIZE)
        runs = kit.fit(self._header, self.width - used - 12, fonts.regular, HEADER_SIZE)
        draw_runs(canv, st.MARGIN_X, y, runs, kit, font=fonts.regular, size=HEADER_SIZE)
        right = width - st.MARGIN_X
        draw_runs(canv, right, y, section, kit, font=fonts.bold, size=HEADER_SIZE, align="right")
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(st.MARGIN_X, y - 4, width - st.MARGIN_X, y - 4)
        canv.restoreState()

    def _end_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = self.pagesize
        kit, fonts = self.kit, self.kit.fonts
        canv.saveState()
        canv.setFillColor(st.MUTED)
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(st.MARGIN_X, FOOTER_Y + 10, width - st.MARGIN_X, FOOTER_Y + 10)
        runs = kit.fit(self._footer, self.width * 0.7, fonts.regular, FOOTER_SIZE)
        draw_runs(canv, st.MARGIN_X, FOOTER_Y, runs, kit, font=fonts.regular, size=FOOTER_SIZE)
        canv.restoreState()

    def page_number(self, canv: Canvas, number: int, total: int, numbered: bool) -> None:
        """Drawn when the canvas writes the pages out, once the total is known."""
        self._check_cancel()
        self.report(0.85 + 0.1 * number / max(1, total))
        if not numbered:
            return
        width, _height = self.pagesize
        canv.saveState()
        canv.setFillColor(st.MUTED)
        canv.setFont(self.kit.fonts.regular, FOOTER_SIZE)
        canv.drawRightString(
            width - st.MARGIN_X, FOOTER_Y, _("page {number} of {total}", number=number, total=total)
        )
        canv.restoreState()
