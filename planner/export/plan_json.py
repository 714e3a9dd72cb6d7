"""The plan JSON contract (product brief), plus optional detail fields other tools may use."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.domain.roadmap import Roadmap, Step


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def step_to_dict(step: Step) -> dict[str, Any]:
    return {
        "id": step.id,
        "title": step.title,
        "kind": step.kind,
        "start": _iso(step.start),
        "end": _iso(step.end),
        "hours": step.hours,
        "cost": step.cost,
        "currency": step.currency,
        "depends_on": list(step.depends_on),
        "why": step.why,
        "closes": list(step.closes),
        "hours_basis": step.hours_basis,
        "cost_status": "priced" if step.cost is not None else "check with issuer",
        "cost_note": step.cost_note,
        "cost_as_of": step.cost_as_of,
        "cost_confidence": step.cost_confidence,
        "exam_codes": list(step.exam_codes),
        "exam_date": _iso(step.exam_date),
        "book_by": _iso(step.book_by),
        "price_stale": step.price_stale,
        "prerequisites": step.prerequisites,
        "renewal": step.renewal,
        "sources": [{"title": t, "url": u} for t, u in step.sources],
    }


def roadmap_to_dict(roadmap: Roadmap) -> dict[str, Any]:
    s = roadmap.summary
    return {
        "track": roadmap.track,
        "person": roadmap.person,
        "start": _iso(roadmap.start),
        "catalog_version": roadmap.catalog_version,
        "steps": [step_to_dict(step) for step in roadmap.steps],
        "summary": {
            "total_hours": s.total_hours,
            "total_cost": s.total_cost,
            "currency": s.currency,
            "finish": _iso(s.finish),
            "over_budget": s.over_budget,
            "budget": s.budget,
            "budget_currency": s.budget_currency,
            "unpriced_steps": s.unpriced_steps,
            "weeks": s.weeks,
        },
        "gaps": [
            {
                "competency": g.competency,
                "name": g.name,
                "have": g.have,
                "need": g.need,
                "plan_reaches": g.reaches,
                "steps": list(g.steps),
            }
            for g in roadmap.gaps
        ],
        "risks": [
            {"id": r.id, "risk": r.risk, "mitigation": r.mitigation, "steps": list(r.steps)}
            for r in roadmap.risks
        ],
        "fit": [
            {
                "track": f.track,
                "score": f.score,
                "readiness": f.readiness,
                "preference": f.preference,
                "reasons": list(f.reasons),
            }
            for f in roadmap.fits
        ],
        "alternatives": [
            {"step": a.step, "alternative": a.alternative, "saves": a.saves, "reason": a.reason}
            for a in roadmap.alternatives
        ],
        "eligibility": list(roadmap.eligibility),
        "niche_suggestions": list(roadmap.niche_suggestions),
        "warnings": list(roadmap.warnings),
    }
