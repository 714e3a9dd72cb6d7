"""A person's dated session notes and the projects they led (the PM-experience ledger)."""

from __future__ import annotations

from datetime import date

from planner.domain.records import record


@record
class Note:
    id: int
    person_id: int
    day: date
    body: str


@record
class LedgerEntry:
    """A project the person led; months count toward PMI's experience rules."""

    id: int
    person_id: int
    project: str
    role: str
    started: date
    finished: date | None
    note: str
