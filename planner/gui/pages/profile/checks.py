"""Field checks shared by the profile page and the set-up wizard: a message, or None if fine."""

from __future__ import annotations

import re
from datetime import date

MAX_TEXT = 200  # the profile schema's maxLength for names, roles and regions
MAX_WEEKLY_HOURS = 80
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

COMMON_CURRENCIES = (
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK",
    "PLN", "INR", "JPY", "SGD", "ZAR", "BRL", "MXN",
)  # fmt: skip


def name_problem(text: str) -> str | None:
    name = text.strip()
    if not name:
        return "A name is needed (a first name or a nickname is enough)."
    if len(name) > MAX_TEXT:
        return f"Keep the name under {MAX_TEXT} characters."
    return None


def text_problem(text: str, what: str) -> str | None:
    if len(text.strip()) > MAX_TEXT:
        return f"Keep the {what} under {MAX_TEXT} characters."
    return None


def weekly_hours_problem(hours: float) -> str | None:
    if hours < 0.5:  # the profile schema's bound: less would stretch a plan past 15 years
        return "Hours per week must be at least 0.5: how many hours a week can go to the plan?"
    if hours > MAX_WEEKLY_HOURS:
        return f"Hours per week can be at most {MAX_WEEKLY_HOURS}."
    return None


def normal_currency(text: str) -> str:
    return text.strip().upper()


def currency_problem(text: str) -> str | None:
    if not _CURRENCY.match(normal_currency(text)):
        return "Use a three-letter currency code, such as USD, EUR or GBP."
    return None


def parse_earned(text: str, today: date) -> date | None:
    """An optional YYYY-MM-DD date, not in the future; ValueError says what is wrong."""
    text = text.strip()
    if not text:
        return None
    if not _ISO_DATE.match(text):
        raise ValueError(f"Write the date as YYYY-MM-DD, for example 2019-03-15 (got '{text}').")
    try:
        earned = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} is not a real date.") from None
    if earned > today:
        raise ValueError(f"{text} is in the future; list credentials once they are earned.")
    return earned


def split_list(text: str) -> list[str]:
    """'a, b,,  c' -> ['a', 'b', 'c'], keeping the first of any repeats."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
