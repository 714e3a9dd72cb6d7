"""Small building blocks the sections share: headings with bookmarks, checkboxes, field lists."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import field
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import paraFontSizeHeightOffset

from planner.domain.catalog_model import Catalog
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.export.pdf import styles as st
from planner.export.pdf.text import TextKit


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width. A table wraps every cell to size its
    rows, again for each page it is split over and again to draw it; a paragraph's lines
    depend on the width alone, and the last width's lines are the ones it draws."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wrapped = self._wrapped
        # Splitting hands the lines on and may drop them here: then break them again.
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            return wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """One line of text in one font is drawn as Paragraph.drawPara draws it, at the same
        place, in one saved graphics state rather than two (the flowable's and the paragraph's)
        and without drawPara's general machinery."""
        line = self._one_line()
        if line is None:
            super().drawOn(canvas, x, y, _sW)
            return
        text, dx, top = line
        x = self._hAlignAdjust(x, _sW)
        style, f = self.style, self.blPara
        canvas.saveState()
        canvas.translate(x, y)  # not added into the text origin: the same numbers in the file
        canvas.setFillColor(f.textColor)
        tx = canvas.beginText(style.leftIndent, top)
        tx.setFont(f.fontName, f.fontSize, style.leading)
        if dx > 1e-6 or dx < -1e-6:  # as paragraph.setXPos
            tx.setXPos(dx)
            tx._textOut(text, 1)
            tx.setXPos(-dx)
        else:
            tx._textOut(text, 1)
        canvas.drawText(tx)
        canvas.restoreState()

    def _one_line(self) -> tuple[str, float, float] | None:
        """(text, x offset, baseline) when drawPara would draw one plain line, else None."""
        para = self.__dict__.get("blPara")
        if para is None or para.kind != 0 or len(para.lines) != 1:
            return None
        style = self.style
        if (
            self.bulletText
            or style.backColor
            or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
            or style.wordWrap
            or getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            or hasattr(self, "_offsets")
            or para.us_lines
            or para.link
            or getattr(self, "_showBoundary", False)
        ):
            return None
        extra, words = para.lines[0]
        if extra <= -1e-8:  # squeezed: drawPara sets word spacing
            return None
        if style.alignment == TA_LEFT:
            dx = style.firstLineIndent
        elif style.alignment == TA_RIGHT:
            dx = style.firstLineIndent + extra
        else:
            return None
        top = self.height - (
            para.fontSize if paraFontSizeHeightOffset else getattr(para, "ascent", para.fontSize)
        )
        return " ".join(words), dx, top


class ParsedMarkup:
    """Paragraph markup parsed once per (markup, style) for one document.

    reportlab parses a Paragraph's markup on every construction; a plan repeats the same
    labels, cells and notes step after step. Markup with no tags or entities is one fragment
    in the style's font: a copy of the style's fragment with the text set, as the parser makes it.
    """

    def __init__(self) -> None:
        # Keyed on the style object itself (not its id): it stays alive, so no id is reused.
        self._parsed: dict[tuple[str, object], tuple[str, Any, list[Any], Any]] = {}
        self._plain: dict[object, Any] = {}
        self.parses = 0  # markups parsed (not found here), for tests

    def para(self, markup: str, style: Any) -> Para:
        key = (markup, style)
        parsed = self._parsed.get(key)
        if parsed is None:
            parsed = self._parse(markup, style)
            self._parsed[key] = parsed
        text, parsed_style, frags, bullet = parsed
        # A list of its own: reportlab may replace a paragraph's frags, never the shared ones.
        return Para(text, parsed_style, bullet, frags=list(frags))

    def _parse(self, markup: str, style: Any) -> tuple[str, Any, list[Any], Any]:
        self.parses += 1
        text = cleanBlockQuotedText(markup)
        if text and "<" not in text and "&" not in text and not style.textTransform:
            template = self._plain.get(style)
            if template is None:
                template = self._plain[style] = _parse(markup="x", style=style)[2][0]
            frag = copy.copy(template)
            frag.text = text
            return text, style, [frag], None
        return _parse(markup, style)


def _parse(markup: str, style: Any) -> tuple[str, Any, list[Any], Any]:
    """What Paragraph._setup makes of markup: cleaned text, style, fragments, bullet fragments."""
    text = cleanBlockQuotedText(markup)
    parser = ParaParser()
    parser.caseSensitive = 1
    parsed_style, frags, bullet = parser.parse(text, style)
    if frags is None:
        Paragraph(markup, style)  # raises reportlab's own error for bad markup
        raise ValueError(f"bad paragraph markup: {markup[:30]!r}")
    textTransformFrags(frags, parsed_style)
    return text, parsed_style, frags, bullet or None


@record(frozen=False)
class Layout:
    """What every section needs to lay itself out."""

    roadmap: Roadmap
    catalog: Catalog
    kit: TextKit
    styles: st.Styles
    width: float  # frame width, points
    height: float  # body frame height, points
    printed: date
    parsed: ParsedMarkup = field(default_factory=ParsedMarkup)

    def __post_init__(self) -> None:
        self._titles = {step.id: step.title for step in self.roadmap.steps}

    def p(self, text: object, style: object | None = None, *, lines: bool = False) -> Paragraph:
        """A Paragraph of plain text (escaped), in style (default body)."""
        return self.parsed.para(self.kit.markup(text, lines=lines), style or self.styles.body)

    def m(self, markup: str, style: object | None = None) -> Paragraph:
        """A Paragraph of markup the caller built from escaped pieces."""
        return self.parsed.para(markup, style or self.styles.body)

    def esc(self, text: object) -> str:
        return self.kit.markup(text)

    def track_name(self, track_id: str) -> str:
        track = self.catalog.track_by_id.get(track_id)
        return track.name if track else track_id

    def track_short(self, track_id: str) -> str:
        track = self.catalog.track_by_id.get(track_id)
        return track.short_name if track else track_id

    def step_title(self, step_id: str) -> str:
        return self._titles.get(step_id, step_id)


