"""A tab that builds its page the first time it is shown, keeping start-up fast."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from planner.gui.pages.base import Page

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class LazyPage(QWidget):
    """Stands in for a page until it is first shown; then builds, shows and reloads it."""

    save_state_changed = Signal()

    def __init__(self, title: str, factory: Callable[[], Page], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title.replace("&", ""))
        self._factory = factory
        self.page: Page | None = None
        # Set at start-up: the next show builds the page on the event loop's next turn, so
        # the window first shows the people and the plan (MainWindow.build_shown_page_later).
        self.build_later = False
        # Called once with the page when it is built (application: what follows the start).
        self.on_built: Callable[[QWidget], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> Page:
        if self.page is None:
            self.page = self._factory()
            self.page.save_state_changed.connect(self.save_state_changed)
            # On a small screen (1024x600) a page scrolls instead of forcing the window
            # wider or taller than the screen; on larger ones the area is invisible.
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(self.page)
            self.layout().addWidget(area)
            # The wheel and window shortcuts never edit a field by accident: guarded on the
            # loop's next turn, before a key or the wheel can reach the new page. Guarded at
            # once, every field's showing, moving and resizing went through Python (about 150
            # calls for the Profile page).
            QTimer.singleShot(0, self._guard)
            self.page.reload()
            then, self.on_built = self.on_built, None
            if then is not None:
                then(self.page)
        return self.page

    def _guard(self) -> None:
        from planner.gui.field_guard import guard, guard_fields  # not before the first paint

        assert self.page is not None
        fields = self.page.field_widgets()
        if fields is None:
            guard_fields(self.page)
        else:
            guard(fields)

    def reload(self) -> None:
        if self.page is not None:
            self.page.reload()

    def flush(self) -> None:
        if self.page is not None:
            self.page.flush()

    def unsaved(self) -> list[str]:
        return self.page.unsaved() if self.page is not None else []

    def showEvent(self, event: QShowEvent) -> None:
        if self.build_later:
            self.build_later = False
            QTimer.singleShot(0, self._show_built)
        else:
            self.ensure()
        super().showEvent(event)

    def _show_built(self) -> None:
        """Build as a first show builds: hidden, so it is laid out before it is drawn."""
        if self.page is None and self.isVisible():
            self.setVisible(False)
            self.setVisible(True)  # showEvent builds it


def lazy(title: str, module: str, name: str, session) -> LazyPage:
    """A LazyPage whose module is imported only when the page is first shown."""
    return LazyPage(title, lambda: getattr(import_module(module), name)(session))
