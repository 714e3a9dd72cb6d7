"""One block per step: what, why, gap closed, prerequisites, hours, cost, exam, source, a box."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from planner.domain.messages import _
from planner.domain.roadmap import Step
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Checkbox, KeepUnlessTall, Layout, Rule, field_table, heading
from planner.export.wording import confidence, day, hours, kind, money, month

LABEL_WIDTH = 25 * mm
STATUS_WIDTH = 36 * mm  # "Done on: ____" beside the title
# Steps stay whole on one page, two or more to a page; only a step taller than TALL of a page
# may continue on the next one, and only when ROOM of the page is left (else it moves on).
TALL = 0.5
ROOM = 0.25


def cost_markup(layout: Layout, step: Step) -> str:
    """The price with its as-of date and confidence, or 'check with issuer' and why."""
    esc = layout.esc
    if step.cost is None:
        text = f"<b>{esc(money(None, step.currency))}</b>"
        if step.cost_low is not None and step.cost_high is not None:
            low, high = money(step.cost_low, step.currency), money(step.cost_high, step.currency)
            estimate = low if low == high else f"{low}\u2013{high}"
            text += " " + _("(estimate {range})", range=esc(estimate))
        if step.cost_note:
            text += f". {esc(step.cost_note)}"
        return text
    text = f"<b>{esc(money(step.cost, step.currency))}</b>"
    details = []
    if step.cost_as_of:
        details.append(_("as of {month}", month=month(step.cost_as_of)))
    if step.cost_confidence:
        meaning = confidence(step.cost_confidence)
        code = _("confidence {code}", code=step.cost_confidence)
        details.append(code + (f": {meaning}" if meaning else ""))
    if details:
        text += f" ({esc('; '.join(details))})"
    if step.price_stale:
        text += (
            f'. <font color="{st.WARN_HEX}">'
            + esc(_("Over 6 months old by then: check before paying."))
            + "</font>"
        )
    if step.cost_note:
        text += f" {esc(step.cost_note)}"
    return text


def _rows(layout: Layout, step: Step) -> list[tuple[str, Flowable | list[Flowable]]]:
    s, esc = layout.styles, layout.esc
    rows: list[tuple[str, Flowable | list[Flowable]]] = []
    if step.description:
        rows.append((_("What"), layout.p(step.description, s.cell, lines=True)))
    rows.append((_("Why"), layout.p(step.why, s.cell, lines=True)))
    if step.closes:
        names = []
        for comp in step.closes:
            gap = next((g for g in layout.roadmap.gaps if g.competency == comp), None)
            competency = layout.catalog.competency_by_id.get(comp)
            name = gap.name if gap else competency.name if competency else comp
            names.append(f"{name} ({gap.have} \u2192 {gap.need})" if gap else name)
        rows.append((_("Closes gap"), layout.p("; ".join(names), s.cell)))
    prereq = []
    if step.prerequisites:
        prereq.append(esc(step.prerequisites))
    if step.depends_on:
        after = "; ".join(layout.step_title(d) for d in step.depends_on)
        # Outside the f-string: the extractor does not see a call inside one.
        after_label = _("After:")
        prereq.append(f"<i>{esc(after_label)}</i> {esc(after)}")
    if prereq:
        rows.append((_("Prerequisites"), layout.m("<br/>".join(prereq), s.cell)))
    basis = f" ({step.hours_basis})" if step.hours_basis else ""
    rows.append((_("Hours"), layout.p(f"{hours(step.hours)}{basis}", s.cell)))
    rows.append((_("Cost"), layout.m(cost_markup(layout, step), s.cell)))
    if step.exam_codes or step.exam_date:
        parts = []
        if step.exam_codes:
            parts.append(", ".join(step.exam_codes))
        if step.book_by:
            parts.append(_("book by {day}", day=day(step.book_by)))
        if step.exam_date:
            parts.append(_("sit by {day}", day=day(step.exam_date)))
        rows.append((_("Exam"), layout.p(" \u00b7 ".join(parts), s.cell)))
    if step.renewal:
        rows.append((_("Renewal"), layout.p(step.renewal, s.cell)))
    # One entry a line, the address after its title: a step citing seven pages stays short.
    if step.sources:
        label = _("Source") if len(step.sources) == 1 else _("Sources")
        links = [layout.kit.link(title, url, inline=True) for title, url in step.sources]
        rows.append((label, [layout.m(link, s.cell) for link in links]))
    if step.study:
        entries = [
            layout.kit.link(title, url, inline=True)
            + f" <i>{esc(_('(as of {month})', month=month(as_of)))}</i>"
            for title, url, _kind, as_of in step.study
        ]
        rows.append((_("Study"), [layout.m(entry, s.cell) for entry in entries]))
    if step.note:
        rows.append((_("Note"), layout.p(step.note, s.cell, lines=True)))
    return rows


def _status(layout: Layout, step: Step) -> Paragraph:
    """What to fill in by hand, beside the title: the done date, or the date it was done."""
    s = layout.styles
    if step.status == "done":
        return layout.p("\u2713 " + _("Done on {day}", day=day(step.end)), s.done_bold)
    return layout.p(_("Done on: {line}", line="____________"), s.done)


def step_block(layout: Layout, number: int, step: Step) -> list[Flowable]:
    s = layout.styles
    when = f"{day(step.start)} \u2013 {day(step.end)}"
    meta = f"{kind(step.kind)} \u00b7 {when} \u00b7 {hours(step.hours)} \u00b7 "
    meta += money(step.cost, step.currency)
    if step.status == "in_progress":
        meta += " \u00b7 " + _("in progress since {day}", day=day(step.start))
    title = layout.p(step.title, s.step_title)
    head = Table(
        [
            [
                Checkbox(checked=step.status == "done"),
                layout.p(str(number), s.step_title),
                [title, layout.p(meta, s.step_meta)],
                _status(layout, step),
            ]
        ],
        colWidths=[8 * mm, 9 * mm, layout.width - 17 * mm - STATUS_WIDTH, STATUS_WIDTH],
        hAlign="LEFT",
    )
    # Table cells are not seen by the doc template's afterFlowable: the table carries the entry.
    head.outline = (f"{number}. {layout.kit.clean(step.title)}", 1, f"step-{number}")  # type: ignore[attr-defined]
    head.setStyle(
        st.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 3),
                ("TOPPADDING", (-1, 0), (-1, 0), 3),
                ("LEFTPADDING", (-1, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    continued = layout.esc(_("{number}. {title} (continued)", number=number, title=step.title))
    fields = field_table(layout, _rows(layout, step), LABEL_WIDTH, continued=continued)
    return [
        KeepUnlessTall([head, fields], tall=layout.height * TALL, room=layout.height * ROOM),
        Spacer(1, 2 * mm),
        Rule(layout.width),
        Spacer(1, 3 * mm),
    ]


def steps_section(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    story: list[Flowable] = [
        heading(layout, _("Steps"), key="steps"),
        layout.p(
            _(
                "Every step with the reason for it, what it costs and where the facts come from. "
                "Tick the box and write the date when you finish a step."
            ),
            s.lead,
        ),
    ]
    for number, step in enumerate(r.steps, 1):
        story += step_block(layout, number, step)
    if not r.steps:
        story.append(layout.p(_("This plan has no steps.")))
    return story
