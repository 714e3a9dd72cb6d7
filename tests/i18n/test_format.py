"""Dates, numbers and money follow the language: CLDR's month names, separators and symbols."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.messages import speaking
from planner.i18n import catalogs
from planner.i18n import format as fmt

DAY = date(2027, 1, 4)


def test_english_keeps_the_planners_formats():
    assert fmt.day(DAY, "en") == "4 Jan 2027"
    assert fmt.weekday(DAY, "en") == "Mon 04 Jan 2027"
    assert fmt.month("2026-11", "en") == "Nov 2026"
    assert fmt.money(1095, "USD", "en") == "$1,095"
    assert fmt.money(-1095, "USD", "en") == "-$1,095"
    assert fmt.money(250, "EUR", "en", cents=True) == "€250.00"
    assert fmt.hours(2.5, "en") == "2.5 h"
    assert fmt.csv_delimiter("en") == ","


def test_german_and_spanish_use_their_own_conventions():
    assert fmt.day(DAY, "de") == "4. Jan. 2027"
    assert fmt.day(DAY, "es") == "4 ene 2027"
    assert fmt.month("2026-03", "de") == "März 2026"
    assert fmt.money(1095, "EUR", "de") == "1.095\xa0€"
    assert fmt.money(1095, "USD", "es") == "1095\xa0US$" or fmt.money(1095, "USD", "es").startswith(
        "1.095"
    )
    assert fmt.hours(2.5, "de") == "2,5 h"
    assert fmt.csv_delimiter("de") == fmt.csv_delimiter("es") == ";"
    assert fmt.month_names("es")[0] == "ene"


def test_the_active_language_is_the_default_locale():
    with speaking(catalogs.load("de")):
        assert fmt.day(DAY) == "4. Jan. 2027"
        assert fmt.money(None, "EUR") == "beim Anbieter prüfen"
    assert fmt.day(DAY) == "4 Jan 2027"
    assert fmt.money(None, "EUR") == "check with issuer"


def test_month_leaves_anything_but_a_year_month_alone():
    assert fmt.month("2026-13") == "2026-13"
    assert fmt.month("soon") == "soon"
    assert fmt.day(None) == ""


@pytest.mark.parametrize("locale", ["en", "de", "es"])
@given(amount=st.integers(min_value=-(10**7), max_value=10**7))
def test_every_amount_keeps_its_digits(locale, amount):
    text = fmt.money(amount, "USD", locale)
    assert "".join(c for c in text if c.isdigit()) == str(abs(amount))
    assert text.startswith("-") == (amount < 0)


@pytest.mark.parametrize(
    ("locale", "both", "either"),
    [
        ("en", "A, B and C", "A, B or C"),
        ("de", "A, B und C", "A, B oder C"),
        ("es", "A, B y C", "A, B o C"),
    ],
)
def test_lists_join_with_the_languages_and_and_or(locale, both, either):
    assert fmt.and_list(["A", "B", "C"], locale) == both
    assert fmt.or_list(["A", "B", "C"], locale) == either
    assert fmt.and_list(["A"], locale) == "A" and fmt.or_list([], locale) == ""


def test_an_iso_date_from_a_source_reads_as_a_day_and_anything_else_stays():
    assert fmt.iso_day("2025-10-21") == "21 Oct 2025"
    assert fmt.iso_day("2025-10-21", "de") == "21. Okt. 2025"
    assert fmt.iso_day("2025-10") == "2025-10"
    assert fmt.iso_day("") == ""
