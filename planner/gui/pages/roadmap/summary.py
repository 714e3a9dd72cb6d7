"""The strip above the roadmap: headline dates, time, cost range against budget, and notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.roadmap import Roadmap
from planner.gui.formats import day, hours
from planner.gui.plural import resolved
from planner.gui.widgets.elided_label import ElidedLabel
from planner.gui.widgets.step_style import money, money_range
from planner.gui.widgets.wrapping_row import WrappingRow

Role = QPalette.ColorRole
VERDICTS = {
    "within": QT_TRANSLATE_NOOP("SummaryStrip", "✓ Within, even at the high end"),
    "over": QT_TRANSLATE_NOOP("SummaryStrip", "⚠ Over, even at the low end"),
    "uncertain": QT_TRANSLATE_NOOP("SummaryStrip", "? May not fit"),
    "": QT_TRANSLATE_NOOP("SummaryStrip", "Re-plan to compare"),
}
VERDICT_TIPS = {
    "within": QT_TRANSLATE_NOOP("SummaryStrip", "The high estimate fits the budget."),
    "over": QT_TRANSLATE_NOOP(
        "SummaryStrip", "Even the low estimate passes the budget: see the cheaper alternatives."
    ),
    "uncertain": QT_TRANSLATE_NOOP(
        "SummaryStrip", "The high estimate or prices nobody could confirm may pass the budget."
    ),
    "": QT_TRANSLATE_NOOP(
        "SummaryStrip",
        "This plan was saved before cost estimates: re-plan to compare it with the budget.",
    ),
}


def _cost_range(low: float | None, high: float | None, currency: str) -> str:
    return money_range(low, high, currency)


def _cost_detail(roadmap: Roadmap) -> str:
    """The tooltip: what the range is made of."""
    s = roadmap.summary
    text = QCoreApplication.translate(
        "SummaryStrip",
        "Low to high estimate; unverified prices count as the range sources report. "
        "Verified prices alone: %1.",
    ).replace("%1", money(s.total_cost, s.currency))
    names = [x.title for x in roadmap.steps if x.id in set(s.unknown_cost_steps)]
    if not names:
        return text
    unknown = QCoreApplication.translate("SummaryStrip", "No price known for: %1.")
    return text + " " + unknown.replace("%1", ", ".join(names))


class Banner(QFrame):
    """A tinted, outlined message with one action; tinted from the palette, so dark mode works."""

    action_clicked = Signal()

    def __init__(self, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Plan notice"))
        self.icon = QLabel("ℹ")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(action_text)
        self.button.setAccessibleName(action_text.replace("&", ""))
        self.button.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_message(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(Role.Highlight)
        fill = QColor(accent)
        fill.setAlpha(38)
        p.setPen(QPen(accent, 1))
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.end()


class Tile(QWidget):
    """A caption over a value: 'Finish' / '2028-12-17'."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(Role.PlaceholderText)
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setForegroundRole(Role.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self._caption = caption

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self._caption}: {value}" + (f" ({detail})" if detail else ""))


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class SummaryStrip(QWidget):
    """Always visible above the timeline, so the finish date and the money never scroll away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Plan summary"))
        self.ready = Tile(self.tr("Ready to apply"))
        self.pmp = Tile(self.tr("PMP exam"))
        self.finish = Tile(self.tr("Finish"))
        self.hours = Tile(self.tr("Study and work"))
        self.cost = Tile(self.tr("Cost estimate"))
        self.budget = Tile(self.tr("Budget"))
        # Dates | time, money and the re-plan button: two lines when the window is narrow.
        self.tiles_row = WrappingRow(spacing=18)
        first, tiles = self.tiles_row.add_group(), self.tiles_row.add_group(1)
        for group in (first, tiles):
            group.setSpacing(18)
        shown = (self.ready, self.pmp, self.finish, self.hours, self.cost, self.budget)
        for i, tile in enumerate(shown):
            group = first if i < 3 else tiles
            if i not in (0, 3):
                group.addWidget(_separator())
            group.addWidget(tile)
        tiles.addStretch(1)
        self.tiles = tiles
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(2)
        self.more = QToolButton()
        self.more.setText(self.tr("Show all"))
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setAccessibleName(self.tr("Show the full eligibility and notes"))
        self.more.toggled.connect(self._on_more_toggled)
        lines_row = QHBoxLayout()
        lines_row.addLayout(self.lines_box, 1)
        lines_row.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.tiles_row)
        layout.addLayout(lines_row)
        self.lines: list[ElidedLabel] = []

    def add_trailing(self, widget: QWidget) -> None:
        """A widget at the right end of the tiles (the page's re-plan button)."""
        self.tiles.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_roadmap(self, roadmap: Roadmap) -> None:
        s = roadmap.summary
        ready = s.ready_to_apply
        self.ready.set(
            day(ready) if ready else self.tr("Not planned"), self._from_start(roadmap, ready)
        )
        if s.pmp_exam:
            if s.pmp_eligible:
                eligible = self.tr("eligible %1").replace("%1", day(s.pmp_eligible))
            else:
                eligible = self.tr("eligible now")
            self.pmp.set(day(s.pmp_exam), eligible)
        else:
            self.pmp.set(self.tr("Not planned"), self.tr("held or excluded"))
        self.finish.set(day(s.finish), resolved(self.tr("%n week(s)", "", s.weeks), s.weeks))
        self.finish.setToolTip(self.tr("The plan runs from %1.").replace("%1", day(roadmap.start)))
        self.hours.set(
            hours(round(s.total_hours)),
            resolved(self.tr("%n step(s)", "", len(roadmap.steps)), len(roadmap.steps)),
        )
        unknown = len(s.unknown_cost_steps)
        self.cost.set(
            _cost_range(s.cost_low, s.cost_high, s.currency),
            self.tr("+ %n unknown", "", unknown) if unknown else self.tr("every price estimated"),
        )
        self.cost.setToolTip(_cost_detail(roadmap))
        if s.budget is None:
            self.budget.set(self.tr("None set"), self.tr("add one on the Profile page"))
        else:
            verdict = s.budget_verdict or ""
            self.budget.set(money(s.budget, s.budget_currency), self.tr(VERDICTS[verdict]))
            self.budget.setToolTip(self.tr(VERDICT_TIPS[verdict]))
        self._set_lines(
            [f"✓ {line}" for line in roadmap.eligibility]
            + [f"⚠ {line}" for line in roadmap.warnings]
        )

    def _from_start(self, roadmap: Roadmap, when: date | None) -> str:
        if when is None:
            return self.tr("no job-search step")
        weeks = (when - roadmap.start).days // 7
        if weeks <= 0:
            return self.tr("from the start")
        return resolved(self.tr("after %n week(s)", "", weeks), weeks)

    def _set_lines(self, texts: Sequence[str]) -> None:
        while len(self.lines) > len(texts):
            label = self.lines.pop()
            self.lines_box.removeWidget(label)
            label.deleteLater()
        while len(self.lines) < len(texts):
            label = ElidedLabel()
            label.set_wrapped(self.more.isChecked())
            self.lines_box.addWidget(label)
            self.lines.append(label)
        for label, text in zip(self.lines, texts, strict=True):
            label.set_full_text(text)
        self.more.setVisible(bool(texts))

    def _on_more_toggled(self, checked: bool) -> None:
        self.more.setText(self.tr("Show less") if checked else self.tr("Show all"))
        for label in self.lines:
            label.set_wrapped(checked)
