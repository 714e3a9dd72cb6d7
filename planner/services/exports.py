"""Every export of a stored person, for the app's File menu and the command line alike.

The plan as PDF or an editable hand-out, the calendar, progress as CSV, a JSON Resume and the
person bundle: each reads what it needs through the workspace and writes through export/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Profile
from planner.domain.roadmap import Roadmap
from planner.export.files import ExportCancelled, atomic_write, check_target
from planner.export.pdf import PAPERS, paper_for
from planner.services.workspace import Workspace

if TYPE_CHECKING:
    from planner.export.bundle import PersonBundle
    from planner.export.ics import IcsResult
    from planner.export.pdf import PdfResult, PlanDocument
    from planner.export.progress_csv import CsvResult

__all__ = [
    "PAPERS",
    "ExportCancelled",
    "export_bundle",
    "export_calendar",
    "export_progress",
    "export_resume",
    "paper_for",
    "profile_uid",
    "read_bundle",
    "save_copy",
    "write_calendar",
    "write_handout",
    "write_pdf",
]


def write_pdf(
    document: PlanDocument,
    target: Path,
    paper: str = "a4",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PdfResult:
    """The printable plan as a PDF (safe on a worker thread: the document is a snapshot)."""
    from planner.export.pdf import write_pdf as write

    return write(document, target, paper=paper, progress=progress, cancelled=cancelled)


def write_handout(document: PlanDocument, target: Path, fmt: str) -> None:
    """The printable plan as a hand-out to edit: "md" (Markdown) or "docx" (Word)."""
    from planner.export.handout import write_handout as write

    write(document, target, fmt)


def save_copy(source: Path, target: Path) -> None:
    """Save a file already written (a previewed PDF) where the person chooses, atomically."""
    check_target(target)
    atomic_write(target, source.read_bytes())


def profile_uid(profile: Profile) -> str:
    """The calendar UID base of a profile that is not stored (a profile file)."""
    from planner.export.bundle import person_uid

    return person_uid(profile)


def write_calendar(target: Path, roadmap: Roadmap, uid: str, *, alarms: bool) -> IcsResult:
    """A plan's milestones and weekly study blocks as an iCalendar file."""
    from planner.export.ics import write_ics

    return write_ics(target, roadmap, uid, study_alarms=alarms)


def export_calendar(
    ws: Workspace, person_id: int, target: Path, *, alarms: bool, keep: bool | None
) -> IcsResult:
    """The person's current plan as a calendar.

    keep=True keeps the file current after every re-plan; keep=False writes it once and stops
    keeping any earlier one current; keep=None writes it once and leaves that as it was.
    """
    roadmap = ws.planning.current_roadmap(person_id)
    if keep:
        return ws.calendars.keep(person_id, target, roadmap, alarms)
    if keep is False:
        ws.calendars.stop(person_id)
    return write_calendar(target, roadmap, ws.people.uuid(person_id), alarms=alarms)


def export_progress(ws: Workspace, person_id: int, target: Path, catalog: Catalog) -> CsvResult:
    """The person's plan and progress as a CSV spreadsheet (step titles from catalog)."""
    from planner.export.progress_csv import catalog_titles, write_progress_csv

    return write_progress_csv(
        target,
        ws.planning.current_roadmap(person_id),
        ws.planning.progress(person_id),
        catalog_titles(catalog),
    )


def export_resume(ws: Workspace, person_id: int, target: Path, catalog: Catalog) -> Profile:
    """The person as a JSON Resume (their ledger's projects as work); the profile written."""
    from planner.export.json_resume import ledger_projects, resume_dict, write_resume

    profile = ws.people.get(person_id)
    projects = ledger_projects(ws.journal.ledger(person_id))
    write_resume(target, resume_dict(profile, catalog, projects))
    return profile


def export_bundle(
    ws: Workspace, person_id: int, target: Path, catalog_version: str = ""
) -> tuple[Path, PersonBundle]:
    """Everything stored about the person as a bundle file: (where it went, the bundle)."""
    from planner.export.bundle import write_bundle
    from planner.services.bundles import export_person

    bundle = export_person(ws, person_id, catalog_version)
    return write_bundle(target, bundle), bundle


def read_bundle(path: Path) -> PersonBundle:
    """A person bundle file, checked whole before anything is stored."""
    from planner.export.bundle import read_bundle as read

    return read(path)
