"""A person's session notes and experience ledger, for the app's pages and the command line."""

from __future__ import annotations

from datetime import date

from planner.domain.journal import LedgerEntry, Note
from planner.storage.journal import JournalRepository


class JournalService:
    def __init__(self, journal: JournalRepository) -> None:
        self._journal = journal

    # -- session notes -----------------------------------------------------------------------
    def notes(self, person_id: int, query: str = "") -> list[Note]:
        """Newest first; with query, only the notes that match it (full text)."""
        return self._journal.notes(person_id, query)

    def add_note(self, person_id: int, day: date, body: str) -> int:
        return self._journal.add_note(person_id, day, body)

    def update_note(self, note_id: int, day: date, body: str) -> None:
        self._journal.update_note(note_id, day, body)

    def delete_note(self, note_id: int) -> None:
        self._journal.delete_note(note_id)

    # -- experience ledger -------------------------------------------------------------------
    def ledger(self, person_id: int) -> list[LedgerEntry]:
        return self._journal.ledger(person_id)

    def add_project(
        self,
        person_id: int,
        project: str,
        started: date,
        *,
        finished: date | None = None,
        role: str = "",
        note: str = "",
    ) -> int:
        return self._journal.add_project(
            person_id, project, started, finished=finished, role=role, note=note
        )

    def delete_project(self, entry_id: int) -> None:
        self._journal.delete_project(entry_id)
