"""The full-text indexes over people, tags and notes (FTS5), kept in step by the repositories.

`search` has a row per person and per note, keyed by the FTS rowid so updates never scan the
index: a person's row is -person_id, a note's row is +note_id. It finds notes.

`people_search` has one row per person (rowid = person id) holding their name, role, region,
tags and every note. It finds people: a word in 20,000 notes is one entry per person there,
and its prefix indexes answer "migr" without merging every word that starts so.
"""

from __future__ import annotations

import re

from planner.domain.folding import fold
from planner.storage.connection import Database

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # what unicode61 keeps of a word: no underscores

# A person's searchable text; the v5 migration builds people_search with the same expression.
PERSON_TEXT = """
    SELECT people.name || ' ' || people.current_role || ' ' || people.region
        || ifnull(' ' || (SELECT group_concat(tag, ' ') FROM tags WHERE person_id = people.id), '')
        || ifnull(' ' || (SELECT group_concat(body, ' ') FROM notes
                          WHERE person_id = people.id), '')
    FROM people WHERE people.id = ?
"""


def match_expression(query: str) -> str | None:
    """Quote each word of a person's query so FTS5 syntax (AND, "x, c++) cannot break it.

    Every word must match; the last one also matches as a prefix ("mig" finds "migration").
    """
    words = _WORD.findall(fold(query))
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


PREFIX_INDEXED = 4  # people_search keeps prefix indexes of 2, 3 and 4 characters
MAX_EXPANSION = 32


def people_expression(query: str, db: Database | None = None) -> str | None:
    """Like match_expression, for people_search: it keeps no positions, so one token a term.

    Every word must match; the last one also as a prefix. A prefix longer than the prefix
    indexes would make FTS5 merge the doclists of every word it starts into one list in memory
    (10 to 20 ms for a word 50,000 people have); with db, such a prefix becomes the few words
    it stands for, ORed, which FTS5 reads without building that list.
    """
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    last = tokens[-1].lower()
    words = _words_starting(db, last) if db is not None and len(last) > PREFIX_INDEXED else []
    if 0 < len(words) <= MAX_EXPANSION:
        quoted[-1] = "(" + " OR ".join('"' + w.replace('"', '""') + '"' for w in words) + ")"
    else:
        quoted[-1] += "*"
    return " AND ".join(quoted)  # FTS5 joins a phrase and a group only with AND


def _words_starting(db: Database, prefix: str) -> list[str]:
    """Indexed words that start with prefix (ASCII only: unicode61 folds others its own way)."""
    if not prefix.isascii():
        return []
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = db.execute(
        "SELECT term FROM people_terms WHERE term >= ? AND term < ? LIMIT ?",
        [prefix, after, MAX_EXPANSION + 1],
    )
    return [r[0] for r in rows]


def _index_person_text(db: Database, person_id: int) -> None:
    """Rewrite the person's people_search row from what is saved when the transaction ends
    (once, however many of their notes it touched)."""

    def rewrite() -> None:
        db.execute("DELETE FROM people_search WHERE rowid = ?", [person_id])
        row = db.execute(PERSON_TEXT, [person_id]).fetchone()
        if row is not None:
            db.execute(
                "INSERT INTO people_search (rowid, text) VALUES (?, ?)", [person_id, fold(row[0])]
            )

    db.before_commit(("people_search", person_id), rewrite)


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
        [-person_id, person_id, person_id, fold(" ".join([*row, *tags]))],
    )
    _index_person_text(db, person_id)


def index_note(db: Database, person_id: int, note_id: int, body: str) -> None:
    db.execute("DELETE FROM search WHERE rowid = ?", [note_id])
    db.execute(
        "INSERT INTO search (rowid, kind, person_id, ref, text) VALUES (?, 'note', ?, ?, ?)",
        [note_id, person_id, note_id, fold(body)],
    )
    _index_person_text(db, person_id)


def forget_note(db: Database, note_id: int) -> None:
    """Before the note's row is deleted: drop it from both indexes."""
    db.execute("DELETE FROM search WHERE rowid = ?", [note_id])
    owner = db.execute("SELECT person_id FROM notes WHERE id = ?", [note_id]).fetchone()
    if owner is not None:
        _index_person_text(db, owner[0])  # rewritten after the note's row is gone


def forget_person(db: Database, person_id: int) -> None:
    db.execute("DELETE FROM search WHERE rowid = ?", [-person_id])
    db.execute(
        "DELETE FROM search WHERE rowid IN (SELECT id FROM notes WHERE person_id = ?)",
        [person_id],
    )
    db.execute("DELETE FROM people_search WHERE rowid = ?", [person_id])


# The people whose name, role, region, tags or notes match a people_expression.
MATCHING_PEOPLE = "SELECT rowid FROM people_search WHERE people_search MATCH ?"
