"""Dated session notes (or a journal) and the PM-experience ledger of one person."""

from __future__ import annotations

from datetime import date

from planner.domain.errors import InvalidInput
from planner.domain.journal import LedgerEntry, Note
from planner.domain.messages import _
from planner.storage import search
from planner.storage.connection import inserted_id
from planner.storage.database import Store
from planner.storage.people import now

__all__ = ["JournalRepository", "LedgerEntry", "Note"]


class JournalRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add_note(self, person_id: int, day: date, body: str) -> int:
        if not body.strip():
            raise InvalidInput(_("a note needs some text"))
        with self._store.atomic() as db:
            cursor = db.execute(
                "INSERT INTO notes (person_id, day, body, created_at) VALUES (?,?,?,?)",
                [person_id, day.isoformat(), body, now()],
            )
            note_id = inserted_id(cursor)
            search.index_note(db, person_id, note_id, body)
        return note_id

    def update_note(self, note_id: int, day: date, body: str) -> None:
        with self._store.atomic() as db:
            row = db.execute("SELECT person_id FROM notes WHERE id = ?", [note_id]).fetchone()
            if row is None:
                raise InvalidInput(_("no note with id {id}", id=note_id))
            db.execute(
                "UPDATE notes SET day = ?, body = ? WHERE id = ?", [day.isoformat(), body, note_id]
            )
            search.index_note(db, row[0], note_id, body)

    def delete_note(self, note_id: int) -> None:
        with self._store.atomic() as db:
            search.forget_note(db, note_id)
            db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def notes(self, person_id: int, query: str = "") -> list[Note]:
        sql = "SELECT id, person_id, day, body FROM notes WHERE person_id = ?"
        params: list[object] = [person_id]
        expression = search.match_expression(query) if query else None
        if expression:
            sql += " AND id IN (SELECT rowid FROM search WHERE search MATCH ? AND rowid > 0)"
            params.append(expression)
        sql += " ORDER BY day DESC, id DESC"
        return [
            Note(r[0], r[1], date.fromisoformat(r[2]), r[3])
            for r in self._store.db.execute(sql, params)
        ]

    # -- PM-experience ledger ---------------------------------------------------------------
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
        if not project.strip():
            raise InvalidInput(_("a project needs a name"))
        if finished and finished < started:
            raise InvalidInput(_("project '{project}' finishes before it starts", project=project))
        with self._store.atomic() as db:
            cursor = db.execute(
                """INSERT INTO experience (person_id, project, role, started, finished, note)
                   VALUES (?,?,?,?,?,?)""",
                [
                    person_id,
                    project,
                    role,
                    started.isoformat(),
                    finished.isoformat() if finished else None,
                    note,
                ],
            )
        return inserted_id(cursor)

    def delete_project(self, entry_id: int) -> None:
        with self._store.atomic() as db:
            db.execute("DELETE FROM experience WHERE id = ?", [entry_id])

    def ledger(self, person_id: int) -> list[LedgerEntry]:
        rows = self._store.db.execute(
            """SELECT id, person_id, project, role, started, finished, note FROM experience
               WHERE person_id = ? ORDER BY started, id""",
            [person_id],
        )
        return [
            LedgerEntry(
                r[0],
                r[1],
                r[2],
                r[3],
                date.fromisoformat(r[4]),
                date.fromisoformat(r[5]) if r[5] else None,
                r[6],
            )
            for r in rows
        ]
