"""Append-only schema migrations; PRAGMA user_version records how many have run.

Never edit or reorder a migration once released: add a new one at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

from planner.domain.folding import fold, sort_key
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
    import uuid  # here: on Python 3.11 it imports platform, ~3 ms of every app start

    namespace = uuid.UUID(_LEGACY_NAMESPACE)
    return str(uuid.uuid5(namespace, f"{person_id}|{created_at}"))


_LEGACY_NAMESPACE = "0f7e3c51-2b8a-4d6e-9c1f-6a5d4b3e2f10"


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


def _v6_dashboard(db: Database) -> None:
    """Each person's progress, next milestone and last session, kept as writes happen, so the
    coach's dashboard sorts and filters 50,000 people through indexes (never re-planning)."""
    _run(
        db,
        """
        CREATE TABLE person_status (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            computed INTEGER NOT NULL DEFAULT 0,  -- 0 until the current plan was read
            steps INTEGER NOT NULL DEFAULT 0,
            steps_done INTEGER NOT NULL DEFAULT 0,
            hours REAL NOT NULL DEFAULT 0,
            hours_done REAL NOT NULL DEFAULT 0,
            progress REAL NOT NULL DEFAULT 0,  -- share of the plan's hours done, 0 to 1
            unfinished TEXT NOT NULL DEFAULT '[]',  -- end dates of steps not done, sorted
            unfinished_end TEXT NOT NULL DEFAULT '9999-12-31',  -- the earliest of them
            next_day TEXT NOT NULL DEFAULT '9999-12-31',  -- the next milestone from today
            next_kind TEXT NOT NULL DEFAULT '',
            next_title TEXT NOT NULL DEFAULT '',
            ready_to_apply TEXT NOT NULL DEFAULT '9999-12-31',
            budget_verdict TEXT NOT NULL DEFAULT '',
            last_note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE milestones (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,  -- book, exam or eligible
            title TEXT NOT NULL,
            step_id TEXT NOT NULL  -- done or skipped, the step's milestones go
        );
        CREATE INDEX milestones_person ON milestones(person_id, day);
        CREATE INDEX milestones_kind ON milestones(kind, day, person_id, step_id);  -- covering
        CREATE INDEX status_by_progress ON person_status(progress DESC, person_id);
        CREATE INDEX status_by_next ON person_status(next_day, person_id);
        CREATE INDEX status_by_unfinished ON person_status(unfinished_end, person_id);
        CREATE INDEX status_by_ready ON person_status(ready_to_apply, person_id);
        CREATE INDEX status_by_note ON person_status(last_note, person_id);
        CREATE INDEX status_by_verdict ON person_status(budget_verdict, person_id);
        CREATE TRIGGER person_status_new AFTER INSERT ON people BEGIN
            INSERT INTO person_status (person_id) VALUES (new.id);
        END;
        CREATE TRIGGER person_status_note_added AFTER INSERT ON notes BEGIN
            UPDATE person_status SET last_note = max(last_note, new.day)
            WHERE person_id = new.person_id;
        END;
        CREATE TRIGGER person_status_note_changed AFTER UPDATE OF day ON notes BEGIN
            UPDATE person_status SET last_note = ifnull(
                (SELECT max(day) FROM notes WHERE person_id = new.person_id), '')
            WHERE person_id = new.person_id;
        END;
        CREATE TRIGGER person_status_note_removed AFTER DELETE ON notes BEGIN
            UPDATE person_status SET last_note = ifnull(
                (SELECT max(day) FROM notes WHERE person_id = old.person_id), '')
            WHERE person_id = old.person_id;
        END;
        INSERT INTO person_status (person_id, last_note)
            SELECT id, ifnull((SELECT max(day) FROM notes WHERE person_id = people.id), '')
            FROM people;
        """,
    )


def _v7_folded_search_and_name_order(db: Database) -> None:
    """Search ignores case, accents and the Turkish dotless i ('yilmaz' finds 'Y\u0131lmaz'): both
    full-text indexes hold folded text (planner.domain.folding), and queries are folded alike.
    Names sort by a folded key ('Émile' with the E's, not after 'Z'), indexed for each order."""
    db.conn.create_function("planner_fold", 1, fold, deterministic=True)
    db.conn.create_function("planner_sort_key", 1, sort_key, deterministic=True)
    _run(
        db,
        """
        UPDATE search SET text = planner_fold(text);
        UPDATE people_search SET text = planner_fold(text);
        ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        UPDATE people SET name_key = planner_sort_key(name);
        DROP INDEX people_by_name;
        DROP INDEX people_by_track;
        CREATE INDEX people_by_name ON people(name_key, id);
        CREATE INDEX people_by_track ON people(ifnull(target_track, ''), name_key, id);
        """,
    )


def _v8_uncomputed_status_index(db: Database) -> None:
    """The people whose dashboard status was never computed, found through a partial index of
    only them: every start asks, and without it the question read all 50,000 status rows."""
    db.execute("CREATE INDEX status_uncomputed ON person_status(person_id) WHERE computed = 0")


def _v9_tag_counts(db: Database) -> None:
    """How many people carry each tag, kept as tags are written: the people list's tag filter
    lists them at every start and refresh, and counting them read every tag (6 ms at 50,000
    people). A tag nobody carries any more is gone from the counts too."""
    _run(
        db,
        """
        CREATE TABLE tag_counts (
            tag TEXT PRIMARY KEY,
            people INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TRIGGER tag_counted AFTER INSERT ON tags BEGIN
            INSERT INTO tag_counts (tag, people) VALUES (new.tag, 1)
                ON CONFLICT (tag) DO UPDATE SET people = people + 1;
        END;
        CREATE TRIGGER tag_uncounted AFTER DELETE ON tags BEGIN
            UPDATE tag_counts SET people = people - 1 WHERE tag = old.tag;
            DELETE FROM tag_counts WHERE tag = old.tag AND people <= 0;
        END;
        CREATE TRIGGER tag_recounted AFTER UPDATE OF tag ON tags BEGIN
            UPDATE tag_counts SET people = people - 1 WHERE tag = old.tag;
            DELETE FROM tag_counts WHERE tag = old.tag AND people <= 0;
            INSERT INTO tag_counts (tag, people) VALUES (new.tag, 1)
                ON CONFLICT (tag) DO UPDATE SET people = people + 1;
        END;
        INSERT INTO tag_counts (tag, people) SELECT tag, count(*) FROM tags GROUP BY tag;
        """,
    )


def _v10_people_count(db: Database) -> None:
    """How many people there are, kept as people are added and removed: the people list shows
    it at every start, and counting them read the whole of the smallest index on people (611
    pages at 50,000 people), which also filled SQLite's page cache (2 MiB of the app's memory)."""
    _run(
        db,
        """
        CREATE TABLE people_count (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            people INTEGER NOT NULL
        );
        CREATE TRIGGER person_counted AFTER INSERT ON people BEGIN
            UPDATE people_count SET people = people + 1;
        END;
        CREATE TRIGGER person_uncounted AFTER DELETE ON people BEGIN
            UPDATE people_count SET people = people - 1;
        END;
        INSERT INTO people_count (id, people) SELECT 1, count(*) FROM people;
        """,
    )


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _v1_people_and_plans,
    _v2_tags_and_search,
    _v3_coach,
    _v4_person_uuid_and_pending_purges,
    _v5_people_list,
    _v6_dashboard,
    _v7_folded_search_and_name_order,
    _v8_uncomputed_status_index,
    _v9_tag_counts,
    _v10_people_count,
)
SCHEMA_VERSION = len(MIGRATIONS)
