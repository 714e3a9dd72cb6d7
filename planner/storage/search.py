"""The full-text index over people, tags and notes (FTS5), kept in step by the repositories."""

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
    db.execute("DELETE FROM search WHERE kind = 'person' AND person_id = ?", [person_id])
    row = db.execute(
        "SELECT name, current_role, region FROM people WHERE id = ?", [person_id]
    ).fetchone()
    if row is None:
        return
    tags = [r[0] for r in db.execute("SELECT tag FROM tags WHERE person_id = ?", [person_id])]
    text = " ".join([*row, *tags])
    db.execute(
        "INSERT INTO search (kind, person_id, ref, text) VALUES ('person', ?, ?, ?)",
        [person_id, person_id, text],
    )


def index_note(db: Database, person_id: int, note_id: int, body: str) -> None:
    db.execute("DELETE FROM search WHERE kind = 'note' AND ref = ?", [note_id])
    db.execute(
        "INSERT INTO search (kind, person_id, ref, text) VALUES ('note', ?, ?, ?)",
        [person_id, note_id, body],
    )


def forget_person(db: Database, person_id: int) -> None:
    db.execute("DELETE FROM search WHERE person_id = ?", [person_id])


def matching_people(db: Database, query: str) -> list[int] | None:
    """Person ids whose name, role, region, tags or notes match, best first; None = no query."""
    expression = match_expression(query)
    if expression is None:
        return None
    rows = db.execute(
        "SELECT person_id, min(rank) AS best FROM search WHERE search MATCH ? "
        "GROUP BY person_id ORDER BY best, person_id",
        [expression],
    ).fetchall()
    return [int(r[0]) for r in rows]
