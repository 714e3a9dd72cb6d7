"""A plan as saved: the roadmap's JSON and the inputs it was made from, kept in history."""

from __future__ import annotations

from typing import Any

from planner.domain.records import record


@record
class SavedPlan:
    id: int
    person_id: int
    created_at: str
    reason: str
    track: str
    start: str
    finish: str
    catalog_version: str
    inputs: dict[str, Any]
    roadmap: dict[str, Any]
