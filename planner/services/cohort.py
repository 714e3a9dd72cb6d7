"""A cohort's hand-outs in one go: a PDF plan or a calendar per person, plus one ZIP of them."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from planner.domain.errors import InvalidInput
from planner.domain.messages import _, ngettext
from planner.domain.records import record
from planner.export.files import ExportCancelled, atomic_write
from planner.export.pdf import PlanDocument
from planner.services.documents import plan_document
from planner.services.workspace import Workspace

FORMATS = ("pdf", "ics")


@record
class CohortItem:
    """One person's snapshot: all a worker thread needs to write their file."""

    person_id: int
    uid: str
    document: PlanDocument

    def file_name(self, fmt: str) -> str:
        name = self.document.roadmap.person or _("person")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
        return _(
            "{name} ({id}) - career plan.{extension}",
            name=(safe or _("person"))[:80],
            id=self.person_id,
            extension=fmt,
        )


@record
class CohortResult:
    folder: Path
    files: tuple[Path, ...]
    archive: Path


def cohort_items(
    ws: Workspace, *, tag: str | None = None, ids: Sequence[int] = ()
) -> list[CohortItem]:
    """The people of a tag or a selection, as snapshots (read on the database's thread)."""
    chosen = list(ids) or (ws.people.ids_with_tag(tag) if tag else [])
    if not chosen:
        raise InvalidInput(
            _("nobody is tagged {tag!r}", tag=tag) if tag else _("choose a tag or people")
        )
    return [CohortItem(pid, ws.people.uuid(pid), plan_document(ws, pid)) for pid in chosen]


def write_cohort(
    items: Sequence[CohortItem],
    folder: Path,
    fmt: str,
    archive_name: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    paper: str = "a4",
) -> CohortResult:
    """One file per person in folder and a ZIP of them all; no database (worker-safe).

    A cancel stops between people: the files already written stay, the ZIP is not written.
    """
    if fmt not in FORMATS:
        raise InvalidInput(
            _(
                "a cohort is exported as {formats} (got {format!r})",
                formats=_(" or ").join(FORMATS),
                format=fmt,
            )
        )
    if not folder.is_dir():
        raise InvalidInput(_("{path} is not a folder; create it first", path=folder))
    written = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for done, item in enumerate(items):
            if cancelled is not None and cancelled():
                raise ExportCancelled(
                    ngettext(
                        "cancelled after {done} of {n} person",
                        "cancelled after {done} of {n} people",
                        len(items),
                        done=done,
                    )
                )
            target = folder / item.file_name(fmt)
            if fmt == "pdf":
                from planner.export.pdf import write_pdf

                write_pdf(item.document, target, paper=paper, cancelled=cancelled)
            else:
                from planner.export.ics import write_ics

                write_ics(target, item.document.roadmap, item.uid)
            archive.write(target, target.name)
            written.append(target)
            if progress is not None:
                progress((done + 1) / len(items))
    zip_path = folder / archive_name
    atomic_write(zip_path, buffer.getvalue())
    return CohortResult(folder, tuple(written), zip_path)
