"""The timeline section: the Gantt chart (one slice per page) and its legend."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from planner.domain.messages import _
from planner.domain.roadmap import STEP_KINDS
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading, table_heading
from planner.export.pdf.formatting import day
from planner.export.pdf.gantt import gantt_charts, gantt_legend

SAFETY = 12.0  # points kept free for rounding in reportlab's own layout


def _height(flowable: Flowable, width: float) -> float:
    _w, h = flowable.wrap(width, 10_000)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def timeline(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    story: list[Flowable] = [
        heading(layout, _("Timeline"), key="timeline"),
        layout.p(
            _(
                "From {start} to {finish}. Each bar is one step, numbered as in the steps "
                "section; the pattern shows its kind. Diamonds mark the date to sit an exam by.",
                start=day(r.start),
                finish=day(r.summary.finish),
            ),
            s.lead,
        ),
    ]
    kinds = [k for k in STEP_KINDS if any(step.kind == k for step in r.steps)]
    kinds += sorted({step.kind for step in r.steps} - set(kinds))
    legend = gantt_legend(layout.width, layout.kit, kinds)
    story.append(legend)
    story.append(Spacer(1, 4 * mm))
    used = sum(_height(f, layout.width) for f in story) + 4 * mm
    charts = gantt_charts(
        r.steps,
        layout.width,
        layout.kit,
        start=r.start,
        finish=r.summary.finish,
        today=layout.printed,
        first_height=layout.height - used - SAFETY,
        height=layout.height - SAFETY,
    )
    for i, chart in enumerate(charts):
        if i:
            story.append(Spacer(1, 3 * mm))
        story.append(chart)
    if not r.steps:
        story.append(layout.p(_("This plan has no steps.")))
    story += key_dates(layout)
    return story


def key_dates(layout: Layout) -> list[Flowable]:
    """Start, exam bookings and sittings, finish: the dates worth copying into a calendar."""
    r, s = layout.roadmap, layout.styles
    dates: list[tuple[date, int, str, str]] = [(r.start, 0, "", _("The plan starts"))]
    for number, step in enumerate(r.steps, 1):
        codes = ", ".join(step.exam_codes)
        exam = _("{codes} exam", codes=codes) if codes else _("the exam")
        if step.book_by and step.status != "done":
            dates.append(
                (
                    step.book_by,
                    1,
                    str(number),
                    _("Book {exam} ({step})", exam=exam, step=step.title),
                )
            )
        if step.exam_date:
            dates.append(
                (
                    step.exam_date,
                    2,
                    str(number),
                    _("Sit {exam} by this date ({step})", exam=exam, step=step.title),
                )
            )
    dates.append((r.summary.finish, 3, "", _("The plan is complete")))
    head = [layout.p(h, s.cell_head) for h in (_("Date"), _("Step"), _("What"))]
    rows = [
        [
            layout.p(day(when), s.small_cell),
            layout.p(number, s.small_cell),
            layout.p(what, s.small_cell),
        ]
        for when, _order, number, what in sorted(dates, key=lambda d: (d[0], d[1]))
    ]
    table = Table([head, *rows], colWidths=[26 * mm, 12 * mm, layout.width - 38 * mm], repeatRows=1)
    table.setStyle(st.grid_table())
    return [*table_heading(layout, _("Key dates"), key="timeline-dates"), table]
