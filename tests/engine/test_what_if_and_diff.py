"""What-if variants and plan diffs: pure functions over the engine's roadmaps."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from planner.catalog import load_catalog
from planner.domain.errors import InvalidInput
from planner.domain.messages import speaking
from planner.engine import build_roadmap
from planner.engine.plan_diff import Figures, PlanDiff, StepChange, describe, diff_plans
from planner.engine.what_if import Variant, compare
from planner.i18n.catalogs import load
from planner.i18n.format import money_range
from tests.export.conftest import demo_profile

START = date(2027, 1, 4)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_more_hours_finish_sooner_and_the_baseline_comes_first(catalog):
    outcomes = compare(
        demo_profile(), catalog, [Variant(weekly_hours=4), Variant(weekly_hours=16)], start=START
    )
    assert [o.variant.label for o in outcomes] == ["as planned", "4 h a week", "16 h a week"]
    base, slow, fast = (o.figures for o in outcomes)
    assert fast.finish < base.finish < slow.finish
    assert outcomes[1].profile.weekly_hours == 4


def test_a_small_budget_gets_an_over_verdict(catalog):
    base, tight = compare(demo_profile(), catalog, [Variant(budget=100)], start=START)
    assert tight.roadmap.summary.budget_verdict == "over"
    assert base.roadmap.summary.budget == demo_profile().budget


def test_leaving_a_step_out_removes_it_and_pinning_adds_it(catalog):
    base = build_roadmap(demo_profile(), catalog, start=START)
    planned = {s.id for s in base.steps}
    certs = [s for s in planned if s in catalog.cert_by_id and s != "pmi-pmp"]
    dropped = certs[0]
    _, without = compare(demo_profile(), catalog, [Variant(leave_out=(dropped,))], start=START)
    assert dropped not in {s.id for s in without.roadmap.steps}
    extra = next(
        c.id for c in catalog.certifications if c.id not in planned and c.status == "active"
    )
    _, pinned = compare(demo_profile(), catalog, [Variant(pin=(extra,))], start=START)
    assert extra in {s.id for s in pinned.roadmap.steps}


@pytest.mark.parametrize(
    "variant",
    [
        Variant(weekly_hours=0.1),
        Variant(weekly_hours=float("nan")),
        Variant(budget=-1),
        Variant(pin=("no-such",)),
    ],
)
def test_impossible_variants_are_refused(catalog, variant):
    with pytest.raises(InvalidInput):
        compare(demo_profile(), catalog, [variant], start=START)


def test_at_most_three_variants(catalog):
    with pytest.raises(InvalidInput, match="at most 3"):
        compare(
            demo_profile(), catalog, [Variant(weekly_hours=h) for h in (4, 5, 6, 7)], start=START
        )


def test_diff_matches_steps_by_id(catalog):
    before = build_roadmap(demo_profile(), catalog, start=START)
    after = build_roadmap(replace(demo_profile(), weekly_hours=16), catalog, start=START)
    diff = diff_plans(before, after)
    assert diff.finish_moved < 0
    moved = diff.of_kind("moved")
    assert moved and all(c.before and c.after for c in moved)
    assert not diff.of_kind("added") and not diff.of_kind("removed")
    assert diff_plans(before, before).changes == ()


def test_diff_reports_added_and_removed_steps(catalog):
    before = build_roadmap(demo_profile(), catalog, start=START)
    gone = next(s.id for s in before.steps if s.id in catalog.cert_by_id and s.id != "pmi-pmp")
    after = build_roadmap(replace(demo_profile(), exclude=(gone,)), catalog, start=START)
    diff = diff_plans(before, after)
    assert [c.step_id for c in diff.of_kind("removed")] == [gone]
    assert diff_plans(after, before).of_kind("added")[0].step_id == gone


def _figures(**changes) -> Figures:
    base = Figures(
        track="it-pm",
        start=START,
        finish=date(2028, 3, 1),
        hours=1234.0,
        known_cost=0.0,
        cost_low=1759.0,
        cost_high=4248.0,
        currency="EUR",
        ready_to_apply=None,
        pmp_exam=date(2028, 2, 1),
    )
    return replace(base, **changes)


def _step(catalog, **changes):
    step = build_roadmap(demo_profile(), catalog, start=START).steps[0]
    return replace(step, **changes)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "en",
            [
                "Finish: 1 Mar 2028 -> 11 Mar 2028 (+10 days)",
                "Hours: 1,234 -> 1,300",
                "Cost: {cost} -> not estimated",
                "PMP exam: 1 Feb 2028 -> -",
                "",
                "Moved (1):",
                "  Step: ends 4 Feb 2027 -> 3 Feb 2027 (1 day earlier)",
            ],
        ),
        (
            "de",
            [
                "Abschluss: 1. März 2028 -> 11. März 2028 (+10 Tage)",
                "Stunden: 1.234 -> 1.300",
                "Kosten: {cost} -> nicht geschätzt",
                "PMP-Prüfung: 1. Feb. 2028 -> -",
                "",
                "Verschoben (1):",
                "  Step: endet 4. Feb. 2027 -> 3. Feb. 2027 (1 Tag früher)",
            ],
        ),
        (
            "es",
            [
                "Fin: 1 mar 2028 -> 11 mar 2028 (+10 días)",
                "Horas: 1.234 -> 1.300",
                "Costo: {cost} -> sin estimar",
                "Examen PMP: 1 feb 2028 -> -",
                "",
                "Movidos (1):",
                "  Step: termina 4 feb 2027 -> 3 feb 2027 (1 día antes)",
            ],
        ),
    ],
)
def test_a_plan_diff_is_described_in_the_language_spoken(catalog, code, expected):
    before = _step(catalog, title="Step", end=date(2027, 2, 4))
    after = replace(before, end=date(2027, 2, 3))
    diff = PlanDiff(
        _figures(),
        _figures(finish=date(2028, 3, 11), hours=1300.0, cost_low=None, pmp_exam=None),
        (StepChange(before.id, "Step", "moved", before, after),),
    )
    cost = money_range(1759, 4248, "EUR", code)  # the range in the language's money format
    with speaking(load(code)):
        assert describe(diff) == [line.replace("{cost}", cost) for line in expected]


def test_an_unchanged_plan_says_so_in_german(catalog):
    plan = build_roadmap(demo_profile(), catalog, start=START)
    with speaking(load("de")):
        lines = describe(diff_plans(plan, plan))
    assert lines[0].startswith("Abschluss: ") and lines[0].endswith("(+0 Tage)")
    assert lines[-1] == "Kein Schritt hat sich geändert."
    assert not re.search(r"\d{4}-\d\d-\d\d", "\n".join(lines))  # no ISO dates
