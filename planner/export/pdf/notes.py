"""Notes: what the planner noticed, the coach's dated session notes, and lines to write on."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from planner.domain.messages import _
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, Rule, heading
from planner.export.pdf.formatting import day

WRITING_LINES = 8


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
    story.append(heading(layout, _("Your notes"), key="notes-yours", level=1))
    for _line in range(WRITING_LINES):
        story += [Spacer(1, 8 * mm), Rule(layout.width, st.RULE, 0.5)]
    return story


def _paragraphs(layout: Layout, body: str) -> list[Flowable]:
    """A note as typed: blank lines separate paragraphs, single newlines break lines.

    Separate paragraphs let a 5,000-character note flow across pages.
    """
    text = layout.kit.clean(body)
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    return [layout.p(b, layout.styles.note, lines=True) for b in blocks if b.strip()]
