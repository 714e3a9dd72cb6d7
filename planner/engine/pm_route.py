"""The PM credential route: PMP as soon as eligible, CAPM only when PMP is over a year away."""

from __future__ import annotations

from planner.engine.eligibility import experience_date
from planner.engine.selection import PM_COMPETENCY, Selector

CAPM_PAYS_AFTER_MONTHS = 12  # CAPM only when PMP eligibility is further away than this


def plan_pm_route(sel: Selector) -> None:
    """PMP as soon as eligible; CAPM only when PMP is more than a year away, else a course."""
    certs = sel.catalog.cert_by_id
    pmp, capm = certs.get("pmi-pmp"), certs.get("pmi-capm")
    if pmp is None or pmp.id in sel.held:
        return
    result, _ = sel.eligibility(pmp)
    need = sel.track.targets.get(PM_COMPETENCY, 0)
    have = sel.levels.get(PM_COMPETENCY, 0)
    gap = f"Project planning and control: you have {have}, the track needs {need}."
    capm_possible = capm and capm.id not in sel.held and not sel.is_excluded(capm.id)
    if sel.local_first:
        # The country's own entry credential shows PM knowledge where employers ask for it.
        capm_possible = False
    if sel.is_excluded(pmp.id):
        if capm_possible and have < need:
            sel.add_cert(capm, f"{gap} CAPM proves PM knowledge (PMP is excluded).", 21)
        return
    months = result.experience_months
    if not months:
        sel.add_cert(
            pmp,
            f"{gap} You meet PMP's experience rule now "
            f"({sel.profile.pm_experience_months} of {result.required_experience_months} "
            "months), so go straight to the credential most PM postings ask for; only its "
            "own prerequisites come first.",
            30,
        )
        return
    eligible_on = experience_date(pmp, sel.profile, sel.start).reached_on  # the one rule
    wait = (
        f"PMP is {months} months away ({sel.profile.pm_experience_months} of "
        f"{result.required_experience_months} months leading projects; eligible {eligible_on})."
    )
    if capm_possible and months > CAPM_PAYS_AFTER_MONTHS and sel.low_resources:
        sel.capm_note = (
            "No CAPM: with little time or money, a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less; CAPM can come later."
        )
    elif capm_possible and months > CAPM_PAYS_AFTER_MONTHS:
        sel.add_cert(
            capm,
            f"{gap} {wait} That is more than {CAPM_PAYS_AFTER_MONTHS} months, so CAPM pays: "
            "it proves PM knowledge to employers now and also satisfies PMP's 35-hour "
            "education requirement.",
            21,
        )
        sel.capm_note = "CAPM planned: PMP eligibility is more than a year away."
    elif sel.local_first and months > CAPM_PAYS_AFTER_MONTHS:
        sel.capm_note = (
            f"No CAPM: in {sel.country.in_name} the local credential planned instead shows PM "
            "knowledge to the employers there."
        )
    elif capm_possible:
        sel.capm_note = (
            f"No CAPM: PMP is only {months} months away, so a 35-hour course (which PMP "
            "needs anyway) shows PM training to employers for less time and money."
        )
    sel.add_cert(
        pmp,
        f"The credential most PM postings ask for. Planned from the date you become "
        f"eligible: {eligible_on}.",
        30,
    )
    course = sel.drafts.get("pm-education-course")
    if course is not None and sel.capm_note.startswith("No CAPM"):
        course.why += " " + sel.capm_note
