"""The PM credential route: PMP as soon as eligible, CAPM only when PMP is over a year away."""

from __future__ import annotations

from planner.domain.messages import _, ngettext
from planner.engine.eligibility import experience_date
from planner.engine.selection import PM_COMPETENCY, Selector
from planner.i18n.format import day

CAPM_PAYS_AFTER_MONTHS = 12  # CAPM only when PMP eligibility is further away than this


def plan_pm_route(sel: Selector) -> None:
    """PMP as soon as eligible; CAPM only when PMP is more than a year away, else a course."""
    certs = sel.catalog.cert_by_id
    pmp, capm = certs.get("pmi-pmp"), certs.get("pmi-capm")
    if pmp is None or pmp.id in sel.held:
        return
    result, _notes = sel.eligibility(pmp)
    need = sel.track.targets.get(PM_COMPETENCY, 0)
    have = sel.levels.get(PM_COMPETENCY, 0)
    gap = _(
        "Project planning and control: you have {have}, the track needs {need}.",
        have=have,
        need=need,
    )
    capm_possible = capm is not None and capm.id not in sel.held and not sel.is_excluded(capm.id)
    if sel.local_first:
        # The country's own entry credential shows PM knowledge where employers ask for it.
        capm_possible = False
    if sel.is_excluded(pmp.id):
        if capm_possible and have < need:
            assert capm is not None
            sel.add_cert(capm, _("{gap} CAPM proves PM knowledge (PMP is excluded).", gap=gap), 21)
        return
    months = result.experience_months
    if not months:
        sel.add_cert(
            pmp,
            _(
                "{gap} You meet PMP's experience rule now ({have} of {required} months), so go "
                "straight to the credential most PM postings ask for; only its own prerequisites "
                "come first.",
                gap=gap,
                have=sel.profile.pm_experience_months,
                required=result.required_experience_months,
            ),
            30,
        )
        return
    eligible_on = experience_date(pmp, sel.profile, sel.start).reached_on  # the one rule
    wait = ngettext(
        "PMP is {n} month away ({have} of {required} months leading projects; eligible {day}).",
        "PMP is {n} months away ({have} of {required} months leading projects; eligible {day}).",
        months,
        have=sel.profile.pm_experience_months,
        required=result.required_experience_months,
        day=day(eligible_on),
    )
    no_capm = True  # a note saying why the plan has no CAPM goes onto the course's reason
    if capm_possible and months > CAPM_PAYS_AFTER_MONTHS and sel.low_resources:
        sel.capm_note = _(
            "No CAPM: with little time or money, a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less; CAPM can come later."
        )
    elif capm_possible and months > CAPM_PAYS_AFTER_MONTHS:
        assert capm is not None
        sel.add_cert(
            capm,
            _(
                "{gap} {wait} That is more than {limit} months, so CAPM pays: it proves PM "
                "knowledge to employers now and also satisfies PMP's 35-hour education "
                "requirement.",
                gap=gap,
                wait=wait,
                limit=CAPM_PAYS_AFTER_MONTHS,
            ),
            21,
        )
        sel.capm_note = _("CAPM planned: PMP eligibility is more than a year away.")
        no_capm = False
    elif sel.local_first and months > CAPM_PAYS_AFTER_MONTHS:
        sel.capm_note = _(
            "No CAPM: in {country} the local credential planned instead shows PM knowledge to "
            "the employers there.",
            country=sel.country.in_name,
        )
    elif capm_possible:
        sel.capm_note = ngettext(
            "No CAPM: PMP is only {n} month away, so a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less time and money.",
            "No CAPM: PMP is only {n} months away, so a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less time and money.",
            months,
        )
    else:
        no_capm = False
    sel.add_cert(
        pmp,
        _(
            "The credential most PM postings ask for. Planned from the date you become "
            "eligible: {day}.",
            day=day(eligible_on),
        ),
        30,
    )
    course = sel.drafts.get("pm-education-course")
    if course is not None and no_capm and sel.capm_note:
        course.why += " " + sel.capm_note
