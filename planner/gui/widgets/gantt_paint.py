"""Paints the timeline from its cached layout: palette colours, kind patterns, visible rows only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF

from planner.domain.records import record
from planner.gui.widgets.gantt_layout import LABEL_GAP, Row, TimelineLayout
from planner.gui.widgets.step_style import kind_pattern

Role = QPalette.ColorRole
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@record
class View:
    """The widget's state at paint time, in viewport pixels."""

    layout: TimelineLayout | None
    selected: int
    hover: int
    row_h: int
    header_h: int
    gutter: int
    bar_h: int
    dx: int
    dy: int
    width: int
    height: int
    titles: list[str]
    focused: bool


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """a blended toward b by t (0..1): faded ink that follows the palette, light or dark."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def diamond(x: float, y: float, r: float) -> QPolygonF:
    return QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])


def paint_timeline(p: QPainter, pal: QPalette, fm: QFontMetrics, v: View) -> None:
    TimelinePainter(p, pal, fm, v).paint()


class TimelinePainter:
    """One paint pass; the header and the step-title gutter stay put while the chart scrolls."""

    def __init__(self, p: QPainter, pal: QPalette, fm: QFontMetrics, v: View) -> None:
        self.p, self.pal, self.fm, self.v = p, pal, fm, v
        self.band = v.header_h // 3

    def paint(self) -> None:
        p, v = self.p, self.v
        p.fillRect(0, 0, v.width, v.height, self.pal.color(Role.Base))
        layout = v.layout
        if layout is None or not layout.rows:
            p.setPen(self.pal.color(Role.PlaceholderText))
            p.drawText(
                QRect(0, 0, v.width, v.height),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate("GanttWidget", "No steps to show."),
            )
            return
        first = v.dy // v.row_h
        last = min(len(layout.rows) - 1, (v.dy + v.height - v.header_h) // v.row_h)
        visible = range(first, last + 1)
        self._row_backgrounds(visible)
        p.save()
        p.setClipRect(QRect(v.gutter, v.header_h, v.width - v.gutter, v.height - v.header_h))
        p.translate(v.gutter - v.dx, 0)
        self._grid(layout)
        for index in visible:
            self._row(layout.rows[index], index)
        self._date_lines(layout)
        p.restore()
        self._header(layout)
        self._gutter(layout, visible)

    def _row_top(self, index: int) -> int:
        return self.v.header_h + index * self.v.row_h - self.v.dy

    def _row_backgrounds(self, visible: range) -> None:
        v, pal = self.v, self.pal
        hover = QColor(pal.color(Role.Highlight))
        hover.setAlpha(45)
        for index in visible:
            rect = QRect(0, self._row_top(index), v.width, v.row_h)
            if index == v.selected:
                self.p.fillRect(rect, pal.color(Role.Highlight))
                continue
            if index % 2:
                self.p.fillRect(rect, pal.color(Role.AlternateBase))
            if index == v.hover:
                self.p.fillRect(rect, hover)

    def _grid(self, layout: TimelineLayout) -> None:
        p, v = self.p, self.v
        ink = QColor(self.pal.color(Role.Text))
        ink.setAlpha(28)
        p.setPen(QPen(ink, 0))
        right = v.dx + v.width - v.gutter
        for tick in layout.ticks_between(v.dx, right):
            p.drawLine(tick.x, v.header_h, tick.x, v.height)
        ink.setAlpha(70)
        p.setPen(QPen(ink, 0))
        for tick in layout.top_ticks:
            if v.dx <= tick.x <= right:
                p.drawLine(tick.x, v.header_h, tick.x, v.height)

    def _row(self, row: Row, index: int) -> None:
        p, v, pal = self.p, self.v, self.pal
        selected = index == v.selected
        fg = pal.color(Role.HighlightedText if selected else Role.Text)
        bg = pal.color(Role.Highlight if selected else Role.Base)
        ink = mix(fg, bg, 0.5) if row.status in ("done", "skipped") else fg
        top = self._row_top(index)
        mid = top + v.row_h / 2
        bar = QRectF(row.x0 + 0.5, mid - v.bar_h / 2, row.x1 - row.x0 - 1, v.bar_h)
        if row.status == "skipped":
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
            p.drawRect(bar)
        else:
            p.setPen(QPen(ink, 2 if row.status == "in_progress" else 1))
            p.setBrush(QBrush(ink, kind_pattern(row.step.kind)))
            p.drawRect(bar)
            if row.status in ("done", "in_progress") and bar.width() >= v.bar_h + 2:
                self._status_box(fg, bg, bar, row.status)
        if row.exam_x is not None:
            p.setPen(QPen(bg, 1.5))
            p.setBrush(fg)
            p.drawPolygon(diamond(row.exam_x, mid, min(v.bar_h * 0.62, LABEL_GAP - 3)))
        left = max(row.x1, row.exam_x or 0) + LABEL_GAP
        p.setPen(ink)
        p.drawText(QRect(left, top, row.label_width + 4, v.row_h), ALIGN_LEFT, row.label)

    def _status_box(self, fg: QColor, bg: QColor, bar: QRectF, status: str) -> None:
        """A small box at the bar's start: ticked when done, half filled when in progress."""
        p = self.p
        side = bar.height() - 4
        box = QRectF(bar.left() + 2, bar.top() + 2, side, side)
        p.setPen(QPen(fg, 1))
        p.setBrush(bg)
        p.drawRect(box)
        if status == "done":
            pen = QPen(fg, max(1.5, side / 6))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            tick = [(0.2, 0.55), (0.42, 0.78), (0.82, 0.25)]
            p.drawPolyline(
                QPolygonF([QPointF(box.left() + side * a, box.top() + side * b) for a, b in tick])
            )
        else:
            p.fillRect(QRectF(box.left(), box.top(), side / 2, side), fg)

    def _date_lines(self, layout: TimelineLayout) -> None:
        p, v = self.p, self.v
        start_ink = QColor(self.pal.color(Role.Text))
        start_ink.setAlpha(160)
        x = layout.x(layout.plan_start)
        p.setPen(QPen(start_ink, 1, Qt.PenStyle.DotLine))
        p.drawLine(x, v.header_h, x, v.height)
        x = layout.x(layout.today)
        p.setPen(QPen(self.pal.color(Role.Highlight), 2, Qt.PenStyle.DashLine))
        p.drawLine(x, v.header_h, x, v.height)

    # -- header and gutter ---------------------------------------------------------------
    def _header(self, layout: TimelineLayout) -> None:
        p, v, pal, band = self.p, self.v, self.pal, self.band
        p.fillRect(0, 0, v.width, v.header_h, pal.color(Role.Window))
        p.save()
        p.setClipRect(QRect(v.gutter, 0, v.width - v.gutter, v.header_h))
        p.translate(v.gutter - v.dx, 0)
        self._top_labels(layout)
        self._tick_labels(layout)
        self._flags(layout)
        p.restore()
        p.setPen(pal.color(Role.Mid))
        p.drawLine(0, v.header_h - 1, v.width, v.header_h - 1)
        p.fillRect(0, 0, v.gutter, v.header_h - 1, pal.color(Role.Window))
        p.setPen(pal.color(Role.PlaceholderText))
        p.drawText(QRect(8, 0, v.gutter - 12, band), ALIGN_LEFT, layout.scale_name())
        p.setPen(pal.color(Role.WindowText))
        p.drawText(
            QRect(8, 2 * band, v.gutter - 12, band),
            ALIGN_LEFT,
            QCoreApplication.translate("GanttWidget", "Step"),
        )

    def _top_labels(self, layout: TimelineLayout) -> None:
        p, v, fm, band = self.p, self.v, self.fm, self.band
        right = v.dx + v.width - v.gutter
        tops = layout.top_ticks
        bold = p.font()
        bold.setBold(True)
        for i, tick in enumerate(tops):
            end = tops[i + 1].x if i + 1 < len(tops) else layout.width
            if end < v.dx or tick.x > right:
                continue
            p.setPen(self.pal.color(Role.Mid))
            p.drawLine(tick.x, 0, tick.x, 2 * band)
            placed = top_label(tick.label, tick.x, end, v.dx, fm.horizontalAdvance)
            if placed is None:
                continue  # the span is too narrow for any label
            label, left, width = placed
            p.save()
            p.setFont(bold)
            p.setPen(self.pal.color(Role.WindowText))
            p.drawText(QRect(left, 0, width + 4, band), ALIGN_LEFT, label)
            p.restore()

    def _tick_labels(self, layout: TimelineLayout) -> None:
        p, v, fm, band = self.p, self.v, self.fm, self.band
        ticks = layout.ticks_between(v.dx, v.dx + v.width - v.gutter)
        for i, tick in enumerate(ticks):
            room = (ticks[i + 1].x if i + 1 < len(ticks) else layout.width) - tick.x - 6
            label = tick.label
            if fm.horizontalAdvance(label) > room:
                # A month may shrink to its initial (J F M); "Q" alone says nothing.
                short = label[0] if not label.startswith("Q") else ""
                label = short if fm.horizontalAdvance(short) <= room else ""
            p.setPen(self.pal.color(Role.Mid))
            p.drawLine(tick.x, band, tick.x, 2 * band)
            if label:
                p.setPen(self.pal.color(Role.WindowText))
                p.drawText(QRect(tick.x + 3, band, room + 3, band), ALIGN_LEFT, label)

    def _flags(self, layout: TimelineLayout) -> None:
        """'Today' and 'Plan start' tags above their lines (which the legend also explains)."""
        p, fm, pal, band = self.p, self.fm, self.pal, self.band
        today, start = layout.x(layout.today), layout.x(layout.plan_start)
        top, height = 2 * band + 1, band - 3
        same_day = layout.today == layout.plan_start
        today_label = (
            QCoreApplication.translate("GanttWidget", "Today · plan start")
            if same_day
            else QCoreApplication.translate("GanttWidget", "Today")
        )
        start_label = QCoreApplication.translate("GanttWidget", "Plan start")
        today_rect = QRect(today, top, fm.horizontalAdvance(today_label) + 10, height)
        if not same_day:
            start_rect = QRect(start, top, fm.horizontalAdvance(start_label) + 10, height)
            if start < today and start_rect.right() >= today_rect.left() - 2:
                start_rect.moveRight(today_rect.left() - 3)  # hang left: the tags never overlap
            elif start > today and today_rect.right() >= start_rect.left() - 2:
                start_rect.moveLeft(today_rect.right() + 3)
            if start_rect.left() >= 0:
                p.fillRect(start_rect, pal.color(Role.Base))
                p.setPen(QPen(pal.color(Role.Text), 1, Qt.PenStyle.DotLine))
                p.drawRect(start_rect.adjusted(0, 0, -1, -1))
                p.setPen(pal.color(Role.Text))
                p.drawText(start_rect, Qt.AlignmentFlag.AlignCenter, start_label)
        p.fillRect(today_rect, pal.color(Role.Highlight))
        p.setPen(pal.color(Role.HighlightedText))
        p.drawText(today_rect, Qt.AlignmentFlag.AlignCenter, today_label)

    def _gutter(self, layout: TimelineLayout, visible: range) -> None:
        p, v, pal = self.p, self.v, self.pal
        p.save()
        p.setClipRect(QRect(0, v.header_h, v.gutter, v.height - v.header_h))
        for index in visible:
            selected = index == v.selected
            fg = pal.color(Role.HighlightedText if selected else Role.Text)
            if layout.rows[index].status in ("done", "skipped") and not selected:
                fg = pal.color(Role.PlaceholderText)
            p.setPen(fg)
            rect = QRect(8, self._row_top(index), v.gutter - 12, v.row_h)
            p.drawText(rect, ALIGN_LEFT, v.titles[index])
        p.restore()
        if v.focused and v.selected in visible:
            top = max(v.header_h, self._row_top(v.selected))
            p.setPen(QPen(pal.color(Role.HighlightedText), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRect(1, top + 1, v.width - 3, v.row_h - 3))
        p.setPen(pal.color(Role.Mid))
        p.drawLine(v.gutter - 1, 0, v.gutter - 1, v.height)


def top_label(
    label: str, x: int, end: int, view_left: int, advance: Callable[[str], int]
) -> tuple[str, int, int] | None:
    """Where a year's label goes in its span [x, end): (text, left, width), or None.

    Sticky: the year stays readable while its span is partly scrolled away. A span too narrow
    for "2027" (a long plan fitted to a small screen) gets the short form, not nothing.
    """
    for text in [label] + (["\u2019" + label[-2:]] if label.isdigit() else []):
        width = advance(text) + 8
        left = min(max(x, view_left) + 4, end - width)
        if left >= x:
            return text, left, width
    return None
