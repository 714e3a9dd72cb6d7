"""Have vs need per competency as horizontal bars, legible in greyscale and in dark mode."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.domain.records import record
from planner.domain.roadmap import Gap

# Each kind is told apart by its pattern, not its colour, so printouts and greyscale work.
KINDS = ("have", "reaches", "need")
KIND_LABELS = {
    "have": QT_TRANSLATE_NOOP("GapChart", "You have"),
    "reaches": QT_TRANSLATE_NOOP("GapChart", "The plan reaches"),
    "need": QT_TRANSLATE_NOOP("GapChart", "The track needs"),
}
ARROW = "→"


def bar_brush(kind: str, palette: QPalette) -> QBrush:
    """Solid for what the person has, hatched for what the plan adds, none for the target."""
    colour = palette.color(QPalette.ColorRole.Highlight)
    if kind == "have":
        return QBrush(colour, Qt.BrushStyle.SolidPattern)
    if kind == "reaches":
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)
    return QBrush(Qt.BrushStyle.NoBrush)


def bar_pen(kind: str, palette: QPalette) -> QPen:
    if kind == "need":
        pen = QPen(palette.color(QPalette.ColorRole.Text), 1.5)
    else:
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def value_text(gap: Gap) -> str:
    """'1 → 3', plus what the plan reaches when it raises the level."""
    text = f"{gap.have} {ARROW} {gap.need}"
    if gap.size == 0:
        return f"{text}  " + QCoreApplication.translate("GapChart", "met")
    if gap.reaches is not None and gap.reaches > gap.have:
        return f"{text}  " + QCoreApplication.translate("GapChart", "plan %1").replace(
            "%1", str(gap.reaches)
        )
    return text


@record
class Bar:
    """One painted bar: which competency, which kind, where, and with what brush."""

    competency: str
    kind: str
    rect: QRectF
    brush: QBrush


@record
class _Row:
    top: float
    height: float
    gap: Gap | None = None  # None: a section heading
    title: str = ""


class GapChart(QWidget):
    """Competencies of the target track, largest gaps first, then the ones already met."""

    current_changed = Signal(str)  # competency id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self._levels: dict[int, str] = {}
        self._max_level = 4
        self._current: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Grows to fill the scroll area (painting Base all over); never shrinks below its rows.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.setAccessibleName(self.tr("Gap chart"))
        self.setMouseTracking(False)

    # -- data --------------------------------------------------------------------------------
    def set_gaps(self, gaps: Sequence[Gap], level_labels: Mapping[str, str] | None = None) -> None:
        self._gaps = sorted(gaps, key=lambda g: (-g.size, g.name.casefold()))
        self._levels = {
            int(k): v.split(":")[0].strip() for k, v in (level_labels or {}).items() if k.isdigit()
        }
        top = max([4, *(max(g.need, g.have, g.reaches or 0) for g in self._gaps)])
        self._max_level = top
        if self._current not in {g.competency for g in self._gaps}:
            self._current = None
        self.setAccessibleDescription(
            "; ".join(
                self.tr("%1: you have %2, the track needs %3")
                .replace("%3", str(g.need))
                .replace("%2", str(g.have))
                .replace("%1", g.name)
                + (
                    self.tr(", the plan reaches %1").replace("%1", str(g.reaches))
                    if g.reaches is not None
                    else ""
                )
                for g in self._gaps
            )
        )
        self.updateGeometry()
        self.update()

    def gaps(self) -> list[Gap]:
        """The gaps in the order drawn."""
        return list(self._gaps)

    def current(self) -> str | None:
        return self._current

    def set_current(self, competency: str | None) -> None:
        if competency == self._current:
            return
        self._current = competency
        self.update()
        if competency is not None:
            self.current_changed.emit(competency)

    # -- geometry ----------------------------------------------------------------------------
    def _metrics(self) -> tuple[float, float, float]:
        height = self.fontMetrics().height()
        return height * 2.0, height * 1.9, height * 1.8  # row, section heading, axis

    def _rows(self) -> list[_Row]:
        row_h, head_h, axis_h = self._metrics()
        rows: list[_Row] = []
        y = axis_h
        sections = (
            (self.tr("Gaps to close (%1)"), [g for g in self._gaps if g.size]),
            (self.tr("Already met (%1)"), [g for g in self._gaps if not g.size]),
        )
        for title, members in sections:
            if not members:
                continue
            rows.append(_Row(y, head_h, title=title.replace("%1", str(len(members)))))
            y += head_h
            for gap in members:
                rows.append(_Row(y, row_h, gap=gap))
                y += row_h
        return rows

    def _columns(self) -> tuple[float, float, float]:
        """x of the bar area's start and end, and the label column's width."""
        fm = self.fontMetrics()
        pad = fm.height()
        widest = max((fm.horizontalAdvance(g.name) for g in self._gaps), default=0)
        label_w = min(widest + pad, self.width() * 0.36)
        value_w = (
            max(
                fm.horizontalAdvance(f"4 {ARROW} 4  " + self.tr("plan %1").replace("%1", "4")),
                fm.horizontalAdvance(f"4 {ARROW} 4  " + self.tr("met")),
            )
            + pad
        )
        x0 = label_w + pad
        x1 = max(x0 + pad * 4, self.width() - value_w - pad)
        return x0, x1, label_w

    def _x(self, level: float, x0: float, x1: float) -> float:
        return x0 + (x1 - x0) * level / self._max_level

    def bars(self) -> list[Bar]:
        """Every bar as painted (the need outline is drawn for every competency)."""
        x0, x1, _ = self._columns()
        palette = self.palette()
        bars: list[Bar] = []
        for row in self._rows():
            gap = row.gap
            if gap is None:
                continue
            band = row.height * 0.46
            top = row.top + (row.height - band) / 2
            if gap.have > 0:
                width = self._x(gap.have, x0, x1) - x0
                rect = QRectF(x0, top, width, band)
                bars.append(Bar(gap.competency, "have", rect, bar_brush("have", palette)))
            if gap.reaches is not None and gap.reaches > gap.have:
                left = self._x(gap.have, x0, x1)
                rect = QRectF(left, top, self._x(gap.reaches, x0, x1) - left, band)
                bars.append(Bar(gap.competency, "reaches", rect, bar_brush("reaches", palette)))
            rect = QRectF(x0, top, self._x(gap.need, x0, x1) - x0, band)
            bars.append(Bar(gap.competency, "need", rect, bar_brush("need", palette)))
        return bars

    def _total_height(self) -> int:
        rows = self._rows()
        _, _, axis_h = self._metrics()
        return int(rows[-1].top + rows[-1].height + axis_h * 0.5) if rows else int(axis_h * 2)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 60, self._total_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 30, self._total_height())

    def _row_at(self, y: float) -> Gap | None:
        return next((r.gap for r in self._rows() if r.gap and r.top <= y < r.top + r.height), None)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if not self._gaps:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No competencies to show yet.")
            )
            return
        x0, x1, label_w = self._columns()
        rows = self._rows()
        self._paint_axis(painter, x0, x1, rows[-1].top + rows[-1].height)
        fm = self.fontMetrics()
        pad = fm.height() / 2
        for row in rows:
            if row.gap is None:
                font = QFont(self.font())
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawText(
                    QRectF(pad, row.top, self.width() - 2 * pad, row.height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    row.title,
                )
                painter.setFont(self.font())
                continue
            self._paint_row_text(painter, row, row.gap, label_w, x1)
        for bar in self.bars():
            painter.setPen(bar_pen(bar.kind, palette))
            painter.setBrush(bar.brush)
            painter.drawRect(bar.rect)
            if bar.kind == "need":
                # A tick at the target, taller than the bar, so it shows over a filled bar too.
                x = bar.rect.right()
                pen = QPen(palette.color(QPalette.ColorRole.Text), 3)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(x, bar.rect.top() - pad / 2), QPointF(x, bar.rect.bottom() + pad / 2)
                )
        painter.end()

    def _paint_axis(self, painter: QPainter, x0: float, x1: float, bottom: float) -> None:
        palette = self.palette()
        fm = self.fontMetrics()
        _, _, axis_h = self._metrics()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        small_fm = painter.fontMetrics()
        spacing = (x1 - x0) / self._max_level
        named = {lv: f"{lv} {name}" for lv, name in self._levels.items()}
        # Level names only when every one fits its slot; otherwise numbers (names in tooltips).
        fits = all(small_fm.horizontalAdvance(t) < spacing * 0.95 for t in named.values())
        for level in range(self._max_level + 1):
            x = self._x(level, x0, x1)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, axis_h - fm.height() * 0.2), QPointF(x, bottom))
            label = named.get(level, str(level)) if fits else str(level)
            width = small_fm.horizontalAdvance(label) + 2
            left = min(max(x - width / 2, 0.0), self.width() - width)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(left, 0, width, axis_h * 0.8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                label,
            )
        painter.setFont(self.font())

    def _paint_row_text(
        self, painter: QPainter, row: _Row, gap: Gap, label_w: float, x1: float
    ) -> None:
        palette = self.palette()
        fm = self.fontMetrics()
        pad = fm.height() / 2
        whole = QRectF(0, row.top, self.width(), row.height)
        if gap.competency == self._current:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45)
            painter.fillRect(whole, tint)
            if self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(whole.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = fm.elidedText(gap.name, Qt.TextElideMode.ElideRight, int(label_w))
        painter.drawText(
            QRectF(pad, row.top, label_w, row.height), Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setPen(
            palette.color(
                QPalette.ColorRole.Text if gap.size else QPalette.ColorRole.PlaceholderText
            )
        )
        painter.drawText(
            QRectF(x1 + pad * 2, row.top, self.width() - x1 - pad * 2, row.height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            value_text(gap),
        )

    # -- interaction -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        gap = self._row_at(event.position().y())
        if gap is not None:
            self.set_current(gap.competency)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = [r.gap.competency for r in self._rows() if r.gap]
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is None or not order:
            super().keyPressEvent(event)
            return
        index = order.index(self._current) + step if self._current in order else 0
        self.set_current(order[max(0, min(len(order) - 1, index))])

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            gap = self._row_at(event.pos().y())
            if gap is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip_text(gap), self)
            return True
        return super().event(event)


def tooltip_text(gap: Gap) -> str:
    text = (
        QCoreApplication.translate("GapChart", "%1: you have %2, the track needs %3.")
        .replace("%3", str(gap.need))
        .replace("%2", str(gap.have))
        .replace("%1", gap.name)
    )
    if gap.size and gap.reaches is not None:
        text += " " + QCoreApplication.translate("GapChart", "The plan reaches %1.").replace(
            "%1", str(gap.reaches)
        )
    if gap.evidence:
        text += "\n" + QCoreApplication.translate("GapChart", "Because: %1").replace(
            "%1", "; ".join(dict.fromkeys(gap.evidence))
        )
    return text


class GapLegend(QWidget):
    """The three kinds of bar with their names: swatches painted with the chart's brushes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Gap chart legend"))
        self.setAccessibleDescription(
            self.tr(
                "Solid bar: the level you have. Hatched bar: the level the plan reaches. "
                "Outline with a tick: the level the track needs."
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _swatch(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(int(h * 2.2), int(h * 0.8))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        gap = fm.height()
        width = sum(
            self._swatch().width() + gap // 2 + fm.horizontalAdvance(t) + gap * 2
            for t in (QCoreApplication.translate("GapChart", k) for k in KIND_LABELS.values())
        )
        return QSize(width, int(fm.height() * 1.6))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        swatch = self._swatch()
        x = 0.0
        mid = self.height() / 2
        for kind in KINDS:
            rect = QRectF(x + 1, mid - swatch.height() / 2, swatch.width(), swatch.height())
            if kind == "reaches":
                painter.setPen(bar_pen("have", palette))
                painter.setBrush(bar_brush("have", palette))
                painter.drawRect(QRectF(rect.left(), rect.top(), rect.width() / 3, rect.height()))
                rect = QRectF(
                    rect.left() + rect.width() / 3, rect.top(), rect.width() * 2 / 3, rect.height()
                )
            painter.setPen(bar_pen(kind, palette))
            painter.setBrush(bar_brush(kind, palette))
            painter.drawRect(rect)
            if kind == "need":
                pen = QPen(palette.color(QPalette.ColorRole.Text), 3)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(rect.right(), rect.top() - 3), QPointF(rect.right(), rect.bottom() + 3)
                )
            x += swatch.width() + fm.height() / 2
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = QCoreApplication.translate("GapChart", KIND_LABELS[kind])
            painter.drawText(
                QRectF(x, 0, fm.horizontalAdvance(label) + 2, self.height()),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += fm.horizontalAdvance(label) + fm.height() * 2
        painter.end()
