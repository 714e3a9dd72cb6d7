"""Every step's price in the person's currency: local, converted at a dated rate, or unknown.

The order for each step: the issuer's local price from the country pack; the catalog's price
(converted when it is in another currency); a sourced range (local first, then the catalog's);
else "check with issuer". A conversion is a ±10% range labelled with its rate and date, one
confidence step lower. Nothing is dropped: a price that cannot be shown in the currency says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from planner.domain.catalog_model import CHECK_WITH_ISSUER
from planner.domain.country_pack import CountryPack, ExchangeRate, PackFee
from planner.domain.currency import CONFIDENCE_ORDER, ConvertedPrice, ShownPrice, convert_price
from planner.domain.messages import _
from planner.domain.records import record
from planner.domain.roadmap import Step
from planner.engine.drafts import Draft
from planner.i18n.format import iso_day, money, money_range, number

# What a step's price is, in the person's currency (plan JSON steps[].price_kind).
PRICE, RANGE, CONVERTED, UNKNOWN = "price", "range", "converted", "check_with_issuer"
PRICE_KINDS = (PRICE, RANGE, CONVERTED, UNKNOWN)


def merged_rates(packs: Iterable[CountryPack]) -> dict[str, ExchangeRate]:
    """Every currency's US-dollar rate across the packs (the loader checks that they agree)."""
    return {rate.currency: rate for pack in packs for rate in pack.exchange_rates}


def _code(confidence: str) -> str:
    # A coach's own price ("coach") or a missing code counts as unverified for conversion.
    return confidence if confidence in CONFIDENCE_ORDER else "U"


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


@record
class Offer:
    """One figure a step could be priced at: exact (low == high) or a sourced range."""

    low: float
    high: float
    currency: str
    confidence: str
    note: str = ""
    as_of: str = ""

    @property
    def exact(self) -> bool:
        return self.low == self.high


def _apply(
    draft: Draft, offer: Offer, currency: str, rates: Mapping[str, ExchangeRate]
) -> Draft | None:
    """draft priced at offer in currency (converted if need be); None when no rate allows it."""
    if offer.currency == currency:
        return draft.changed(
            currency=currency,
            cost_range=(offer.low, offer.high),
            cost=offer.low if offer.exact else None,
            cost_note=offer.note,
            cost_confidence=offer.confidence,
            cost_as_of=offer.as_of or draft.cost_as_of,
            price_kind=PRICE if offer.exact else RANGE,
        )
    code = _code(offer.confidence)
    try:
        first = convert_price(offer.low, offer.currency, currency, rates, confidence=code)
        last = convert_price(offer.high, offer.currency, currency, rates, confidence=code)
    except KeyError:
        return None
    label = conversion_note(offer.low, offer.high, first)
    return draft.changed(
        cost=None,
        currency=currency,
        cost_range=(first.low, last.high),
        cost_note=_join(label, offer.note),
        cost_as_of=first.rate_date,
        cost_confidence=first.confidence,
        price_kind=CONVERTED,
    )


def conversion_note(low: float, high: float, converted: ConvertedPrice) -> str:
    """'converted from $405 at 87.9714 INR/USD on 21 Oct 2025' ('from about $400-$500' when
    low and high, in converted.source_currency, differ): the one wording of a conversion."""
    source = converted.source_currency
    rate = {
        "rate": number(converted.rate, digits=4),
        "pair": f"{converted.currency}/{source}",
        "day": iso_day(converted.rate_date),
    }
    if low == high:
        return _(
            "converted from {amount} at {rate} {pair} on {day}",
            amount=money(low, source, cents=low != int(low)),
            **rate,
        )
    return _(
        "converted from about {range} at {rate} {pair} on {day}",
        range=money_range(low, high, source),
        **rate,
    )


def _reported(fee: PackFee) -> str:
    """'check with issuer: sources report £295-£555', or with the figures sources give."""
    if fee.reported_range is not None:
        low, high = fee.reported_range
        return _(
            "{check}: sources report {range}",
            check=_(CHECK_WITH_ISSUER),
            range=money_range(low, high, fee.currency),
        )
    reported = _("reported: {figures}", figures=fee.reported) if fee.reported else ""
    return _join(_(CHECK_WITH_ISSUER), reported)


def price_text(shown: ShownPrice) -> str:
    """A shown fee in words, in the active language: '€484', '₹32,065-₹39,191 a year
    (converted from ...)', 'check with issuer: sources report £295-£555'."""
    if shown.kind == "published" and shown.amount is not None:
        price = money(shown.amount, shown.currency, cents=shown.amount != int(shown.amount))
        return _("{price} a year", price=price) if shown.yearly else price
    converted = shown.converted
    if shown.kind == "converted" and converted is not None:
        price = money_range(converted.low, converted.high, shown.currency)
        price = _("{price} a year", price=price) if shown.yearly else price
        note = conversion_note(converted.source_amount, converted.source_amount, converted)
        return _("{price} ({note})", price=price, note=note)
    if shown.issuer_amount is not None:
        return _join(
            _(CHECK_WITH_ISSUER), _no_rate(shown.issuer_amount, shown.fee.currency, shown.currency)
        )
    return _reported(shown.fee)


