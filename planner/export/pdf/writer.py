"""Render a PlanDocument and put it on disk safely: temp file, fsync, rename, owner-only.

With SOURCE_DATE_EPOCH set, the output is byte-for-byte reproducible: reportlab's invariant
mode, that epoch as the creation date, and that day as the plan's "printed" date.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from planner import __version__
from planner.domain.errors import InvalidInput
from planner.domain.messages import _, active
from planner.export.country_dates import follows_country
from planner.export.files import atomic_write, check_cancel, check_target, source_date_epoch
from planner.export.pdf import PdfResult, PlanDocument

APP = "Career Transition Planner"


def printed_on() -> date:
    """The day the plan says it was printed: SOURCE_DATE_EPOCH's day (UTC) or today."""
    epoch = source_date_epoch()
    if epoch is None:
        return date.today()
    return datetime.fromtimestamp(epoch, UTC).date()


def page_size(paper: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    sizes = {"a4": A4, "letter": LETTER}
    if paper not in sizes:
        raise InvalidInput(f"paper must be a4 or letter (got {paper!r})")
    return sizes[paper]


@follows_country
def render_bytes(
    doc: PlanDocument,
    *,
    paper: str = "a4",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, int, tuple[str, ...]]:
    """The PDF's bytes, its page count and the characters drawn as replacement marks."""
    pagesize = page_size(paper)
    check_cancel(cancelled)
    from planner.export.pdf import breaks
    from planner.export.pdf.blocks import Layout
    from planner.export.pdf.document import NumberedCanvas, PlanDocTemplate
    from planner.export.pdf.fonts import family
    from planner.export.pdf.story import build_story
    from planner.export.pdf.styles import make_styles
    from planner.export.pdf.text import TextKit
    from planner.export.wording import day

    breaks.install()
    fonts = family()
    kit = TextKit(fonts)
    styles = make_styles(fonts)
    roadmap, catalog = doc.roadmap, doc.catalog
    track = catalog.track_by_id.get(roadmap.track)
    track_short = track.short_name if track else roadmap.track
    track_name = track.name if track else roadmap.track
    person = kit.clean(roadmap.person).strip() or _("Unnamed")
    coach = kit.clean(doc.branding.coach_name).strip() if doc.branding else ""
    org = kit.clean(doc.branding.organisation).strip() if doc.branding else ""
    by = _("prepared by {coach}", coach=coach) if coach else org
    footer = APP + (f" \u00b7 {by}" if by else "")
    if roadmap.catalog_version:
        footer += " \u00b7 " + _("catalog {version}", version=roadmap.catalog_version)
    buffer = io.BytesIO()
    template = PlanDocTemplate(
        buffer,
        pagesize=pagesize,
        kit=kit,
        styles=styles,
        header=f"{person} \u00b7 {track_short} \u00b7 "
        + _("plan of {day}", day=day(roadmap.start)),
        footer=footer,
        progress=progress,
        cancelled=cancelled,
        title=_("Career transition plan \u2014 {person}", person=person),
        author=coach or APP,
        subject=_(
            "{track}: a dated, costed plan from {start} to {finish}",
            track=track_name,
            start=roadmap.start.isoformat(),
            finish=roadmap.summary.finish.isoformat(),
        ),
        creator=f"{APP} {__version__}",
        keywords=[_("career"), _("project management"), track_short],
        lang=active().code,
        displayDocTitle=True,
        initialFontName=fonts.regular,
        invariant=1 if source_date_epoch() is not None else 0,
    )
    layout = Layout(
        roadmap=roadmap,
        catalog=catalog,
        kit=kit,
        styles=styles,
        width=template.width,
        height=template.body_height,
        printed=printed_on(),
    )
    story = build_story(layout, doc)
    template.report(0.1)
    check_cancel(cancelled)

    def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.finish_page = template.page_number
        canvas.showOutline()
        return canvas

    template.build(story, canvasmaker=make_canvas)
    count = template.canv.page_count
    return buffer.getvalue(), count, kit.missing


def render_to(
    doc: PlanDocument,
    target: Path,
    *,
    paper: str = "a4",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PdfResult:
    """Render, then write atomically; a failure or cancel leaves target as it was."""
    page_size(paper)
    check_target(target)
    data, pages, missing = render_bytes(doc, paper=paper, progress=progress, cancelled=cancelled)
    check_cancel(cancelled)
    atomic_write(target, data, cancelled)
    if progress is not None:
        progress(1.0)
    return PdfResult(path=target, pages=pages, missing_characters=missing)
