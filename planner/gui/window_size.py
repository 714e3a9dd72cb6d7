"""Window sizes that fit the screen the window is on, and saved geometry only when it fits."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room for a title bar and borders the window manager adds around the window.
FRAME = QSize(16, 48)
# A restored window smaller than this (or than the screen, when that is smaller) is a leftover
# of another screen layout, not a choice: after 1920x1080 one start on 1366x768 gave 200x255.
USABLE = QSize(720, 480)


def available(widget: QWidget) -> QRect:
    """The free area of the widget's screen (the primary screen before it is shown)."""
    screen: QScreen | None = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fitted(preferred: QSize, area: QRect) -> QSize:
    """preferred, shrunk to fit area with room for the window frame."""
    return QSize(
        max(1, min(preferred.width(), area.width() - FRAME.width())),
        max(1, min(preferred.height(), area.height() - FRAME.height())),
    )


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize to preferred (or the screen's free area, if smaller) and centre on the screen."""
    area = available(widget)
    size = fitted(preferred, area)
    widget.resize(size)
    left = area.x() + (area.width() - size.width() - FRAME.width() // 2) // 2
    top = area.y() + (area.height() - size.height() - FRAME.height() // 2) // 2
    widget.move(max(area.x(), left), max(area.y(), top))


def fits_a_screen(rect: QRect) -> bool:
    """True when rect lies inside one screen's free area and is big enough to use there."""
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        big_enough = rect.width() >= min(USABLE.width(), area.width() - FRAME.width()) and (
            rect.height() >= min(USABLE.height(), area.height() - FRAME.height())
        )
        if area.contains(rect) and big_enough:
            return True
    return False


def restore_or_fit(widget: QWidget, saved: object, preferred: QSize) -> bool:
    """Restore saved geometry (QByteArray from saveGeometry) if it fits a current screen;
    otherwise fit_to_screen(). True when the saved geometry was used."""
    restored = (
        isinstance(saved, QByteArray) and not saved.isEmpty() and widget.restoreGeometry(saved)
    )
    # A maximised window is fitted to its screen by the window manager.
    if restored and (widget.isMaximized() or fits_a_screen(widget.geometry())):
        return True
    fit_to_screen(widget, preferred)
    return False
