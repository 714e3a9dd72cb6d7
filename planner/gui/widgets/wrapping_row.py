"""A row of groups that stacks them when the window is too narrow, instead of forcing it wider."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget


class WrappingRow(QWidget):
    """Groups (layouts) side by side when they fit, one under another when they do not.

    Its minimum width is the widest group's, so on a 1024x600 screen a toolbar or a strip
    of figures takes two lines rather than pushing the page past the window's edge.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.groups: list[QLayout] = []

    def add_group(self, stretch: int = 0) -> QHBoxLayout:
        group = QHBoxLayout()
        group.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(group, stretch)
        self.groups.append(group)
        return group

    def side_by_side_width(self) -> int:
        widths = [g.minimumSize().width() for g in self.groups]
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max((g.minimumSize().width() for g in self.groups), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.TopToBottom
            if width < self.side_by_side_width()
            else QBoxLayout.Direction.LeftToRight
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()
