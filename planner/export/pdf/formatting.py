"""Words and numbers as the printed plan writes them: dates, money, hours, kinds, levels."""

from __future__ import annotations

from datetime import date

from planner.domain.catalog_model import CHECK_WITH_ISSUER

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
KIND_LABELS = {
    "certification": "Certification",
    "education": "Education",
    "membership": "Membership",
    "networking": "Networking",
    "niche": "Niche",
    "experience": "Experience",
    "job-search": "Job search",
}
CONFIDENCE = {
    "O": "read on the issuer's own page",
    "T": "two or more independent sources agree",
    "S": "a single third-party source",
    "U": "unverified or conflicting sources",
}


def day(value: date | None) -> str:
    """'4 Jan 2027': unambiguous on both sides of the Atlantic."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]}"


def month(value: str) -> str:
    """A source's 'YYYY-MM' or 'YYYY-MM-DD' as 'Nov 2026'; anything else unchanged."""
    parts = value.split("-")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


def money(amount: float | None, currency: str) -> str:
    if amount is None:
        return CHECK_WITH_ISSUER
    if currency == "USD":
        return f"-${-amount:,.0f}" if amount < 0 else f"${amount:,.0f}"
    return f"{amount:,.0f} {currency}"


def hours(value: float) -> str:
    return f"{value:,.0f} h" if value >= 10 or value == int(value) else f"{value:g} h"


def kind(value: str) -> str:
    return KIND_LABELS.get(value, value.replace("-", " ").capitalize())


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
