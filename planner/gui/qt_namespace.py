"""Builds PySide6's Qt namespace once the window is ready, so no action of the person waits."""

from __future__ import annotations

from PySide6.QtCore import QTimer


def build_qt_namespace() -> None:
    """Name `Qt`, which makes PySide6 build all 117 enums of its namespace through Python's enum
    module: about 30 ms on the GUI thread, the only thread that may.

    The start never names it (planner.gui.roles). Nearly everything after does: the field guard
    at the first key, a menu, a dialog, an export. Whichever came first stalled that long, on
    top of its own work (re-planning then exporting stalled 46-68 ms, 20-30 ms without it).
    """
    import PySide6.QtCore

    PySide6.QtCore.Qt.AlignmentFlag  # noqa: B018 - the attribute is what builds them


def build_qt_namespace_soon() -> None:
    """On the loop's next turn: after what the start queued (the page on show, its drawing)."""
    QTimer.singleShot(0, build_qt_namespace)
