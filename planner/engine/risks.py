"""The transition's own risk register, with mitigations tied to steps in this plan."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain.catalog_model import Catalog
from planner.domain.roadmap import Risk
from planner.engine.drafts import Draft
from planner.engine.selection import PM_COMPETENCY


def _matches(ref: str, draft: Draft, catalog: Catalog) -> bool:
    if not ref.startswith("kind:"):
        return ref == draft.id
    cert = catalog.cert_by_id.get(draft.id)
    if cert is None:
        return False
    group = catalog.competency_by_id[cert.primary_competency].group
    wanted = ref.removeprefix("kind:")
    return {
        "certification": True,
        "technical-certification": group == "technical",
        "agile-certification": cert.primary_competency == "agile-delivery",
        "pm-certification": cert.primary_competency == PM_COMPETENCY,
    }.get(wanted, False)


def risk_register(
    track: str, drafts: Sequence[Draft], catalog: Catalog, conditions: set[str]
) -> tuple[Risk, ...]:
    """Risks that apply to this track and situation; 'always' applies everywhere."""
    conditions = conditions | {"always"}
    risks = []
    for template in catalog.risks:
        if track not in template.tracks or template.when not in conditions:
            continue
        steps = tuple(
            d.id for d in drafts if any(_matches(ref, d, catalog) for ref in template.mitigated_by)
        )
        risks.append(Risk(template.id, template.risk, template.mitigation, steps))
    return tuple(risks)
