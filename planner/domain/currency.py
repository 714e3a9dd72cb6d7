"""Prices converted between currencies with a dated, sourced rate, shown as a ±10% range."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.country_pack import ExchangeRate

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
