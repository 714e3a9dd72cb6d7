"""Close the track's competency gaps, and the chosen niche's, with the best-ranked credentials."""

from __future__ import annotations

import math

from planner.domain.catalog_model import Certification
from planner.domain.messages import _
from planner.engine.picks import (
    GROUP_ORDER,
    NICHE_LEVELS,
    PM_COMPETENCY,
    PRIORITY,
    WORKING_LEVEL,
    Picks,
)
from planner.i18n.format import iso_day


# -- the chosen niche ----------------------------------------------------------------
def add_niche_certification(picks: Picks) -> str | None:
    """The chosen niche adds its first entry/associate certification the plan lacks."""
    if picks.context.niche is None:
        return None
    for cert_id in picks.context.niche.certifications:
        cert = picks.catalog.cert_by_id.get(cert_id)
        if (
            cert is None
            or cert.id in picks.context.held
            or cert.id in picks.drafts
            or cert.status == "retired"
            or cert.primary_competency == PM_COMPETENCY
            or cert.level not in NICHE_LEVELS
            or picks.context.track.id not in cert.tracks
            or picks.context.is_excluded(cert.id)
            or not any(lvl > picks.levels.get(c, 0) for c, lvl in cert.raises.items())
        ):
            continue
        why = _(
            "Your niche, {niche}, asks for it: certifying in the niche's own technology shows "
            "employers you can lead that work.",
            niche=picks.context.niche.name,
        )
        if picks.add_cert(cert, why, PRIORITY["technical"]) is not None:
            return cert.id
    return None


# -- gap closure ---------------------------------------------------------------------
def close_gaps(picks: Picks) -> None:
    comps = picks.catalog.competency_by_id
    order = sorted(
        (c for c in picks.context.track.targets if c != PM_COMPETENCY),
        key=lambda c: (
            GROUP_ORDER.get(comps[c].group, 3),
            -(picks.context.track.targets[c] - picks.levels.get(c, 0)),
            c,
        ),
    )
    index = picks.candidates_by_competency()
    for comp in order:
        need = picks.context.track.targets[comp]
        if need < WORKING_LEVEL:
            continue  # awareness comes from the job and the PM credentials, not an exam
        pool = index.get(comp, [])
        while picks.levels.get(comp, 0) < need:
            if not _close_one(picks, comp, need, PRIORITY.get(comps[comp].group, 18), pool):
                break


def _close_one(
    picks: Picks, comp: str, need: int, priority: int, pool: list[Certification]
) -> bool:
    have = picks.levels.get(comp, 0)
    options = [
        c
        for c in pool
        if c.raises[comp] > have
        and c.id not in picks.drafts
        and c.top_level <= need + 1  # no expert credential for a working-level need
    ]
    if not options:
        return False
    context = picks.context
    niche_certs = set(context.niche.certifications) if context.niche else set()
    vendors = context.vendors
    # Read once per gap rather than once per candidate.
    low_resources, eligibility, price_of, hours_for, drafts = (
        context.low_resources,
        picks.eligibility,
        context.price,
        context.hours_for,
        picks.drafts,
    )

    def rank(cert: Certification) -> tuple:
        result, waits = eligibility(cert)
        raised = cert.raises[comp]
        closes = raised >= need
        tier = 0 if closes and not waits else 1 if not waits else 2
        distance = raised - need if closes else need - raised
        if low_resources:  # little time or money: cheapest, then quickest, first
            low = (cert.fee.range_for(False) or (math.inf, math.inf))[0]
            return (
                tier,
                bool(result.missing_all or result.missing_any),
                low,
                distance,
                hours_for(cert)[0],
                cert.id,
            )
        price = price_of(cert, drafts)
        return (
            tier,
            bool(result.missing_all or result.missing_any),
            -(cert.id in niche_certs) - (cert.issuer in vendors),
            bool(cert.prerequisites.course_required),  # a mandatory course costs time and money
            price is None,
            distance,
            price if price is not None else (cert.fee.range_for(False) or (math.inf,))[0],
            hours_for(cert)[0],
            cert.id,
        )

    options.sort(key=rank)
    for pick in options:
        why = _gap_reason(picks, pick, comp, (have, need), options)
        if picks.add_cert(pick, why, priority) is not None:
            return True
    return False


def _gap_reason(
    picks: Picks,
    pick: Certification,
    comp: str,
    have_need: tuple[int, int],
    options: list[Certification],
) -> str:
    have, need = have_need
    name = picks.catalog.competency_by_id[comp].name
    group = picks.catalog.competency_by_id[comp].group
    parts = [
        _(
            "Closes your {gap} gap (you have {have}, the track needs {need}).",
            gap=name,
            have=have,
            need=need,
        )
    ]
    if pick.raises[comp] < need:
        parts[0] = _(
            "First step on your {gap} gap (you have {have}, the track needs {need}): "
            "reaches {reaches}.",
            gap=name,
            have=have,
            need=need,
            reaches=pick.raises[comp],
        )
    if group == "technical":
        parts.append(
            _(
                "Certifying in the actual technical work gives you the team's vocabulary and "
                "the credibility engineers expect from a PM."
            )
        )
    if picks.context.niche and pick.id in picks.context.niche.certifications:
        parts.append(_("Your niche, {niche}, asks for it.", niche=picks.context.niche.name))
    elif pick.issuer in picks.context.vendors:
        parts.append(_("You already work with {vendor} technology.", vendor=pick.issuer))
    for retired in _retired_predecessors(picks, pick.id):
        if comp in retired.raises:
            parts.append(
                _(
                    "{retired}, still named in many guides, was retired on {day}; {cert} is "
                    "one of its role-based successors.",
                    retired=retired.short_name,
                    day=iso_day(retired.retired_on or ""),
                    cert=pick.short_name,
                )
            )
    if picks.context.low_resources and pick.study:
        free = "; ".join(f"{x.title} ({x.url})" for x in pick.study)
        parts.append(_("Study with the issuer's free material: {material}.", material=free))
    others = [o for o in options if o.id != pick.id and o.raises.get(comp, 0) >= pick.raises[comp]][
        :3
    ]
    if others:
        listed = ", ".join(f"{o.short_name} ({picks.price_text(o)})" for o in others)
        parts.append(_("Alternatives: {listed}.", listed=listed))
    return " ".join(parts)


def _retired_predecessors(picks: Picks, cert_id: str) -> list[Certification]:
    """Retired certifications naming cert_id as a successor (indexed once per plan)."""
    return picks.context.retired_for.get(cert_id, [])
