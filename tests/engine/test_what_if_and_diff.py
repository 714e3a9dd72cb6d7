"""What-if variants and plan diffs: pure functions over the engine's roadmaps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.catalog import load_catalog
from planner.domain.errors import InvalidInput
from planner.engine import build_roadmap
from planner.engine.plan_diff import diff_plans
from planner.engine.what_if import Variant, compare
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
