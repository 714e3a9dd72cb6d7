"""Editable hand-outs of the plan: Markdown and Word, with the printed plan's sections."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from planner.domain.messages import _
from planner.export.pdf import PlanDocument

FORMATS = ("md", "docx")


def handout_bytes(doc: PlanDocument, fmt: str, printed: date | None = None) -> bytes:
    """The hand-out in fmt ('md' or 'docx') as bytes; printed dates it (today by default)."""
    from planner.export.files import source_date_epoch
    from planner.export.handout.outline import plan_outline

    epoch = source_date_epoch()
    moment = datetime.fromtimestamp(epoch, UTC) if epoch is not None else datetime.now(UTC)
    blocks = plan_outline(doc, printed or moment.date())
    if fmt == "md":
        from planner.export.handout.markdown import render

        return render(blocks).encode("utf-8")
    if fmt == "docx":
        from planner.export.handout.docx_file import render as render_docx

        return render_docx(
            blocks, _("Career transition plan: {person}", person=doc.roadmap.person), moment
        )
    raise ValueError(f"unknown hand-out format {fmt!r}")


def write_handout(doc: PlanDocument, target: Path, fmt: str) -> None:
    """Write the hand-out atomically (temp file, fsync, rename; owner-only)."""
    from planner.export.files import atomic_write, check_target

    check_target(target)
    atomic_write(target, handout_bytes(doc, fmt))
