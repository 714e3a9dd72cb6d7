"""Undoable note edits that survive undo re-creating a note under a new id."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from planner.domain.records import record
from planner.gui import formats
from planner.gui.session import PersonSession
from planner.gui.undo import RowRef, RowRefs, after_the_edit, push_saved


@record
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
        text = QCoreApplication.translate("NotesEditor", "Add note of %1").replace(
            "%1", formats.day(values.day)
        )
        self._push(text, person_id, ref, None, values)
        return ref

    def edit(self, person_id: int, ref: NoteRef, before: NoteValues, after: NoteValues) -> None:
        text = QCoreApplication.translate("NotesEditor", "Edit note of %1").replace(
            "%1", formats.day(after.day)
        )
        self._push(text, person_id, ref, before, after)

    def delete(self, person_id: int, ref: NoteRef, before: NoteValues) -> None:
        text = QCoreApplication.translate("NotesEditor", "Delete note of %1").replace(
            "%1", formats.day(before.day)
        )
        self._push(text, person_id, ref, before, None)

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

        announce = after_the_edit(
            lambda: self.session.select(person_id), self.session.notes_changed.emit
        )
        push_saved(self.session.undo_stack, text, write, before, after, announce=announce)
