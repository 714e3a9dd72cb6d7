"""The timeline's key: each kind's fill pattern and what the marks mean, wrapped to the width."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.gui.widgets.gantt_paint import diamond
from planner.gui.widgets.step_style import KIND_LABELS, kind_label, kind_pattern

Role = QPalette.ColorRole
MARKS = ("exam", "today", "start", "done", "in_progress", "skipped")
MARK_LABELS = {
    "exam": QT_TRANSLATE_NOOP("GanttLegend", "Exam date"),
    "today": QT_TRANSLATE_NOOP("GanttLegend", "Today"),
    "start": QT_TRANSLATE_NOOP("GanttLegend", "Plan start"),
    "done": QT_TRANSLATE_NOOP("GanttLegend", "Done"),
    "in_progress": QT_TRANSLATE_NOOP("GanttLegend", "In progress"),
    "skipped": QT_TRANSLATE_NOOP("GanttLegend", "Skipped"),
}


class GanttLegend(QWidget):
    """Greyscale-safe: every entry pairs a drawn sample with its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline legend"))
        names = [kind_label(k) for k in KIND_LABELS] + [self.tr(MARK_LABELS[m]) for m in MARKS]
        self.setAccessibleDescription(
            self.tr("Patterns and marks: %1.").replace("%1", ", ".join(names))
        )
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._entries = [(k, kind_label(k)) for k in KIND_LABELS] + [
            (m, self.tr(MARK_LABELS[m])) for m in MARKS
        ]

    def _sample(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(round(h * 1.6), max(8, round(h * 0.7)))

    def _positions(self, width: int) -> tuple[list[QPoint], int]:
        """Top-left of each entry when wrapped to width, and the height they take."""
        fm, sample = self.fontMetrics(), self._sample()
        line_h, gap = fm.height() + 6, fm.averageCharWidth() * 2
        x = y = 0
        points = []
        for _key, label in self._entries:
            w = sample.width() + 6 + fm.horizontalAdvance(label)
            if x and x + w > width:
                x, y = 0, y + line_h
            points.append(QPoint(x, y))
            x += w + gap
        return points, y + line_h

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._positions(width)[1]

    def sizeHint(self) -> QSize:
        width = max(200, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.fontMetrics().height() + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        pal, fm, sample = self.palette(), self.fontMetrics(), self._sample()
        line_h = fm.height() + 6
        ink = pal.color(Role.WindowText)
        points, _ = self._positions(self.width())
        for (key, label), point in zip(self._entries, points, strict=True):
            box = QRect(
                point.x(),
                point.y() + (line_h - sample.height()) // 2,
                sample.width(),
                sample.height(),
            )
            self._draw_sample(p, key, box, pal)
            p.setPen(ink)
            text = QRect(box.right() + 6, point.y(), fm.horizontalAdvance(label) + 4, line_h)
            p.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        p.end()

    @staticmethod
    def _draw_sample(p: QPainter, key: str, box: QRect, pal: QPalette) -> None:
        ink, base = pal.color(Role.WindowText), pal.color(Role.Base)
        cx, cy = box.center().x(), box.center().y()
        if key in KIND_LABELS:
            p.fillRect(box, base)
            p.setPen(QPen(ink, 1))
            p.setBrush(QBrush(ink, kind_pattern(key)))
            p.drawRect(box.adjusted(0, 0, -1, -1))
        elif key == "exam":
            p.setPen(QPen(base, 1))
            p.setBrush(ink)
            p.drawPolygon(diamond(cx, cy, box.height() * 0.7))
        elif key in ("today", "start"):
            today = key == "today"
            color = pal.color(Role.Highlight) if today else ink
            style = Qt.PenStyle.DashLine if today else Qt.PenStyle.DotLine
            p.setPen(QPen(color, 2 if today else 1, style))
            p.drawLine(cx, box.top() - 3, cx, box.bottom() + 3)
        else:
            dashed = key == "skipped"
            faded = QPen(ink, 1, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            if key == "in_progress":
                faded.setWidth(2)
            p.setPen(faded)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box.adjusted(1, 1, -1, -1))
            if key == "done":
                p.drawPolyline([QPoint(cx - 5, cy), QPoint(cx - 1, cy + 3), QPoint(cx + 5, cy - 4)])
            elif key == "in_progress":
                p.fillRect(
                    QRect(box.left() + 1, box.top() + 1, box.width() // 2, box.height() - 2), ink
                )
