"""The timeline: a Gantt chart by month, bars patterned by kind, exams as dated diamonds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.domain.messages import _, active
from planner.domain.records import record
from planner.domain.roadmap import Step
from planner.export.pdf import styles as st
from planner.export.pdf.graphics import Look, Pen, canvas_for, patterned_rect
from planner.export.pdf.text import TextKit
from planner.export.wording import kind, month_names, short_day

ROW = 13.5  # the smallest row; rows grow up to MAX_ROW when there is room
MAX_ROW = 19.0
BAR = 7.5
HEAD = 34.0
FOOT = 6.0
LABEL_SIZE = 7.5
AXIS_SIZE = 6.5
DASH = [2.5, 1.8]

# Bars differ by pattern and tone, not hue alone, so kinds stay apart in greyscale.
KIND_LOOKS = {
    "certification": Look(st.PRIMARY, "solid", st.PRIMARY),
    "education": Look(st.TINT, "diag", st.PRIMARY),
    "membership": Look(st.WHITE, "cross", st.PRIMARY),
    "networking": Look(st.TINT, "horiz", st.PRIMARY),
    "niche": Look(st.WHITE, "vert", st.PRIMARY),
    "experience": Look(st.SOFT, "backdiag", st.MUTED),
    "job-search": Look(st.ACCENT, "solid", st.ACCENT),
}
OTHER_LOOK = Look(st.WHITE, "none", st.INK)
BAND_FILL = st.ACCENT_TINT  # drawn under the bars, over the row banding
BAND_SIZE = 7.5


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy lines at spaces; [] when a word alone is wider than width."""
    lines: list[str] = []
    for word in text.split():
        if stringWidth(word, font, size) > width:
            return []
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _next_month(value: date) -> date:
    return date(value.year + value.month // 12, value.month % 12 + 1, 1)


@record
class Span:
    """The months the chart covers and the marker days (start, today, finish)."""

    first: date  # first day of the first month
    last: date  # first day of the month after the last
    start: date
    finish: date
    today: date | None

    @classmethod
    def of(cls, steps: Sequence[Step], start: date, finish: date, today: date) -> Span:
        begin = min([start, *(s.start for s in steps)])
        end = max([finish, *(s.end for s in steps), *(s.exam_date for s in steps if s.exam_date)])
        first, last = begin.replace(day=1), _next_month(end)
        return cls(first, last, start, finish, today if first <= today < last else None)

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    def months(self) -> list[date]:
        out, cursor = [], self.first
        while cursor < self.last:
            out.append(cursor)
            cursor = _next_month(cursor)
        return out


@record
class Band:
    """A shaded stretch of the chart with a short label (a quiet stretch of the plan)."""

    start: date  # first day
    end: date  # last day
    label: str


def gantt_charts(
    steps: Sequence[Step],
    width: float,
    kit: TextKit,
    *,
    start: date,
    finish: date,
    today: date,
    first_height: float,
    height: float,
    bands: Sequence[Band] = (),
) -> list[Drawing]:
    """Page-sized slices of the chart, each repeating the month header.

    first_height is the room left on the first page, height a whole page's frame. Rows
    grow (up to MAX_ROW) when few steps leave room to spare. Bands shade stretches of time
    across every row, labelled where the rows under them are free.
    """
    span = Span.of(steps, start, finish, today)
    numbered = list(enumerate(steps, 1))
    fits_first = max(1, int((first_height - HEAD - FOOT) // ROW))
    fits_page = max(1, int((height - HEAD - FOOT) // ROW))
    if len(numbered) <= fits_first:
        row = min(MAX_ROW, (first_height - HEAD - FOOT) / max(1, len(numbered)))
        return [Gantt(width, kit, span, max(ROW, row), bands).draw(numbered)]
    slices = [numbered[:fits_first]]
    rest = numbered[fits_first:]
    slices += [rest[i : i + fits_page] for i in range(0, len(rest), fits_page)]
    return [Gantt(width, kit, span, ROW, bands).draw(rows) for rows in slices]


class Gantt:
    """Draws one slice of the chart: header, rows, milestones and marker lines."""

    def __init__(
        self, width: float, kit: TextKit, span: Span, row: float, bands: Sequence[Band] = ()
    ) -> None:
        self.width = width
        self.kit = kit
        self.span = span
        self.row = row
        self.bands = bands
        self.label_w = min(64 * mm, width * 0.38)
        self.x0 = self.label_w + 6
        self.chart_w = width - self.x0

    def at(self, day: date) -> float:
        return self.x0 + self.chart_w * (day - self.span.first).days / self.span.days

    def draw(self, rows: Sequence[tuple[int, Step]]) -> Drawing:
        height = HEAD + self.row * max(1, len(rows)) + FOOT
        pen = canvas_for(self.width, height, self.kit)
        top = height - HEAD
        self._header(pen, top)
        for i in range(1, len(rows), 2):  # banding first: the stretches' shading goes over it
            y = top - (i + 1) * self.row
            pen.group.add(Rect(0, y, self.width, self.row, fillColor=st.SOFT, strokeColor=None))
        for band in self.bands:
            self._band(pen, band, top, rows)
        for i, (number, step) in enumerate(rows):
            self._row(pen, top - (i + 1) * self.row, i, number, step)
        span = self.span
        self._marker(pen, self.at(span.start), top, _("start"), st.PRIMARY, dashed=False)
        if span.today and span.today != span.start:
            self._marker(pen, self.at(span.today), top, _("today"), st.WARN, dashed=True)
        finish_x = self.at(span.finish + timedelta(days=1))
        self._marker(pen, finish_x, top, _("finish"), st.INK, dashed=True)
        assert pen.drawing is not None
        return pen.drawing

    def _header(self, pen: Pen, top: float) -> None:
        """Year band, then months (names, initials, quarters or nothing: what fits)."""
        group, fonts = pen.group, self.kit.fonts
        months = self.span.months()
        month_w = self.chart_w / max(1, len(months))
        years: dict[int, list[date]] = {}
        for m in months:
            years.setdefault(m.year, []).append(m)
        for year, ms in years.items():
            left, right = self.at(ms[0]), self.at(_next_month(ms[-1]))
            group.add(
                Rect(left, top + 17, right - left, 11, fillColor=st.TINT, strokeColor=st.WHITE)
            )
            if right - left >= 20:
                pen.write(
                    (left + right) / 2,
                    top + 20,
                    str(year),
                    font=fonts.bold,
                    size=AXIS_SIZE + 0.5,
                    colour=st.PRIMARY,
                    anchor="middle",
                )
        quarters_only = month_w < 6  # long plans: a line per quarter, not per month
        for m in months:
            x = self.at(m)
            strong = m.month == 1
            if strong or not quarters_only or m.month in (4, 7, 10):
                group.add(
                    Line(
                        x,
                        FOOT,
                        x,
                        top + (17 if strong else 3),
                        strokeColor=st.MUTED if strong else st.RULE,
                        strokeWidth=0.7 if strong else 0.35,
                    )
                )
            label, centre = "", x + month_w / 2
            if month_w >= 16:
                label = month_names(active().locale)[m.month - 1]
            elif month_w >= 7.5:
                label = month_names(active().locale, "narrow")[m.month - 1]
            elif m.month in (1, 4, 7, 10) and month_w * 3 >= 16:
                label, centre = f"Q{(m.month + 2) // 3}", x + 1.5 * month_w
            if label:
                pen.write(
                    centre,
                    top + 6,
                    label,
                    font=fonts.regular,
                    size=AXIS_SIZE,
                    colour=st.MUTED,
                    anchor="middle",
                )
        group.add(
            Line(self.x0, top + 2, self.width, top + 2, strokeColor=st.MUTED, strokeWidth=0.6)
        )

    def _band(self, pen: Pen, band: Band, top: float, rows: Sequence[tuple[int, Step]]) -> None:
        """Shade the band over all rows; label it in the tallest run of rows it leaves free."""
        left = max(self.x0, self.at(band.start))
        right = min(self.width, self.at(band.end + timedelta(days=1)))
        if right - left < 2:
            return
        bottom = top - self.row * max(1, len(rows))
        pen.group.add(
            Rect(
                left,
                bottom,
                right - left,
                top - bottom,
                fillColor=BAND_FILL,
                strokeColor=st.ACCENT,
                strokeWidth=0.6,
                strokeDashArray=DASH,
            )
        )
        free: list[int] = []  # row indexes under the band with no bar or exam label there
        best: list[int] = []
        for i, (_number, step) in enumerate(rows):
            bar_left = self.at(step.start)
            bar_right = self.at(step.end + timedelta(days=1)) + (40 if step.exam_date else 0)
            if bar_right <= left or bar_left >= right:
                free.append(i)
                best = max(best, free, key=len)
            else:
                free = []
        lines = _wrap(band.label, right - left - 6, self.kit.fonts.regular, BAND_SIZE)
        leading = BAND_SIZE + 1.5
        if not lines or len(lines) * leading > len(best) * self.row - 2:
            return  # no room for the words: the note under the chart says it
        middle = top - (best[0] + len(best) / 2) * self.row
        y = middle + (len(lines) * leading) / 2 - BAND_SIZE
        for line in lines:
            pen.write(
                (left + right) / 2,
                y,
                line,
                font=self.kit.fonts.regular,
                size=BAND_SIZE,
                colour=st.ACCENT_DARK,
                anchor="middle",
            )
            y -= leading

    def _row(self, pen: Pen, y: float, index: int, number: int, step: Step) -> None:
        group, fonts, row = pen.group, self.kit.fonts, self.row
        mark = "\u2713 " if step.status == "done" else ""
        pen.write(
            0,
            y + row / 2 - 2.6,
            f"{number:>2}  {mark}{step.title}",
            font=fonts.regular,
            size=LABEL_SIZE,
            colour=st.INK,
            width=self.label_w,
        )
        look = KIND_LOOKS.get(step.kind, OTHER_LOOK)
        left = self.at(step.start)
        right = max(self.at(step.end + timedelta(days=1)), left + 2)
        box = (left, y + (row - BAR) / 2, right - left, BAR)
        patterned_rect(group, box, look, outline=st.INK, outline_width=0.5)
        if step.exam_date:
            self._diamond(pen, self.at(step.exam_date), y + row / 2, step.exam_date)

    def _diamond(self, pen: Pen, x: float, y: float, day: date) -> None:
        """The exam's sit-by date: a diamond, and its date on a white tab beside it."""
        r, bold = 4.2, self.kit.fonts.bold
        pen.group.add(
            Polygon(
                [x, y - r, x + r, y, x, y + r, x - r, y],
                fillColor=st.INK,
                strokeColor=st.WHITE,
                strokeWidth=0.6,
            )
        )
        label = short_day(day)
        width = stringWidth(label, bold, AXIS_SIZE)
        left = x + r + 2 if x + r + 4 + width <= self.width else x - r - 4 - width
        pen.group.add(Rect(left - 1, y - 3.6, width + 2, 8.2, fillColor=st.WHITE, strokeColor=None))
        pen.write(left, y - 2.2, label, font=bold, size=AXIS_SIZE, colour=st.INK)

    def _marker(
        self, pen: Pen, x: float, top: float, label: str, colour: Color, *, dashed: bool
    ) -> None:
        pen.group.add(
            Line(
                x,
                FOOT - 2,
                x,
                top + 3,
                strokeColor=colour,
                strokeWidth=1.1,
                strokeDashArray=DASH if dashed else None,
            )
        )
        pen.write(
            x,
            FOOT - 5.5,
            label,
            font=self.kit.fonts.bold,
            size=AXIS_SIZE - 0.5,
            colour=colour,
            anchor="middle",
        )


def gantt_legend(
    width: float, kit: TextKit, kinds: Sequence[str], *, bands: bool = False
) -> Drawing:
    """Swatches for the kinds in the plan, the exam diamond and the marker lines, in words."""
    items: list[tuple[str, str]] = [("kind", k) for k in kinds]
    items += [
        ("diamond", _("exam: the sit-by date")),
        ("line", _("start")),
        ("dash", _("today / finish")),
    ]
    if bands:
        items.append(("band", _("quiet stretch (see below)")))
    labels = [kind(value) if what == "kind" else value for what, value in items]
    widest = max(stringWidth(label, kit.fonts.regular, 7.5) for label in labels) + 24
    # Four columns while the longest label fits one (a longer language gets fewer, wider ones).
    columns = next((c for c in (4, 3, 2) if widest <= width / c), 1)
    col_w = width / columns
    height = (len(items) + columns - 1) // columns * 13 + 2
    pen = canvas_for(width, height, kit)
    group = pen.group
    for i, (what, value) in enumerate(items):
        x = (i % columns) * col_w
        y = height - (i // columns + 1) * 13 + 3
        label = labels[i]
        if what == "kind":
            look = KIND_LOOKS.get(value, OTHER_LOOK)
            patterned_rect(group, (x, y, 16, 7.5), look, outline=st.INK, outline_width=0.5)
        elif what == "diamond":
            cx, cy, r = x + 8, y + 3.75, 4
            points = [cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy]
            group.add(Polygon(points, fillColor=st.INK, strokeColor=None))
        elif what == "band":
            group.add(
                Rect(
                    x,
                    y - 1,
                    16,
                    9.5,
                    fillColor=BAND_FILL,
                    strokeColor=st.ACCENT,
                    strokeWidth=0.6,
                    strokeDashArray=DASH,
                )
            )
        else:
            colour = st.PRIMARY if what == "line" else st.INK
            dash = None if what == "line" else DASH
            group.add(
                Line(
                    x + 8,
                    y - 2,
                    x + 8,
                    y + 10,
                    strokeColor=colour,
                    strokeWidth=1.1,
                    strokeDashArray=dash,
                )
            )
        pen.write(x + 21, y + 1, label, font=kit.fonts.regular, size=7.5, colour=st.INK)
    assert pen.drawing is not None
    return pen.drawing
