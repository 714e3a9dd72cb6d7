"""Turn validated catalog JSON into domain objects, filling in the planner's estimates."""

from __future__ import annotations

from typing import Any

from planner.domain.catalog_model import (
    Activity,
    Catalog,
    Certification,
    Competency,
    Estimates,
    ExamChange,
    ExperienceRule,
    Fee,
    Membership,
    Niche,
    Option,
    Prerequisites,
    Question,
    RenewalStep,
    RiskTemplate,
    Source,
    StudyHours,
    StudySource,
    Track,
)
from planner.domain.messages import N_plural, _, ngettext

Json = dict[str, Any]

# The planner's own study-hour estimate, said in the active language when the catalog is built.
_ESTIMATE_NOTES = {
    "entry": N_plural(
        "planner estimate: entry level, {n} exam", "planner estimate: entry level, {n} exams"
    ),
    "associate": N_plural(
        "planner estimate: associate level, {n} exam",
        "planner estimate: associate level, {n} exams",
    ),
    "professional": N_plural(
        "planner estimate: professional level, {n} exam",
        "planner estimate: professional level, {n} exams",
    ),
    "expert": N_plural(
        "planner estimate: expert level, {n} exam", "planner estimate: expert level, {n} exams"
    ),
}


def _sources(items: list[Json]) -> tuple[Source, ...]:
    return tuple(Source(s["title"], s["url"], s.get("date", "")) for s in items)


def _fee(raw: Json) -> Fee:
    return Fee(
        amount=raw["amount"],
        currency=raw["currency"],
        as_of=raw["as_of"],
        confidence=raw["confidence"],
        member_amount=raw.get("member_amount"),
        member_of=raw.get("member_of"),
        reported=raw.get("reported", ""),
        note=raw.get("note", ""),
        estimate=_pair(raw.get("estimate")),
        member_estimate=_pair(raw.get("member_estimate")),
    )


def _pair(raw: list[float] | None) -> tuple[float, float] | None:
    return (float(raw[0]), float(raw[1])) if raw else None


def _source(raw: Json | None) -> Source | None:
    return Source(raw["title"], raw["url"], raw.get("date", "")) if raw else None


def _renewal_step(raw: Json | None) -> RenewalStep | None:
    if not raw:
        return None
    return RenewalStep(
        title=raw["title"],
        hours=raw["hours"],
        cost=raw["cost"],
        member_cost=raw.get("member_cost"),
        member_of=raw.get("member_of"),
        as_of=raw["as_of"],
        confidence=raw["confidence"],
        note=raw.get("note", ""),
    )


def estimate_hours(level: str, exam_count: int, estimates: Estimates) -> StudyHours:
    """The planner's transparent estimate where no source gives study hours."""
    exams = max(1, exam_count)
    hours = estimates.study_hours_by_level[level] * (
        1 + estimates.additional_exam_factor * (exams - 1)
    )
    note = ngettext(*_ESTIMATE_NOTES[level], exams)
    return StudyHours(round(hours, 1), "planner-estimate", note)


def _prerequisites(raw: Json) -> Prerequisites:
    return Prerequisites(
        text=raw["text"],
        credentials_all=tuple(raw.get("credentials_all", ())),
        credentials_any=tuple(raw.get("credentials_any", ())),
        pm_education_hours=raw.get("pm_education_hours", 0),
        pm_education_waived_by=tuple(raw.get("pm_education_waived_by", ())),
        pm_experience_months=dict(raw.get("pm_experience_months", {})),
        agile_training_hours=raw.get("agile_training_hours", 0),
        agile_experience_months=raw.get("agile_experience_months", 0),
        agile_experience_waived_by=tuple(raw.get("agile_experience_waived_by", ())),
        course_required=raw.get("course_required", ""),
        work_experience_months=raw.get("work_experience_months", 0),
        pm_experience_months_gac=raw.get("pm_experience_months_gac", 0),
    )


