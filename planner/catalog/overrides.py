"""Apply a coach's own prices and custom steps to the catalog, producing a new catalog."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from planner.domain.catalog_model import Activity, Catalog, CustomStep, Fee, PriceOverride
from planner.domain.errors import InvalidInput

COACH_PRICE = "coach"  # shown where a confidence code would be: the coach's own figure


def _fee(override: PriceOverride, as_of: str) -> Fee:
    return Fee(
        amount=override.amount,
        currency=override.currency,
        as_of=override.as_of or as_of,
        confidence=COACH_PRICE,
        note=override.note or "your own price",
    )


def with_overrides(
    catalog: Catalog,
    prices: Mapping[str, PriceOverride],
    custom_steps: Iterable[CustomStep] = (),
    as_of: str = "",
) -> Catalog:
    """A copy of catalog where coach prices replace catalog fees and custom steps are added."""
    certs = []
    for cert in catalog.certifications:
        override = prices.get(cert.id)
        certs.append(replace(cert, fee=_fee(override, as_of)) if override else cert)
    memberships = []
    for member in catalog.memberships:
        override = prices.get(member.id)
        memberships.append(replace(member, fee=_fee(override, as_of)) if override else member)
    activities = list(catalog.activities)
    known = {a.id for a in activities} | set(catalog.cert_by_id)
    for step in custom_steps:
        if step.id in known:
            raise InvalidInput(f"custom step id '{step.id}' is already used by the catalog")
        activities.append(
            Activity(
                id=step.id,
                kind=step.kind,
                title=step.title,
                description=step.description,
                hours=step.hours,
                cost=step.cost,
                raises={},
                cost_note="your own price" if step.cost is not None else "",
                currency=step.currency,
            )
        )
    for item_id, override in prices.items():
        activity = next((a for a in activities if a.id == item_id), None)
        if activity is not None:
            activities[activities.index(activity)] = replace(
                activity,
                cost=override.amount,
                currency=override.currency,
                cost_note=override.note or "your own price",
            )
    return replace(
        catalog,
        certifications=tuple(certs),
        memberships=tuple(memberships),
        activities=tuple(activities),
    )
