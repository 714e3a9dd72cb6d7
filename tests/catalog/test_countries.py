"""Country packs load, every price is sourced, bad packs are refused in one line naming a field."""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from planner.catalog.countries import (
    MAX_PACK_BYTES,
    Region,
    check_pack_data,
    convert_price,
    default_paper_size,
    guess_country,
    guess_region,
    load_country_packs,
    load_pack_file,
    merged_rates,
)
from planner.domain.country_pack import CountryPack
from planner.domain.currency import show_price
from planner.domain.errors import CatalogError
from planner.domain.messages import speaking
from planner.domain.places import ISO_COUNTRIES
from planner.engine.local_prices import conversion_note, price_text
from planner.i18n.catalogs import load
from planner.i18n.format import money, money_range
from planner.resources import resources_dir

SHIPPED = {"US", "GB", "IE", "DE", "AT", "CH", "NL", "CA", "AU", "NZ", "IN"}
LOCAL_CURRENCY = {
    "US": "USD", "GB": "GBP", "IE": "EUR", "DE": "EUR", "AT": "EUR", "CH": "CHF", "NL": "EUR",
    "CA": "CAD", "AU": "AUD", "NZ": "NZD", "IN": "INR",
}  # fmt: skip


@pytest.fixture(scope="module")
def known(catalog) -> set[str]:
    return set(catalog.cert_by_id)


@pytest.fixture(scope="module")
def packs(known) -> dict[str, CountryPack]:
    return load_country_packs(known_certifications=known)


