"""The full-text index over people, tags and notes (FTS5), kept in step by the repositories.

Rows are keyed by the FTS rowid so updates never scan the index: a person's row is
-person_id, a note's row is +note_id.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Quote each word of a person's query so FTS5 syntax (AND, "x, c++) cannot break it.

    Every word must match; the last one also matches as a prefix ("mig" finds "migration").
    """
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def index_person(db: Database, person_id: int) -> None:
    db.execute("DELETE FROM search WHERE rowid = ?", [-person_id])
    row = db.execute(
        "SELECT name, current_role, region FROM people WHERE id = ?", [person_id]
    ).fetchone()
    if row is None:
        return
    tags = [r[0] for r in db.execute("SELECT tag FROM tags WHERE person_id = ?", [person_id])]
    db.execute(
        "INSERT INTO search (rowid, kind, person_id, ref, text) VALUES (?, 'person', ?, ?, ?)",
        [-person_id, person_id, person_id, " ".join([*row, *tags])],
    )


def index_note(db: Database, person_id: int, note_id: int, body: str) -> None:
    db.execute("DELETE FROM search WHERE rowid = ?", [note_id])
    db.execute(
        "INSERT INTO search (rowid, kind, person_id, ref, text) VALUES (?, 'note', ?, ?, ?)",
        [note_id, person_id, note_id, body],
    )


def forget_note(db: Database, note_id: int) -> None:
    db.execute("DELETE FROM search WHERE rowid = ?", [note_id])


def forget_person(db: Database, person_id: int) -> None:
    db.execute("DELETE FROM search WHERE rowid = ?", [-person_id])
    db.execute(
        "DELETE FROM search WHERE rowid IN (SELECT id FROM notes WHERE person_id = ?)",
        [person_id],
    )


MATCHING_PEOPLE = "SELECT person_id FROM search WHERE search MATCH ?"


def ranked_people(db: Database, expression: str) -> list[int]:
    """Person ids matching expression, best match first."""
    rows = db.execute(
        "SELECT person_id, min(rank) AS best FROM search WHERE search MATCH ? "
        "GROUP BY person_id ORDER BY best, person_id",
        [expression],
    ).fetchall()
    return [int(r[0]) for r in rows]
