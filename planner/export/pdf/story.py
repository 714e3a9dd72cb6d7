"""The plan's sections in order, with the page breaks and page templates between them."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, Spacer

from planner.domain.messages import _
from planner.export.pdf.blocks import Layout
from planner.export.pdf.budget import budget_section
from planner.export.pdf.comparison import comparison_section
from planner.export.pdf.cover import cover
from planner.export.pdf.document import SectionStart
from planner.export.pdf.niche import niche_section
from planner.export.pdf.notes import notes_section
from planner.export.pdf.risks import risks_section
from planner.export.pdf.sources import sources_section
from planner.export.pdf.steps import steps_section
from planner.export.pdf.summary import gaps_section, summary
from planner.export.pdf.timeline import timeline

FLOW_ROOM = 45 * mm  # below this much room a flowing section starts on a new page
# A section opens a new page unless the one before only spilled a few rows onto this one
# (German runs about a fifth longer than English: a table's last row alone on a page).
SPILL = 0.25


def build_story(layout: Layout, document: object) -> list[Flowable]:
    """Every flowable of the plan; document is the PlanDocument being printed."""
    profile = getattr(document, "profile", None)
    story: list[Flowable] = [NextPageTemplate("body")]
    story += cover(layout, profile, getattr(document, "branding", None))

    def new_page(section: str, template: str = "body") -> None:
        """The section opens a page, or goes on under a spill (at most SPILL of a page used)."""
        room = layout.height * (1 - SPILL)
        story.extend(
            [
                SectionStart(section),
                NextPageTemplate(template),
                CondPageBreak(room),
                Spacer(1, 8 * mm),
            ]
        )

    def flow(section: str) -> None:
        """A short section goes on under the one before when a fair part of the page is left."""
        # Named first: if the section does start a page, that page's header names it.
        story.extend([SectionStart(section), CondPageBreak(FLOW_ROOM), Spacer(1, 6 * mm)])

    new_page(_("Summary"))
    story += summary(layout, profile)
    new_page(_("Gaps"))
    story += gaps_section(layout)
    new_page(_("Timeline"))
    story += timeline(layout)
    new_page(_("Steps"))
    story += steps_section(layout)
    new_page(_("Budget"))
    story += budget_section(layout)
    new_page(_("Risks"))
    story += risks_section(layout)
    new_page(_("Track comparison"))
    story += comparison_section(layout)
    new_page(_("Niche"))
    story += niche_section(layout, profile)
    # Sources and notes are short: they follow the niche rather than open nearly empty pages;
    # the notes end with lines to write on that fill the last page.
    flow(_("Sources"))
    story += sources_section(layout)
    flow(_("Notes"))
    story += notes_section(layout, getattr(document, "notes", ()))
    return story
