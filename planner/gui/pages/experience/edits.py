"""Undoable ledger edits that survive undo re-creating a project under a new id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from planner.domain.journal import LedgerEntry
from planner.domain.records import record
from planner.gui.session import PersonSession
from planner.gui.undo import RowRef, RowRefs, after_the_edit, push_saved


@record
class Project:
    """A ledger entry's values without its id (the id changes when undo re-adds it)."""

    project: str
    role: str
    started: date
    finished: date | None
    note: str = ""

    @classmethod
    def of(cls, entry: LedgerEntry) -> Project:
        return cls(entry.project, entry.role, entry.started, entry.finished, entry.note)


class LedgerEditor:
    """Adds and deletes ledger entries through the undo stack (write first, then push)."""

    def __init__(self, session: PersonSession, on_changed: Callable[[], None]) -> None:
        self.session = session
        self.refs = RowRefs()
        self._on_changed = on_changed

    def add(self, values: Project) -> int:
        ref = self.refs.new()
        self._push(
            QCoreApplication.translate("LedgerEditor", "Add project “%1”").replace(
                "%1", values.project
            ),
            ref,
            None,
            values,
        )
        assert ref.id is not None
        return ref.id

    def delete(self, entry: LedgerEntry) -> None:
        ref = self.refs.for_id(entry.id)
        self._push(
            QCoreApplication.translate("LedgerEditor", "Delete project “%1”").replace(
                "%1", entry.project
            ),
            ref,
            Project.of(entry),
            None,
        )

    def _push(self, text: str, ref: RowRef, before: Project | None, after: Project | None) -> None:
        person_id = self.session.person_id
        assert person_id is not None
        journal = self.session.workspace.journal

        def write(values: Project | None) -> None:
            if values is None:
                if ref.id is not None:
                    journal.delete_project(ref.id)
                ref.rebind(None)
            else:
                new_id = journal.add_project(
                    person_id,
                    values.project,
                    values.started,
                    finished=values.finished,
                    role=values.role,
                    note=values.note,
                )
                ref.rebind(new_id)

        def changed() -> None:
            if self.session.person_id == person_id:
                self._on_changed()
                # The effective profile (months, competencies) changed: fit and summary follow.
                self.session.profile_changed.emit()

        announce = after_the_edit(lambda: self.session.select(person_id), changed)
        push_saved(self.session.undo_stack, text, write, before, after, announce=announce)
