"""The transition's own risk register, with mitigations tied to steps in this plan."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain.catalog_model import Catalog
from planner.domain.roadmap import Risk
from planner.engine.drafts import Draft
from planner.engine.selection import PM_COMPETENCY


def _kinds(draft: Draft, catalog: Catalog) -> set[str]:
    """The 'kind:...' references a step answers to (certifications only)."""
    cert = catalog.cert_by_id.get(draft.id)
    if cert is None:
        return set()
    group = catalog.competency_by_id[cert.primary_competency].group
    kinds = {"kind:certification"}
    if group == "technical":
        kinds.add("kind:technical-certification")
    if cert.primary_competency == "agile-delivery":
        kinds.add("kind:agile-certification")
    if cert.primary_competency == PM_COMPETENCY:
        kinds.add("kind:pm-certification")
    return kinds


def risk_register(
    track: str, drafts: Sequence[Draft], catalog: Catalog, conditions: set[str]
) -> tuple[Risk, ...]:
    """Risks that apply to this track and situation; 'always' applies everywhere."""
    conditions = conditions | {"always"}
    kinds = {d.id: _kinds(d, catalog) for d in drafts}  # classified once, not per template
    risks = []
    for template in catalog.risks:
        if track not in template.tracks or template.when not in conditions:
            continue
        refs = set(template.mitigated_by)
        steps = tuple(d.id for d in drafts if d.id in refs or kinds[d.id] & refs)
        risks.append(Risk(template.id, template.risk, template.mitigation, steps))
    return tuple(risks)
