"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.gui.session import PersonSession


class Page(QWidget):
    """A tab of the main window, showing the session's current person.

    Subclasses set `title` (the tab's text, with an & mnemonic) and implement reload(),
    which the main window calls when the person changes; pages connect to the session's
    signals for changes made elsewhere. Pages never write SQL: they call the session.
    """

    title = "Page"

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.title.replace("&", ""))

    def reload(self) -> None:
        """Show the session's current person (session.person_id may be None: show empty)."""
        raise NotImplementedError
