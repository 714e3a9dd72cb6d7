"""The PM credential route: PMP as soon as eligible, CAPM only when PMP is over a year away."""

from __future__ import annotations

from planner.domain.messages import _, ngettext
from planner.engine.eligibility import experience_date
from planner.engine.picks import PM_COMPETENCY, Picks
from planner.i18n.format import day

CAPM_PAYS_AFTER_MONTHS = 12  # CAPM only when PMP eligibility is further away than this


def plan_pm_route(picks: Picks, local_first: bool = False) -> str:
    """PMP as soon as eligible; CAPM only when PMP is more than a year away, else a course.

    local_first: a local credential, not CAPM, is the PM route in the person's country.
    Returns why CAPM is or is not planned, for the summary ('' when nothing needs saying).
    """
    ctx = picks.context
    certs = picks.catalog.cert_by_id
    capm_note = ""
    pmp, capm = certs.get("pmi-pmp"), certs.get("pmi-capm")
    if pmp is None or pmp.id in ctx.held:
        return capm_note
    result, _notes = picks.eligibility(pmp)
    need = ctx.track.targets.get(PM_COMPETENCY, 0)
    have = picks.levels.get(PM_COMPETENCY, 0)
    gap = _(
        "Project planning and control: you have {have}, the track needs {need}.",
        have=have,
        need=need,
    )
    capm_possible = capm is not None and capm.id not in ctx.held and not ctx.is_excluded(capm.id)
    if local_first:
        # The country's own entry credential shows PM knowledge where employers ask for it.
        capm_possible = False
    if ctx.is_excluded(pmp.id):
        if capm_possible and have < need:
            assert capm is not None
            picks.add_cert(
                capm, _("{gap} CAPM proves PM knowledge (PMP is excluded).", gap=gap), 21
            )
        return capm_note
    months = result.experience_months
    if not months:
        picks.add_cert(
            pmp,
            _(
                "{gap} You meet PMP's experience rule now ({have} of {required} months), so go "
                "straight to the credential most PM postings ask for; only its own prerequisites "
                "come first.",
                gap=gap,
                have=ctx.profile.pm_experience_months,
                required=result.required_experience_months,
            ),
            30,
        )
        return capm_note
    eligible_on = experience_date(pmp, ctx.profile, ctx.start).reached_on  # the one rule
    wait = ngettext(
        "PMP is {n} month away ({have} of {required} months leading projects; eligible {day}).",
        "PMP is {n} months away ({have} of {required} months leading projects; eligible {day}).",
        months,
        have=ctx.profile.pm_experience_months,
        required=result.required_experience_months,
        day=day(eligible_on),
    )
    no_capm = True  # a note saying why the plan has no CAPM goes onto the course's reason
    if capm_possible and months > CAPM_PAYS_AFTER_MONTHS and ctx.low_resources:
        capm_note = _(
            "No CAPM: with little time or money, a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less; CAPM can come later."
        )
    elif capm_possible and months > CAPM_PAYS_AFTER_MONTHS:
        assert capm is not None
        picks.add_cert(
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
        capm_note = _("CAPM planned: PMP eligibility is more than a year away.")
        no_capm = False
    elif local_first and months > CAPM_PAYS_AFTER_MONTHS:
        capm_note = _(
            "No CAPM: {in_country} the local credential planned instead shows PM knowledge to "
            "the employers there.",
            in_country=ctx.country.in_name,
        )
    elif capm_possible:
        capm_note = ngettext(
            "No CAPM: PMP is only {n} month away, so a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less time and money.",
            "No CAPM: PMP is only {n} months away, so a 35-hour course (which PMP needs anyway) "
            "shows PM training to employers for less time and money.",
            months,
        )
    else:
        no_capm = False
    picks.add_cert(
        pmp,
        _(
            "The credential most PM postings ask for. Planned from the date you become "
            "eligible: {day}.",
            day=day(eligible_on),
        ),
        30,
    )
    course = picks.drafts.get("pm-education-course")
    if course is not None and no_capm and capm_note:
        picks.add(course.changed(why=f"{course.why} {capm_note}"))
    return capm_note
