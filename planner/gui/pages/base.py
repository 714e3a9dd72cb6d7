"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from planner.gui.session import PersonSession


class Page(QWidget):
    """A tab of the main window, showing the session's current person.

    Subclasses set `title` (the tab's text, with an & mnemonic) and implement reload(),
    which the main window calls when the person changes; pages connect to the session's
    signals for changes made elsewhere. Pages never write SQL: they call the session.

    A page shows no one until its first reload(), which LazyPage calls once it is built: the
    constructor does not (the Profile page is built at every start, and filling it twice
    cost 7 M instructions).
    """

    title = "Page"
    save_state_changed = Signal()  # what unsaved() returns may have changed

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.title.replace("&", ""))

    def reload(self) -> None:
        """Show the session's current person (session.person_id may be None: show empty)."""
        raise NotImplementedError

    def field_widgets(self) -> list[QWidget] | None:
        """Every field on the page, for field_guard.guard; None: LazyPage looks for them
        (guard_fields, which wraps every widget of the page for Python)."""
        return None

    def flush(self) -> None:
        """Save any edit still waiting (before undo, or when the window closes)."""

    def unsaved(self) -> list[str]:
        """What on this page is not in the database yet, in words ("hours per week: refused").

        The status bar shows these instead of "All changes saved"; emit save_state_changed
        when the list may have changed.
        """
        return []

    def show_with_empty_state(self, content: QWidget, message: str) -> None:
        """Lay out content, with `message` shown instead while no person is chosen.

        Sets self.empty (the message label) and self.stack; pages switch between them with
        self.stack.setCurrentWidget.
        """
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout

        self.empty = QLabel(message)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