@pytest.fixture
def pack_root(tmp_path: Path) -> Path:
    """A resources folder holding only the schemas and the shipped packs, free to edit."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir() / "schemas", root / "schemas")
    shutil.copytree(resources_dir() / "catalog" / "countries", root / "catalog" / "countries")
    return root


def _edit(root: Path, code: str, change: Callable[[dict[str, Any]], None]) -> Path:
    path = root / "catalog" / "countries" / f"{code}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _refusal(root: Path, known: set[str]) -> str:
    with pytest.raises(CatalogError) as info:
        load_country_packs(root, known_certifications=known)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


# --- shipped packs -------------------------------------------------------------------------


def test_every_shipped_pack_validates(packs):
    assert set(packs) == SHIPPED
    for code, pack in packs.items():
        assert pack.country == code
        assert pack.currency == LOCAL_CURRENCY[code]
        assert pack.paper_size == ("Letter" if code in {"US", "CA"} else "A4")
        assert pack.credentials and pack.chapters and pack.bodies, code
        assert pack.course_prices and pack.employer_asks and pack.market_notes, code


def test_every_price_has_source_date_and_confidence(packs):
    seen = 0
    for code, pack in packs.items():
        for where, fee in pack.fees():
            seen += 1
            label = f"{code} {where}"
            assert fee.sources and all(s.url.startswith("http") for s in fee.sources), label
            assert fee.as_of[:4].isdigit() and fee.confidence in "OTSU", label
            if fee.confidence == "U":
                assert fee.amount is None and fee.member_amount is None, label
            if fee.amount is None and fee.member_amount is None:
                assert fee.note or fee.reported, f"{label}: unverified price says nothing"
            if fee.reported_range:
                low, high = fee.reported_range
                assert low <= high, label
            assert fee.currency == "USD" or fee.currency in pack.rate_by_currency, label
    assert seen > 60


def test_local_currency_can_be_converted_into(packs):
    rates = merged_rates(packs)
    assert set(rates) == {"EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "INR"}
    for pack in packs.values():
        assert pack.currency == "USD" or pack.currency in pack.rate_by_currency
        for rate in pack.exchange_rates:
            assert rate.sources and rate.date and rate.units_per_usd > 0


def test_issue_contents_are_present(packs):
    gb_levels = {lv.id for lv in packs["GB"].levels()}
    assert {"apm-pfq", "apm-pmq", "apm-chpp", "prince2-7-foundation"} <= gb_levels
    assert {"prince2-7-practitioner", "agilepm-foundation"} <= gb_levels
    assert {"gpm-level-d", "gpm-level-c"} <= {lv.id for lv in packs["DE"].levels()}
    assert {"pma-level-d", "pma-level-c"} <= {lv.id for lv in packs["AT"].levels()}
    assert "ipma-nl-d" in {lv.id for lv in packs["NL"].levels()}
    assert {"aipm-cppp", "aipm-cppm"} <= {lv.id for lv in packs["AU"].levels()}
    assert {c.id for c in packs["GB"].chapters} >= {"pmi-uk"}
    assert {sub for c in packs["CA"].chapters for sub in c.subdivisions} >= {"CA-ON", "CA-BC"}
    assert {sub for c in packs["AU"].chapters for sub in c.subdivisions} >= {"AU-NSW", "AU-VIC"}
    assert {sub for c in packs["IN"].chapters for sub in c.subdivisions} >= {"IN-KA", "IN-MH"}


def test_chpp_fee_is_apms_own_pathway_2_price(packs):
    """APM publishes ChPP Pathway 2 at £866 + VAT; the pack keeps the VAT-inclusive total."""
    chpp = next(lv for lv in packs["GB"].levels() if lv.id == "apm-chpp")
    fee = chpp.fee
    assert (fee.amount, fee.currency, fee.includes_tax) == (1039.2, "GBP", True)
    assert fee.confidence == "O" and fee.as_of == "2025-09"
    assert any(s.url.startswith("https://www.apm.org.uk/chartered-standard/") for s in fee.sources)


def test_paper_size_follows_the_country(packs):
    assert [default_paper_size(c, packs) for c in ("US", "CA", "GB", "IN")] == [
        "Letter",
        "Letter",
        "A4",
        "A4",
    ]
    assert default_paper_size("FR", packs) == "A4"  # no pack: A4 outside the US and Canada
    assert default_paper_size(None, packs) == "A4"
    assert default_paper_size("US", {}) == "Letter"


def test_issuer_published_local_prices_are_kept(packs):
    level_d = next(lv for lv in packs["AT"].levels() if lv.id == "pma-level-d")
    assert (level_d.fee.amount, level_d.fee.member_amount) == (577.50, 484.00)
    assert level_d.fee.currency == "EUR" and level_d.fee.confidence == "O"
    assert level_d.fee.includes_tax is True


def test_chapters_for_a_subdivision_then_national(packs):
    ontario = [c.id for c in packs["CA"].chapters_for("CA-ON")]
    assert ontario[:2] == ["pmi-toronto", "pmi-south-western-ontario"]
    assert "pmi-canadian-west-coast" not in ontario
    assert next(c.id for c in packs["GB"].chapters_for("GB-NIR")) == "pmi-uk-northern-ireland"
    assert "pmi-uk" in [c.id for c in packs["GB"].chapters_for(None)]
    quebec = [c.id for c in packs["CA"].chapters_for(guess_region("Montréal").subdivision)]
    assert quebec == ["pmi-ottawa-valley-outaouais", "pmi-montreal"]
    assert {c.id for c in packs["IN"].chapters_for("IN-MH")} == {"pmi-pune-deccan", "pmi-mumbai"}


# --- refusals -------------------------------------------------------------------------------


def test_unknown_country_code_is_refused(pack_root, known):
    path = _edit(pack_root, "GB", lambda d: d.update(country="XX"))
    path.rename(path.with_name("XX.json"))
    message = _refusal(pack_root, known)
    assert message.startswith("XX.json: field 'country'") and "ISO 3166-1" in message


def test_code_not_matching_the_file_name_is_refused(pack_root, known):
    _edit(pack_root, "GB", lambda d: d.update(country="FR"))
    message = _refusal(pack_root, known)
    assert message.startswith("GB.json: field 'country'") and "file name" in message


def test_schema_failure_names_the_field(pack_root, known):
    _edit(pack_root, "DE", lambda d: d["credentials"][0]["levels"][0]["fee"].pop("as_of"))
    message = _refusal(pack_root, known)
    assert message.startswith("DE.json: field 'credentials[0].levels[0].fee'")
    assert "'as_of' is a required property" in message


def test_unverified_price_with_an_amount_is_refused(pack_root, known):
    _edit(pack_root, "GB", lambda d: d["professional_bodies"][0]["dues"].update(amount=99))
    message = _refusal(pack_root, known)
    assert message.startswith("GB.json: field 'professional_bodies[0].dues.amount'")


def test_price_in_a_currency_without_rate_is_refused(pack_root, known):
    _edit(pack_root, "AT", lambda d: d["credentials"][0]["levels"][1]["fee"].update(currency="JPY"))
    message = _refusal(pack_root, known)
    assert message == (
        "AT.json: field 'credentials[0].levels[1].fee.currency': "
        "no exchange rate for 'JPY' in exchange_rates"
    )


def test_local_currency_without_rate_is_refused(pack_root, known):
    _edit(pack_root, "NZ", lambda d: d.update(exchange_rates=[]))
    assert _refusal(pack_root, known).startswith("NZ.json: field 'currency': no exchange rate")


def test_conflicting_id_is_refused(pack_root, known):
    def clash(data: dict[str, Any]) -> None:
        data["chapters"][1]["id"] = data["chapters"][0]["id"]

    _edit(pack_root, "CA", clash)
    message = _refusal(pack_root, known)
    assert message == (
        "CA.json: field 'chapters[1].id': id 'pmi-toronto' is already used at chapters[0].id"
    )


def test_rates_that_disagree_between_packs_are_refused(pack_root, known):
    _edit(pack_root, "IE", lambda d: d["exchange_rates"][0].update(units_per_usd=0.9))
    message = _refusal(pack_root, known)
    assert "exchange_rates[0]" in message and "EUR" in message and "conflicts with" in message


def test_unknown_catalog_reference_is_refused(pack_root, known):
    _edit(pack_root, "US", lambda d: d["employer_asks"][0]["certifications"].append("pmi-xyz"))
    message = _refusal(pack_root, known)
    assert message.startswith("US.json: field 'employer_asks[0].certifications[2]'")
    assert "pmi-xyz" in message


def test_subdivision_of_another_country_is_refused(pack_root, known):
    _edit(pack_root, "AU", lambda d: d["chapters"][0]["subdivisions"].append("NZ-AUK"))
    assert "'NZ-AUK' is not a subdivision of AU" in _refusal(pack_root, known)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "is not valid JSON"),
        (b"", "is empty"),
        (b"[]", "field '(whole pack)'"),
        (b" " * (MAX_PACK_BYTES + 1), "at most"),
    ],
)
def test_unreadable_pack_files_are_refused(tmp_path, content, expected):
    path = tmp_path / "GB.json"
    path.write_bytes(content)
    with pytest.raises(CatalogError) as info:
        load_pack_file(path)
    assert expected in str(info.value) and "\n" not in str(info.value)


def test_a_bad_pack_refuses_the_whole_load(pack_root, known):
    _edit(pack_root, "NL", lambda d: d.pop("market_notes"))
    assert _refusal(pack_root, known).startswith("NL.json: field '(whole pack)'")


# --- guess_country --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manchester, UK", "GB"),
        ("München", "DE"),
        ("Muenchen, Bayern", "DE"),
        ("Pune, India", "IN"),
        ("Toronto, ON", "CA"),
        ("London, ON", "CA"),
        ("London", "GB"),
        ("Greater Manchester Area", "GB"),
        ("Belfast, Northern Ireland", "GB"),
        ("Dublin, Ireland", "IE"),
        ("Wien, Österreich", "AT"),
        ("Zürich", "CH"),
        ("Amsterdam Area, Netherlands", "NL"),
        ("Sydney, New South Wales", "AU"),
        ("Perth, WA", "AU"),
        ("Melbourne, Victoria", "AU"),
        ("Victoria, BC", "CA"),
        ("Auckland", "NZ"),
        ("Bengaluru, Karnataka", "IN"),
        ("Austin, TX", "US"),
        ("Berlin, DE", "DE"),
        ("Remote", None),
        ("", None),
        ("Perth", None),
        ("Birmingham", None),
        ("Dublin, CA", None),
        ("Springfield", None),
        ("Manchester, UK / Berlin, Germany", None),
    ],
)
def test_guess_country(text, expected):
    assert guess_country(text) == expected


@given(st.text(max_size=120))
def test_guess_country_never_fails(text):
    result = guess_country(text)
    assert result is None or result in ISO_COUNTRIES
    region = guess_region(text)
    assert region.country == result
    assert region.subdivision is None or region.subdivision.startswith(f"{result}-")


@pytest.mark.parametrize(
    ("text", "country", "subdivision"),
    [
        ("Toronto, ON", "CA", "CA-ON"),
        ("London, ON", "CA", "CA-ON"),
        ("Manchester, UK", "GB", "GB-ENG"),
        ("Glasgow", "GB", "GB-SCT"),
        ("München", "DE", "DE-BY"),
        ("Pune, India", "IN", "IN-MH"),
        ("Bengaluru", "IN", "IN-KA"),
        ("Perth, WA", "AU", "AU-WA"),
        ("Perth, Scotland", "GB", "GB-SCT"),
        ("Seattle, WA", "US", "US-WA"),
        ("Victoria, BC", "CA", "CA-BC"),
        ("Wien", "AT", "AT-9"),
        ("UK", "GB", None),
        ("India", "IN", None),
        ("Remote", None, None),
    ],
)
def test_guess_region_finds_the_subdivision_for_local_chapters(text, country, subdivision):
    assert guess_region(text) == Region(country, subdivision)


def test_guessed_subdivision_picks_the_local_chapter(packs):
    region = guess_region("Mississauga, Ontario")
    assert packs[region.country].chapters_for(region.subdivision)[0].id == "pmi-toronto"


# --- conversion -----------------------------------------------------------------------------


def note(converted) -> str:
    return conversion_note(converted.source_amount, converted.source_amount, converted)


def test_usd_price_converted_to_pounds_is_a_labelled_range(packs):
    rates = merged_rates(packs)
    converted = convert_price(395, "USD", "GBP", rates, confidence="S")
    assert (converted.low, converted.high) == (265.0, 325.0)
    assert converted.rate_date == "2025-10-21"
    assert note(converted) == "converted from $395 at 0.7477 GBP/USD on 21 Oct 2025"
    assert converted.confidence == "U"  # lower than the weaker of the price (S) and the rate (S)


def test_cross_rate_between_two_non_usd_currencies(packs):
    rates = merged_rates(packs)
    converted = convert_price(577.50, "EUR", "GBP", rates, confidence="O")
    assert converted.rate == pytest.approx(0.8678, rel=1e-4)
    assert note(converted) == "converted from €577.50 at 0.8678 GBP/EUR on 21 Oct 2025"
    assert converted.low <= 577.50 * 0.8678 <= converted.high


def test_converting_into_usd_uses_the_source_rate(packs):
    converted = convert_price(900, "CHF", "USD", merged_rates(packs))
    assert note(converted).startswith(f"converted from {money(900, 'CHF')} at ")
    assert converted.low <= 900 / 0.79521 <= converted.high


def test_conversion_refuses_what_it_cannot_do(packs):
    rates = merged_rates(packs)
    with pytest.raises(KeyError, match="JPY"):
        convert_price(10, "USD", "JPY", rates)
    with pytest.raises(ValueError):
        convert_price(10, "GBP", "GBP", rates)
    with pytest.raises(ValueError):
        convert_price(-1, "USD", "GBP", rates)
    with pytest.raises(ValueError):
        convert_price(math.nan, "USD", "GBP", rates)


@given(
    amount=st.floats(min_value=0, max_value=1e7, allow_nan=False),
    pair=st.sampled_from([("USD", "GBP"), ("EUR", "INR"), ("AUD", "USD"), ("NZD", "CHF")]),
)
def test_converted_range_holds_the_value_with_ten_percent_either_side(packs, amount, pair):
    converted = convert_price(amount, *pair, merged_rates(packs))
    value = amount * converted.rate
    assert converted.low <= value * 0.9 + 1e-6
    assert converted.high >= value * 1.1 - 1e-6
    assert converted.high - converted.low <= value * 0.2 + 2
    assert converted.rate_date == "2025-10-21" and converted.currency == pair[1]


# --- what a plan shows ----------------------------------------------------------------------


def _level_fee(pack: CountryPack, level_id: str):
    return next(lv.fee for lv in pack.levels() if lv.id == level_id)


def test_issuer_local_price_is_shown_as_published(packs):
    rates = merged_rates(packs)
    shown = show_price(_level_fee(packs["AT"], "pma-level-d"), "EUR", rates, member=True)
    assert (shown.kind, shown.amount, price_text(shown)) == ("published", 484.0, "€484")
    assert shown.confidence == "O"


def test_usd_price_is_shown_converted_with_its_note(packs):
    rates = merged_rates(packs)
    shown = show_price(_level_fee(packs["IN"], "pmp"), "INR", rates, member=True)
    assert shown.kind == "converted" and shown.converted is not None
    assert price_text(shown) == (
        "₹32,065–₹39,191 (converted from $405 at 87.9704 INR/USD on 21 Oct 2025)"
    )
    assert (shown.converted.rate_date, shown.converted.source_amount) == ("2025-10-21", 405)
    with speaking(load("de")):
        assert price_text(shown) == (
            f"{money_range(32065, 39191, 'INR', 'de')} (umgerechnet aus 405\xa0$ zum Kurs "
            "87,9704 INR/USD vom 21. Okt. 2025)"
        )


def test_unverified_price_says_check_with_issuer_and_what_sources_report(packs):
    rates = merged_rates(packs)
    shown = show_price(_level_fee(packs["GB"], "prince2-7-foundation"), "GBP", rates)
    assert shown.kind == "unknown" and shown.amount is None
    assert price_text(shown) == "check with issuer: sources report £295–£555"
    non_member_pmp = show_price(_level_fee(packs["US"], "pmp"), "USD", rates)
    assert price_text(non_member_pmp) == "check with issuer: sources report $555–$675"
    with speaking(load("es")):
        assert price_text(non_member_pmp).startswith("consultar con el emisor: ")


def test_price_without_a_rate_still_shows_the_issuer_figure(packs):
    shown = show_price(_level_fee(packs["AT"], "pma-level-c"), "JPY", merged_rates(packs))
    assert shown.kind == "unknown" and shown.issuer_amount == 1353
    assert price_text(shown) == "check with issuer; published €1,353, no rate to JPY"


def test_no_shipped_price_disappears(packs):
    """Every price of every pack shows as published, converted or check-with-issuer text."""
    rates = merged_rates(packs)
    for pack in packs.values():
        for target in (pack.currency, "USD", "EUR"):
            for where, fee in pack.fees():
                for member in (False, True):
                    shown = show_price(fee, target, rates, member=member)
                    assert price_text(shown), where
                    assert (shown.kind == "published") == (shown.amount is not None), where
                    assert (shown.kind == "converted") == (shown.converted is not None), where


# --- robustness -----------------------------------------------------------------------------

_GB = json.loads((resources_dir() / "catalog" / "countries" / "GB.json").read_text("utf-8"))
_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.just([]),
    st.just({}),
    st.just("ZZ"),
    st.just("JPY"),
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


_GB_PATHS = _paths(_GB)


@given(path=st.sampled_from(_GB_PATHS), value=_ODD_VALUES, delete=st.booleans())
@example(path=("course_prices", 1, "credential"), value="\n", delete=False)  # found by CI
def test_any_damaged_pack_is_refused_in_one_line_or_accepted(known, path, value, delete):
    data = json.loads(json.dumps(_GB))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    try:
        check_pack_data(
            "GB.json", data, resources_dir() / "schemas", stem="GB", known_certifications=known
        )
    except CatalogError as exc:
        assert str(exc).startswith("GB.json: field '") and "\n" not in str(exc)


def test_missing_schema_is_one_line(pack_root, known):
    (pack_root / "schemas" / "country_pack.schema.json").unlink()
    assert _refusal(pack_root, known).startswith("country_pack.schema.json: ")


def test_yearly_dues_say_so(packs):
    dues = replace(packs["US"].bodies[0].dues, amount=139.0, confidence="S")
    rates = merged_rates(packs)
    assert price_text(show_price(dues, "USD", rates)) == "$139 a year"
    converted = price_text(show_price(dues, "GBP", rates))
    assert converted.startswith("£93–£115 a year (converted from $139 at 0.7477 GBP/USD")
    with speaking(load("de")):
        assert price_text(show_price(dues, "USD", rates)) == "139\xa0$ pro Jahr"
