"""The Notes tab (session notes or own notes, searchable); re-exports NotesPage."""

from planner.gui.pages.notes.page import NotesPage

__all__ = ["NotesPage"]
