"""The route by country: the local PM credential, local bodies and chapters, local prices.

Outside the US a country pack says how employers rank PRINCE2, APM, IPMA (GPM, PMA, IPMA-NL,
VZPM), AIPM and PMI. Where a local credential is widely asked for and PMI's are not, its entry
level replaces CAPM as the PM credential to apply with, and PMP stays for later with the pack's
own words on what it is worth there. Where PMI is widely asked for too, PMI's route stays and
the local credential is added only when employers in the person's sector ask for it.
"""

from __future__ import annotations

from planner.domain.country_pack import CredentialLevel, LocalCredential, PackFee
from planner.domain.messages import _
from planner.engine import local_prices
from planner.engine.country import CATALOG_CURRENCY, PMI_CREDENTIALS, CountryContext
from planner.engine.drafts import Draft
from planner.engine.selection import PM_COMPETENCY, Selector

LOCAL_PM_PRIORITY = 21  # where CAPM would sit
LOCAL_PM_LEVEL = 2  # an entry PM exam (PRINCE2 Foundation, IPMA Level D) reaches working level
MEMBERSHIP_PRIORITY = 2


def _levels_by_catalog(ctx: CountryContext) -> dict[str, CredentialLevel]:
    if ctx.pack is None:
        return {}
    return {lv.catalog_id: lv for lv in ctx.pack.levels() if lv.catalog_id}


def _asks(ctx: CountryContext, credential: LocalCredential) -> str:
    """The pack's employer asks for this credential, as sentences."""
    if ctx.pack is None:
        return ""
    levels = {lv.id for lv in credential.levels} | {
        lv.catalog_id for lv in credential.levels if lv.catalog_id
    }
    return " ".join(a.text for a in ctx.pack.employer_asks if levels & set(a.certifications))


def _pmi_standing(ctx: CountryContext) -> str:
    pmi = ctx.credential(PMI_CREDENTIALS)
    return pmi.standing.text if pmi else ""


def plan_local_route(sel: Selector) -> None:
    """Choose between the local credential and PMI's route, and say why (see module doc)."""
    ctx = sel.country
    routes = ctx.local_routes(sel.track.id)
    if not routes:
        return
    best = routes[0]
    widely = best.standing.rank == "widely-asked"
    sector_ask = ctx.sector_asks(best, sel.track.id)
    others = ", ".join(c.name for c in routes[1:3])
    if not widely or (ctx.pmi_widely_asked() and not sector_ask):
        standing = _pmi_standing(ctx) or "PMI is widely asked for."
        sel.route_note = (
            f"In {ctx.in_name}, PMI's route is kept: {standing}"
            f" {best.name} is {best.standing.rank.replace('-', ' ')} there: "
            f"{best.standing.text}"
        )
        return
    sel.local_first = not ctx.pmi_widely_asked()
    level = _entry_level(sel, best)
    if level is None:
        return
    why = (
        f"In {ctx.in_name}, {best.standing.text} {_asks(ctx, best)} "
        f"{level.name} is the first level; prerequisites: {level.prerequisites}"
    ).replace("  ", " ")
    if sel.local_first:
        why += f" It takes the place of CAPM here. {_pmi_standing(ctx)}"
    else:
        why += f" PMI's route stays too: {_pmi_standing(ctx)}"
    if others:
        why += f" Other routes there: {others}."
    draft = _add_level(sel, best, level, why.strip())
    if draft is not None:
        sel.local_pm_step = draft.id
        sel.route_note = (
            f"Route in {ctx.in_name}: {level.name} first "
            f"({best.standing.rank.replace('-', ' ')} there)"
            + ("; PMP later, where US firms value it." if sel.local_first else "; PMI's route too.")
        )


def _entry_level(sel: Selector, credential: LocalCredential) -> CredentialLevel | None:
    """The first level the person does not hold and may plan (excluded levels are skipped)."""
    for level in credential.levels:
        ident = level.catalog_id or level.id
        if ident in sel.held or sel.is_excluded(ident) or sel.is_excluded(level.id):
            continue
        return level
    return None


def _add_level(
    sel: Selector, credential: LocalCredential, level: CredentialLevel, why: str
) -> Draft | None:
    cert = sel.catalog.cert_by_id.get(level.catalog_id or "")
    if cert is not None:
        draft = sel.add_cert(cert, why, LOCAL_PM_PRIORITY)
        if draft is not None:
            draft.local_fee = level.fee
        return draft
    estimates = sel.catalog.estimates
    hours = float(estimates.study_hours_by_level.get("entry", 40))
    draft = Draft(
        id=level.id,
        title=level.name,
        kind="certification",
        hours=sel.profile.study_hours.get(level.id, hours),
        why=why,
        priority=LOCAL_PM_PRIORITY,
        min_weeks=max(1, estimates.default_booking_lead_weeks),
        cost=None,
        currency=level.fee.currency,
        cost_note=level.fee.note,
        cost_as_of=level.fee.as_of,
        cost_confidence=level.fee.confidence,
        closes=(PM_COMPETENCY,) if sel.levels.get(PM_COMPETENCY, 0) < LOCAL_PM_LEVEL else (),
        hours_basis=(
            _("your own estimate")
            if level.id in sel.profile.study_hours
            else _("planner estimate: entry level, 1 exam (no sourced hours for this exam)")
        ),
        booking_lead_weeks=estimates.default_booking_lead_weeks,
        prerequisites=level.prerequisites,
        sources=tuple((s.title, s.url) for s in credential.sources),
        description=level.note,
        local_fee=level.fee,
    )
    sel.drafts[level.id] = draft
    sel.levels[PM_COMPETENCY] = max(sel.levels.get(PM_COMPETENCY, 0), LOCAL_PM_LEVEL)
    return draft


