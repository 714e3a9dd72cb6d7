"""A word-wrapped label that remembers its height at each width."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    """Word-wrapped, and its height at each width is laid out once.

    Laying out a page, Qt asks each wrapped label its height many times for a few widths, and
    each answer lays the words out anew: the Fit page's 36 answer labels were asked 816 times
    for 213 answers, the Profile page's hints 277 times for 87.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._heights: dict[int, int] = {}
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        # A new font, style, margin or language may wrap the words elsewhere.
        self._heights.clear()
        super().changeEvent(event)
