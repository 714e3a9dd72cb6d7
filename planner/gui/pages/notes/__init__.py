"""The Notes tab (session notes or a journal, searchable); re-exports NotesPage."""

from planner.gui.pages.notes.page import NotesPage

__all__ = ["NotesPage"]
