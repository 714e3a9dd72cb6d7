"""The roadmap as a Gantt timeline: a row per step, months across, exam milestones and today."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from planner.domain.roadmap import Step
from planner.gui import formats
from planner.gui.plural import resolved
from planner.gui.widgets.gantt_layout import SCALE_PPD, TimelineLayout, scale_for
from planner.gui.widgets.gantt_paint import View, paint_timeline
from planner.gui.widgets.step_style import hours_text, kind_label, money, status_label

MIN_PPD, MAX_PPD, ZOOM_FACTOR = 0.08, 16.0, 1.5


NAMES_MIN = 80  # the step-name column is never narrower (px)
EDGE_GRIP = 4  # px either side of the column's edge that start a drag


class GanttWidget(QAbstractScrollArea):
    """Steps as bars against a calendar. Layout is cached per plan and zoom; a paint only
    walks the rows and ticks in view, so a 60-step plan paints in a few milliseconds."""

    step_selected = Signal(str)
    zoom_changed = Signal(float)  # pixels per day
    names_width_changed = Signal(int)  # the step-name column was dragged to this width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout: TimelineLayout | None = None
        self._selected = -1
        self._hover = -1
        self._fit_pending = True  # fit once the widget knows its width
        self._auto_fit = True  # keep fitting on resize until the person zooms by hand
        self._ppd = SCALE_PPD["month"]
        self._titles: list[str] = []
        self._titles_width = -1
        self._names_width: int | None = None  # chosen by dragging the column's edge
        self._dragging = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A viewport of our own: Qt's, asked for, would have PySide6 work out its Python class
        # by building every QWidget class it has, with their enums (6-8 ms).
        viewport = QWidget()
        viewport.setMouseTracking(True)
        self.setViewport(viewport)
        self.setAccessibleName(self.tr("Timeline"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._measure()

    # -- public API ------------------------------------------------------------------------
    def set_plan(
        self,
        steps: Sequence[Step],
        statuses: Mapping[str, str],
        plan_start: date,
        today: date,
        keep_view: bool = False,
    ) -> None:
        """Show these steps (in plan order); keep_view keeps zoom and scroll (same person)."""
        selected = self.selected_step()
        self._layout = TimelineLayout(
            steps, statuses, plan_start, today, self.fontMetrics().horizontalAdvance
        )
        self._titles_width = -1
        ids = [s.id for s in self._layout.steps]
        self._selected = ids.index(selected) if keep_view and selected in ids else -1
        self._hover = -1
        self._fit_pending = not keep_view or self._auto_fit
        self._auto_fit = self._fit_pending
        self._apply_ppd(self._ppd)
        if self._fit_pending and self.isVisible():  # hidden widgets do not know their width yet
            self.fit_to_view()
        self._update_description()

    def clear(self) -> None:
        self._layout = None
        self._selected = -1
        self._update_scrollbars()
        self._update_description()
        self.viewport().update()

    def step_ids(self) -> list[str]:
        return [s.id for s in self._layout.steps] if self._layout else []

    def selected_step(self) -> str | None:
        if self._layout is None or not 0 <= self._selected < len(self._layout.steps):
            return None
        return self._layout.steps[self._selected].id

    def select_step(self, step_id: str | None, notify: bool = False) -> None:
        ids = self.step_ids()
        self._set_selected(ids.index(step_id) if step_id in ids else -1, notify)

    @property
    def pixels_per_day(self) -> float:
        return self._ppd

    @property
    def scale(self) -> str:
        """'week', 'month' or 'quarter': what the header marks at this zoom."""
        return scale_for(self._ppd)

    def zoom_in(self) -> None:
        self._auto_fit = False
        self.set_pixels_per_day(self._ppd * ZOOM_FACTOR)

    def zoom_out(self) -> None:
        self._auto_fit = False
        self.set_pixels_per_day(self._ppd / ZOOM_FACTOR)

    def set_scale(self, scale: str) -> None:
        self._auto_fit = False
        self.set_pixels_per_day(SCALE_PPD[scale])

    def fit_to_view(self) -> None:
        """Show the whole plan, labels included, in the visible width (Ctrl+0)."""
        if self._layout is None:
            return
        self._fit_pending = False
        self._auto_fit = True
        self.set_pixels_per_day(self._layout.fit_ppd(self._chart_width()))
        self.horizontalScrollBar().setValue(0)

    def set_pixels_per_day(self, ppd: float, anchor: int | None = None) -> None:
        """Zoom, keeping the day under viewport x `anchor` (default: the view's left) in place."""
        ppd = min(MAX_PPD, max(MIN_PPD, ppd))
        if abs(ppd - self._ppd) < 1e-9 and self._layout and self._layout.ppd == ppd:
            return
        bar = self.horizontalScrollBar()
        offset = 0 if anchor is None else max(0, anchor - self._gutter())
        days = (bar.value() + offset) / self._ppd
        self._apply_ppd(ppd)
        bar.setValue(round(days * ppd - offset))
        self.zoom_changed.emit(ppd)

    def x_for_date(self, day: date) -> int:
        """A day's left edge in chart coordinates (0 = the chart's first day, before scrolling)."""
        assert self._layout is not None
        return self._layout.x(day)

    def viewport_x_for_date(self, day: date) -> int:
        return self._gutter() + self.x_for_date(day) - self.horizontalScrollBar().value()

    def bar_rect(self, step_id: str) -> QRect:
        """Where a step's bar is drawn, in viewport coordinates (may be outside the view)."""
        index = self.step_ids().index(step_id)
        row = self._layout.rows[index]
        top = self._row_top(index)
        height = self._bar_height()
        left = self._gutter() + row.x0 - self.horizontalScrollBar().value()
        return QRect(left, top + (self._row_h - height) // 2, row.x1 - row.x0, height)

    def ensure_visible(self, index: int) -> None:
        if self._layout is None or not 0 <= index < len(self._layout.rows):
            return
        vbar = self.verticalScrollBar()  # counts whole rows: no half-hidden row under the header
        if index < vbar.value():
            vbar.setValue(index)
        elif index >= vbar.value() + self._visible_rows():
            vbar.setValue(index - self._visible_rows() + 1)
        row, hbar, chart = self._layout.rows[index], self.horizontalScrollBar(), self._chart_width()
        if row.x0 < hbar.value() or row.x0 > hbar.value() + chart - 40:
            hbar.setValue(max(0, row.x0 - chart // 6))

    def row_at(self, y: int) -> int:
        """The row under viewport y, or -1 (header, below the last row, no plan)."""
        if self._layout is None or y < self._header_h:
            return -1
        index = (y - self._header_h) // self._row_h + self.verticalScrollBar().value()
        return index if index < len(self._layout.rows) else -1

    # -- geometry ------------------------------------------------------------------------
    def _measure(self) -> None:
        fm = self.fontMetrics()
        self._line_h = fm.height()
        self._row_h = max(22, round(fm.height() * 1.75))
        self._header_h = 3 * (fm.height() + 6)

    def _bar_height(self) -> int:
        return max(8, round(self._row_h * 0.55))

    def _gutter(self) -> int:
        width = self.viewport().width()
        if self._names_width is not None:
            return max(NAMES_MIN, min(self._names_width, width * 7 // 10))
        wanted = self.fontMetrics().averageCharWidth() * 34
        return max(NAMES_MIN, min(wanted, width * 2 // 5))

    def names_width(self) -> int:
        """The step-name column's width in pixels, as shown now."""
        return self._gutter()

    def set_names_width(self, width: int | None) -> None:
        """Set the step-name column's width (None: the automatic width)."""
        self._names_width = None if width is None else max(NAMES_MIN, int(width))
        self._titles_width = -1
        if self._auto_fit and self._layout is not None and self.isVisible():
            self.fit_to_view()
        self._update_scrollbars()
        self.viewport().update()

    def _on_names_edge(self, x: float) -> bool:
        return abs(x - self._gutter()) <= EDGE_GRIP

    def _chart_width(self) -> int:
        return max(1, self.viewport().width() - self._gutter())

    def _row_top(self, index: int) -> int:
        return self._header_h + (index - self.verticalScrollBar().value()) * self._row_h

    def _visible_rows(self) -> int:
        """Rows that fit whole below the header."""
        return max(1, (self.viewport().height() - self._header_h) // self._row_h)

    def _apply_ppd(self, ppd: float) -> None:
        self._ppd = ppd
        if self._layout is not None:
            self._layout.set_ppd(ppd)
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        chart = self._chart_width()
        width = self._layout.width if self._layout else 0
        rows = len(self._layout.rows) if self._layout else 0
        hbar.setRange(0, max(0, width - chart))
        hbar.setPageStep(chart)
        hbar.setSingleStep(self.fontMetrics().averageCharWidth() * 4)
        vbar.setRange(0, max(0, rows - self._visible_rows()))
        vbar.setPageStep(self._visible_rows())
        vbar.setSingleStep(1)

    def _set_selected(self, index: int, notify: bool) -> None:
        if index == self._selected:
            return
        self._selected = index
        self.ensure_visible(index)
        self.viewport().update()
        self._update_description()
        step_id = self.selected_step()
        if notify and step_id is not None:
            self.step_selected.emit(step_id)

    # -- events ----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._titles_width = -1
        if (self._fit_pending or self._auto_fit) and self._layout is not None and self.isVisible():
            self.fit_to_view()
        self._update_scrollbars()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending and self._layout is not None:
            self.fit_to_view()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._measure()
            if self._layout is not None:
                self.set_plan(
                    self._layout.steps,
                    self._layout.statuses,
                    self._layout.plan_start,
                    self._layout.today,
                    keep_view=True,
                )

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_names_edge(
            event.position().x()
        ):
            self._dragging = True  # drag the step-name column's edge
            event.accept()
            return
        index = self.row_at(round(event.position().y()))
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._set_selected(index, notify=True)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._dragging = False
            self.names_width_changed.emit(self._gutter())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._dragging:
            self.set_names_width(round(x))
            event.accept()
            return
        edge = self._on_names_edge(x)
        cursor = Qt.CursorShape.SplitHCursor if edge else Qt.CursorShape.ArrowCursor
        if self.viewport().cursor().shape() != cursor:
            self.viewport().setCursor(cursor)
        index = self.row_at(round(event.position().y()))
        if index != self._hover:
            self._hover = index
            self.viewport().update()
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.viewport().update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._auto_fit = False
                anchor = round(event.position().x())
                self.set_pixels_per_day(self._ppd * ZOOM_FACTOR**steps, anchor)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        K, ctrl = Qt.Key, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        rows = len(self._layout.rows) if self._layout else 0
        page = max(1, (self.viewport().height() - self._header_h) // self._row_h - 1)
        moves = {
            K.Key_Up: self._selected - 1 if self._selected > 0 else 0,
            K.Key_Down: self._selected + 1,
            K.Key_PageUp: self._selected - page,
            K.Key_PageDown: self._selected + page,
            K.Key_Home: 0,
            K.Key_End: rows - 1,
        }
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and event.key() == K.Key_Equal):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif ctrl and event.key() == K.Key_0:
            self.fit_to_view()
        elif event.key() in moves and rows and not ctrl:
            self._set_selected(max(0, min(rows - 1, moves[event.key()])), notify=True)
        elif event.key() in (K.Key_Left, K.Key_Right):
            sign = -1 if event.key() == K.Key_Left else 1
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + sign * bar.singleStep())
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.row_at(event.pos().y())
            if index >= 0:
                x = event.pos().x() - self._gutter() + self.horizontalScrollBar().value()
                text = self._tooltip(index, self._layout.date_at(max(0, x)))
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Paint:
            self._paint()
            return True
        return super().viewportEvent(event)

    # -- text ------------------------------------------------------------------------------
    def tooltip_for(self, step_id: str, day: date | None = None) -> str:
        """The hover text of a step's row: title, kind, status, dates, hours, cost, exam."""
        return self._tooltip(self.step_ids().index(step_id), day)

    def _tooltip(self, index: int, day: date | None = None) -> str:
        row = self._layout.rows[index]
        step = row.step
        weeks = max(1, round(((step.end - step.start).days + 1) / 7))
        lines = [
            step.title,
            f"{kind_label(step.kind)} · {status_label(row.status)}",
            self.tr("%1 to %2 (%3)")
            .replace("%3", resolved(self.tr("%n week(s)", "", weeks), weeks))
            .replace("%2", formats.day(step.end))
            .replace("%1", formats.day(step.start)),
            f"{hours_text(step.hours)} · {money(step.cost, step.currency)}",
        ]
        if day is not None and step.weeks:  # the week under the pointer
            monday = day - timedelta(days=day.weekday())
            lines.append(
                self.tr("Week of %1: %2 planned")
                .replace("%2", hours_text(step.hours_in_week(monday)))
                .replace("%1", formats.day(monday))
            )
        if step.exam_date:
            codes = ", ".join(step.exam_codes) or self.tr("exam")
            lines.append(
                self.tr("%1: book by %2, sit by %3")
                .replace("%3", formats.day(step.exam_date))
                .replace("%2", formats.day(step.book_by))
                .replace("%1", codes)
            )
        return "\n".join(lines)

    def _update_description(self) -> None:
        layout = self._layout
        if layout is None or not layout.steps:
            self.setAccessibleDescription(self.tr("No steps to show."))
            return
        counts = {s: list(layout.statuses.values()).count(s) for s in ("done", "in_progress")}
        finish = max(s.end for s in layout.steps)
        exams = sum(1 for s in layout.steps if s.exam_date)
        steps = len(layout.steps)
        text = (
            self.tr(
                "%1 from %2 to %3; %4 done, %5 in progress; %6; today is %7. Up and Down choose "
                "a step; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the plan."
            )
            .replace("%7", formats.day(layout.today))
            .replace("%6", resolved(self.tr("%n exam date(s)", "", exams), exams))
            .replace("%5", str(counts["in_progress"]))
            .replace("%4", str(counts["done"]))
            .replace("%3", formats.day(finish))
            .replace("%2", formats.day(layout.plan_start))
            .replace("%1", resolved(self.tr("%n step(s)", "", steps), steps))
        )
        selected = self.selected_step()
        if selected is not None:
            text += " " + self.tr("Selected: %1.").replace("%1", layout.steps[self._selected].title)
        self.setAccessibleDescription(text)

    def _gutter_titles(self, width: int) -> list[str]:
        """Row titles elided to the gutter, cached until the gutter's width changes."""
        if width != self._titles_width and self._layout is not None:
            fm = self.fontMetrics()
            self._titles = [
                fm.elidedText(f"{i}. {s.title}", Qt.TextElideMode.ElideRight, width)
                for i, s in enumerate(self._layout.steps, 1)
            ]
            self._titles_width = width
        return self._titles

    # -- painting --------------------------------------------------------------------------
    def _paint(self) -> None:
        gutter = self._gutter()
        view = View(
            layout=self._layout,
            selected=self._selected,
            hover=self._hover,
            row_h=self._row_h,
            header_h=self._header_h,
            gutter=gutter,
            bar_h=self._bar_height(),
            dx=self.horizontalScrollBar().value(),
            dy=self.verticalScrollBar().value() * self._row_h,
            width=self.viewport().width(),
            height=self.viewport().height(),
            titles=self._gutter_titles(gutter - 12),
            focused=self.hasFocus(),
        )
        painter = QPainter(self.viewport())
        try:
            paint_timeline(painter, self.palette(), self.fontMetrics(), view)
        finally:
            painter.end()
