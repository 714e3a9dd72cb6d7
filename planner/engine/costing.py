"""Totals against the budget, and cheaper alternatives when the plan costs too much."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter

from planner.domain.catalog_model import Certification
from planner.domain.messages import _
from planner.domain.roadmap import Alternative, Step
from planner.engine.drafts import Draft
from planner.engine.eligibility import check
from planner.engine.picks import Context, money
from planner.engine.picks import money as money_in


def total_cost(steps: Sequence[Step], currency: str) -> tuple[float, int]:
    """Sum of known costs in currency, and how many steps' prices it leaves out."""
    known = [s.cost for s in steps if s.cost is not None and s.currency == currency]
    return round(sum(known), 2), len(steps) - len(known)


def cheaper_alternatives(ctx: Context, drafts: Mapping[str, Draft]) -> list[Alternative]:
    """For each priced certification, the cheapest priced option that closes the same gaps."""
    catalog = ctx.catalog
    drafts = dict(drafts)  # a plain dict: looked up for every candidate of every step
    # Candidates not in the plan, by role, cheapest first (ties by id): prices and eligibility
    # depend only on this plan, so each is worked out once, and the search for a step stops at
    # the first candidate that is not cheaper.
    by_role: dict[str, list[tuple[float, str, Certification]]] = {}
    track, held = ctx.track.id, ctx.held
    for other in catalog.certifications:
        if (
            other.id not in drafts  # first: most of a large plan's catalog is in it
            and other.status != "retired"
            and track in other.tracks
            and other.id not in held
        ):
            price = ctx.price(other, drafts)
            if price is not None:
                by_role.setdefault(other.primary_competency, []).append((price, other.id, other))
    for candidates in by_role.values():
        candidates.sort(key=lambda candidate: candidate[:2])
    eligible: dict[str, bool] = {}
    alternatives = []
    track_targets = ctx.track.targets
    for draft in drafts.values():
        cert = catalog.cert_by_id.get(draft.id)
        if cert is None or draft.cost is None or not draft.closes:
            continue
        targets = {c: min(track_targets.get(c, 0), cert.raises.get(c, 0)) for c in draft.closes}
        best: tuple[float, str] | None = None
        for price, other_id, other in by_role.get(cert.primary_competency, ()):
            if price >= draft.cost:
                break
            if not all(other.raises.get(c, 0) >= level for c, level in targets.items()):
                continue
            if other_id not in eligible:
                eligible[other_id] = check(other, ctx.profile, ctx.held, drafts).eligible_now
            if eligible[other_id]:
                best = (price, other_id)
                break
        if best is not None:
            other = catalog.cert_by_id[best[1]]
            alternatives.append(
                Alternative(
                    step=draft.id,
                    alternative=other.id,
                    title=other.name,
                    saves=round(draft.cost - best[0], 2),
                    reason=_(
                        "{other} ({other_price}) covers the same gaps as {cert} ({cert_price}).",
                        other=other.short_name,
                        other_price=money(best[0]),
                        cert=cert.short_name,
                        cert_price=money(draft.cost),
                    ),
                )
            )
    return _by_savings(alternatives, "step")


def budget_alternatives(
    ctx: Context, drafts: Mapping[str, Draft], currency: str = "USD"
) -> list[Alternative]:
    """Ways to spend less when the plan is over budget; never empty while anything costs money.

    Cheaper catalog certifications are compared in the catalog's US prices, so only in a
    US-dollar plan; the other ways are counted in the plan's currency.
    """
    found = cheaper_alternatives(ctx, drafts) if currency == "USD" else []

    def money(amount: float | None) -> str:
        return money_in(amount, currency)

    for draft in drafts.values():
        low = draft.cost_range[0] if draft.cost_range else None
        if draft.role == "alongside" and low:
            found.append(
                Alternative(
                    step=draft.id,
                    alternative="later",
                    title=_("Leave {step} for later", step=draft.title),
                    saves=round(low, 2),
                    reason=_(
                        "It is not needed to apply for PM roles; taking it after you are hired "
                        "saves at least {amount} now (many employers pay for it).",
                        amount=money_in(low, currency),
                    ),
                )
            )
    capm = drafts.get("pmi-capm")
    if capm is not None and capm.cost_range and capm.cost_range[0]:
        found.append(
            Alternative(
                step=capm.id,
                alternative="skip-capm",
                title=_("Apply with a 35-hour PM course instead"),
                saves=round(capm.cost_range[0], 2),
                reason=_(
                    "CAPM is optional: a course of 35 contact hours (instead of 23) shows PM "
                    "training to employers and meets PMP's education rule on its own, saving "
                    "at least {amount} and the CAPM study time.",
                    amount=money(capm.cost_range[0]),
                ),
            )
        )
    priced = [d for d in drafts.values() if d.kind == "certification" and d.cost_range]
    total = round(sum(d.cost_range[0] for d in priced if d.cost_range), 2)
    if total:
        found.append(
            Alternative(
                step="",
                alternative="employer",
                title=_("Ask your employer to pay the exam fees"),
                saves=total,
                reason=_(
                    "Employers often fund certifications tied to the work, especially PMP and the "
                    "technical exams: up to {amount} of this plan's fees.",
                    amount=money(total),
                ),
            )
        )
    return _by_savings(found, "step", "alternative")


def _by_savings(alternatives: list[Alternative], *ties: str) -> list[Alternative]:
    """Largest saving first, equal savings by ties: two stable sorts on plain attributes cost
    less than one on a tuple key made per alternative (a large plan has thousands)."""
    ordered = sorted(alternatives, key=attrgetter(*ties))
    ordered.sort(key=attrgetter("saves"), reverse=True)  # reverse keeps equal ones in order
    return ordered
