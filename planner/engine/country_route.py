"""The route by country: the local PM credential, local bodies and chapters, local prices.

Outside the US a country pack says how employers rank PRINCE2, APM, IPMA (GPM, PMA, IPMA-NL,
VZPM), AIPM and PMI. Where a local credential is widely asked for and PMI's are not, its entry
level replaces CAPM as the PM credential to apply with, and PMP stays for later with the pack's
own words on what it is worth there. Where PMI is widely asked for too, PMI's route stays and
the local credential is added only when employers in the person's sector ask for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from planner.domain.country_pack import CredentialLevel, LocalCredential, PackFee
from planner.domain.messages import N_, _
from planner.domain.places import opening
from planner.engine import local_prices
from planner.engine.country import CATALOG_CURRENCY, PMI_CREDENTIALS, CountryContext
from planner.engine.drafts import Draft
from planner.engine.picks import PM_COMPETENCY, Context, Picks

# How employers rank a credential (the pack's standing.rank), as the plan says it.
RANKS = {
    "widely-asked": N_("widely asked for"),
    "valued": N_("valued"),
    "niche": N_("a niche"),
}
LOCAL_PM_PRIORITY = 21  # where CAPM would sit
LOCAL_PM_LEVEL = 2  # an entry PM exam (PRINCE2 Foundation, IPMA Level D) reaches working level
MEMBERSHIP_PRIORITY = 2


class LocalRoute(NamedTuple):
    """What the country's route decided: why, whether it replaces CAPM, its step's id."""

    note: str = ""  # why this route in this country, for the summary
    local_first: bool = False  # a local credential, not CAPM, is the PM route here
    step: str = ""  # the local PM credential's step id, when one is planned


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


def plan_local_route(picks: Picks) -> LocalRoute:
    """Choose between the local credential and PMI's route, and say why (see module doc)."""
    ctx = picks.context.country
    track = picks.context.track.id
    routes = ctx.local_routes(track)
    if not routes:
        return LocalRoute()
    best = routes[0]
    widely = best.standing.rank == "widely-asked"
    sector_ask = ctx.sector_asks(best, track)
    others = ", ".join(c.name for c in routes[1:3])
    where = opening(ctx.in_name)
    rank = _rank(best.standing.rank)
    if not widely or (ctx.pmi_widely_asked() and not sector_ask):
        standing = _pmi_standing(ctx) or _("PMI is widely asked for.")
        return LocalRoute(
            _(
                "{where}, PMI's route is kept: {standing} {name} is {rank} there: {text}",
                where=where,
                standing=standing,
                name=best.name,
                rank=rank,
                text=best.standing.text,
            )
        )
    local_first = not ctx.pmi_widely_asked()
    level = _entry_level(picks.context, best)
    if level is None:
        return LocalRoute(local_first=local_first)
    parts = [
        _("{where}: {text}", where=where, text=best.standing.text),
        _asks(ctx, best),
        _(
            "{level} is the first level; prerequisites: {prerequisites}",
            level=level.name,
            prerequisites=level.prerequisites,
        ),
        _("It takes the place of CAPM here.") if local_first else _("PMI's route stays too:"),
        _pmi_standing(ctx),
        _("Other routes there: {names}.", names=others) if others else "",
    ]
    why = " ".join(part.strip() for part in parts if part.strip())
    draft = _add_level(picks, best, level, why)
    if draft is None:
        return LocalRoute(local_first=local_first)
    if local_first:
        note = _(
            "Route {in_country}: {level} first ({rank} there); PMP later, where US firms value it.",
            in_country=ctx.in_name,
            level=level.name,
            rank=rank,
        )
    else:
        note = _(
            "Route {in_country}: {level} first ({rank} there); PMI's route too.",
            in_country=ctx.in_name,
            level=level.name,
            rank=rank,
        )
    return LocalRoute(note, local_first, draft.id)


def _rank(rank: str) -> str:
    known = RANKS.get(rank)
    return _(known) if known else rank.replace("-", " ")


def _entry_level(ctx: Context, credential: LocalCredential) -> CredentialLevel | None:
    """The first level the person does not hold and may plan (excluded levels are skipped)."""
    for level in credential.levels:
        ident = level.catalog_id or level.id
        if ident in ctx.held or ctx.is_excluded(ident) or ctx.is_excluded(level.id):
            continue
        return level
    return None


def _add_level(
    picks: Picks, credential: LocalCredential, level: CredentialLevel, why: str
) -> Draft | None:
    cert = picks.catalog.cert_by_id.get(level.catalog_id or "")
    if cert is not None:
        draft = picks.add_cert(cert, why, LOCAL_PM_PRIORITY)
        if draft is not None:
            draft = picks.add(draft.changed(local_fee=level.fee))
        return draft
    profile = picks.profile
    estimates = picks.catalog.estimates
    hours = float(estimates.study_hours_by_level.get("entry", 40))
    draft = Draft(
        id=level.id,
        title=level.name,
        kind="certification",
        hours=profile.study_hours.get(level.id, hours),
        why=why,
        priority=LOCAL_PM_PRIORITY,
        min_weeks=max(1, estimates.default_booking_lead_weeks),
        cost=None,
        currency=level.fee.currency,
        cost_note=level.fee.note,
        cost_as_of=level.fee.as_of,
        cost_confidence=level.fee.confidence,
        closes=(PM_COMPETENCY,) if picks.levels.get(PM_COMPETENCY, 0) < LOCAL_PM_LEVEL else (),
        hours_basis=(
            _("your own estimate")
            if level.id in profile.study_hours
            else _("planner estimate: entry level, 1 exam (no sourced hours for this exam)")
        ),
        booking_lead_weeks=estimates.default_booking_lead_weeks,
        prerequisites=level.prerequisites,
        sources=tuple((s.title, s.url) for s in credential.sources),
        description=level.note,
        local_fee=level.fee,
    )
    picks.add(draft)
    picks.reach({PM_COMPETENCY: LOCAL_PM_LEVEL})
    return draft


