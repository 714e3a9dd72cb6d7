"""The coach's dashboard columns: each person's status row and milestones, kept as they change."""

from __future__ import annotations

from datetime import date

from planner.domain.people_list import NO_DAY
from planner.domain.status import PlanMarks
from planner.storage.connection import Database

# A milestone whose step is done or skipped is no longer coming (undo brings it back).
SETTLED = (
    "SELECT 1 FROM progress WHERE progress.person_id = milestones.person_id "
    "AND progress.step_id = milestones.step_id AND progress.status IN ('done', 'skipped')"
)


def set_marks(db: Database, person_id: int, marks: PlanMarks, today: date) -> None:
    """Store what the person's new plan promises, then count their progress on it."""
    db.execute("DELETE FROM milestones WHERE person_id = ?", [person_id])
    for day, kind, title, step_id in marks.milestones:
        db.execute(
            "INSERT INTO milestones (person_id, day, kind, title, step_id) VALUES (?,?,?,?,?)",
            [person_id, day.isoformat(), kind, title, step_id],
        )
    db.execute(
        "UPDATE person_status SET ready_to_apply = ?, budget_verdict = ? WHERE person_id = ?",
        [
            marks.ready_to_apply.isoformat() if marks.ready_to_apply else NO_DAY,
            marks.budget_verdict or "",
            person_id,
        ],
    )
    recount(db, person_id, today)


def recount(db: Database, person_id: int, today: date) -> None:
    """Progress on the current plan from its steps and the progress recorded since (SQL only,
    so every write of progress, undo included, keeps the dashboard true)."""
    db.execute(
        """WITH steps AS (
               SELECT plan_steps.hours, plan_steps.end, ifnull(progress.status, 'todo') AS status
               FROM plan_steps
               LEFT JOIN progress ON progress.person_id = ?1
                    AND progress.step_id = plan_steps.step_id
               WHERE plan_steps.plan_id = (SELECT max(id) FROM plans WHERE person_id = ?1)
                 AND ifnull(progress.status, 'todo') != 'skipped')
           UPDATE person_status SET
               computed = 1,
               steps = (SELECT count(*) FROM steps),
               steps_done = (SELECT count(*) FROM steps WHERE status = 'done'),
               hours = ifnull((SELECT round(sum(hours), 1) FROM steps), 0),
               hours_done = ifnull((SELECT round(sum(hours), 1) FROM steps
                                    WHERE status = 'done'), 0),
               unfinished = (SELECT json_group_array(end) FROM
                             (SELECT end FROM steps WHERE status != 'done' ORDER BY end)),
               unfinished_end = ifnull((SELECT min(end) FROM steps WHERE status != 'done'),
                                       ?2)
           WHERE person_id = ?1""",
        [person_id, NO_DAY],
    )
    db.execute(
        "UPDATE person_status SET progress = CASE WHEN hours > 0 "
        "THEN round(hours_done / hours, 4) ELSE 0 END WHERE person_id = ?",
        [person_id],
    )
    _next_milestone(db, today, "person_status.person_id = ?", [person_id])


def refresh_next(db: Database, today: date) -> None:
    """Move past milestones on to the next one for everyone whose next is gone (indexed)."""
    _next_milestone(db, today, "next_day < ?", [today.isoformat()])


def _next_milestone(db: Database, today: date, where: str, params: list[object]) -> None:
    db.execute(
        f"""UPDATE person_status SET (next_day, next_kind, next_title) = (
               SELECT ifnull(max(day), '{NO_DAY}'), ifnull(max(kind), ''), ifnull(max(title), '')
               FROM (SELECT day, kind, title FROM milestones
                     WHERE milestones.person_id = person_status.person_id AND day >= ?
                       AND NOT EXISTS ({SETTLED})
                     ORDER BY day LIMIT 1))
            WHERE {where}""",
        [today.isoformat(), *params],
    )


def uncomputed(db: Database) -> list[int]:
    """People whose status was never computed (from before the dashboard) but have a plan."""
    rows = db.execute(
        "SELECT person_id FROM person_status WHERE computed = 0 "
        "AND EXISTS (SELECT 1 FROM plans WHERE plans.person_id = person_status.person_id)"
    )
    return [r[0] for r in rows]
