"""The route, prices, budget verdict and local bodies by country, on personas outside the US."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.codec.plan_json import roadmap_to_dict
from planner.codec.profile_file import profile_from_dict
from planner.engine import build_roadmap
from planner.engine.local_prices import PRICE_KINDS, merged_rates

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas" / "countries"
TODAY = date(2026, 12, 2)


def persona(name: str, **changes):
    data = json.loads((PERSONAS / f"{name}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return profile_from_dict({k: v for k, v in data.items() if v is not None})


def plan(catalog, name: str, **changes):
    return build_roadmap(persona(name, **changes), catalog, today=TODAY)


def ids(roadmap) -> set[str]:
    return {s.id for s in roadmap.steps}


def assert_no_silent_price_loss(roadmap) -> None:
    """Every step: a price, a range, a converted range, or 'check with issuer' said in words."""
    currency = roadmap.summary.currency
    for step in roadmap.steps:
        assert step.currency == currency, step.id
        assert step.price_kind in PRICE_KINDS, step.id
        if step.price_kind == "check_with_issuer":
            assert step.cost is None and step.cost_low is None
            assert step.id in roadmap.summary.unknown_cost_steps
        else:
            assert step.cost_low is not None and step.cost_high is not None, step.id
        if step.price_kind == "converted":
            assert "converted from" in step.cost_note and re.search(
                r" on .*\b20\d\d\b", step.cost_note
            )
    kinds = roadmap.summary.price_kinds
    assert sum(kinds.values()) == len(roadmap.steps)
    if roadmap.summary.unknown_cost_steps:
        assert roadmap.summary.budget_verdict != "within"


def test_uk_infrastructure_engineer(catalog):
    roadmap = plan(catalog, "uk-infrastructure-engineer")
    s = roadmap.summary
    assert (s.country, s.currency) == ("GB", "GBP")
    # the local route: PRINCE2 Foundation in place of CAPM, PMP kept for later, and why
    assert "prince2-fnd" in ids(roadmap) and "pmi-capm" not in ids(roadmap)
    prince2 = next(x for x in roadmap.steps if x.id == "prince2-fnd")
    assert "public-sector and infrastructure employers often ask for PRINCE2" in prince2.why
    assert "PMP is valued by US-headquartered firms" in prince2.why
    # the issuer's local figures in pounds, as reported, not a converted dollar price
    assert (prince2.cost_low, prince2.cost_high, prince2.price_kind) == (295, 555, "range")
    # local body and the chapter for the region
    assert "apm" in ids(roadmap)
    pmi = next(x for x in roadmap.steps if x.id == "pmi")
    assert pmi.title == "Join PMI and the PMI UK Chapter"
    assert any(r.id == "country-credentials" for r in roadmap.risks)
    assert s.budget_verdict in ("within", "over", "uncertain")
    assert s.cost_low > 0  # pounds counted, not "0 GBP"
    assert_no_silent_price_loss(roadmap)


def test_german_developer_in_euros(catalog):
    roadmap = plan(catalog, "de-developer")
    s = roadmap.summary
    assert (s.country, s.currency) == ("DE", "EUR")
    assert "gpm-level-d" in ids(roadmap) and "pmi-capm" not in ids(roadmap)
    level_d = next(x for x in roadmap.steps if x.id == "gpm-level-d")
    assert (level_d.cost_low, level_d.cost_high) == (567, 630)
    assert "planner estimate" in level_d.hours_basis
    assert "gpm" in ids(roadmap)
    pmi = next(x for x in roadmap.steps if x.id == "pmi")
    assert "PMI Germany Chapter" in pmi.title
    pmp = next(x for x in roadmap.steps if x.id == "pmi-pmp")
    assert pmp.price_kind == "converted" and "EUR/USD" in pmp.cost_note
    assert s.budget_verdict is not None
    assert not any("no exchange rates" in w for w in roadmap.warnings)
    assert any("German" in note for note in roadmap.country_notes)
    assert_no_silent_price_loss(roadmap)


def test_australian_service_manager_in_dollars_australian(catalog):
    roadmap = plan(catalog, "au-service-manager")
    s = roadmap.summary
    assert (s.country, s.currency) == ("AU", "AUD")
    # PMI is widely asked for in Australia too: PMP stays, PRINCE2 comes for government work
    assert {"pmi-pmp", "prince2-fnd", "aipm"} <= ids(roadmap)
    assert "Melbourne" in next(x for x in roadmap.steps if x.id == "pmi").title
    assert s.budget_verdict is not None
    assert all(x.currency == "AUD" for x in roadmap.steps)
    assert_no_silent_price_loss(roadmap)


def test_indian_network_engineer_in_rupees(catalog):
    roadmap = plan(catalog, "in-network-engineer")
    s = roadmap.summary
    assert (s.country, s.currency) == ("IN", "INR")
    # PMI's route is what Indian employers ask for, with the pack's reason
    assert {"pmi-capm", "pmi-pmp"} <= ids(roadmap)
    assert "PMI's route is kept" in s.route
    pmi = next(x for x in roadmap.steps if x.id == "pmi")
    assert "Pune" in pmi.title
    capm = next(x for x in roadmap.steps if x.id == "pmi-capm")
    assert capm.price_kind == "converted" and capm.cost_low > 10_000
    assert s.budget_verdict == "over"  # 60,000 rupees does not cover the low estimate
    assert roadmap.alternatives and all("$" not in a.title for a in roadmap.alternatives)
    assert_no_silent_price_loss(roadmap)


def test_country_guessed_from_region_says_so(catalog):
    roadmap = plan(catalog, "uk-infrastructure-engineer", country=None)
    assert roadmap.summary.country == "GB" and roadmap.summary.country_guessed
    assert any("guessed from your region" in w for w in roadmap.warnings)


def test_plan_json_counts_each_price_kind(catalog):
    data = roadmap_to_dict(plan(catalog, "de-developer"))
    kinds = data["summary"]["price_kinds"]
    assert set(kinds) == set(PRICE_KINDS) and sum(kinds.values()) == len(data["steps"])
    assert data["summary"]["country"] == "DE"
    assert all(step["price_kind"] in PRICE_KINDS for step in data["steps"])
    assert {"total_cost", "currency", "cost_estimate", "budget_verdict"} <= set(data["summary"])


def test_us_persona_keeps_the_us_route(plan):
    roadmap = plan("service-manager")
    assert roadmap.summary.country == "US" and "pmi-capm" in ids(roadmap)
    assert not any(r.id.startswith("country") for r in roadmap.risks)
    assert all(s.price_kind != "converted" for s in roadmap.steps)


def _currencies():
    from planner.catalog import load_catalog

    return sorted({*merged_rates(load_catalog().countries.values()), "USD"})


@settings(max_examples=40, deadline=None)
@given(
    currency=st.sampled_from(_currencies()),
    name=st.sampled_from(
        ["uk-infrastructure-engineer", "de-developer", "au-service-manager", "in-network-engineer"]
    ),
    budget=st.integers(0, 200_000),
    country=st.sampled_from([None, "GB", "DE", "AU", "IN", "US", "FR", "CH", "CA"]),
)
def test_no_currency_silently_loses_a_price(catalog, currency, name, budget, country):
    """For every currency with a rate: no step without a shown price, no false 'within'."""
    roadmap = plan(catalog, name, currency=currency, budget=budget, country=country)
    assert_no_silent_price_loss(roadmap)
    s = roadmap.summary
    if s.budget_verdict == "within":
        assert not s.unknown_cost_steps and s.cost_high <= budget


@pytest.mark.parametrize("code", ["XX", "gb", "UK"])
def test_unknown_country_code_is_refused_naming_the_field(code):
    from planner.domain.errors import InvalidProfile

    with pytest.raises(InvalidProfile, match=r"^country"):
        persona("uk-infrastructure-engineer", country=code)


def test_a_done_local_step_is_kept_and_the_route_moves_on(catalog):
    from planner.domain.progress import StepProgress

    profile = persona("de-developer")
    done = {"gpm-level-d": StepProgress("gpm-level-d", "done", date(2027, 3, 1), date(2027, 3, 1))}
    roadmap = build_roadmap(profile, catalog, progress=done, today=TODAY)
    by_id = {s.id: s for s in roadmap.steps}
    assert by_id["gpm-level-d"].status == "done"
    assert by_id["gpm-level-d"].currency == "EUR"
    assert [s.id for s in roadmap.steps].count("gpm-level-d") == 1
    assert "gpm-level-c" in by_id  # the next level is the route now
    assert_no_silent_price_loss(roadmap)
