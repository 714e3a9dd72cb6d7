"""Drawing helpers for the charts: text in runs, hatch patterns, swatches (reportlab.graphics).

Charts are reportlab.graphics Drawings, so the same drawing can also be rendered to SVG for
the desktop app's screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Path, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.domain.records import record
from planner.export.pdf.text import Run, TextKit, face_for


def canvas_for(width: float, height: float, kit: TextKit) -> Pen:
    """A Drawing with one group and a Pen for it.

    The drawing's initial font is the shipped one: renderPDF otherwise starts every drawing
    with Helvetica, which would leave an unembedded standard font in the PDF.
    """
    drawing = Drawing(width, height)
    drawing.initialFontName = kit.fonts.regular  # type: ignore[attr-defined]
    group = Group()
    drawing.add(group)
    return Pen(group, kit, drawing)


@record
class Pen:
    """Writes text into a group through the TextKit (fallback fonts, replacement marks)."""

    group: Group
    kit: TextKit
    drawing: Drawing | None = None

    def write(
        self,
        x: float,
        y: float,
        value: object,
        *,
        font: str,
        size: float,
        colour: Color,
        anchor: str = "start",
        width: float | None = None,
    ) -> float:
        """Text at baseline y, cut with an ellipsis to width if given; returns its width."""
        runs = self.kit.fit(value, width, font, size) if width else self.kit.runs(value)
        return self.runs(x, y, runs, font=font, size=size, colour=colour, anchor=anchor)

    def runs(
        self,
        x: float,
        y: float,
        runs: Sequence[Run],
        *,
        font: str,
        size: float,
        colour: Color,
        anchor: str = "start",
    ) -> float:
        pieces = [(face_for(f, font, self.kit), t.replace("\n", " ")) for f, t in runs]
        total = sum(stringWidth(t, face, size) for face, t in pieces)
        if anchor == "end":
            x -= total
        elif anchor == "middle":
            x -= total / 2
        for face, chunk in pieces:
            self.group.add(String(x, y, chunk, fontName=face, fontSize=size, fillColor=colour))
            x += stringWidth(chunk, face, size)
        return total


@record
class Look:
    """How a bar is filled: colour, hatch pattern and the hatch's ink."""

    fill: Color | None
    pattern: str  # solid, none, diag, backdiag, cross, horiz, vert
    ink: Color


def hatch_path(x: float, y: float, w: float, h: float, look: Look) -> Path | None:
    """The hatch lines clipped to the rectangle, as one Path (cheap to draw)."""
    pattern, spacing = look.pattern, 3.2
    if w <= 0 or h <= 0 or pattern in ("solid", "none"):
        return None
    path = Path(strokeColor=look.ink, strokeWidth=0.6, fillColor=None)
    step = spacing * math.sqrt(2)
    if pattern in ("diag", "cross"):
        c = -h + step / 2
        while c < w:
            u0, u1 = max(0.0, c), min(w, c + h)
            path.moveTo(x + u0, y + u0 - c)
            path.lineTo(x + u1, y + u1 - c)
            c += step
    if pattern in ("backdiag", "cross"):
        c = step / 2
        while c < w + h:
            u0, u1 = max(0.0, c - h), min(w, c)
            path.moveTo(x + u0, y + c - u0)
            path.lineTo(x + u1, y + c - u1)
            c += step
    if pattern == "horiz":
        v = spacing / 2
        while v < h:
            path.moveTo(x, y + v)
            path.lineTo(x + w, y + v)
            v += spacing * 0.9
    if pattern == "vert":
        u = spacing / 2
        while u < w:
            path.moveTo(x + u, y)
            path.lineTo(x + u, y + h)
            u += spacing
    return path


def patterned_rect(
    group: Group,
    box: tuple[float, float, float, float],
    look: Look,
    *,
    outline: Color | None = None,
    outline_width: float = 0.6,
) -> None:
    """A rectangle (x, y, w, h) with a fill, a hatch pattern on top and an outline."""
    x, y, w, h = box
    group.add(Rect(x, y, w, h, fillColor=look.fill, strokeColor=None, strokeWidth=0))
    hatch = hatch_path(x, y, w, h, look)
    if hatch is not None:
        group.add(hatch)
    stroke = outline or look.ink
    group.add(Rect(x, y, w, h, fillColor=None, strokeColor=stroke, strokeWidth=outline_width))
