"""What a country pack changes against the one in use: one readable line per change.

pack_items() without shown=True is language-neutral (the catalog-update snapshot stores it);
pack_changes() is for people: kinds, phrases and money in the active language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planner.domain.catalog_model import CHECK_WITH_ISSUER
from planner.domain.country_pack import CountryPack, PackFee
from planner.domain.messages import _, pgettext
from planner.i18n.format import money, money_range, number

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


def _amount(amount: float, currency: str) -> str:
    return money(amount, currency, cents=amount != int(amount))


def shown_fee(fee: PackFee) -> str:
    """fee_text() for a person: in the active language, money in its format."""
    if fee.amount is not None:
        text = _amount(fee.amount, fee.currency)
    elif fee.reported_range:
        low, high = fee.reported_range
        text = _(
            "{check} (sources report {range})",
            check=_(CHECK_WITH_ISSUER),
            range=money_range(low, high, fee.currency),
        )
    else:
        text = _(CHECK_WITH_ISSUER)
    if fee.member_amount is not None:
        text = _(
            "{price}, members {member}",
            price=text,
            member=_amount(fee.member_amount, fee.currency),
        )
    if fee.period == "year" and fee.amount is not None:
        text = _("{price} a year", price=text)
    return text


def kind_word(kind: str) -> str:
    """A pack item's kind as a word of the active language."""
    words = {
        "exchange rate": pgettext("pack change", "exchange rate"),
        "body": pgettext("pack change", "body"),
        "dues": pgettext("pack change", "dues"),
        "standing": pgettext("pack change", "standing"),
        "credential level": pgettext("pack change", "credential level"),
        "price": pgettext("pack change", "price"),
        "chapter": pgettext("pack change", "chapter"),
        "course price": pgettext("pack change", "course price"),
        "employer ask": pgettext("pack change", "employer ask"),
        "market note": pgettext("pack change", "market note"),
        "step": pgettext("pack change", "step"),
    }
    return words.get(kind, kind)


def pack_items(pack: CountryPack | None, shown: bool = False) -> dict[str, tuple[str, str, Any]]:
    """Every identified item: key -> (kind, label, comparable value).

    shown: prices and phrases in the active language, for a person (never stored).
    """
    if pack is None:
        return {}
    fee_text_ = shown_fee if shown else fee_text
    check = _(CHECK_WITH_ISSUER) if shown else CHECK_WITH_ISSUER
    found: dict[str, tuple[str, str, Any]] = {}
    for rate in pack.exchange_rates:
        per_usd = (
            _("{rate} per USD on {day}", rate=number(rate.units_per_usd, digits=4), day=rate.date)
            if shown
            else f"{rate.units_per_usd:g} per USD on {rate.date}"
        )
        found[f"rate:{rate.currency}"] = ("exchange rate", rate.currency, per_usd)
    for body in pack.bodies:
        found[f"body:{body.id}"] = ("body", f"{body.short_name} ({body.id})", body.how_to_join)
        found[f"dues:{body.id}"] = ("dues", body.short_name, fee_text_(body.dues))
    for cred in pack.credentials:
        found[f"credential:{cred.id}"] = (
            "standing",
            cred.name,
            f"{cred.standing.rank}: {cred.standing.text}",
        )
        for level in cred.levels:
            found[f"level:{level.id}"] = ("credential level", f"{level.name} ({level.id})", "")
            found[f"fee:{level.id}"] = ("price", level.name, fee_text_(level.fee))
    for chapter in pack.chapters:
        where = ", ".join(chapter.regions)
        found[f"chapter:{chapter.id}"] = ("chapter", chapter.name, where)
    for course in pack.course_prices:
        found[f"course:{course.id}"] = ("course price", course.what, fee_text_(course.fee))
    for ask in pack.employer_asks:
        found[f"ask:{ask.id}"] = ("employer ask", ask.id, ask.text)
    for note in pack.market_notes:
        found[f"note:{note.id}"] = ("market note", note.id, note.text)
    for step in pack.steps:
        if step.cost is None:
            cost = check
        elif shown:
            cost = _amount(step.cost, step.currency)
        else:
            cost = format_amount(step.cost, step.currency)
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
    return _(
        "{name} ({code}), {currency}, paper {paper}, version {version}",
        name=p.name,
        code=p.country,
        currency=p.currency,
        paper=p.paper_size,
        version=p.pack_version,
    )


def pack_changes(old: CountryPack | None, new: CountryPack | None) -> list[str]:
    """Lines '+ added', '- removed', '~ changed: before -> after' from old to new."""
    before, after = pack_items(old, shown=True), pack_items(new, shown=True)
    lines = []
    if old is not None and new is not None and _head(old) != _head(new):
        lines.append("~ " + _("pack: {before} -> {after}", before=_head(old), after=_head(new)))
    for key in sorted(before.keys() | after.keys(), key=_order):
        if key not in before:
            kind, label, value = after[key]
            item = f"{kind_word(kind)} {label}"
            lines.append(f"+ {item}" + (f": {short_value(value)}" if value else ""))
        elif key not in after:
            kind, label = before[key][:2]
            lines.append(f"- {kind_word(kind)} {label}")
        elif before[key][2] != after[key][2]:
            kind, label, value = after[key]
            old_value, new_value = short_value(before[key][2]), short_value(value)
            lines.append(f"~ {kind_word(kind)} {label}: {old_value} -> {new_value}")
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
