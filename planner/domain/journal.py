"""A person's dated session notes and the projects they led (the PM-experience ledger)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Note:
    id: int
    person_id: int
    day: date
    body: str


@dataclass(frozen=True)
class LedgerEntry:
    """A project the person led; months count toward PMI's experience rules."""

    id: int
    person_id: int
    project: str
    role: str
    started: date
    finished: date | None
    note: str