def build_certification(raw: Json, estimates: Estimates) -> Certification:
    exams = tuple(e["code"] for e in raw["exams"])
    if "study_hours" in raw:
        sh = raw["study_hours"]
        note = sh.get("note", "")
        low = high = None
        if "range" in sh:
            low, high = sh["range"]
            if sh["basis"] == "source-range-midpoint":
                bounds = {"low": f"{low:g}", "high": f"{high:g}"}
                note = note or _("midpoint of the sourced range {low}-{high} h", **bounds)
        hours = StudyHours(
            sh.get("typical", sh["hours"]),
            sh["basis"],
            note,
            sh.get("source_url", ""),
            low,
            high,
            sh.get("as_of", ""),
            sh.get("confidence", ""),
        )
    else:
        hours = estimate_hours(raw["level"], len(exams), estimates)
    validity = raw["validity"]
    return Certification(
        id=raw["id"],
        name=raw["name"],
        short_name=raw["short_name"],
        aliases=tuple(raw["aliases"]),
        issuer=raw["issuer"],
        tracks=tuple(raw["tracks"]),
        level=raw["level"],
        raises=dict(raw["raises"]),
        prerequisites=_prerequisites(raw["prerequisites"]),
        exam_codes=exams,
        fee=_fee(raw["fee"]),
        study_hours=hours,
        validity_years=validity["years"],
        renewal=validity["renewal"],
        validity_applies_from=validity.get("applies_from"),
        status=raw["status"],
        retired_on=raw.get("retired_on"),
        successors=tuple(raw.get("successors", ())),
        booking_lead_weeks=raw.get("booking_lead_weeks", estimates.default_booking_lead_weeks),
        sources=_sources(raw["sources"]),
        confidence=raw["confidence"],
        credential_type=raw.get("credential_type", "certification"),
        successor_note=raw.get("successor_note", ""),
        notes=tuple(raw.get("notes", ())),
        suspension_months=validity.get("suspension_months", 0),
        renewal_step=_renewal_step(validity.get("renewal_step")),
        validity_source=_source(validity.get("source")),
        exam_changes=tuple(
            ExamChange(e["code"], e["changed_on"], e.get("change_note", ""))
            for e in raw["exams"]
            if e.get("changed_on")
        ),
        study=tuple(
            StudySource(s["title"], s["url"], s["kind"], s["as_of"]) for s in raw.get("study", ())
        ),
    )


def build_catalog(raw: dict[str, Json]) -> Catalog:
    est = raw["estimates"]
    estimates = Estimates(
        study_hours_by_level=dict(est["study_hours_by_level"]),
        additional_exam_factor=est["additional_exam_factor"],
        default_booking_lead_weeks=est["default_booking_lead_weeks"],
        formula=est["formula"],
    )
    certs = raw["certifications"]
    tracks = raw["tracks"]
    questionnaire = raw["questionnaire"]
    return Catalog(
        version=certs["catalog_version"],
        compiled_on=certs["compiled_on"],
        certifications=tuple(build_certification(c, estimates) for c in certs["certifications"]),
        competencies=tuple(
            Competency(c["id"], c["name"], c["group"], c["description"], tuple(c["aliases"]))
            for c in raw["competencies"]["competencies"]
        ),
        tracks=tuple(
            Track(
                t["id"],
                t["name"],
                t["short_name"],
                t["summary"],
                dict(t["targets"]),
                dict(t["aspects"]),
                tuple(t.get("onet_codes", ())),
            )
            for t in tracks["tracks"]
        ),
        memberships=tuple(
            Membership(
                id=m["id"],
                name=m["name"],
                short_name=m["short_name"],
                aliases=tuple(m["aliases"]),
                issuer=m["issuer"],
                fee=_fee(m["fee"]),
                reported_max=m["fee"].get("reported_max"),
                validity=m["validity"],
                benefits=tuple(m["benefits"]),
                sources=_sources(m["sources"]),
                confidence=m["confidence"],
                chapter_note=m.get("chapter_note", ""),
            )
            for m in raw["memberships"]["memberships"]
        ),
        activities=tuple(
            Activity(
                id=a["id"],
                kind=a["kind"],
                title=a["title"],
                description=a["description"],
                hours=a["hours"],
                cost=a["cost"],
                raises=dict(a["raises"]),
                min_weeks=a.get("min_weeks", 1),
                hours_per_month=a.get("hours_per_month", 0),
                cost_note=a.get("cost_note", ""),
                **_cost_range(a.get("cost_range")),
            )
            for a in raw["activities"]["activities"]
        ),
        niches=tuple(
            Niche(
                id=n["id"],
                name=n["name"],
                tracks=tuple(n["tracks"]),
                description=n["description"],
                competencies=tuple(n["competencies"]),
                certifications=tuple(n["certifications"]),
                keywords=tuple(n["keywords"]),
                hot_technologies=tuple(n["hot_technologies"]),
                basis=n["basis"],
                basis_note=n["basis_note"],
                sources=_sources(n["sources"]),
            )
            for n in raw["niches"]["niches"]
        ),
        questions=tuple(
            Question(
                q["id"],
                q["text"],
                tuple(Option(o["id"], o["text"], dict(o["scores"])) for o in q["options"]),
            )
            for q in questionnaire["questions"]
        ),
        risks=tuple(
            RiskTemplate(
                r["id"],
                tuple(r["tracks"]),
                r["when"],
                r["risk"],
                r["mitigation"],
                tuple(r["mitigated_by"]),
            )
            for r in raw["risks"]["risks"]
        ),
        estimates=estimates,
        readiness_weight=questionnaire["scoring"]["readiness_weight"],
        experience_rules=tuple(
            ExperienceRule(r["competency"], r["months"], r["level"])
            for r in raw["competencies"]["from_experience"]["rules"]
        ),
        aspect_labels=dict(tracks.get("aspect_labels", {})),
        level_labels=dict(raw["competencies"].get("levels", {})),
    )


def _cost_range(raw: Json | None) -> dict[str, Any]:
    if not raw:
        return {}
    return {
        "cost_range": (float(raw["low"]), float(raw["high"])),
        "cost_range_source": Source("typical price range", raw["source"], raw["as_of"]),
        "cost_range_confidence": raw["confidence"],
    }
