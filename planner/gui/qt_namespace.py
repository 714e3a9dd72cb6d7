"""Builds PySide6's Qt namespace once the window is ready, so no action of the person waits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def build_qt_namespace() -> None:
    """Name `Qt`, which makes PySide6 build all 117 enums of its namespace through Python's enum
    module: about 30 ms on the GUI thread, the only thread that may.

    The start never names it (planner.gui.roles). Nearly everything after does: the field guard
    at the first key, a menu, a dialog, an export. Whichever came first waited that long on top
    of its own work (an export built it: 30 ms of its stall).
    """
    import PySide6.QtCore

    PySide6.QtCore.Qt.AlignmentFlag  # noqa: B018 - the attribute is what builds them


class _AfterDrawing(QObject):
    """Watches a widget until it is first drawn, then builds the namespace on the next turn.

    Not a timer from the start: the page on show is built on a later turn, and Qt draws it
    on a timer of its own (the screen's refresh), so no fixed order of queued calls or delay
    is sure to come after its drawing.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, build_qt_namespace)  # once the drawing has been shown
            self.deleteLater()
        return False


def build_qt_namespace_once_drawn(widget: QWidget) -> None:
    """Once widget (the page on show, built after the start) is first drawn: the start's last
    step, so the namespace delays neither the plan nor the page, and is there before the
    person's first action."""
    _AfterDrawing(widget)
