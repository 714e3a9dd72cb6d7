"""The plan's headline dates and honest cost in words, shared by the CLI, PDF and GUI."""

from __future__ import annotations

from datetime import date

from planner.domain.roadmap import Summary
from planner.i18n.format import money, weekday

VERDICT_TEXT = {
    "within": "within budget (even at the high estimate)",
    "over": "over budget (even at the low estimate): see the cheaper alternatives",
    "uncertain": "may not fit: the high estimate or unknown prices could pass it",
}


def _day(value: date | None) -> str:
    return weekday(value)


def headline_dates(s: Summary) -> list[tuple[str, str]]:
    """(label, sentence) for ready to apply, PMP eligible, PMP exam and finish."""
    rows = []
    if s.ready_to_apply:
        rows.append(
            ("Ready to apply", f"start applying for PM roles from {_day(s.ready_to_apply)}")
        )
    if s.pmp_eligible:
        rows.append(("PMP eligible", f"you meet PMP's rules from {_day(s.pmp_eligible)}"))
    if s.pmp_exam:
        rows.append(("PMP exam", f"sit the PMP exam by {_day(s.pmp_exam)}"))
    rows.append(("Finish", f"the whole plan is done by {_day(s.finish)} ({s.weeks} weeks)"))
    return rows


def cost_range(s: Summary) -> str:
    """'$1,200-$2,050 estimated (2 steps unknown)' in the plan's currency."""
    if s.cost_low is None or s.cost_high is None:
        return "not estimated"
    if s.cost_low == s.cost_high:
        text = f"{money(s.cost_low, s.currency)} estimated"
    else:
        text = f"{money(s.cost_low, s.currency)}-{money(s.cost_high, s.currency)} estimated"
    unknown = len(s.unknown_cost_steps)
    if unknown:
        text += f", plus {unknown} step{'s' if unknown > 1 else ''} with no known price"
    return text


def verdict(s: Summary) -> str:
    if s.budget is None:
        return "no budget given"
    if s.budget_verdict is None:  # a plan saved before cost estimates existed
        return f"{money(s.budget, s.budget_currency)}: re-plan to compare it with the estimate"
    return f"{money(s.budget, s.budget_currency)}: {VERDICT_TEXT[s.budget_verdict]}"
