"""Notes: what the planner noticed, the coach's dated session notes, and lines to write on."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from planner.domain.messages import _
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading
from planner.export.wording import day

LINE_GAP = 8 * mm
MIN_LINES, MAX_LINES = 3, 10  # lines to write on: what the last page has room for


class WritingLines(Flowable):
    """Ruled lines to write on that fill what is left of the page (MIN_LINES to MAX_LINES);
    with less room than MIN_LINES they go to the next page."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.count = MIN_LINES

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.count = max(MIN_LINES, min(MAX_LINES, int(avail_height // LINE_GAP)))
        return self.width, self.count * LINE_GAP

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        for i in range(self.count):
            canv.line(0, i * LINE_GAP, self.width, i * LINE_GAP)
        canv.restoreState()


def notes_section(layout: Layout, notes: tuple[tuple[date, str], ...]) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    story: list[Flowable] = [heading(layout, _("Notes"), key="notes")]
    if r.warnings:
        story.append(heading(layout, _("What the planner noticed"), key="notes-planner", level=1))
        for warning in r.warnings:
            story.append(layout.m("\u2022 " + layout.esc(warning), s.body))
    if notes:
        story.append(heading(layout, _("Session notes"), key="notes-sessions", level=1))
        for when, body in sorted(notes, key=lambda n: n[0]):
            story.append(layout.p(day(when), s.h3))
            story += _paragraphs(layout, body)
    title = heading(layout, _("Your notes"), key="notes-yours", level=1)
    # Kept with its lines by room, not keepWithNext: grouped, the lines would be measured
    # against an unlimited height and always take the next page.
    title.keepWithNext = 0
    room = (
        title.wrap(layout.width, layout.height)[1] + title.getSpaceBefore() + title.getSpaceAfter()
    )
    story += [CondPageBreak(room + MIN_LINES * LINE_GAP + 2), title, WritingLines(layout.width)]
    return story


def _paragraphs(layout: Layout, body: str) -> list[Flowable]:
    """A note as typed: blank lines separate paragraphs, single newlines break lines.

    Separate paragraphs let a 5,000-character note flow across pages.
    """
    text = layout.kit.clean(body)
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    return [layout.p(b, layout.styles.note, lines=True) for b in blocks if b.strip()]
