"""The risk register for the transition itself, each risk tied to the steps that mitigate it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from planner.domain.messages import _
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading


def risks_section(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    story: list[Flowable] = [
        heading(layout, _("Risks"), key="risks"),
        layout.p(_("What could slow the move down, and what this plan does about it."), s.lead),
    ]
    if not r.risks:
        story.append(layout.p(_("No particular risks were found for this plan.")))
        return story
    numbers = {step.id: n for n, step in enumerate(r.steps, 1)}
    head = [layout.p(h, s.cell_head) for h in ("#", _("Risk"), _("Mitigation"), _("Steps"))]
    rows = []
    for i, risk in enumerate(r.risks, 1):
        steps = [
            f"{numbers[sid]}. {layout.step_title(sid)}" if sid in numbers else sid
            for sid in risk.steps
        ]
        rows.append(
            [
                layout.p(str(i), s.cell_bold),
                layout.p(risk.risk, s.cell),
                layout.p(risk.mitigation, s.cell),
                layout.m("<br/>".join(layout.esc(x) for x in steps), s.cell),
            ]
        )
    rest = layout.width - 8 * mm
    widths = [8 * mm, rest * 0.32, rest * 0.36, rest * 0.32]
    table = Table([head, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(st.grid_table(tight=True))
    story.append(table)
    return story
