"""Append-only schema migrations; PRAGMA user_version records how many have run.

Never edit or reorder a migration once released: add a new one at the end.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator

from planner.storage.connection import Database


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements (executescript would COMMIT the open transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")


def _run(db: Database, script: str) -> None:
    for statement in _statements(script):
        db.execute(statement)


def _v1_people_and_plans(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused after a deletion
            name TEXT NOT NULL,
            current_role TEXT NOT NULL DEFAULT '',
            years_experience REAL NOT NULL DEFAULT 0,
            pm_experience_months INTEGER NOT NULL DEFAULT 0,
            pm_education_hours REAL NOT NULL DEFAULT 0,
            agile_training_hours REAL NOT NULL DEFAULT 0,
            agile_experience_months INTEGER NOT NULL DEFAULT 0,
            education TEXT,
            region TEXT NOT NULL DEFAULT '',
            weekly_hours REAL NOT NULL,
            budget REAL,
            currency TEXT NOT NULL DEFAULT 'USD',
            target_track TEXT,
            start_date TEXT,
            niche TEXT,
            study_hours TEXT NOT NULL DEFAULT '{}',
            exclude TEXT NOT NULL DEFAULT '[]',
            include TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE skills (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4)
        );
        CREATE INDEX skills_person ON skills(person_id);
        CREATE TABLE credentials (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            earned TEXT
        );
        CREATE INDEX credentials_person ON credentials(person_id);
        CREATE TABLE memberships (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY (person_id, name)
        );
        CREATE TABLE answers (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            option_id TEXT NOT NULL,
            PRIMARY KEY (person_id, question_id)
        );
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL,
            start TEXT NOT NULL,
            finish TEXT NOT NULL,
            catalog_version TEXT NOT NULL,
            inputs BLOB NOT NULL,  -- zlib-compressed JSON: plans are kept for every re-plan
            roadmap BLOB NOT NULL
        );
        CREATE INDEX plans_person ON plans(person_id, id);
        CREATE TABLE plan_steps (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            step_id TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            hours REAL NOT NULL,
            cost REAL,
            PRIMARY KEY (plan_id, position)
        );
        CREATE TABLE progress (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
            started TEXT,
            finished TEXT,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (person_id, step_id)
        );
        CREATE TABLE experience (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            project TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            started TEXT NOT NULL,
            finished TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX experience_person ON experience(person_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_person ON notes(person_id, day);
        """,
    )


def _v2_tags_and_search(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE tags (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (person_id, tag)
        );
        CREATE INDEX tags_tag ON tags(tag);
        CREATE VIRTUAL TABLE search USING fts5(
            kind UNINDEXED, person_id UNINDEXED, ref UNINDEXED, text,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
    )
    # People and notes created under v1 become searchable (rowid: -person id, +note id).
    db.execute(
        """INSERT INTO search (rowid, kind, person_id, ref, text)
           SELECT -id, 'person', id, id, name || ' ' || current_role || ' ' || region
           FROM people"""
    )
    db.execute(
        "INSERT INTO search (rowid, kind, person_id, ref, text) "
        "SELECT id, 'note', person_id, id, body FROM notes"
    )


def _v3_coach(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE branding (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            coach_name TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            logo BLOB,
            logo_type TEXT
        );
        CREATE TABLE catalog_overrides (
            item_id TEXT PRIMARY KEY,
            amount REAL,
            currency TEXT NOT NULL DEFAULT 'USD',
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE custom_steps (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            hours REAL NOT NULL CHECK (hours >= 0),
            cost REAL,
            currency TEXT NOT NULL DEFAULT 'USD',
            description TEXT NOT NULL DEFAULT ''
        );
        """,
    )


def legacy_uuid(person_id: int, created_at: str) -> str:
    """The uuid given to a person created before v4: derived from their id and creation time.

    Backups made before v4 have no uuid column; purges compute the same value from the row, so
    a person whose integer id was reused (by a restore before v4) is never mistaken for another.
    """
    return str(uuid.uuid5(_LEGACY_NAMESPACE, f"{person_id}|{created_at}"))


_LEGACY_NAMESPACE = uuid.UUID("0f7e3c51-2b8a-4d6e-9c1f-6a5d4b3e2f10")


def _v4_person_uuid_and_pending_purges(db: Database) -> None:
    # ADD COLUMN cannot carry a UNIQUE constraint; the unique index below enforces it.
    db.execute("ALTER TABLE people ADD COLUMN uuid TEXT")
    rows = db.execute("SELECT id, created_at FROM people").fetchall()
    for person_id, created_at in rows:
        db.execute(
            "UPDATE people SET uuid = ? WHERE id = ?",
            [legacy_uuid(person_id, created_at), person_id],
        )
    _run(
        db,
        """
        CREATE UNIQUE INDEX people_uuid ON people(uuid);
        -- An erase in progress: written before the erase starts, removed when every backup is
        -- purged, so an erase cut short (kill, power cut) is finished at the next start.
        CREATE TABLE pending_purges (
            uuid TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL,
            requested_at TEXT NOT NULL
        );
        """,
    )


def _v5_people_list(db: Database) -> None:
    """Indexes for each order of the people list (paged by key, not OFFSET), and people_search:
    one row per person, so a word in thousands of notes costs one entry per person; its
    words (people_terms) let a long prefix become the few words it stands for."""
    _run(
        db,
        """
        CREATE INDEX people_by_name ON people(name COLLATE NOCASE, id);
        CREATE INDEX people_by_updated ON people(updated_at DESC, id);
        CREATE INDEX people_by_track ON people(ifnull(target_track, ''), name COLLATE NOCASE, id);
        CREATE VIRTUAL TABLE people_search USING fts5(
            text,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3 4',
            detail = none
        );
        CREATE VIRTUAL TABLE people_terms USING fts5vocab(people_search, 'row');
        INSERT INTO people_search (rowid, text)
            SELECT people.id, people.name || ' ' || people.current_role || ' ' || people.region
                || ifnull(' ' || (SELECT group_concat(tag, ' ') FROM tags
                                  WHERE person_id = people.id), '')
                || ifnull(' ' || (SELECT group_concat(body, ' ') FROM notes
                                  WHERE person_id = people.id), '')
            FROM people;
        """,
    )


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _v1_people_and_plans,
    _v2_tags_and_search,
    _v3_coach,
    _v4_person_uuid_and_pending_purges,
    _v5_people_list,
)
SCHEMA_VERSION = len(MIGRATIONS)
