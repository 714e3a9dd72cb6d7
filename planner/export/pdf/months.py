"""The month-by-month 'what to do' table, built from the hours the scheduler put in each week."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from planner.domain.messages import _, pgettext
from planner.domain.roadmap import Roadmap
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, table_heading
from planner.export.wording import month as month_name
from planner.export.wording import number

MAX_MONTHS = 36  # a longer plan lists its first three years; the Gantt shows the rest


def hours_by_month(roadmap: Roadmap) -> dict[tuple[int, int], dict[str, float]]:
    """(year, month) -> step title -> hours planned that month (weeks count where they start)."""
    months: dict[tuple[int, int], dict[str, float]] = {}
    for step in roadmap.steps:
        for monday, hours in step.weeks:
            titles = months.setdefault((monday.year, monday.month), {})
            titles[step.title] = titles.get(step.title, 0.0) + hours
    return dict(sorted(months.items()))


def month_table(layout: Layout) -> list[Flowable]:
    s = layout.styles
    months = list(hours_by_month(layout.roadmap).items())[:MAX_MONTHS]
    if not months:
        return []
    # Split across pages rather than moved whole after a page left mostly empty.
    story: list[Flowable] = table_heading(layout, _("Month by month"), key="months")
    head = [
        layout.p(h, s.cell_head)
        for h in (_("Month"), pgettext("narrow column", "Hours"), _("What to do (hours)"))
    ]
    rows = []
    for (year, month), titles in months:
        work = sorted(titles.items(), key=lambda item: -item[1])
        what = "; ".join(f"{layout.esc(t)} ({number(h, fixed=True)} h)" for t, h in work)
        rows.append(
            [
                layout.p(month_name(f"{year}-{month:02d}"), s.small_cell_bold),
                layout.p(number(sum(titles.values()), fixed=True), s.small_cell),
                layout.m(what, s.small_cell),
            ]
        )
    table = Table([head, *rows], colWidths=[20 * mm, 14 * mm, layout.width - 34 * mm], repeatRows=1)
    # Up to 36 rows: tighter rows keep a two-year plan's months on one page.
    table.setStyle(st.grid_table(tight=True))
    story.append(table)
    return story
