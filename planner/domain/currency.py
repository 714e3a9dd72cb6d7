"""Prices converted between currencies with a dated, sourced rate, shown as a ±10% range."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.catalog_model import CHECK_WITH_ISSUER
from planner.domain.country_pack import ExchangeRate, PackFee

# A converted price is an estimate: the rate moves and card or bank fees apply on top.
SPREAD = 0.10
CONFIDENCE_ORDER = ("O", "T", "S", "U")
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}


@dataclass(frozen=True)
class ConvertedPrice:
    """A price in another currency: a range, never a single figure, with its provenance."""

    low: float
    high: float
    currency: str
    source_amount: float
    source_currency: str
    rate: float
    rate_date: str
    confidence: str
    label: str

    @property
    def midpoint(self) -> float:
        return (self.low + self.high) / 2


def lower_confidence(*codes: str) -> str:
    """One step below the weakest of codes (O -> T -> S -> U); U stays U."""
    worst = max(CONFIDENCE_ORDER.index(code) for code in codes)
    return CONFIDENCE_ORDER[min(worst + 1, len(CONFIDENCE_ORDER) - 1)]


def format_amount(amount: float, currency: str) -> str:
    """'$395', '€577.50', '1,353 CHF': whole numbers without decimals."""
    text = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def format_range(low: float, high: float, currency: str) -> str:
    """'£265-£325', '416-509 AUD'; a single figure when both ends meet."""
    if low == high:
        return format_amount(low, currency)
    if currency in SYMBOLS:
        return f"{format_amount(low, currency)}-{format_amount(high, currency)}"
    first = format_amount(low, currency).removesuffix(f" {currency}")
    return f"{first}-{format_amount(high, currency)}"


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
    """Convert amount through US-dollar rates; the label says from what, at which rate, when.

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
    low = math.floor(value * (1 - SPREAD))
    high = math.ceil(value * (1 + SPREAD))
    label = (
        f"converted from {format_amount(amount, from_currency)} at {rate:.4g} "
        f"{to_currency}/{from_currency} on {date}"
    )
    return ConvertedPrice(
        low=float(low),
        high=float(high),
        currency=to_currency,
        source_amount=amount,
        source_currency=from_currency,
        rate=rate,
        rate_date=date,
        confidence=lower_confidence(*codes),
        label=label,
    )


@dataclass(frozen=True)
class ShownPrice:
    """What a plan shows for one price: the issuer's figure, a converted range, or neither.

    kind is "published" (amount in the wanted currency), "converted" (see converted) or
    "unknown" (label says "check with issuer", with any reported figures); no price is dropped.
    """

    kind: str
    currency: str
    label: str
    amount: float | None = None
    converted: ConvertedPrice | None = None
    confidence: str = "U"


def _reported(fee: PackFee) -> str:
    if fee.reported_range:
        low, high = fee.reported_range
        return f" (sources report {format_range(low, high, fee.currency)})"
    return f" ({fee.reported})" if fee.reported else ""


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
        label = f"{CHECK_WITH_ISSUER}{_reported(fee)}"
        return ShownPrice("unknown", currency, label)
    per = " a year" if fee.period == "year" else ""
    if fee.currency == currency:
        label = format_amount(amount, currency) + per
        return ShownPrice("published", currency, label, amount=amount, confidence=fee.confidence)
    try:
        converted = convert_price(amount, fee.currency, currency, rates, confidence=fee.confidence)
    except KeyError:
        # No rate to convert with: show the issuer's own figure rather than hide it.
        label = f"{format_amount(amount, fee.currency)} ({CHECK_WITH_ISSUER} for {currency})"
        return ShownPrice("unknown", currency, label)
    span = format_range(converted.low, converted.high, currency)
    label = f"{span}{per} ({converted.label})"
    return ShownPrice(
        "converted", currency, label, converted=converted, confidence=converted.confidence
    )
