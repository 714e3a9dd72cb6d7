"""What a country pack changes against the one in use: one readable line per change."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planner.domain.catalog_model import CHECK_WITH_ISSUER
from planner.domain.country_pack import CountryPack, PackFee

# Prices in the item values are one fixed, language-neutral spelling, whatever language the app
# speaks: catalog snapshots are stored and compared with later ones, so a value must not change
# when only the language does.
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}


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


def fee_text(fee: PackFee) -> str:
    """'£295', 'check with issuer (sources report £295-£555)', with the member price if any."""
    if fee.amount is not None:
        text = format_amount(fee.amount, fee.currency)
    elif fee.reported_range:
        low, high = fee.reported_range
        text = f"{CHECK_WITH_ISSUER} (sources report {format_range(low, high, fee.currency)})"
    else:
        text = CHECK_WITH_ISSUER
    if fee.member_amount is not None:
        text += f", members {format_amount(fee.member_amount, fee.currency)}"
    return text + (" a year" if fee.period == "year" and fee.amount is not None else "")


def pack_items(pack: CountryPack | None) -> dict[str, tuple[str, str, Any]]:
    """Every identified item: key -> (kind, label, comparable value)."""
    if pack is None:
        return {}
    found: dict[str, tuple[str, str, Any]] = {}
    for rate in pack.exchange_rates:
        found[f"rate:{rate.currency}"] = (
            "exchange rate",
            rate.currency,
            f"{rate.units_per_usd:g} per USD on {rate.date}",
        )
    for body in pack.bodies:
        found[f"body:{body.id}"] = ("body", f"{body.short_name} ({body.id})", body.how_to_join)
        found[f"dues:{body.id}"] = ("dues", body.short_name, fee_text(body.dues))
    for cred in pack.credentials:
        found[f"credential:{cred.id}"] = (
            "standing",
            cred.name,
            f"{cred.standing.rank}: {cred.standing.text}",
        )
        for level in cred.levels:
            found[f"level:{level.id}"] = ("credential level", f"{level.name} ({level.id})", "")
            found[f"fee:{level.id}"] = ("price", level.name, fee_text(level.fee))
    for chapter in pack.chapters:
        where = ", ".join(chapter.regions)
        found[f"chapter:{chapter.id}"] = ("chapter", chapter.name, where)
    for course in pack.course_prices:
        found[f"course:{course.id}"] = ("course price", course.what, fee_text(course.fee))
    for ask in pack.employer_asks:
        found[f"ask:{ask.id}"] = ("employer ask", ask.id, ask.text)
    for note in pack.market_notes:
        found[f"note:{note.id}"] = ("market note", note.id, note.text)
    for step in pack.steps:
        cost = (
            format_amount(step.cost, step.currency) if step.cost is not None else CHECK_WITH_ISSUER
        )
        found[f"step:{step.id}"] = (
            "step",
            f"{step.title} ({step.id})",
            f"{step.kind}, {step.hours:g} h, {cost}",
        )
    return found


def short_value(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 70 else text[:67] + "..."


def _head(p: CountryPack) -> str:
    return f"{p.name} ({p.country}), {p.currency}, paper {p.paper_size}, version {p.pack_version}"


def pack_changes(old: CountryPack | None, new: CountryPack | None) -> list[str]:
    """Lines '+ added', '- removed', '~ changed: before -> after' from old to new."""
    before, after = pack_items(old), pack_items(new)
    lines = []
    if old is not None and new is not None and _head(old) != _head(new):
        lines.append(f"~ pack: {_head(old)} -> {_head(new)}")
    for key in sorted(before.keys() | after.keys(), key=_order):
        if key not in before:
            kind, label, value = after[key]
            lines.append(f"+ {kind} {label}" + (f": {short_value(value)}" if value else ""))
        elif key not in after:
            kind, label, _ = before[key]
            lines.append(f"- {kind} {label}")
        elif before[key][2] != after[key][2]:
            kind, label, value = after[key]
            lines.append(f"~ {kind} {label}: {short_value(before[key][2])} -> {short_value(value)}")
    return lines


_ORDER = (
    "rate",
    "body",
    "dues",
    "credential",
    "level",
    "fee",
    "chapter",
    "course",
    "ask",
    "note",
    "step",
)


def _order(key: str) -> tuple[int, str]:
    kind = key.split(":", 1)[0]
    return (_ORDER.index(kind) if kind in _ORDER else len(_ORDER), key)


def step_ids(pack: CountryPack | None) -> Iterable[str]:
    """The plan step ids a pack can add (bodies, levels and its own steps, by their own ids)."""
    if pack is None:
        return ()
    return (
        [b.id for b in pack.bodies]
        + [lv.id for lv in pack.levels() if not lv.catalog_id]
        + [s.id for s in pack.steps]
    )
