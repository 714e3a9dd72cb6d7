"""A one-line label that shortens its text with "…" instead of forcing the window wider."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """One line, elided to fit, or wrapped in full; the full text is always its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Qt.TextFormat.PlainText, named through Qt's property system: the window's status bar
        # is built before its first paint, and PySide6 builds every Qt namespace enum at once.
        self.setProperty("textFormat", "PlainText")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._wrapped = False
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._refresh()

    def full_text(self) -> str:
        return self._full

    def set_wrapped(self, wrapped: bool) -> None:
        self._wrapped = wrapped
        self.setWordWrap(wrapped)
        self._refresh()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self._full) > max(1, self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._wrapped or not self.is_elided():
            text = self._full
        else:
            from PySide6.QtCore import Qt  # only to shorten a text (see __init__)

            mode = Qt.TextElideMode.ElideRight
            text = self.fontMetrics().elidedText(self._full, mode, max(1, self.width()))
        if text != self.text():
            self.setText(text)
