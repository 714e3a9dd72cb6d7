"""The printable plan: a stored person's current plan (checked for staleness) or a profile file's.

The one place a PlanDocument is assembled, for the app's export, print and preview, the command
line's export and the cohort export alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.export.pdf import PlanDocument
from planner.services import staleness
from planner.services.planning import roadmap_of
from planner.services.profile_plans import plan_profile
from planner.services.workspace import Workspace


@record
class PrintablePlan:
    """What to print, and why the plan it prints may no longer fit the person."""

    document: PlanDocument
    out_of_date: tuple[str, ...] = ()  # what changed since the plan was made; () when current
    replanned: bool = False  # re-planned from today first, because it was out of date

    def warning(self) -> str:
        """One sentence for the app: what changed and how to bring the plan up to date."""
        return staleness.message(self.out_of_date)


def printable_plan(
    ws: Workspace,
    person_id: int,
    start: date | None = None,
    track: str | None = None,
    *,
    replan: bool = False,
) -> PrintablePlan:
    """The person's current plan, ready to print, and whether it is out of date.

    With replan, a plan that is out of date is first re-planned from today (and saved), so the
    page never prints hours or dates the plan was not made from. With track, a what-if print
    toward that track: planned for the page, not saved, so never out of date.
    """
    if track:
        roadmap = ws.planning.build(person_id, start, track=track)
        return PrintablePlan(_stored_document(ws, person_id, roadmap))
    saved = ws.planning.current(person_id, start)
    reasons = tuple(ws.planning.out_of_date(person_id, saved))
    replanned = bool(reasons) and replan
    if replanned:
        saved = ws.planning.replan(person_id)
        reasons = ()
    document = _stored_document(ws, person_id, roadmap_of(saved))
    return PrintablePlan(document, reasons, replanned)


def plan_document(
    ws: Workspace, person_id: int, start: date | None = None, track: str | None = None
) -> PlanDocument:
    """A frozen snapshot, safe to hand to a worker thread that renders it (no staleness check)."""
    return printable_plan(ws, person_id, start, track).document


def profile_document(
    profile: Profile,
    catalog: Catalog,
    today: Callable[[], date],
    start: date | None = None,
    track: str | None = None,
) -> PlanDocument:
    """The printable plan of a profile that is not stored (a profile file): planned afresh."""
    roadmap = plan_profile(profile, catalog, today, start, track)
    return PlanDocument(roadmap=roadmap, catalog=catalog, profile=profile)


def _stored_document(ws: Workspace, person_id: int, roadmap: Roadmap) -> PlanDocument:
    notes = tuple((note.day, note.body) for note in ws.journal.notes(person_id))
    return PlanDocument(
        roadmap=roadmap,
        catalog=ws.planning.catalog(),
        profile=ws.people.get(person_id),
        branding=ws.coach.branding(),
        notes=notes,
    )
