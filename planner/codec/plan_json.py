"""The plan JSON contract (product brief), plus optional detail fields other tools may use."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.domain.messages import active
from planner.domain.roadmap import (
    Alternative,
    Eligible,
    Gap,
    Risk,
    Roadmap,
    Step,
    Summary,
    TrackFit,
)


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
        "cost_status": (
            "priced"
            if step.cost is not None
            else "converted"
            if step.price_kind == "converted"
            else "check with issuer"
        ),
        "price_kind": step.price_kind,
        "cost_note": step.cost_note,
        "cost_as_of": step.cost_as_of,
        "cost_confidence": step.cost_confidence,
        "exam_codes": list(step.exam_codes),
        "exam_date": _iso(step.exam_date),
        "book_by": _iso(step.book_by),
        "price_stale": step.price_stale,
        "prerequisites": step.prerequisites,
        "description": step.description,
        "renewal": step.renewal,
        "status": step.status,
        "note": step.note,
        "sources": [{"title": t, "url": u} for t, u in step.sources],
        "weeks": [{"week": w.isoformat(), "hours": h} for w, h in step.weeks],
        "cost_estimate": (
            {"low": step.cost_low, "high": step.cost_high} if step.cost_low is not None else None
        ),
        "study": [{"title": t, "url": u, "kind": k, "as_of": a} for t, u, k, a in step.study],
    }


def roadmap_to_dict(roadmap: Roadmap) -> dict[str, Any]:
    s = roadmap.summary
    return {
        "track": roadmap.track,
        "person": roadmap.person,
        "start": _iso(roadmap.start),
        "catalog_version": roadmap.catalog_version,
        # Ids, dates and numbers are language-neutral; the texts are in this language.
        "language": active().code,
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
            "cost_estimate": (
                {"low": s.cost_low, "high": s.cost_high} if s.cost_low is not None else None
            ),
            "unknown_cost_steps": list(s.unknown_cost_steps),
            "budget_verdict": s.budget_verdict,
            "ready_to_apply": _iso(s.ready_to_apply),
            "pmp_eligible": _iso(s.pmp_eligible),
            "pmp_exam": _iso(s.pmp_exam),
            "country": s.country,
            "country_name": s.country_name,
            "country_guessed": s.country_guessed,
            "price_kinds": dict(s.price_kinds),
            "route": s.route,
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
            {
                "step": a.step,
                "alternative": a.alternative,
                "title": a.title,
                "saves": a.saves,
                "reason": a.reason,
            }
            for a in roadmap.alternatives
        ],
        "eligibility": list(roadmap.eligibility),
        # The dates the eligibility lines give in words: ISO, for the calendar and scripts.
        "eligible_on": [
            {"cert": e.cert, "name": e.name, "day": e.day.isoformat()} for e in roadmap.eligible_on
        ],
        "niche_suggestions": list(roadmap.niche_suggestions),
        "warnings": list(roadmap.warnings),
        "country_notes": list(roadmap.country_notes),
    }


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def step_from_dict(data: dict[str, Any]) -> Step:
    return Step(
        id=data["id"],
        title=data["title"],
        kind=data["kind"],
        start=date.fromisoformat(data["start"]),
        end=date.fromisoformat(data["end"]),
        hours=data["hours"],
        cost=data["cost"],
        currency=data["currency"],
        depends_on=tuple(data["depends_on"]),
        why=data["why"],
        closes=tuple(data.get("closes", ())),
        hours_basis=data.get("hours_basis", ""),
        cost_note=data.get("cost_note", ""),
        cost_as_of=data.get("cost_as_of", ""),
        cost_confidence=data.get("cost_confidence", ""),
        exam_codes=tuple(data.get("exam_codes", ())),
        exam_date=_day(data.get("exam_date")),
        book_by=_day(data.get("book_by")),
        prerequisites=data.get("prerequisites", ""),
        description=data.get("description", ""),
        sources=tuple((s["title"], s["url"]) for s in data.get("sources", ())),
        renewal=data.get("renewal", ""),
        price_stale=data.get("price_stale", False),
        status=data.get("status", "todo"),
        note=data.get("note", ""),
        weeks=tuple((date.fromisoformat(w["week"]), w["hours"]) for w in data.get("weeks", ())),
        cost_low=(data.get("cost_estimate") or {}).get("low"),
        cost_high=(data.get("cost_estimate") or {}).get("high"),
        study=tuple((x["title"], x["url"], x["kind"], x["as_of"]) for x in data.get("study", ())),
        price_kind=data.get("price_kind", ""),
    )


def roadmap_from_dict(data: dict[str, Any]) -> Roadmap:
    """Rebuild a Roadmap from its plan JSON (a saved plan), for rendering it again."""
    s = data["summary"]
    return Roadmap(
        person=data.get("person", ""),
        track=data["track"],
        start=date.fromisoformat(data["start"]),
        catalog_version=data.get("catalog_version", ""),
        steps=tuple(step_from_dict(x) for x in data["steps"]),
        summary=Summary(
            total_hours=s["total_hours"],
            total_cost=s["total_cost"],
            currency=s["currency"],
            finish=date.fromisoformat(s["finish"]),
            over_budget=s["over_budget"],
            budget=s.get("budget"),
            budget_currency=s.get("budget_currency", s["currency"]),
            unpriced_steps=s.get("unpriced_steps", 0),
            weeks=s.get("weeks", 0),
            cost_low=(s.get("cost_estimate") or {}).get("low"),
            cost_high=(s.get("cost_estimate") or {}).get("high"),
            unknown_cost_steps=tuple(s.get("unknown_cost_steps", ())),
            budget_verdict=s.get("budget_verdict"),
            ready_to_apply=_day(s.get("ready_to_apply")),
            pmp_eligible=_day(s.get("pmp_eligible")),
            pmp_exam=_day(s.get("pmp_exam")),
            country=s.get("country"),
            country_name=s.get("country_name", ""),
            country_guessed=s.get("country_guessed", False),
            price_kinds=dict(s.get("price_kinds") or {}),
            route=s.get("route", ""),
        ),
        gaps=tuple(
            Gap(
                g["competency"],
                g.get("name", g["competency"]),
                g["have"],
                g["need"],
                reaches=g.get("plan_reaches"),
                steps=tuple(g.get("steps", ())),
            )
            for g in data["gaps"]
        ),
        fits=tuple(
            TrackFit(f["track"], f["score"], f["readiness"], f["preference"], tuple(f["reasons"]))
            for f in data.get("fit", ())
        ),
        risks=tuple(
            Risk(r.get("id", ""), r["risk"], r["mitigation"], tuple(r["steps"]))
            for r in data["risks"]
        ),
        alternatives=tuple(
            Alternative(a["step"], a["alternative"], a.get("title", ""), a["saves"], a["reason"])
            for a in data.get("alternatives", ())
        ),
        niche_suggestions=tuple(data.get("niche_suggestions", ())),
        warnings=tuple(data.get("warnings", ())),
        eligibility=tuple(data.get("eligibility", ())),
        eligible_on=tuple(
            Eligible(e["cert"], e["name"], date.fromisoformat(e["day"]))
            for e in data.get("eligible_on", ())
        ),
        country_notes=tuple(data.get("country_notes", ())),
    )
