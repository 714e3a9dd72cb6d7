"""The drafts stage: the chosen steps ordered toward the objective and priced in the currency."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from planner.domain.records import record
from planner.domain.roadmap import Eligible
from planner.engine import strategy
from planner.engine.choices import Choices
from planner.engine.country_route import localise_prices
from planner.engine.drafts import Draft
from planner.engine.picks import Context


@record
class Drafts:
    """The plan's undated steps, ready to schedule, with what the summary says about them."""

    context: Context
    steps: Mapping[str, Draft]  # by id, in the order they were chosen
    currency: str
    warnings: tuple[str, ...]
    notes: tuple[str, ...]  # eligibility notes, the route's and CAPM's last
    eligible_on: tuple[Eligible, ...]  # the dates the eligibility notes give
    suggestions: tuple[str, ...]
    route_note: str


def draft(choices: Choices, currency: str) -> Drafts:
    """Order choices toward 'credible for PM roles' first and price them in currency."""
    ctx = choices.context
    ordered, notes = strategy.order_for_objective(ctx, choices.drafts, choices.route.step)
    offers = strategy.expired_offers(ctx, ordered)
    priced = localise_prices(ctx, ordered, currency)
    extra = tuple(note for note in (choices.route.note, choices.capm_note) if note)
    return Drafts(
        context=ctx,
        steps=MappingProxyType(priced),
        currency=currency,
        warnings=(*choices.warnings, *notes, *offers),
        notes=choices.notes + extra,
        eligible_on=choices.eligible_on,
        suggestions=choices.suggestions,
        route_note=choices.route.note,
    )
