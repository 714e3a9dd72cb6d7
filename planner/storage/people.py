"""Load and save people (profile, skills, credentials, tags); only this module knows the tables."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from planner.domain.errors import NotFound
from planner.domain.folding import sort_key
from planner.domain.messages import _
from planner.domain.people_list import PeoplePage, PersonSummary
from planner.domain.profile import Credential, Education, Profile, Skill
from planner.domain.status import PlanMarks
from planner.storage import dashboard, listing, search
from planner.storage.connection import Database, inserted_id
from planner.storage.database import Store
from planner.storage.listing import PAGE_SIZE
from planner.storage.person_keys import person_setting_key, person_settings_pattern

COUNTRY_SETTING = "country"  # ISO 3166-1 alpha-2, kept under person:<uuid>:country

__all__ = ["PAGE_SIZE", "PeoplePage", "PeopleRepository", "PersonSummary", "now"]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _normalise_tags(tags: Iterable[str]) -> list[str]:
    return sorted({t.strip() for t in tags if t.strip()})


class PeopleRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> Database:
        return self._store.db

    # -- writing ---------------------------------------------------------------------------
    def add(self, profile: Profile, tags: Iterable[str] = (), person_uuid: str = "") -> int:
        """Add a person; person_uuid keeps the unique id they have elsewhere (a bundle)."""
        with self._store.atomic() as db:
            stamp = now()
            cursor = db.execute(
                "INSERT INTO people (uuid, name, weekly_hours, created_at, updated_at) "
                "VALUES (?,?,?,?,?)",
                [
                    person_uuid or _new_uuid(),
                    profile.name,
                    profile.weekly_hours,
                    stamp,
                    stamp,
                ],
            )
            person_id = inserted_id(cursor)
            self._write(db, person_id, profile, tags, stamp)
        return person_id

    def update(self, person_id: int, profile: Profile, tags: Iterable[str] | None = None) -> None:
        with self._store.atomic() as db:
            self._require(person_id)
            current = tags if tags is not None else self.tags(person_id)
            self._write(db, person_id, profile, current, now())

    def set_tags(self, person_id: int, tags: Iterable[str]) -> None:
        with self._store.atomic() as db:
            self._require(person_id)
            db.execute("DELETE FROM tags WHERE person_id = ?", [person_id])
            for tag in _normalise_tags(tags):
                db.execute("INSERT INTO tags (person_id, tag) VALUES (?, ?)", [person_id, tag])
            db.execute("UPDATE people SET updated_at = ? WHERE id = ?", [now(), person_id])
            search.index_person(db, person_id)

    def _write(
        self, db: Database, person_id: int, p: Profile, tags: Iterable[str], stamp: str
    ) -> None:
        db.execute(
            """UPDATE people SET name=?, current_role=?, years_experience=?,
               pm_experience_months=?, pm_education_hours=?, agile_training_hours=?,
               agile_experience_months=?, education=?, region=?, weekly_hours=?, budget=?,
               currency=?, target_track=?, start_date=?, niche=?, study_hours=?, exclude=?,
               include=?, updated_at=?, name_key=? WHERE id=?""",
            [
                p.name,
                p.current_role,
                p.years_experience,
                p.pm_experience_months,
                p.pm_education_hours,
                p.agile_training_hours,
                p.agile_experience_months,
                p.education.key if p.education else None,
                p.region,
                p.weekly_hours,
                p.budget,
                p.currency,
                p.target_track,
                p.start_date.isoformat() if p.start_date else None,
                p.niche,
                json.dumps(dict(p.study_hours), sort_keys=True),
                json.dumps(list(p.exclude)),
                json.dumps(list(p.include)),
                stamp,
                sort_key(p.name),
                person_id,
            ],
        )
        for table in ("skills", "credentials", "memberships", "answers", "tags"):
            db.execute(f"DELETE FROM {table} WHERE person_id = ?", [person_id])
        # The country is a per-person setting rather than a column: no schema migration, and
        # erasing the person's settings erases it too.
        country_key = person_setting_key(self._uuid_in(db, person_id), COUNTRY_SETTING)
        db.execute("DELETE FROM settings WHERE key = ?", [country_key])
        if p.country:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [country_key, p.country])
        for i, skill in enumerate(p.skills):
            db.execute(
                "INSERT INTO skills (person_id, position, name, level) VALUES (?,?,?,?)",
                [person_id, i, skill.name, skill.level],
            )
        for i, cred in enumerate(p.credentials):
            db.execute(
                "INSERT INTO credentials (person_id, position, name, earned) VALUES (?,?,?,?)",
                [person_id, i, cred.name, cred.earned.isoformat() if cred.earned else None],
            )
        for name in dict.fromkeys(p.memberships):
            db.execute("INSERT INTO memberships (person_id, name) VALUES (?, ?)", [person_id, name])
        for question, option in sorted(p.answers.items()):
            db.execute(
                "INSERT INTO answers (person_id, question_id, option_id) VALUES (?,?,?)",
                [person_id, question, option],
            )
        for tag in _normalise_tags(tags):
            db.execute("INSERT INTO tags (person_id, tag) VALUES (?, ?)", [person_id, tag])
        search.index_person(db, person_id)

    def delete(self, person_id: int) -> None:
        """Erase every row about the person (cascades), their search entries and settings."""
        with self._store.atomic() as db:
            person_uuid = self.uuid(person_id)
            search.forget_person(db, person_id)
            db.execute(
                "DELETE FROM settings WHERE key LIKE ? ESCAPE '\\'",
                [person_settings_pattern(person_uuid)],
            )
            db.execute("DELETE FROM people WHERE id = ?", [person_id])

    # -- erasing in steps that survive a kill ----------------------------------------------
    def mark_for_purge(self, person_id: int) -> str:
        """Record, before anything is erased, that this person is to be purged; their uuid."""
        with self._store.atomic() as db:
            person_uuid = self.uuid(person_id)
            db.execute(
                "INSERT OR IGNORE INTO pending_purges (uuid, person_id, requested_at) "
                "VALUES (?, ?, ?)",
                [person_uuid, person_id, now()],
            )
        return person_uuid

    def pending_purges(self) -> list[str]:
        rows = self._db.execute("SELECT uuid FROM pending_purges ORDER BY requested_at")
        return [r[0] for r in rows]

    def delete_uuid(self, person_uuid: str) -> None:
        """Erase the person with this uuid if they are still here (a purge being finished)."""
        person_id = self.id_for_uuid(person_uuid)
        if person_id is not None:
            self.delete(person_id)

    def purge_done(self, person_uuid: str) -> None:
        with self._store.atomic() as db:
            db.execute("DELETE FROM pending_purges WHERE uuid = ?", [person_uuid])

    # -- reading ---------------------------------------------------------------------------
    def _require(self, person_id: int) -> None:
        if not self.exists(person_id):
            raise NotFound(_("no person with id {id}", id=person_id))

    def uuid(self, person_id: int) -> str:
        """The person's stable unique id: bundles, calendars and purges use it, never the int."""
        row = self._db.execute("SELECT uuid FROM people WHERE id = ?", [person_id]).fetchone()
        if row is None:
            raise NotFound(_("no person with id {id}", id=person_id))
        return row[0]

    def id_for_uuid(self, value: str) -> int | None:
        row = self._db.execute("SELECT id FROM people WHERE uuid = ?", [value]).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def _uuid_in(db: Database, person_id: int) -> str:
        row = db.execute("SELECT uuid FROM people WHERE id = ?", [person_id]).fetchone()
        if row is None:
            raise NotFound(_("no person with id {id}", id=person_id))
        return row[0]

    def _country(self, person_uuid: str) -> str | None:
        key = person_setting_key(person_uuid, COUNTRY_SETTING)
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def exists(self, person_id: int) -> bool:
        row = self._db.execute("SELECT 1 FROM people WHERE id = ?", [person_id]).fetchone()
        return row is not None

    def get(self, person_id: int) -> Profile:
        cursor = self._db.execute("SELECT * FROM people WHERE id = ?", [person_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFound(_("no person with id {id}", id=person_id))
        r = dict(zip([d[0] for d in cursor.description], row, strict=True))

        def rows(sql: str) -> list[tuple]:
            return self._db.execute(sql, [person_id]).fetchall()

        skills = rows("SELECT name, level FROM skills WHERE person_id = ? ORDER BY position")
        creds = rows("SELECT name, earned FROM credentials WHERE person_id = ? ORDER BY position")
        members = rows("SELECT name FROM memberships WHERE person_id = ? ORDER BY rowid")
        answers = rows("SELECT question_id, option_id FROM answers WHERE person_id = ?")
        return Profile(
            name=r["name"],
            weekly_hours=r["weekly_hours"],
            current_role=r["current_role"],
            years_experience=r["years_experience"],
            pm_experience_months=r["pm_experience_months"],
            pm_education_hours=r["pm_education_hours"],
            agile_training_hours=r["agile_training_hours"],
            agile_experience_months=r["agile_experience_months"],
            education=Education.from_key(r["education"]) if r["education"] else None,
            region=r["region"],
            country=self._country(r["uuid"]),
            budget=r["budget"],
            currency=r["currency"],
            target_track=r["target_track"],
            start_date=date.fromisoformat(r["start_date"]) if r["start_date"] else None,
            skills=tuple(Skill(n, lvl) for n, lvl in skills),
            credentials=tuple(
                Credential(n, date.fromisoformat(e) if e else None) for n, e in creds
            ),
            memberships=tuple(m for (m,) in members),
            answers=dict(answers),
            niche=r["niche"],
            study_hours=json.loads(r["study_hours"]),
            exclude=tuple(json.loads(r["exclude"])),
            include=tuple(json.loads(r["include"])),
        )

    def tags(self, person_id: int) -> list[str]:
        rows = self._db.execute(
            "SELECT tag FROM tags WHERE person_id = ? ORDER BY tag", [person_id]
        ).fetchall()
        return [t for (t,) in rows]

    def ids_with_tag(self, tag: str) -> list[int]:
        """Everyone tagged tag (a cohort), by name."""
        rows = self._db.execute(
            "SELECT people.id FROM people JOIN tags ON tags.person_id = people.id "
            "WHERE tags.tag = ? ORDER BY people.name_key, people.id",
            [tag],
        )
        return [r[0] for r in rows]

    def all_tags(self) -> list[tuple[str, int]]:
        return [
            (t, n)
            for t, n in self._db.execute(
                "SELECT tag, people FROM tag_counts ORDER BY tag COLLATE NOCASE, tag"
            )
        ]

    def count(
        self,
        query: str = "",
        tag: str | None = None,
        status: str | None = None,
        today: date | None = None,
    ) -> int:
        """How many people match query, tag and status filter; reads no rows."""
        return listing.count(self._db, query, tag, status, today)

    def list(
        self,
        query: str = "",
        tag: str | None = None,
        sort: str = "name",
        limit: int | None = None,
        after: PersonSummary | None = None,
        *,
        status: str | None = None,
        today: date | None = None,
    ) -> Sequence[PersonSummary]:
        """People matching query (full text), tag and status filter (overdue, exam-soon,
        no-session) in sort order, after the row `after`."""
        return listing.rows(
            self._db,
            query,
            tag=tag,
            sort=sort,
            limit=limit,
            after=after,
            status=status,
            today=today,
        )

    def position(
        self,
        person_id: int,
        query: str = "",
        tag: str | None = None,
        sort: str = "name",
        *,
        status: str | None = None,
        today: date | None = None,
    ) -> int | None:
        """Where the person stands in list(query, tag, sort); None if they do not match."""
        return listing.position(
            self._db, person_id, query, tag=tag, sort=sort, status=status, today=today
        )

    def search(
        self,
        query: str = "",
        tag: str | None = None,
        sort: str = "name",
        limit: int = PAGE_SIZE,
        *,
        status: str | None = None,
        today: date | None = None,
    ) -> PeoplePage:
        """The first page of matching people and how many match in all (`list(after=...)`
        continues it)."""
        with self._store.atomic():  # one snapshot: the count agrees with the page
            found = listing.rows(
                self._db, query, tag=tag, sort=sort, limit=limit, status=status, today=today
            )
            return PeoplePage(tuple(found), listing.count(self._db, query, tag, status, today))

    # -- the dashboard -------------------------------------------------------------------------
    def set_plan_marks(self, person_id: int, marks: PlanMarks, today: date) -> None:
        with self._store.atomic() as db:
            dashboard.set_marks(db, person_id, marks, today)

    def transaction(self):
        """One transaction for many writes (one disk flush instead of one each)."""
        return self._store.atomic()

    def refresh_next_milestones(self, today: date) -> None:
        with self._store.atomic() as db:
            dashboard.refresh_next(db, today)

    def without_status(self) -> builtins.list[int]:
        return dashboard.uncomputed(self._db)


def _new_uuid() -> str:
    import uuid  # here: on Python 3.11 it imports platform, ~3 ms of every app start

    return str(uuid.uuid4())