def heading(
    layout: Layout,
    title: str,
    *,
    key: str,
    level: int = 0,
    style: object | None = None,
) -> Paragraph:
    """A heading that adds itself to the PDF outline."""
    para = layout.m(
        layout.esc(title), style or (layout.styles.h1 if level == 0 else layout.styles.h2)
    )
    para.outline = (layout.kit.clean(title), level, key)  # type: ignore[attr-defined]
    return para


def table_heading(layout: Layout, title: str, *, key: str, room: float = 45 * mm) -> list[Flowable]:
    """A level-1 heading over a table that may split: a new page unless room is left.

    keepWithNext would move a long table whole to the next page; this keeps the heading
    with the table's first rows and lets the rest flow on.
    """
    para = heading(layout, title, key=key, level=1)
    para.keepWithNext = 0
    return [CondPageBreak(room), para]


class Checkbox(Flowable):
    """A square to tick by hand; drawn ticked for steps already done."""

    def __init__(self, size: float = 4.2 * mm, checked: bool = False) -> None:
        super().__init__()
        self.size = size
        self.checked = checked
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canv, s = self.canv, self.size
        canv.saveState()
        canv.setStrokeColor(st.PRIMARY)
        canv.setLineWidth(0.9)
        canv.rect(0, 0, s, s, stroke=1, fill=0)
        if self.checked:
            canv.setLineWidth(1.4)
            path = canv.beginPath()
            path.moveTo(s * 0.2, s * 0.52)
            path.lineTo(s * 0.42, s * 0.25)
            path.lineTo(s * 0.82, s * 0.8)
            canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


class Rule(Flowable):
    """A thin horizontal line across the given width, with space below it."""

    def __init__(
        self, width: float, colour: object = st.RULE, thickness: float = 0.5, space: float = 0
    ) -> None:
        super().__init__()
        self.width = width
        self.colour = colour
        self.thickness = thickness
        self.height = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height + self.thickness

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        # At the top of its box: `space` is room below the line, not under the next text.
        top = self.height + self.thickness / 2
        self.canv.line(0, top, self.width, top)
        self.canv.restoreState()


class ContinuedTable(Table):
    """A table that, split over two pages, opens the second part with a line naming it."""

    continued: tuple[str, object] | None = None  # (markup, paragraph style)
    MIN_CONTINUED = 2  # rows: a continuation of one row is a widow

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.continued is None:
            return parts
        rows = len(self._cellvalues)
        if len(parts[1]._cellvalues) < self.MIN_CONTINUED <= rows - 1:
            # Split earlier so that the next page gets a few rows, not one.
            keep = rows - self.MIN_CONTINUED
            parts = super().split(availWidth, sum(self._rowHeights[:keep]) + 0.5)
            if len(parts) != 2:
                return parts
        markup, style = self.continued
        line = Para(markup, style)
        line.keepWithNext = 1  # type: ignore[attr-defined]
        return [parts[0], line, parts[1]]


class KeepUnlessTall(KeepTogether):
    """Kept on one page, like KeepTogether, unless it is taller than `tall` and at least
    `room` is left on this page: then it starts here and continues on the next page, so
    that one long block does not leave a large part of a page blank."""

    def __init__(self, flowables: list[Flowable], *, tall: float, room: float) -> None:
        super().__init__(flowables)
        self.tall = tall
        self.room = room

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self.tall < self._H and aH >= self.room:
            return list(self._content)
        return super().split(aW, aH)


def unbroken_width(texts: Sequence[str], style: ParagraphStyle, minimum: float) -> float:
    """A column at least as wide as its longest unbreakable run, plus the cell's padding.

    Paragraphs break only at ordinary spaces; a run joined by no-break spaces ("100 $ to 2.500 $"
    in German) or a long word ("Verlässlichkeit") would otherwise be cut mid-number or mid-word.
    """
    runs = [run for text in texts for run in text.split(" ")]
    widest = max((stringWidth(run, style.fontName, style.fontSize) for run in runs), default=0)
    return max(minimum, widest + 8.5)  # 4 pt of padding each side, and half a point to spare


def field_table(
    layout: Layout,
    rows: Sequence[tuple[str, Flowable | list[Flowable]]],
    label_width: float,
    *,
    continued: str = "",
) -> Table:
    """Label / value pairs, labels in small grey capitals; rows may split across pages.

    continued (markup) opens the second part when the table is split over two pages.
    """
    style = layout.styles.label
    data = [[layout.m(layout.esc(label.upper()), style), value] for label, value in rows]
    # Labels wrap at spaces only: the column is at least as wide as the longest word, so a
    # German "VORAUSSETZUNGEN" never breaks mid-word (4 pt: the cell's right padding).
    words = [word for label, _value in rows for word in label.upper().split()]
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
    label_width = max(label_width, widest + 4.5)
    table = ContinuedTable(
        data,
        colWidths=[label_width, layout.width - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        st.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (0, -1), 3),
            ]
        )
    )
    if continued:
        table.continued = (continued, layout.styles.continued)
    return table