def _no_rate(amount: float, source: str, currency: str) -> str:
    return _(
        "published {amount}, no rate to {currency}",
        amount=money(amount, source),
        currency=currency,
    )


def _offers(draft: Draft, local: PackFee | None, member: bool) -> list[tuple[Offer, bool]]:
    """Candidate prices best first, each with whether it comes from the country pack."""
    offers: list[tuple[Offer, bool]] = []
    if local is not None:
        amount = local.member_amount if member and local.member_amount is not None else None
        amount = amount if amount is not None else local.amount
        if amount is not None:
            offer = Offer(amount, amount, local.currency, local.confidence, local.note)
            offers.append((replace(offer, as_of=local.as_of), True))
    if draft.cost is not None:
        offers.append(
            (
                Offer(
                    draft.cost,
                    draft.cost,
                    draft.currency,
                    draft.cost_confidence,
                    draft.cost_note,
                    draft.cost_as_of,
                ),
                False,
            )
        )
    if local is not None and local.reported_range is not None:
        low, high = local.reported_range
        note = _join(_reported(local), local.note)
        offers.append((Offer(low, high, local.currency, local.confidence, note), True))
    if draft.cost is None and draft.cost_range is not None:
        low, high = draft.cost_range
        offer = Offer(low, high, draft.currency, draft.cost_confidence or "U", draft.cost_note)
        offers.append((offer, False))
    return offers


def localise(
    draft: Draft,
    currency: str,
    rates: Mapping[str, ExchangeRate],
    *,
    local: PackFee | None = None,
    member: bool = False,
) -> Draft:
    """draft with its price in currency, and its price kind."""
    for offer, from_pack in _offers(draft, local, member):
        priced = _apply(draft, offer, currency, rates)
        if priced is not None:
            if from_pack and local is not None:
                priced = priced.changed(sources=_sources(local) + priced.sources)
            return priced
    # Nothing can be shown in the currency: say so, with any figure the issuer gives.
    shown = ""
    if draft.cost is not None:
        shown = _no_rate(draft.cost, draft.currency, currency)
    elif draft.cost_range is not None:
        low, high = draft.cost_range
        shown = _(
            "about {range}, no rate to {currency}",
            range=money_range(low, high, draft.currency),
            currency=currency,
        )
    elif local is not None and local.reported:
        shown = _("reported: {figures}", figures=local.reported)
    return draft.changed(
        cost_note=_join(_(CHECK_WITH_ISSUER), shown, draft.cost_note),
        cost=None,
        cost_range=None,
        currency=currency,
        sources=_sources(local) if local is not None and not draft.sources else draft.sources,
        price_kind=UNKNOWN,
    )


def _sources(fee: PackFee) -> tuple[tuple[str, str], ...]:
    return tuple((s.title, s.url) for s in fee.sources)


def kind_of(draft: Draft) -> str:
    """A price kind for a step already in the plan's currency (no conversion needed)."""
    if draft.cost is not None:
        return PRICE
    return RANGE if draft.cost_range is not None else UNKNOWN


def count_kinds(kinds: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(PRICE_KINDS, 0)
    for kind in kinds:
        counts[kind] += 1
    return counts


def localise_step(step: Step, currency: str, rates: Mapping[str, ExchangeRate]) -> Step:
    """A step made outside the choices stage (a done one) with its price in currency."""
    draft = Draft(
        id=step.id,
        title=step.title,
        kind=step.kind,
        hours=step.hours,
        why="",
        priority=0,
        cost=step.cost,
        currency=step.currency,
        cost_note=step.cost_note,
        cost_as_of=step.cost_as_of,
        cost_confidence=step.cost_confidence,
        cost_range=(step.cost_low, step.cost_high)
        if step.cost is None and step.cost_low is not None and step.cost_high is not None
        else None,
    )
    if step.cost == 0 or step.currency == currency:
        kind = kind_of(draft)
        return replace(step, currency=currency, price_kind=kind)
    draft = localise(draft, currency, rates)
    kind = draft.price_kind
    low, high = draft.cost_range or (None, None)
    return replace(
        step,
        cost=draft.cost,
        currency=currency,
        cost_note=draft.cost_note,
        cost_as_of=draft.cost_as_of,
        cost_confidence=draft.cost_confidence,
        cost_low=low,
        cost_high=high,
        price_kind=kind,
    )
