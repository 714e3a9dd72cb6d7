"""Prices converted between currencies with a dated, sourced rate, shown as a ±10% range.

Numbers and provenance only: the words and number formats a person reads are the engine's
(`planner.engine.local_prices.conversion_note` and `price_text`), in the active language.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from planner.domain.country_pack import ExchangeRate, PackFee
from planner.domain.records import record

# A converted price is an estimate: the rate moves and card or bank fees apply on top.
SPREAD = 0.10
CONFIDENCE_ORDER = ("O", "T", "S", "U")


@record
class ConvertedPrice:
    """A price in another currency: a range, never a single figure, with its provenance."""

    low: float
    high: float
    currency: str
    source_amount: float
    source_currency: str
    rate: float  # units of currency per unit of source_currency
    rate_date: str  # ISO date of the older rate used
    confidence: str

    @property
    def midpoint(self) -> float:
        return (self.low + self.high) / 2


def lower_confidence(*codes: str) -> str:
    """One step below the weakest of codes (O -> T -> S -> U); U stays U."""
    worst = max(CONFIDENCE_ORDER.index(code) for code in codes)
    return CONFIDENCE_ORDER[min(worst + 1, len(CONFIDENCE_ORDER) - 1)]


def _rate(rates: Mapping[str, ExchangeRate], currency: str) -> ExchangeRate | None:
    if currency == "USD":
        return None
    if currency not in rates:
        raise KeyError(f"no exchange rate for {currency}")
    return rates[currency]


def convert_price(
    amount: float,
    from_currency: str,
    to_currency: str,
    rates: Mapping[str, ExchangeRate],
    *,
    confidence: str = "O",
) -> ConvertedPrice:
    """Convert amount through US-dollar rates, keeping from what, at which rate and when.

    confidence is the source price's own code; the result is one step lower than the weaker of
    it and the rates used. Raises KeyError naming a currency without a rate, ValueError for a
    negative or non-finite amount or two equal currencies.
    """
    if not math.isfinite(amount) or amount < 0:
        raise ValueError(f"cannot convert {amount!r}")
    if from_currency == to_currency:
        raise ValueError(f"{from_currency} needs no conversion")
    src, dst = _rate(rates, from_currency), _rate(rates, to_currency)
    from_per_usd = src.units_per_usd if src else 1.0
    to_per_usd = dst.units_per_usd if dst else 1.0
    rate = to_per_usd / from_per_usd
    used = [r for r in (src, dst) if r is not None]
    # The older rate bounds how current the conversion is.
    date = min((r.date for r in used), default="")
    codes = [confidence, *(r.confidence for r in used)]
    value = amount * rate
    return ConvertedPrice(
        low=float(math.floor(value * (1 - SPREAD))),
        high=float(math.ceil(value * (1 + SPREAD))),
        currency=to_currency,
        source_amount=amount,
        source_currency=from_currency,
        rate=rate,
        rate_date=date,
        confidence=lower_confidence(*codes),
    )


@record
class ShownPrice:
    """What a plan shows for one fee in a currency: the issuer's figure, a converted range, or
    neither; no price is dropped.

    kind is "published" (amount is in currency), "converted" (see converted) or "unknown":
    check with the issuer, with what sources report (fee.reported_range, fee.reported) or the
    issuer's own figure (issuer_amount, in fee.currency) when no rate converts it.
    """

    kind: str
    currency: str
    fee: PackFee
    amount: float | None = None
    converted: ConvertedPrice | None = None
    confidence: str = "U"
    issuer_amount: float | None = None

    @property
    def yearly(self) -> bool:
        return self.fee.period == "year"


def show_price(
    fee: PackFee,
    currency: str,
    rates: Mapping[str, ExchangeRate],
    *,
    member: bool = False,
) -> ShownPrice:
    """The fee as the person should see it in their currency (member price when member)."""
    amount = fee.member_amount if member and fee.member_amount is not None else fee.amount
    if amount is None:
        return ShownPrice("unknown", currency, fee)
    if fee.currency == currency:
        return ShownPrice("published", currency, fee, amount=amount, confidence=fee.confidence)
    try:
        converted = convert_price(amount, fee.currency, currency, rates, confidence=fee.confidence)
    except KeyError:
        # No rate to convert with: keep the issuer's own figure rather than hide it.
        return ShownPrice("unknown", currency, fee, issuer_amount=amount)
    return ShownPrice(
        "converted", currency, fee, converted=converted, confidence=converted.confidence
    )
