"""Where things go on the timeline: dates to pixels, rows, header ticks; computed once per zoom."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from planner.domain.messages import active
from planner.domain.records import record
from planner.domain.roadmap import Step
from planner.gui.widgets.step_style import STATUS_GLYPHS, kind_label, status_label
from planner.i18n.format import day as format_day
from planner.i18n.format import month_names

# Pixels per day at which the header switches from quarters to months to weeks.
WEEK_SCALE = 3.0
MONTH_SCALE = 0.9
LABEL_GAP = 14  # from a bar's end (or its exam day's middle) to its label, past the diamond
MARGIN = 8  # after the last label
SCALE_PPD = {"week": 6.0, "month": 1.6, "quarter": 0.45}


def scale_for(ppd: float) -> str:
    if ppd >= WEEK_SCALE:
        return "week"
    return "month" if ppd >= MONTH_SCALE else "quarter"


@record
class Row:
    """One step's geometry in chart coordinates (x from the chart's left edge)."""

    step: Step
    status: str
    x0: int
    x1: int
    exam_x: int | None
    label: str
    label_width: int

    @property
    def right(self) -> int:
        """Where the row's drawing ends, label included."""
        return max(self.x1, self.exam_x or 0) + LABEL_GAP + self.label_width


@record
class Tick:
    x: int
    label: str


def row_label(step: Step, status: str) -> str:
    """The words beside a bar: status (unless to do), kind, and the exam date."""
    parts = [] if status == "todo" else [f"{STATUS_GLYPHS[status]} {status_label(status)}"]
    parts.append(kind_label(step.kind))
    if step.exam_date:
        parts.append(
            QCoreApplication.translate("TimelineLayout", "exam %1").replace(
                "%1", format_day(step.exam_date)
            )
        )
    return " · ".join(parts)


class TimelineLayout:
    """Pixel positions for one plan at one zoom; the widget only reads from it while painting."""

    def __init__(
        self,
        steps: Sequence[Step],
        statuses: Mapping[str, str],
        plan_start: date,
        today: date,
        text_width: Callable[[str], int],
    ) -> None:
        self.steps = tuple(steps)
        self.statuses = {s.id: statuses.get(s.id, s.status) for s in self.steps}
        self.plan_start, self.today = plan_start, today
        first = min([plan_start, today, *(s.start for s in self.steps)])
        last = max(
            [plan_start, today, *(s.end for s in self.steps)]
            + [s.exam_date for s in self.steps if s.exam_date]
        )
        # A month of room before the first date, for the start tag and some air.
        self.origin = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
        self.end = _month_after(last)  # the header shows whole months
        self.labels = [row_label(s, self.statuses[s.id]) for s in self.steps]
        self.label_widths = [text_width(label) for label in self.labels]
        # Narrower than this, a quarter cannot hold "Q4": the header marks years only (a
        # four-year plan fitted to the screen read "Q Q Q").
        self.quarter_px = text_width("Q4") + 10
        self.ppd = 1.0
        self.rows: list[Row] = []
        self.width = 0
        self.top_ticks: list[Tick] = []
        self.ticks: list[Tick] = []
        self._tick_xs: list[int] = []

    @property
    def days(self) -> int:
        return (self.end - self.origin).days

    def x(self, day: date) -> int:
        """The left edge of a day, in chart pixels."""
        return round((day - self.origin).days * self.ppd)

    def date_at(self, x: float) -> date:
        return self.origin + timedelta(days=int(x / self.ppd))

    def fit_ppd(self, chart_width: int) -> float:
        """The zoom that shows every bar and its label in chart_width pixels."""
        room = chart_width - 1 - MARGIN
        best = room / max(1, self.days)
        for step, label_width in zip(self.steps, self.label_widths, strict=True):
            end = max(step.end, step.exam_date or step.end) + timedelta(days=1)
            best = min(best, (room - LABEL_GAP - label_width) / max(1, (end - self.origin).days))
        return best * 0.995  # rounding to whole pixels must not bring back the scroll bar

    def set_ppd(self, ppd: float) -> None:
        self.ppd = ppd
        rows = []
        for step, label, width in zip(self.steps, self.labels, self.label_widths, strict=True):
            x0 = self.x(step.start)
            x1 = max(self.x(step.end + timedelta(days=1)), x0 + 3)
            exam_x = None
            if step.exam_date:
                exam_x = round(((step.exam_date - self.origin).days + 0.5) * ppd)
            rows.append(Row(step, self.statuses[step.id], x0, x1, exam_x, label, width))
        self.rows = rows
        self.width = max([self.x(self.end), *(r.right for r in rows)]) + MARGIN
        self._build_ticks()

    def _build_ticks(self) -> None:
        scale = scale_for(self.ppd)
        top: list[Tick] = []
        ticks: list[Tick] = []
        month = self.origin
        while month <= self.end:
            x = self.x(month)
            if scale == "week":
                top.append(Tick(x, f"{month_names(active().locale)[month.month - 1]} {month.year}"))
            elif month.month == 1 or month == self.origin:
                top.append(Tick(x, str(month.year)))
            if scale == "month":
                ticks.append(Tick(x, month_names(active().locale)[month.month - 1]))
            elif scale == "quarter" and month.month % 3 == 1:
                label = f"Q{month.month // 3 + 1}" if self.quarters_labelled else ""
                ticks.append(Tick(x, label))
            month = _month_after(month)
        if scale == "week":
            monday = self.origin + timedelta(days=(7 - self.origin.weekday()) % 7)
            while monday <= self.end:
                ticks.append(Tick(self.x(monday), str(monday.day)))
                monday += timedelta(weeks=1)
        self.top_ticks, self.ticks = top, ticks
        self._tick_xs = [t.x for t in ticks]

    @property
    def quarters_labelled(self) -> bool:
        return 91 * self.ppd >= self.quarter_px

    def scale_name(self) -> str:
        """What the header marks: Weeks, Months, Quarters, or Years on long plans."""
        scale = scale_for(self.ppd)
        if scale == "quarter" and not self.quarters_labelled:
            return QCoreApplication.translate("TimelineLayout", "Years")
        names = {
            "week": QCoreApplication.translate("TimelineLayout", "Weeks"),
            "month": QCoreApplication.translate("TimelineLayout", "Months"),
            "quarter": QCoreApplication.translate("TimelineLayout", "Quarters"),
        }
        return names[scale]

    def ticks_between(self, left: int, right: int) -> list[Tick]:
        """Ticks from the one before `left` up to `right`: only what a paint needs."""
        lo = max(0, bisect_left(self._tick_xs, left) - 1)
        hi = bisect_right(self._tick_xs, right)
        return self.ticks[lo:hi]


def _month_after(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
