"""Field checks shared by the profile page and the set-up wizard: a message, or None if fine."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

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
        return QCoreApplication.translate(
            "ProfileChecks", "A name is needed (a first name or a nickname is enough)."
        )
    if len(name) > MAX_TEXT:
        return QCoreApplication.translate(
            "ProfileChecks", "Keep the name under %1 characters."
        ).replace("%1", str(MAX_TEXT))
    return None


def text_problem(text: str, what: str) -> str | None:
    if len(text.strip()) > MAX_TEXT:
        return (
            QCoreApplication.translate("ProfileChecks", "Keep the %1 under %2 characters.")
            .replace("%2", str(MAX_TEXT))
            .replace("%1", QCoreApplication.translate("ProfileFields", what))
        )
    return None


def weekly_hours_problem(hours: float) -> str | None:
    if hours < 0.5:  # the profile schema's bound: less would stretch a plan past 15 years
        return QCoreApplication.translate(
            "ProfileChecks",
            "Hours per week must be at least 0.5: how many hours a week can go to the plan?",
        )
    if hours > MAX_WEEKLY_HOURS:
        return QCoreApplication.translate(
            "ProfileChecks", "Hours per week can be at most %1."
        ).replace("%1", str(MAX_WEEKLY_HOURS))
    return None


def normal_currency(text: str) -> str:
    return text.strip().upper()


def currency_problem(text: str) -> str | None:
    if not _CURRENCY.match(normal_currency(text)):
        return QCoreApplication.translate(
            "ProfileChecks", "Use a three-letter currency code, such as USD, EUR or GBP."
        )
    return None


def parse_earned(text: str, today: date) -> date | None:
    """An optional YYYY-MM-DD date, not in the future; ValueError says what is wrong."""
    text = text.strip()
    if not text:
        return None
    if not _ISO_DATE.match(text):
        raise ValueError(
            QCoreApplication.translate(
                "ProfileChecks", "Write the date as YYYY-MM-DD, for example 2019-03-15 (got '%1')."
            ).replace("%1", text)
        )
    try:
        earned = date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("ProfileChecks", "%1 is not a real date.").replace(
                "%1", text
            )
        ) from None
    if earned > today:
        raise ValueError(
            QCoreApplication.translate(
                "ProfileChecks", "%1 is in the future; list credentials once they are earned."
            ).replace("%1", text)
        )
    return earned


def split_list(text: str) -> list[str]:
    """'a, b,,  c' -> ['a', 'b', 'c'], keeping the first of any repeats."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
