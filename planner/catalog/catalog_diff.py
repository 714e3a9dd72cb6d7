"""What a shipped catalog update changes: a snapshot of its items and one line per change.

The snapshot is stored in the database, so it stays language-neutral (English words); the
change lines are for people and are built in the active language from two snapshots.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from planner.catalog.pack_diff import (
    format_amount,
    format_range,
    kind_word,
    pack_items,
    short_value,
)
from planner.domain.catalog_model import CHECK_WITH_ISSUER, Catalog, Fee
from planner.domain.messages import _, pgettext
from planner.domain.records import record

# A snapshot maps key -> [kind, label, value, step id]; it is kept as JSON in the database.
Snapshot = dict[str, list[str]]


def _fee(fee: Fee) -> str:
    if fee.amount is not None:
        text = format_amount(fee.amount, fee.currency)
    elif fee.estimate:
        text = f"{CHECK_WITH_ISSUER} (sources report {format_range(*fee.estimate, fee.currency)})"
    else:
        text = CHECK_WITH_ISSUER
    if fee.member_amount is not None:
        text += f", members {format_amount(fee.member_amount, fee.currency)}"
    return text


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in sorted(value.items())) or "none"
    if isinstance(value, tuple):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def snapshot(catalog: Catalog) -> Snapshot:
    """Every item a plan can hold, its price, its rules and each pack's items, comparable."""
    found: Snapshot = {}
    for cert in catalog.certifications:
        label = f"{cert.name} ({cert.id})"
        found[f"cert:{cert.id}"] = ["certification", label, cert.status, cert.id]
        found[f"price:{cert.id}"] = ["price", label, _fee(cert.fee), cert.id]
        for f in fields(cert.prerequisites):
            if f.name == "text":
                continue
            value = _value(getattr(cert.prerequisites, f.name))
            found[f"rule:{cert.id}:{f.name}"] = ["rule", f"{label} {f.name}", value, cert.id]
    for activity in catalog.activities:
        label = f"{activity.title} ({activity.id})"
        found[f"activity:{activity.id}"] = ["step", label, activity.kind, activity.id]
        cost = activity.cost
        price = CHECK_WITH_ISSUER if cost is None else format_amount(cost, activity.currency)
        found[f"price:{activity.id}"] = ["price", label, price, activity.id]
    for member in catalog.memberships:
        label = f"{member.name} ({member.id})"
        found[f"membership:{member.id}"] = ["membership", label, "", member.id]
        found[f"price:{member.id}"] = ["dues", label, _fee(member.fee), member.id]
    for rule in catalog.experience_rules:
        key = f"experience:{rule.competency}:{rule.level}"
        found[key] = ["experience rule", f"{rule.competency} level {rule.level}", str(rule.months)]
        found[key].append("")
    for code, pack in sorted(catalog.countries.items()):
        for key, (kind, label, value) in pack_items(pack).items():
            ident = key.split(":", 1)[1]
            found[f"pack:{code}:{key}"] = [f"{code} {kind}", label, str(value), ident]
    return found


def _kind(kind: str) -> str:
    """A snapshot's kind ('price', 'GB chapter') as words of the active language."""
    words = {
        "certification": pgettext("catalog change", "certification"),
        "rule": pgettext("catalog change", "rule"),
        "membership": pgettext("catalog change", "membership"),
        "experience rule": pgettext("catalog change", "experience rule"),
    }
    if kind in words:
        return words[kind]
    code, _space, rest = kind.partition(" ")
    if len(code) == 2 and code.isupper() and rest:  # a country pack's item: 'GB price'
        return _("{code} {kind}", code=code, kind=kind_word(rest))
    return kind_word(kind)


_SOURCES = re.compile(rf"^{re.escape(CHECK_WITH_ISSUER)} \(sources report (.+)\)$")
_MEMBERS = re.compile(r"^(.+), members (.+)$")


def _shown(value: str) -> str:
    """A snapshot's value with its fixed English phrases in the active language."""
    members = _MEMBERS.match(value)
    if members:
        return _("{price}, members {member}", price=_shown(members[1]), member=members[2])
    if value in (CHECK_WITH_ISSUER, "none"):
        return _(value)
    sources = _SOURCES.match(value)
    if sources:
        return _("{check} (sources report {range})", check=_(CHECK_WITH_ISSUER), range=sources[1])
    return value


@record
class CatalogChange:
    """One change: its line ('+ ...', '- ...', '~ ...: before -> after') and the step it is."""

    line: str
    step_id: str  # the plan step the change touches ('' for a rule of no one step)
    country: str = ""  # the pack's country for a pack change


_PARTS = ("price:", "rule:")  # a price or rule of an item: said with the item when it comes or goes
_WHOLE = ("cert:", "activity:", "membership:")


def _in(snap: Snapshot, ident: str) -> bool:
    return any(f"{kind}{ident}" in snap for kind in _WHOLE)


def catalog_changes(before: Snapshot, after: Snapshot) -> list[CatalogChange]:
    """The changes from one snapshot to the next, in a stable order."""
    changes = []
    for key in sorted(before.keys() | after.keys()):
        if key.startswith(_PARTS) and (key not in before or key not in after):
            ident = (after.get(key) or before[key])[3]
            if not (_in(before, ident) and _in(after, ident)):
                continue
        country = key.split(":")[1] if key.startswith("pack:") else ""
        if key not in before:
            kind, label, value, ident = after[key]
            line = f"+ {_kind(kind)} {label}" + (f": {short_value(_shown(value))}" if value else "")
        elif key not in after:
            kind, label, _value, ident = before[key]
            line = f"- {_kind(kind)} {label}"
        elif before[key][2] != after[key][2]:
            kind, label, value, ident = after[key]
            old, new = short_value(_shown(before[key][2])), short_value(_shown(value))
            line = f"~ {_kind(kind)} {label}: {old} -> {new}"
        else:
            continue
        changes.append(CatalogChange(line, ident, country))
    return changes