def local_membership(choosing: Context, local_pm_step: str) -> Draft | None:
    """The local professional body (APM, GPM, AIPM ...) where its credential is the route."""
    ctx = choosing.country
    if ctx.pack is None or not ctx.local or not local_pm_step:
        return None
    held = {m.casefold() for m in choosing.profile.memberships}
    for body in ctx.pack.bodies:
        if (
            body.id == "pmi"
            or choosing.is_excluded(body.id)
            or body.id in choosing.catalog.cert_by_id
        ):
            continue
        if body.short_name.casefold() in held or body.id in held:
            continue
        benefits = "; ".join(body.benefits)
        return Draft(
            id=body.id,
            title=_("Join {body}", body=body.name),
            kind="membership",
            hours=1,
            why=" ".join(
                part
                for part in (
                    _(
                        "The professional body employers {in_country} know: its events and "
                        "branches are where local PMs meet.",
                        in_country=ctx.in_name,
                    ),
                    body.how_to_join,
                    _("Benefits: {benefits}.", benefits=benefits) if benefits else "",
                )
                if part
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
        )  # one local body is enough to start with
    return None


def chapter_sentence(ctx: CountryContext) -> str:
    """'Near you: PMI UK Chapter (London, Midlands ...).' from the pack's chapters."""
    if not ctx.chapters:
        return ""
    shown = []
    for chapter in ctx.chapters[:3]:
        where = ", ".join(chapter.regions[:4])
        shown.append(f"{chapter.name}" + (f" ({where})" if where else ""))
    return _(
        "Chapters for your region {in_country}: {chapters}.",
        in_country=ctx.in_name,
        chapters="; ".join(shown),
    )


def localise_chapters(ctx: CountryContext, drafts: Mapping[str, Draft]) -> list[Draft]:
    """Membership and networking steps naming the chapters that serve the person's region."""
    if not ctx.local:
        return []
    changed = []
    sentence = chapter_sentence(ctx)
    pmi = drafts.get("pmi")
    if pmi is not None and ctx.chapters:
        title = _("Join PMI and the {chapter}", chapter=ctx.chapters[0].name)
        changed.append(
            pmi.changed(title=title, description=f"{sentence} {pmi.description}".strip())
        )
    meetings = drafts.get("chapter-meetings")
    if meetings is not None and sentence:
        changed.append(meetings.changed(why=f"{meetings.why} {sentence}"))
    return changed


def localise_prices(ctx: Context, drafts: Mapping[str, Draft], currency: str) -> dict[str, Draft]:
    """Every draft with its price in currency; drafts already in it keep their price untouched."""
    rates = local_prices.merged_rates(ctx.catalog.countries.values())
    priced = {}
    for step_id, draft in drafts.items():
        local: PackFee | None = draft.local_fee
        if local is not None and local.currency == CATALOG_CURRENCY:
            local = None  # a US-dollar pack fee is the catalog's price again: nothing local
        if draft.cost == 0:
            priced[step_id] = draft.changed(currency=currency, price_kind=local_prices.PRICE)
        elif local is None and draft.currency == currency:
            priced[step_id] = draft.changed(price_kind=local_prices.kind_of(draft))
        else:
            member = (
                local is not None
                and bool(local.member_of)
                and ctx.is_member(local.member_of or "", drafts)
            )
            priced[step_id] = local_prices.localise(
                draft, currency, rates, local=local, member=member
            )
    return priced


PACK_STEP_PRIORITY = 25  # where a pinned step sits: the coach chose it for the country


def pack_steps(choosing: Context, drafts: Mapping[str, Draft]) -> list[Draft]:
    """The coach's own steps in the person's country pack (a local workshop, a course)."""
    ctx, profile = choosing.country, choosing.profile
    if ctx.pack is None:
        return []
    steps = []
    for step in ctx.pack.steps:
        if step.id in drafts or step.id in choosing.held or choosing.is_excluded(step.id):
            continue
        steps.append(
            Draft(
                id=step.id,
                title=step.title,
                kind=step.kind,
                hours=profile.study_hours.get(step.id, step.hours),
                why=_("Your coach's own step for people {in_country}.", in_country=ctx.in_name),
                priority=PACK_STEP_PRIORITY,
                cost=step.cost,
                currency=step.currency,
                cost_note=_("your coach's price") if step.cost is not None else "",
                cost_as_of=ctx.pack.compiled_on,
                cost_confidence="coach" if step.cost is not None else "",
                hours_basis=_("your own estimate")
                if step.id in profile.study_hours
                else _("your coach's estimate"),
                description=step.description,
                cost_range=(step.cost, step.cost) if step.cost is not None else None,
            )
        )
    return steps