def add_local_membership(sel: Selector) -> None:
    """The local professional body (APM, GPM, AIPM ...) where its credential is the route."""
    ctx = sel.country
    if ctx.pack is None or not ctx.local or not sel.local_pm_step:
        return
    held = {m.casefold() for m in sel.profile.memberships}
    for body in ctx.pack.bodies:
        if body.id == "pmi" or sel.is_excluded(body.id) or body.id in sel.catalog.cert_by_id:
            continue
        if body.short_name.casefold() in held or body.id in held:
            continue
        benefits = "; ".join(body.benefits)
        sel.drafts[body.id] = Draft(
            id=body.id,
            title=f"Join {body.name}",
            kind="membership",
            hours=1,
            why=(
                f"The professional body employers in {ctx.in_name} know: its events and branches "
                f"are where local PMs meet. {body.how_to_join}"
                + (f" Benefits: {benefits}." if benefits else "")
            ),
            priority=MEMBERSHIP_PRIORITY,
            cost=None,
            currency=body.dues.currency,
            cost_note=body.dues.note,
            cost_as_of=body.dues.as_of,
            cost_confidence=body.dues.confidence,
            hours_basis=_("planner estimate"),
            sources=tuple((s.title, s.url) for s in body.sources),
            local_fee=body.dues,
        )
        return  # one local body is enough to start with


def chapter_sentence(ctx: CountryContext) -> str:
    """'Near you: PMI UK Chapter (London, Midlands ...).' from the pack's chapters."""
    if not ctx.chapters:
        return ""
    shown = []
    for chapter in ctx.chapters[:3]:
        where = ", ".join(chapter.regions[:4])
        shown.append(f"{chapter.name}" + (f" ({where})" if where else ""))
    return f"Chapters for your region in {ctx.in_name}: {'; '.join(shown)}."


def localise_chapters(sel: Selector) -> None:
    """Membership and networking steps name the chapters that serve the person's region."""
    ctx = sel.country
    if not ctx.local:
        return
    sentence = chapter_sentence(ctx)
    pmi = sel.drafts.get("pmi")
    if pmi is not None and ctx.chapters:
        pmi.title = f"Join PMI and the {ctx.chapters[0].name}"
        pmi.description = f"{sentence} {pmi.description}".strip()
    meetings = sel.drafts.get("chapter-meetings")
    if meetings is not None and sentence:
        meetings.why += f" {sentence}"


def localise_prices(sel: Selector, currency: str) -> None:
    """Every draft's price in currency; drafts already in it keep their price untouched."""
    rates = local_prices.merged_rates(sel.catalog.countries.values())
    for draft in sel.drafts.values():
        local: PackFee | None = draft.local_fee
        if local is not None and local.currency == CATALOG_CURRENCY:
            local = None  # a US-dollar pack fee is the catalog's price again: nothing local
        if draft.cost == 0:
            draft.currency, draft.price_kind = currency, local_prices.PRICE
            continue
        if local is None and draft.currency == currency:
            draft.price_kind = local_prices.kind_of(draft)
            continue
        member = (
            local is not None and bool(local.member_of) and sel.is_member(local.member_of or "")
        )
        local_prices.localise(draft, currency, rates, local=local, member=member)


PACK_STEP_PRIORITY = 25  # where a pinned step sits: the coach chose it for the country


def add_pack_steps(sel: Selector) -> None:
    """The coach's own steps in the person's country pack (a local workshop, a course)."""
    ctx = sel.country
    if ctx.pack is None:
        return
    for step in ctx.pack.steps:
        if step.id in sel.drafts or step.id in sel.held or sel.is_excluded(step.id):
            continue
        sel.drafts[step.id] = Draft(
            id=step.id,
            title=step.title,
            kind=step.kind,
            hours=sel.profile.study_hours.get(step.id, step.hours),
            why=f"Your coach's own step for people in {ctx.in_name}.",
            priority=PACK_STEP_PRIORITY,
            cost=step.cost,
            currency=step.currency,
            cost_note="your coach's price" if step.cost is not None else "",
            cost_as_of=ctx.pack.compiled_on,
            cost_confidence="coach" if step.cost is not None else "",
            hours_basis="your own estimate"
            if step.id in sel.profile.study_hours
            else "your coach's estimate",
            description=step.description,
            cost_range=(step.cost, step.cost) if step.cost is not None else None,
        )
