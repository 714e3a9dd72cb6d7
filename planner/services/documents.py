"""The printable plan of a stored person: their current plan, profile, notes and the branding."""

from __future__ import annotations

from datetime import date

from planner.export.pdf import PlanDocument
from planner.export.plan_json import roadmap_from_dict
from planner.services.workspace import Workspace


def plan_document(
    ws: Workspace, person_id: int, start: date | None = None, track: str | None = None
) -> PlanDocument:
    """A frozen snapshot, safe to hand to a worker thread that renders it.

    With track, a what-if print toward that track: planned for the page, not saved.
    """
    if track:
        roadmap = ws.planning.build(person_id, start, track=track)
    else:
        roadmap = roadmap_from_dict(ws.planning.current(person_id, start).roadmap)
    notes = tuple((note.day, note.body) for note in ws.repos.journal.notes(person_id))
    return PlanDocument(
        roadmap=roadmap,
        catalog=ws.planning.catalog(),
        profile=ws.repos.people.get(person_id),
        branding=ws.repos.coach.branding(),
        notes=notes,
    )
