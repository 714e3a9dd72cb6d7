"""Undoable note edits that survive undo re-creating a note under a new id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.gui.session import PersonSession
from planner.gui.undo import RowRef, RowRefs, SavedEdit


@dataclass(frozen=True)
class NoteValues:
    """A note's content without its id (the id changes when undo re-adds a deleted note)."""

    day: date
    body: str


NoteRef = RowRef  # the id a note has now


class NotesEditor:
    """Add, edit and delete notes through the undo stack: write first, then push."""

    def __init__(self, session: PersonSession) -> None:
        self.session = session
        self.refs = RowRefs()

    def add(self, person_id: int, values: NoteValues) -> NoteRef:
        ref = self.refs.new()
        self._push(f"Add note of {values.day.isoformat()}", person_id, ref, None, values)
        return ref

    def edit(self, person_id: int, ref: NoteRef, before: NoteValues, after: NoteValues) -> None:
        self._push(f"Edit note of {after.day.isoformat()}", person_id, ref, before, after)

    def delete(self, person_id: int, ref: NoteRef, before: NoteValues) -> None:
        self._push(f"Delete note of {before.day.isoformat()}", person_id, ref, before, None)

    def _push(
        self,
        text: str,
        person_id: int,
        ref: NoteRef,
        before: NoteValues | None,
        after: NoteValues | None,
    ) -> None:
        journal = self.session.workspace.journal

        def write(values: NoteValues | None) -> None:
            if values is None:
                if ref.id is not None:
                    journal.delete_note(ref.id)
                ref.rebind(None)
            elif ref.id is None:
                ref.rebind(journal.add_note(person_id, values.day, values.body))
            else:
                journal.update_note(ref.id, values.day, values.body)

        first = True

        def announce() -> None:
            # Undo/redo bring the person back on screen. The first call is the edit itself,
            # which may be saved while the session is already switching to someone else.
            nonlocal first
            if not first:
                self.session.select(person_id)
            first = False
            self.session.notes_changed.emit()

        write(after)  # raises before anything enters the undo history
        self.session.undo_stack.push(SavedEdit(text, write, before, after, announce))
