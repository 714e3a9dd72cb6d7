"""Marks beside words: the planner's own "i" for notes and banners, drawn without asking Qt's
style, and the style's warning sign, asked for only where a problem is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

NOTE_MARK_SIZES = (16, 24, 32, 48, 64)  # resources/icons/note-info-<size>.png
NOTE_MARK_FILES = tuple(f"icons:note-info-{size}.png" for size in NOTE_MARK_SIZES)


def note_mark(side: int) -> QPixmap | None:
    """The note's mark, an "i" in a blue disc, side pixels square; None without its files.

    The planner's own PNGs under Qt's "icons:" prefix (application.register_icons; drawn from
    note-info.svg by packaging/render_icons.py), not the style's information icon: asking the
    style hands Python the QStyle, and PySide6 builds its 300 enums the first time (~10 ms,
    0.75 MiB), at every start (the Profile page) or at a page's first visit.
    """
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in NOTE_MARK_FILES:
        icon.addFile(path)
    pixmap = icon.pixmap(side, side)
    return None if pixmap.isNull() else pixmap


def warning_mark(widget: QWidget) -> QPixmap:
    """The style's warning sign at the height of widget's text. Called when a problem is first
    shown, not when the widget is built: it hands Python the QStyle, as note_mark explains."""
    from PySide6.QtWidgets import QStyle

    side = widget.fontMetrics().height()
    icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return icon.pixmap(side, side)
