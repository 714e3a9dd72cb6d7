"""The strip above the roadmap: finish, time, cost against budget, eligibility and notes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
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
from planner.gui.plural import count
from planner.gui.widgets.elided_label import ElidedLabel
from planner.gui.widgets.step_style import money
from planner.gui.widgets.wrapping_row import WrappingRow

Role = QPalette.ColorRole


class Banner(QFrame):
    """A tinted, outlined message with one action; tinted from the palette, so dark mode works."""

    action_clicked = Signal()

    def __init__(self, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Plan notice")
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
        self.setAccessibleName("Plan summary")
        self.finish = Tile("Finish")
        self.start = Tile("Start")
        self.hours = Tile("Study and work")
        self.cost = Tile("Known cost")
        self.budget = Tile("Budget")
        # Dates and time | money and the re-plan button: two lines when the window is narrow.
        self.tiles_row = WrappingRow(spacing=18)
        first, tiles = self.tiles_row.add_group(), self.tiles_row.add_group(1)
        for group in (first, tiles):
            group.setSpacing(18)
        for i, tile in enumerate((self.finish, self.start, self.hours, self.cost, self.budget)):
            group = first if i < 3 else tiles
            if i not in (0, 3):
                group.addWidget(_separator())
            group.addWidget(tile)
        tiles.addStretch(1)
        self.tiles = tiles
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(2)
        self.more = QToolButton()
        self.more.setText("Show all")
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setAccessibleName("Show the full eligibility and notes")
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
        self.finish.set(s.finish.isoformat(), count(s.weeks, "week"))
        self.start.set(roadmap.start.isoformat(), f"{roadmap.track} track")
        self.hours.set(f"{s.total_hours:,.0f} h", count(len(roadmap.steps), "step"))
        unpriced = s.unpriced_steps
        to_check = f"+ {count(unpriced, 'price')} to check" if unpriced else ""
        self.cost.set(money(s.total_cost, s.currency), to_check or "all prices known")
        if s.budget is None:
            self.budget.set("None set", "add one on the Profile page")
        else:
            verdict = {True: "⚠ Over budget", False: "✓ Within budget", None: "Not comparable"}
            self.budget.set(money(s.budget, s.budget_currency), verdict[s.over_budget])
        self._set_lines(
            [f"✓ {line}" for line in roadmap.eligibility]
            + [f"⚠ {line}" for line in roadmap.warnings]
        )

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
        self.more.setText("Show less" if checked else "Show all")
        for label in self.lines:
            label.set_wrapped(checked)
