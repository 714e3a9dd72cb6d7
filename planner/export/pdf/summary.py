"""The one-page summary and the gaps section (chart plus what the plan does about each gap)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from planner.domain.profile import Profile
from planner.domain.roadmap import Gap
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading
from planner.export.pdf.formatting import day, hours, money, plural
from planner.export.pdf.gapchart import gap_chart

MAX_REASONS = 4


def budget_sentence(layout: Layout) -> str:
    """Markup: known cost against the budget, in words, with what the total leaves out."""
    s = layout.roadmap.summary
    parts = [f"Known cost <b>{layout.esc(money(s.total_cost, s.currency))}</b>"]
    if s.budget is not None:
        parts.append(f" against a budget of {layout.esc(money(s.budget, s.budget_currency))}: ")
        if s.over_budget is True:
            over = money(s.total_cost - s.budget, s.currency)
            parts.append(
                f'<font color="{st.WARN_HEX}"><b>over budget by {layout.esc(over)}</b></font>.'
            )
        elif s.over_budget is False:
            spare = money(s.budget - s.total_cost, s.currency)
            parts.append(f"<b>within budget</b>, {layout.esc(spare)} to spare.")
        else:
            parts.append(
                "not comparable (the budget is in another currency; "
                "no exchange rates are built in)."
            )
    else:
        parts.append(" (no budget given).")
    if s.unpriced_steps:
        parts.append(
            f" The total leaves out {plural(s.unpriced_steps, 'price')} to check with the issuer."
        )
    return "".join(parts)


def how_closed(layout: Layout, gap: Gap) -> str:
    if not gap.size:
        return "Met already."
    if gap.reaches is not None and gap.reaches >= gap.need:
        titles = [layout.step_title(s) for s in gap.steps]
        return "Closed by " + "; ".join(titles) + "." if titles else "Closed by this plan."
    if gap.need <= 1:
        return "Awareness: picked up working alongside the team."
    return f"The plan reaches {gap.reaches}; the rest comes with project work."


def biggest_gaps(gaps: tuple[Gap, ...], count: int = 3) -> list[Gap]:
    ordered = sorted((g for g in gaps if g.size), key=lambda g: -g.size)
    return ordered[:count]


def _card(layout: Layout, label: str, value: str, detail: str) -> list[Paragraph]:
    s = layout.styles
    return [
        layout.p(label.upper(), s.label),
        layout.p(value, s.figure),
        layout.m(detail, s.figure_label),
    ]


def summary(layout: Layout, profile: Profile | None) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    sm = r.summary
    per_week = profile.weekly_hours if profile else (sm.total_hours / sm.weeks if sm.weeks else 0)
    story: list[Flowable] = [heading(layout, "Summary", key="summary")]
    track = layout.track_name(r.track).lower()
    story.append(
        layout.p(
            f"{r.person or 'This plan'} can be ready for {track} roles by {day(sm.finish)}: "
            f"{hours(sm.total_hours)} of study and work over {plural(sm.weeks, 'week')}, "
            f"at most {per_week:g} hours a week.",
            s.lead,
        )
    )
    fit = next((f for f in r.fits if f.track == r.track), None)
    budget_detail = (
        f"of {layout.esc(money(sm.budget, sm.budget_currency))} budget"
        if sm.budget is not None
        else "no budget given"
    )
    if sm.over_budget is True:
        budget_detail += ": <b>over budget</b>"
    elif sm.over_budget is False:
        budget_detail += ": within budget"
    if sm.unpriced_steps:
        budget_detail += f"; {plural(sm.unpriced_steps, 'price')} to check"
    cards = [
        _card(layout, "Finish", day(sm.finish), layout.esc(plural(sm.weeks, "week"))),
        _card(layout, "Study and work", hours(sm.total_hours), f"{per_week:g} h a week at most"),
        _card(layout, "Known cost", money(sm.total_cost, sm.currency), budget_detail),
        _card(
            layout,
            "Track fit",
            f"{fit.score}/100" if fit else "n/a",
            layout.esc(layout.track_short(r.track)),
        ),
    ]
    col = layout.width / 4
    table = Table([cards], colWidths=[col] * 4)
    table.setStyle(
        st.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), st.SOFT),
                ("LINEABOVE", (0, 0), (-1, 0), 2, st.PRIMARY),
                ("LINEAFTER", (0, 0), (-2, -1), 3, st.WHITE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    story += [table, Spacer(1, 4 * mm), layout.m(budget_sentence(layout))]

    top = biggest_gaps(r.gaps)
    story.append(heading(layout, "The three biggest gaps", key="summary-gaps", level=1))
    if top:
        rows = [
            [
                layout.p(str(i), s.cell_bold),
                layout.p(g.name, s.cell_bold),
                layout.p(f"{g.have} \u2192 {g.need}", s.cell),
                layout.p(how_closed(layout, g), s.cell),
            ]
            for i, g in enumerate(top, 1)
        ]
        head = [layout.p(h, s.cell_head) for h in ("", "Competency", "Have \u2192 need", "How")]
        widths = [7 * mm, 52 * mm, 22 * mm, layout.width - 81 * mm]
        gaps = Table([head, *rows], colWidths=widths, repeatRows=1)
        gaps.setStyle(st.grid_table(zebra=False))
        story.append(gaps)
    else:
        story.append(layout.p("None: you already meet every competency target of this track."))

    if r.fits:
        story += _fit_table(layout)
    if r.eligibility:
        story.append(heading(layout, "Eligibility", key="summary-eligibility", level=1))
        for line in r.eligibility:
            story.append(layout.p(line, s.body))
    return story


def _fit_table(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    fit = next((f for f in r.fits if f.track == r.track), None)
    story: list[Flowable] = [heading(layout, "Track fit", key="summary-fit", level=1)]
    head = [layout.p(h, s.cell_head) for h in ("Track", "Fit", "Readiness", "Preference")]
    rows = []
    for f in r.fits:
        name = layout.track_name(f.track) + ("  (your target)" if f.track == r.track else "")
        style = s.cell_bold if f.track == r.track else s.cell
        pref = "no answers" if f.preference is None else f"{f.preference}%"
        rows.append(
            [
                layout.p(name, style),
                layout.p(f"{f.score}/100", style),
                layout.p(f"{f.readiness}%", s.cell),
                layout.p(pref, s.cell),
            ]
        )
    fits = Table([head, *rows], colWidths=[layout.width - 75 * mm, 25 * mm, 25 * mm, 25 * mm])
    fits.setStyle(st.grid_table(zebra=False))
    story.append(fits)
    if fit and fit.reasons:
        story.append(Spacer(1, 2 * mm))
        for reason in fit.reasons[:MAX_REASONS]:
            story.append(layout.m("\u2022 " + layout.esc(reason), s.small))
    return story


def gaps_section(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    track = layout.track_short(r.track)
    story: list[Flowable] = [
        heading(layout, "Gaps", key="gaps"),
        layout.p(
            f"Each competency {track} asks for: the level you have now, the level this plan takes "
            "you to, and the level the track needs. Levels run from 0 (none) to 4 (expert).",
            s.lead,
        ),
    ]
    if r.gaps:
        story.append(gap_chart(r.gaps, layout.width, layout.kit, layout.catalog.level_labels))
        story.append(Spacer(1, 5 * mm))
    open_gaps = [g for g in r.gaps if g.size]
    met = [g.name for g in r.gaps if not g.size]
    if met:
        story.append(layout.p("Already met: " + ", ".join(met) + ".", s.body))
    if open_gaps:
        cell, bold = s.small_cell, s.small_cell_bold
        head = [
            layout.p(h, s.cell_head)
            for h in ("Competency", "Have", "Need", "Reaches", "What the plan does")
        ]
        rows = [
            [
                layout.p(g.name, bold),
                layout.p(str(g.have), cell),
                layout.p(str(g.need), cell),
                layout.p("" if g.reaches is None else str(g.reaches), cell),
                layout.p(how_closed(layout, g), cell),
            ]
            for g in open_gaps
        ]
        widths = [46 * mm, 11 * mm, 12 * mm, 17 * mm, layout.width - 86 * mm]
        table = Table([head, *rows], colWidths=widths, repeatRows=1)
        table.setStyle(st.grid_table())
        story.append(table)
    if not r.gaps:
        story.append(layout.p("No competency targets to compare."))
    return story
