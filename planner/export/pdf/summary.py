"""The one-page summary and the gaps section (chart plus what the plan does about each gap)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from planner.domain.messages import _, ngettext
from planner.domain.profile import Profile
from planner.domain.roadmap import Gap
from planner.export import headline
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading
from planner.export.pdf.formatting import day, hours, money, number, verdict_word
from planner.export.pdf.gapchart import gap_chart
from planner.export.pdf.months import month_table

MAX_REASONS = 4


def budget_sentence(layout: Layout) -> str:
    """Markup: the cost estimate against the budget, in words, with what is left unknown."""
    s = layout.roadmap.summary
    parts = [_("Cost <b>{range}</b>", range=layout.esc(headline.cost_range(s)))]
    known = layout.esc(money(s.total_cost, s.currency))
    parts.append(_("; known cost {amount} (verified prices).", amount=known))
    if s.budget is not None:
        text = layout.esc(headline.verdict(s))
        if s.budget_verdict == "over":
            text = f'<font color="{st.WARN_HEX}"><b>{text}</b></font>'
        parts.append(" " + _("Budget {verdict}.", verdict=text))
    else:
        parts.append(" " + _("No budget given."))
    return "".join(parts)


def how_closed(layout: Layout, gap: Gap) -> str:
    if not gap.size:
        return _("Met already.")
    if gap.reaches is not None and gap.reaches >= gap.need:
        titles = [layout.step_title(s) for s in gap.steps]
        if titles:
            return _("Closed by {steps}.", steps="; ".join(titles))
        return _("Closed by this plan.")
    if gap.need <= 1:
        return _("Awareness: picked up working alongside the team.")
    return _("The plan reaches {level}; the rest comes with project work.", level=gap.reaches)


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
    story: list[Flowable] = [heading(layout, _("Summary"), key="summary")]
    track = layout.track_name(r.track).lower()
    story.append(
        layout.p(
            ngettext(
                "{person} can start applying for {track} roles from {ready}; the whole plan is "
                "done by {finish}: {hours} of study and work over {n} week, at most {per_week} "
                "hours a week.",
                "{person} can start applying for {track} roles from {ready}; the whole plan is "
                "done by {finish}: {hours} of study and work over {n} weeks, at most {per_week} "
                "hours a week.",
                sm.weeks,
                person=r.person or _("This plan"),
                track=track,
                ready=day(sm.ready_to_apply or sm.finish),
                finish=day(sm.finish),
                hours=hours(sm.total_hours),
                per_week=number(per_week),
            ),
            s.lead,
        )
    )
    fit = next((f for f in r.fits if f.track == r.track), None)
    budget_detail = (
        _("of {amount} budget", amount=layout.esc(money(sm.budget, sm.budget_currency)))
        if sm.budget is not None
        else _("no budget given")
    )
    if sm.budget_verdict:
        budget_detail += f": <b>{verdict_word(sm.budget_verdict)}</b>"
    if sm.unknown_cost_steps:
        budget_detail += "; " + ngettext(
            "{n} price unknown", "{n} prices unknown", len(sm.unknown_cost_steps)
        )
    estimate = money(sm.cost_low or 0, sm.currency)
    if sm.cost_high is not None and sm.cost_high != sm.cost_low:
        high = layout.esc(money(sm.cost_high, sm.currency))
        budget_detail = _("up to {amount}", amount=high) + "; " + budget_detail
    ready = sm.ready_to_apply or sm.finish
    cards = [
        _card(
            layout,
            _("Ready to apply"),
            day(ready),
            _("finish {day}", day=layout.esc(day(sm.finish))),
        ),
        _card(
            layout,
            _("Study and work"),
            hours(sm.total_hours),
            _("{hours} h a week at most", hours=number(per_week)),
        ),
        _card(layout, _("Cost estimate"), estimate, budget_detail),
        _card(
            layout,
            _("Track fit"),
            f"{fit.score}/100" if fit else _("n/a"),
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
    story += [table, Spacer(1, 3 * mm)]
    dates = [
        [layout.p(label, s.cell_bold), layout.p(text, s.cell)]
        for label, text in headline.headline_dates(sm)
    ]
    when = Table(dates, colWidths=[35 * mm, layout.width - 35 * mm])
    when.setStyle(st.grid_table(zebra=False))
    story += [when, Spacer(1, 3 * mm), layout.m(budget_sentence(layout))]

    top = biggest_gaps(r.gaps)
    story.append(heading(layout, _("The three biggest gaps"), key="summary-gaps", level=1))
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
        head = [
            layout.p(h, s.cell_head) for h in ("", _("Competency"), _("Have \u2192 need"), _("How"))
        ]
        widths = [7 * mm, 52 * mm, 22 * mm, layout.width - 81 * mm]
        gaps = Table([head, *rows], colWidths=widths, repeatRows=1)
        gaps.setStyle(st.grid_table(zebra=False))
        story.append(gaps)
    else:
        story.append(layout.p(_("None: you already meet every competency target of this track.")))

    if r.fits:
        story += _fit_table(layout)
    if r.eligibility:
        story.append(heading(layout, _("Eligibility"), key="summary-eligibility", level=1))
        for line in r.eligibility:
            story.append(layout.p(line, s.body))
    story += month_table(layout)
    return story


def _fit_table(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    fit = next((f for f in r.fits if f.track == r.track), None)
    story: list[Flowable] = [heading(layout, _("Track fit"), key="summary-fit", level=1)]
    head = [
        layout.p(h, s.cell_head) for h in (_("Track"), _("Fit"), _("Readiness"), _("Preference"))
    ]
    rows = []
    for f in r.fits:
        target = "  " + _("(your target)") if f.track == r.track else ""
        name = layout.track_name(f.track) + target
        style = s.cell_bold if f.track == r.track else s.cell
        pref = _("no answers") if f.preference is None else f"{f.preference}%"
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
        heading(layout, _("Gaps"), key="gaps"),
        layout.p(
            _(
                "Each competency {track} asks for: the level you have now, the level this plan "
                "takes you to, and the level the track needs. Levels run from 0 (none) to 4 "
                "(expert).",
                track=track,
            ),
            s.lead,
        ),
    ]
    if r.gaps:
        story.append(gap_chart(r.gaps, layout.width, layout.kit, layout.catalog.level_labels))
        story.append(Spacer(1, 5 * mm))
    open_gaps = [g for g in r.gaps if g.size]
    met = [g.name for g in r.gaps if not g.size]
    if met:
        story.append(layout.p(_("Already met: {names}.", names=", ".join(met)), s.body))
    if open_gaps:
        cell, bold = s.small_cell, s.small_cell_bold
        head = [
            layout.p(h, s.cell_head)
            for h in (_("Competency"), _("Have"), _("Need"), _("Reaches"), _("What the plan does"))
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
        story.append(layout.p(_("No competency targets to compare.")))
    return story
