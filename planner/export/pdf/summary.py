"""The one-page summary and the gaps section (chart plus what the plan does about each gap)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from planner.domain.messages import _, ngettext
from planner.domain.profile import Profile
from planner.domain.roadmap import Gap, Step
from planner.export import headline
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading
from planner.export.pdf.gapchart import gap_chart
from planner.export.pdf.months import month_table
from planner.export.wording import day, hours, money, number, verdict_word

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
    converted = s.price_kinds.get("converted", 0)
    if converted:
        parts.append(
            " "
            + ngettext(
                "{n} price is converted into {currency} at a dated exchange rate and counted as "
                "a ±10% range (each step says from what, at which rate, on which date).",
                "{n} prices are converted into {currency} at a dated exchange rate and counted "
                "as a ±10% range (each step says from what, at which rate, on which date).",
                converted,
                currency=layout.esc(s.currency),
            )
        )
    unknown = s.price_kinds.get("check_with_issuer", 0)
    if s.country not in (None, "US") and unknown:
        parts.append(
            " "
            + ngettext(
                "{n} step says check with the issuer.",
                "{n} steps say check with the issuer.",
                unknown,
            )
        )
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


def evidence(gap: Gap) -> str:
    """What on the profile puts the competency at its level, each reason once."""
    reasons = list(dict.fromkeys(gap.evidence))
    return (
        _("Now: {reasons}.", reasons="; ".join(reasons))
        if reasons
        else _("Nothing on your profile shows it yet.")
    )


def step_done_by(step: Step) -> date:
    """The day a step is done: the exam's sit-by date, else the step's last day."""
    return step.exam_date or step.end


def gap_steps(layout: Layout, gap: Gap) -> list[Step]:
    """The steps that raise the competency, in the order they are done."""
    return sorted((st for st in layout.roadmap.steps if st.id in gap.steps), key=step_done_by)


def closed_on(layout: Layout, gap: Gap) -> date | None:
    """The day the plan closes the gap (its last step done), or None if it leaves it open."""
    steps = gap_steps(layout, gap)
    if gap.size and steps and gap.reaches is not None and gap.reaches >= gap.need:
        return step_done_by(steps[-1])
    return None


def closing(layout: Layout, gap: Gap) -> str:
    """Markup: each step that raises the competency, numbered, with the date it is done by;
    for a gap the plan leaves open, what happens to the rest."""
    numbers = {step.id: n for n, step in enumerate(layout.roadmap.steps, 1)}
    lines = [
        f"{numbers[step.id]}. {layout.esc(step.title)} \u00b7 {day(step_done_by(step))}"
        for step in gap_steps(layout, gap)
    ]
    if closed_on(layout, gap) is None:
        lines.append(layout.esc(how_closed(layout, gap)))
    return "<br/>".join(lines)


def biggest_gaps(gaps: tuple[Gap, ...], count: int = 3) -> list[Gap]:
    ordered = sorted((g for g in gaps if g.size), key=lambda g: -g.size)
    return ordered[:count]


def card(layout: Layout, label: str, value: str, detail: str) -> list[Paragraph]:
    s = layout.styles
    return [
        layout.p(label.upper(), s.label),
        layout.p(value, s.figure),
        layout.m(detail, s.figure_label),
    ]


def card_row(layout: Layout, cards: list[list[Paragraph]]) -> Table:
    """Key figures side by side on a tinted band, each column as wide as the others."""
    col = layout.width / max(1, len(cards))
    table = Table([cards], colWidths=[col] * len(cards))
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
    return table


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
        card(
            layout,
            _("Ready to apply"),
            day(ready),
            _("finish {day}", day=layout.esc(day(sm.finish))),
        ),
        card(
            layout,
            _("Study and work"),
            hours(sm.total_hours),
            _("{hours} h a week at most", hours=number(per_week)),
        ),
        card(layout, _("Cost estimate"), estimate, budget_detail),
        card(
            layout,
            _("Track fit"),
            f"{fit.score}/100" if fit else _("n/a"),
            layout.esc(layout.track_short(r.track)),
        ),
    ]
    table = card_row(layout, cards)
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
                "Each competency {track} asks for: the level you have, the level this plan takes "
                "you to, the level needed (0 none to 4 expert); below, how the plan closes each "
                "gap.",
                track=track,
            ),
            s.lead,
        ),
    ]
    if r.gaps:
        story.append(gap_chart(r.gaps, layout.width, layout.kit, layout.catalog.level_labels))
        story.append(Spacer(1, 3 * mm))
    met = [g.name for g in r.gaps if not g.size]
    # Awareness-level gaps no step addresses read the same in every row: one sentence.
    aware = [g for g in r.gaps if g.size and g.need <= 1 and not gap_steps(layout, g)]
    open_gaps = [g for g in r.gaps if g.size and g not in aware]
    if met:
        story.append(layout.p(_("Already met: {names}.", names=", ".join(met)), s.body))
    if aware:
        names = ", ".join(g.name for g in aware)
        aware_text = _("Awareness, picked up working alongside the team: {names}.", names=names)
        story.append(layout.p(aware_text, s.body))
    if open_gaps:
        # The chart shows the levels; the table says why you are where you are, and which
        # steps close each gap by when.
        cell, bold = s.small_cell, s.small_cell_bold
        head = [
            layout.p(h, s.cell_head)
            for h in (
                _("Competency and level"),
                _("Why you are at that level; the steps that close it, done by"),
            )
        ]
        rows = []
        for g in open_gaps:
            closed = closed_on(layout, g)
            level = f"{g.have} \u2192 {g.need}"
            if closed:
                level += ", " + _("closed {day}", day=day(closed))
            rows.append(
                [
                    [layout.p(g.name, bold), layout.p(level, cell)],
                    [layout.p(evidence(g), s.small), layout.m(closing(layout, g), cell)],
                ]
            )
        widths = [48 * mm, layout.width - 48 * mm]
        table = Table([head, *rows], colWidths=widths, repeatRows=1)
        table.setStyle(st.grid_table(tight=True))
        story.append(table)
    if not r.gaps:
        story.append(layout.p(_("No competency targets to compare.")))
    return story
