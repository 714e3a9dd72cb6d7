"""An honest price for the plan: a low-high estimate, the unknowns and a verdict on the budget."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain.records import record
from planner.domain.roadmap import Step

WITHIN, OVER, UNCERTAIN = "within", "over", "uncertain"


@record
class CostEstimate:
    low: float
    high: float
    unknown: tuple[str, ...]  # steps with neither a price nor a sourced range


def estimate(steps: Sequence[Step], currency: str) -> CostEstimate:
    """Sum of each step's low and high price in currency; other currencies count as unknown."""
    low = high = 0.0
    unknown = []
    for step in steps:
        if step.cost_low is None or step.cost_high is None or step.currency != currency:
            unknown.append(step.id)
            continue
        low += step.cost_low
        high += step.cost_high
    return CostEstimate(round(low, 2), round(high, 2), tuple(unknown))


def verdict(
    budget: float | None, budget_currency: str, cost: CostEstimate, currency: str
) -> str | None:
    """within only when the high estimate fits; over when even the low one does not."""
    if budget is None:
        return None
    if budget_currency != currency:
        return UNCERTAIN
    if cost.low > budget:
        return OVER
    if not cost.unknown and cost.high <= budget:
        return WITHIN
    return UNCERTAIN
