"""The printed plan: a PDF that stands alone on paper (reportlab platypus + graphics).

`write_pdf` is safe to call from a worker thread; reportlab is imported on first use so that
importing this package stays cheap for the desktop app's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.domain.branding import Branding
from planner.domain.catalog_model import Catalog
from planner.domain.profile import Profile
from planner.domain.records import record
from planner.domain.roadmap import Roadmap
from planner.export.pdf.errors import ExportCancelled, ExportError

PAPERS = ("a4", "letter")

__all__ = ["PAPERS", "ExportCancelled", "ExportError", "PdfResult", "PlanDocument", "write_pdf"]


@record
class PlanDocument:
    """Everything the printed plan shows: a frozen snapshot, safe to hand to a worker thread."""

    roadmap: Roadmap
    catalog: Catalog
    profile: Profile | None = None
    branding: Branding | None = None
    notes: tuple[tuple[date, str], ...] = ()


@record
class PdfResult:
    path: Path
    pages: int
    missing_characters: tuple[str, ...]  # characters drawn as a replacement mark


def paper_for(doc: PlanDocument) -> str | None:
    """The plan's country's paper (Letter in the US and Canada, A4 elsewhere); None: no country."""
    from planner.catalog.countries import default_paper_size

    country = doc.roadmap.summary.country
    if not country:
        return None
    return default_paper_size(country, doc.catalog.countries).lower()


def write_pdf(
    doc: PlanDocument,
    target: Path,
    *,
    paper: str = "a4",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PdfResult:
    """Render doc to target atomically (owner-only file); see planner.export.pdf.writer."""
    from planner.export.pdf.writer import render_to

    return render_to(doc, Path(target), paper=paper, progress=progress, cancelled=cancelled)
