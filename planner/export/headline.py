"""The plan's headline dates and honest cost in words, shared by the CLI, PDF and GUI."""

from __future__ import annotations

from datetime import date

from planner.domain.messages import N_, _, ngettext
from planner.domain.roadmap import Summary
from planner.i18n.format import money, money_range, weekday

VERDICT_TEXT = {
    "within": N_("within budget (even at the high estimate)"),
    "over": N_("over budget (even at the low estimate): see the cheaper alternatives"),
    "uncertain": N_("may not fit: the high estimate or unknown prices could pass it"),
}


def _day(value: date | None) -> str:
    return weekday(value)


def headline_dates(s: Summary) -> list[tuple[str, str]]:
    """(label, sentence) for ready to apply, PMP eligible, PMP exam and finish."""
    rows = []
    if s.ready_to_apply:
        rows.append(
            (
                _("Ready to apply"),
                _("start applying for PM roles from {day}", day=_day(s.ready_to_apply)),
            )
        )
    if s.pmp_eligible:
        rows.append(
            (_("PMP eligible"), _("you meet PMP's rules from {day}", day=_day(s.pmp_eligible)))
        )
    if s.pmp_exam:
        rows.append((_("PMP exam"), _("sit the PMP exam by {day}", day=_day(s.pmp_exam))))
    finish = ngettext(
        "the whole plan is done by {day} ({n} week)",
        "the whole plan is done by {day} ({n} weeks)",
        s.weeks,
        day=_day(s.finish),
    )
    rows.append((_("Finish"), finish))
    return rows


def cost_range(s: Summary) -> str:
    """'$1,200' to '$2,050' estimated, plus unknown prices in the plan's currency."""
    if s.cost_low is None or s.cost_high is None:
        return _("not estimated")
    if s.cost_low == s.cost_high:
        text = _("{amount} estimated", amount=money(s.cost_low, s.currency))
    else:
        text = _("{range} estimated", range=money_range(s.cost_low, s.cost_high, s.currency))
    unknown = len(s.unknown_cost_steps)
    if unknown:
        text += ngettext(
            ", plus {n} step with no known price", ", plus {n} steps with no known price", unknown
        )
    return text


def verdict(s: Summary) -> str:
    if s.budget is None:
        return _("no budget given")
    budget = money(s.budget, s.budget_currency)
    if s.budget_verdict is None:  # a plan saved before cost estimates existed
        return _("{budget}: re-plan to compare it with the estimate", budget=budget)
    return _("{budget}: {verdict}", budget=budget, verdict=_(VERDICT_TEXT[s.budget_verdict]))
