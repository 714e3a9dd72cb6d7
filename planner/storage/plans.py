"""Saved plans (each re-plan kept in history) and per-step progress keyed by stable step ids."""

from __future__ import annotations

import json
import zlib
from datetime import date
from typing import Any

__all__ = ["PlansRepository", "SavedPlan"]

from planner.domain.progress import StepProgress
from planner.domain.saved_plan import SavedPlan
from planner.storage import dashboard
from planner.storage.connection import inserted_id
from planner.storage.database import Store
from planner.storage.people import now


def _pack(data: dict[str, Any]) -> bytes:
    """Compressed JSON: a plan's JSON shrinks to about a fifth, and history keeps them all."""
    return zlib.compress(json.dumps(data, sort_keys=True, ensure_ascii=False).encode(), 6)


def _unpack(value: bytes | str) -> dict[str, Any]:
    return json.loads(zlib.decompress(value) if isinstance(value, bytes) else value)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class PlansRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(
        self, person_id: int, roadmap: dict[str, Any], inputs: dict[str, Any], reason: str
    ) -> int:
        """Store a plan snapshot (the plan JSON and the inputs it came from)."""
        with self._store.atomic() as db:
            cursor = db.execute(
                """INSERT INTO plans (person_id, created_at, reason, track, start, finish,
                   catalog_version, inputs, roadmap) VALUES (?,?,?,?,?,?,?,?,?)""",
                [
                    person_id,
                    now(),
                    reason,
                    roadmap["track"],
                    roadmap["start"],
                    roadmap["summary"]["finish"],
                    roadmap.get("catalog_version", ""),
                    _pack(inputs),
                    _pack(roadmap),
                ],
            )
            plan_id = inserted_id(cursor)
            for i, step in enumerate(roadmap["steps"]):
                db.execute(
                    """INSERT INTO plan_steps (plan_id, position, step_id, title, kind, start,
                       end, hours, cost) VALUES (?,?,?,?,?,?,?,?,?)""",
                    [
                        plan_id,
                        i,
                        step["id"],
                        step["title"],
                        step["kind"],
                        step["start"],
                        step["end"],
                        step["hours"],
                        step["cost"],
                    ],
                )
            dashboard.recount(db, person_id, date.today())
        return plan_id

    def _from_row(self, row: tuple) -> SavedPlan:
        return SavedPlan(
            id=row[0],
            person_id=row[1],
            created_at=row[2],
            reason=row[3],
            track=row[4],
            start=row[5],
            finish=row[6],
            catalog_version=row[7],
            inputs=_unpack(row[8]),
            roadmap=_unpack(row[9]),
        )

    _COLUMNS = (
        "id, person_id, created_at, reason, track, start, finish, catalog_version, inputs, roadmap"
    )

    def current(self, person_id: int) -> SavedPlan | None:
        row = self._store.db.execute(
            f"SELECT {self._COLUMNS} FROM plans WHERE person_id = ? ORDER BY id DESC LIMIT 1",
            [person_id],
        ).fetchone()
        return self._from_row(row) if row else None

    def current_roadmap(self, person_id: int) -> dict[str, Any] | None:
        """Only the current plan's JSON (not its inputs): what the dashboard needs."""
        row = self._store.db.execute(
            "SELECT roadmap FROM plans WHERE person_id = ? ORDER BY id DESC LIMIT 1", [person_id]
        ).fetchone()
        return _unpack(row[0]) if row else None

    def history(self, person_id: int) -> list[SavedPlan]:
        rows = self._store.db.execute(
            f"SELECT {self._COLUMNS} FROM plans WHERE person_id = ? ORDER BY id DESC",
            [person_id],
        ).fetchall()
        return [self._from_row(r) for r in rows]

    # -- progress ---------------------------------------------------------------------------
    def progress(self, person_id: int) -> dict[str, StepProgress]:
        rows = self._store.db.execute(
            "SELECT step_id, status, started, finished, note FROM progress WHERE person_id = ?",
            [person_id],
        ).fetchall()
        return {r[0]: StepProgress(r[0], r[1], _day(r[2]), _day(r[3]), r[4]) for r in rows}

    def set_progress(self, person_id: int, progress: StepProgress) -> None:
        with self._store.atomic() as db:
            db.execute(
                """INSERT INTO progress (person_id, step_id, status, started, finished, note,
                   updated_at) VALUES (?,?,?,?,?,?,?)
                   ON CONFLICT (person_id, step_id) DO UPDATE SET status=excluded.status,
                   started=excluded.started, finished=excluded.finished, note=excluded.note,
                   updated_at=excluded.updated_at""",
                [
                    person_id,
                    progress.step_id,
                    progress.status,
                    progress.started.isoformat() if progress.started else None,
                    progress.finished.isoformat() if progress.finished else None,
                    progress.note,
                    now(),
                ],
            )
            dashboard.recount(db, person_id, date.today())  # the coach's view stays true
