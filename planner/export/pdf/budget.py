"""The budget: every priced (or to-be-priced) step, the totals against the budget, savings."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from planner.domain.messages import _, ngettext
from planner.domain.roadmap import Step, Summary
from planner.export.pdf import styles as st
from planner.export.pdf.blocks import Layout, heading, table_heading, unbroken_width
from planner.export.pdf.summary import budget_sentence
from planner.export.wording import CONFIDENCE, confidence, day, money, month


def budget_section(layout: Layout) -> list[Flowable]:
    r, s = layout.roadmap, layout.styles
    sm = r.summary
    story: list[Flowable] = [
        heading(layout, _("Budget"), key="budget"),
        layout.m(budget_sentence(layout), s.lead),
    ]
    costly = [(n, step) for n, step in enumerate(r.steps, 1) if step.cost != 0]
    free = len(r.steps) - len(costly)
    titles = ("#", _("Step"), _("Pay by"), _("Cost"), _("As of"), _("Confidence"))
    head = [layout.p(h, s.cell_head) for h in titles]
    prices: list[str] = []  # every amount in the cost column, to size it
    rows = []
    for number, step in costly:
        pay_by = step.book_by or step.start
        prices.append(_price(step))
        rows.append(
            [
                layout.p(str(number), s.cell),
                layout.p(step.title, s.cell),
                layout.p(day(pay_by), s.cell),
                layout.p(_price(step), s.cell_right if step.cost is not None else s.cell),
                layout.p(month(step.cost_as_of) if step.cost is not None else "", s.cell),
                layout.p(step.cost_confidence if step.cost is not None else "", s.cell),
            ]
        )
    total_style = s.cell_bold
    rows.append(
        [
            "",
            layout.p(
                ngettext(
                    "Known total (leaves out {n} price)",
                    "Known total (leaves out {n} prices)",
                    sm.unpriced_steps,
                )
                if sm.unpriced_steps
                else _("Known total"),
                total_style,
            ),
            "",
            layout.p(money(sm.total_cost, sm.currency), s.cell_right),
            "",
            "",
        ]
    )
    if sm.cost_low is not None and sm.cost_high is not None:
        unknown = len(sm.unknown_cost_steps)
        span = _span(sm.cost_low, sm.cost_high, sm.currency)
        label = _("Estimate, low to high: {range}", range=span)
        if unknown:
            label += " " + ngettext(
                "(and {n} step with no known price)", "(and {n} steps with no known price)", unknown
            )
        rows.append(["", layout.p(label, total_style), "", "", "", ""])
    if sm.budget is not None:
        rows.append(
            [
                "",
                layout.p(_("Budget"), s.cell),
                "",
                layout.p(money(sm.budget, sm.budget_currency), s.cell_right),
                "",
                "",
            ]
        )
        verdict = _verdict_row(sm)
        if verdict is not None:
            label, amount = verdict
            rows.append(
                [
                    "",
                    layout.p(label, total_style),
                    "",
                    layout.p(money(amount, sm.currency), s.cell_right),
                    "",
                    "",
                ]
            )
    prices += [money(sm.total_cost, sm.currency)]
    if sm.budget is not None:
        prices.append(money(sm.budget, sm.budget_currency))
    # The money and the one-letter confidence columns take what their longest unbreakable run
    # needs (a German range, the header "Verlässlichkeit"); the step's title takes the rest.
    numbers = [
        unbroken_width([titles[2]], s.cell_head, 24 * mm),
        unbroken_width(prices, s.cell, unbroken_width([titles[3]], s.cell_head, 24 * mm)),
        unbroken_width([titles[4]], s.cell_head, 20 * mm),
        unbroken_width([titles[5]], s.cell_head, 14 * mm),
    ]
    widths = [9 * mm, layout.width - 9 * mm - sum(numbers), *numbers]
    table = Table([head, *rows], colWidths=widths, repeatRows=1)
    style = st.grid_table()
    extra = len(rows) - len(costly)
    style.add("LINEABOVE", (0, -extra), (-1, -extra), 0.9, st.PRIMARY)
    style.add("BACKGROUND", (0, -extra), (-1, -1), st.WHITE)
    table.setStyle(style)
    story.append(table)
    if free:
        story.append(Spacer(1, 2 * mm))
        other = ngettext(
            "The other step costs nothing but time.",
            "The other {n} steps cost nothing but time.",
            free,
        )
        story.append(layout.p(other, s.small))
    if r.alternatives:
        story += table_heading(layout, _("Cheaper alternatives"), key="budget-alternatives")
        heads = (_("Instead of"), _("Consider"), _("Saves"), _("Why"))
        head = [layout.p(h, s.cell_head) for h in heads]
        rows = [
            [
                layout.p(layout.step_title(a.step) if a.step else _("The whole plan"), s.cell),
                layout.p(a.title or a.alternative, s.cell_bold),
                layout.p(money(a.saves, sm.currency), s.cell_right),
                layout.p(a.reason, s.cell),
            ]
            for a in r.alternatives
        ]
        saves = unbroken_width(
            [money(a.saves, sm.currency) for a in r.alternatives], s.cell, 18 * mm
        )
        saves = unbroken_width([heads[2]], s.cell_head, saves)
        widths = [40 * mm, 40 * mm, saves, layout.width - 80 * mm - saves]
        alternatives = Table([head, *rows], colWidths=widths, repeatRows=1)
        alternatives.setStyle(st.grid_table())
        story.append(alternatives)
    story.append(heading(layout, _("Reading the prices"), key="budget-confidence", level=1))
    for code in CONFIDENCE:
        story.append(layout.m(f"<b>{code}</b>  {layout.esc(confidence(code))}", s.small))
    story.append(Spacer(1, 1.5 * mm))
    story.append(
        layout.p(
            _(
                "A price whose source is more than 6 months older than the step is marked for "
                "checking before you pay. 'Pay by' is the booking date for exams, otherwise the "
                "step's start."
            ),
            s.small,
        )
    )
    return story


def _span(low: float, high: float, currency: str) -> str:
    if low == high:
        return money(low, currency)
    return f"{money(low, currency)}\u2013{money(high, currency)}"


def _price(step: Step) -> str:
    """The verified price, else the estimate range from reported figures, else 'check'."""
    if step.cost is None and step.cost_low is not None and step.cost_high is not None:
        return _("est. {range}", range=_span(step.cost_low, step.cost_high, step.currency))
    return money(step.cost, step.currency)


def _verdict_row(sm: Summary) -> tuple[str, float] | None:
    """The budget line under the totals: what is left, or by how much it may be passed."""
    if sm.budget is None or sm.cost_low is None or sm.cost_high is None:
        return None
    if sm.budget_verdict == "within":
        return _("Within budget; left at the high estimate"), sm.budget - sm.cost_high
    if sm.budget_verdict == "over":
        return _("Over budget by at least"), sm.cost_low - sm.budget
    if sm.budget_verdict == "uncertain" and sm.budget_currency == sm.currency:
        return _("May not fit: the high estimate passes it by"), max(0, sm.cost_high - sm.budget)
    return None
