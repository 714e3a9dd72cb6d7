"""The transition's own risk register, with mitigations tied to steps in this plan."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain.catalog_model import Catalog
from planner.domain.messages import _
from planner.domain.roadmap import Risk
from planner.engine.country import CountryContext
from planner.engine.drafts import Draft
from planner.engine.picks import PM_COMPETENCY


def _kinds(primary_competency: str, catalog: Catalog) -> tuple[str, ...]:
    """The 'kind:...' references a certification with this primary competency answers to."""
    group = catalog.competency_by_id[primary_competency].group
    kinds = ["kind:certification"]
    if group == "technical":
        kinds.append("kind:technical-certification")
    if primary_competency == "agile-delivery":
        kinds.append("kind:agile-certification")
    if primary_competency == PM_COMPETENCY:
        kinds.append("kind:pm-certification")
    return tuple(kinds)


def risk_register(
    track: str, drafts: Sequence[Draft], catalog: Catalog, conditions: set[str]
) -> tuple[Risk, ...]:
    """Risks that apply to this track and situation; 'always' applies everywhere."""
    conditions = conditions | {"always"}
    # Each step classified once and indexed by what it is (its id and its kinds), so each
    # template looks up its mitigating steps instead of scanning every step.
    position: dict[str, list[int]] = {}
    kinds_of: dict[str, tuple[str, ...]] = {}  # by primary competency: a few for a whole plan
    for index, draft in enumerate(drafts):
        position.setdefault(draft.id, []).append(index)
        cert = catalog.cert_by_id.get(draft.id)
        if cert is None:
            continue  # only certifications answer to kinds
        primary = cert.primary_competency
        if primary not in kinds_of:
            kinds_of[primary] = _kinds(primary, catalog)
        for key in kinds_of[primary]:
            if key != draft.id:
                position.setdefault(key, []).append(index)
    risks = []
    for template in catalog.risks:
        if track not in template.tracks or template.when not in conditions:
            continue
        found = sorted({i for ref in template.mitigated_by for i in position.get(ref, ())})
        steps = tuple(drafts[i].id for i in found)
        risks.append(Risk(template.id, template.risk, template.mitigation, steps))
    return tuple(risks)


def country_risks(
    country: CountryContext, drafts: Sequence[Draft], currency: str
) -> tuple[Risk, ...]:
    """What differs in the person's country: the credentials employers ask for, converted prices."""
    risks = []
    if country.local and country.pack is not None:
        routes = country.local_routes("")
        local_ids = {lv.catalog_id or lv.id for c in routes for lv in c.levels} | {
            c.id for c in routes
        }
        asked = [c for c in routes if c.standing.rank == "widely-asked"]
        if asked:
            names = " and ".join(c.name for c in asked[:2])
            steps = tuple(d.id for d in drafts if d.id in local_ids or d.kind == "membership")
            risks.append(
                Risk(
                    "country-credentials",
                    _(
                        "Employers {in_country} often ask for {names}; a plan built on PMI "
                        "credentials alone can miss them.",
                        in_country=country.in_name,
                        names=names,
                    ),
                    _(
                        "Plan the local credential employers ask for, join the local body, and "
                        "read current local job ads for which one they name."
                    ),
                    steps,
                )
            )
    converted = tuple(d.id for d in drafts if d.price_kind == "converted")
    if converted:
        risks.append(
            Risk(
                "converted-prices",
                _(
                    "Some prices are converted into {currency} at a dated exchange rate; the "
                    "local price, card fees and tax can differ.",
                    currency=currency,
                ),
                _(
                    "Check each issuer's price in your currency before paying; the plan shows "
                    "converted prices as a ±10% range and the budget verdict uses the high end."
                ),
                converted,
            )
        )
    return tuple(risks)
