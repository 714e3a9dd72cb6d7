"""Plans for stored people: first plan, progress, re-plan, ledger months, coach prices."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.codec.plan_json import roadmap_from_dict
from planner.codec.profile_file import profile_from_dict
from planner.domain.catalog_model import PriceOverride
from planner.domain.errors import InvalidInput, NotFound
from planner.services.workspace import open_workspace

PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
TODAY = date(2027, 3, 1)


@pytest.fixture
def ws(tmp_path, catalog):
    workspace = open_workspace(tmp_path / "p.db", catalog, lambda: TODAY)
    yield workspace
    workspace.close()


def add(ws, which: str, **changes) -> int:
    data = json.loads((PERSONAS / f"{which}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return ws.people.add(profile_from_dict(data))


def steps(saved) -> dict:
    return {s["id"]: s for s in saved.roadmap["steps"]}


def test_first_plan_is_made_once_and_saved(ws):
    pid = add(ws, "service-manager")
    first = ws.planning.current(pid)
    # The profile's start (2027-01-04) has passed by TODAY: the plan starts today and says so
    assert first.reason == "first plan" and first.start == TODAY.isoformat()
    assert any("has passed" in w for w in first.roadmap["warnings"])
    assert ws.planning.current(pid).id == first.id


def test_replan_keeps_done_steps_and_history(ws):
    pid = add(ws, "service-manager")
    first = ws.planning.current(pid)
    ws.planning.record(pid, "choose-niche", "done", date(2027, 1, 8))
    ws.planning.record(pid, "comptia-secplus", "in_progress", date(2027, 1, 11))
    ws.planning.record(pid, "chapter-meetings", "skipped")
    second = ws.planning.replan(pid)
    assert [p.id for p in ws.planning.history(pid)] == [second.id, first.id]
    now = steps(second)
    assert now["choose-niche"]["status"] == "done" and now["choose-niche"]["end"] == "2027-01-08"
    assert now["comptia-secplus"]["status"] == "in_progress"
    assert now["comptia-secplus"]["start"] >= "2027-03-01"
    assert "chapter-meetings" not in now
    progress = ws.planning.progress(pid)
    assert progress["comptia-secplus"].started == date(2027, 1, 11)


def test_record_validates_step_status_and_date(ws):
    pid = add(ws, "helpdesk")
    with pytest.raises(InvalidInput, match="not a step"):
        ws.planning.record(pid, "basket-weaving", "done")
    with pytest.raises(InvalidInput, match="status must be"):
        ws.planning.record(pid, "cisco-ccna", "finished")
    with pytest.raises(InvalidInput, match="in the future"):
        ws.planning.record(pid, "cisco-ccna", "done", date(2030, 1, 1))
    with pytest.raises(NotFound):
        ws.planning.record(999, "cisco-ccna", "done")


def test_done_keeps_the_start_of_in_progress(ws):
    pid = add(ws, "helpdesk")
    ws.planning.record(pid, "cisco-ccna", "in_progress", date(2027, 1, 10), note="chapter 3")
    entry = ws.planning.record(pid, "cisco-ccna", "done", date(2027, 2, 20))
    assert (entry.started, entry.finished, entry.note) == (
        date(2027, 1, 10),
        date(2027, 2, 20),
        "chapter 3",
    )


def test_ledger_months_bring_pmp_eligibility_forward(ws):
    pid = add(ws, "service-manager")  # 40 of 60 months
    before = ws.planning.build(pid)
    ws.journal.add_project(pid, "Data-centre move", date(2025, 1, 1), finished=date(2026, 8, 31))
    after = ws.planning.build(pid)
    pmp_before = next(s for s in before.steps if s.id == "pmi-pmp")
    pmp_after = next(s for s in after.steps if s.id == "pmi-pmp")
    assert pmp_after.start < pmp_before.start
    assert not any("more months" in line for line in after.eligibility)  # 40 + 20 = 60


def test_coach_prices_replace_catalog_prices(ws):
    pid = add(ws, "helpdesk")
    ws.coach.set_price(PriceOverride("cisco-ccna", 275.0, "USD", "partner voucher"))
    ccna = next(s for s in ws.planning.build(pid).steps if s.id == "cisco-ccna")
    assert ccna.cost == 275 and ccna.cost_confidence == "coach"


def test_other_plan_currency_converts_usd_prices_into_it(ws):
    pid = add(ws, "helpdesk", currency="EUR", budget=5000)
    ws.coach.set_setting("plan_currency", "EUR")
    ws.coach.set_price(PriceOverride("cisco-ccna", 280.0, "EUR"))
    roadmap = ws.planning.build(pid)
    assert roadmap.summary.currency == "EUR" and roadmap.summary.total_cost == 280
    assert all(s.currency == "EUR" for s in roadmap.steps)  # nothing left in dollars
    converted = [s for s in roadmap.steps if s.price_kind == "converted"]
    assert converted and all("EUR/USD" in s.cost_note for s in converted)
    # converted prices are ranges: counted in the estimate, not in the exact total
    assert roadmap.summary.cost_high > roadmap.summary.cost_low > 280
    if roadmap.summary.unknown_cost_steps:
        assert roadmap.summary.budget_verdict != "within"


def test_plan_currency_defaults_to_the_persons(ws):
    pid = add(ws, "helpdesk", currency="GBP", budget=2000, country="GB")
    roadmap = ws.planning.build(pid)
    assert roadmap.summary.currency == "GBP" and roadmap.summary.country == "GB"
    assert ws.people.get(pid).country == "GB"  # stored and read back


def test_coach_custom_steps_can_be_pinned(ws):
    from planner.domain.catalog_model import CustomStep

    ws.coach.save_custom_step(
        CustomStep("acme-bootcamp", "ACME PM bootcamp", "education", 24, 400.0)
    )
    pid = add(ws, "helpdesk", include=["acme-bootcamp"])
    step = next(s for s in ws.planning.build(pid).steps if s.id == "acme-bootcamp")
    assert (step.title, step.hours, step.cost, step.kind) == (
        "ACME PM bootcamp",
        24,
        400,
        "education",
    )
    with pytest.raises(InvalidInput, match="kind must be one of"):
        ws.coach.save_custom_step(CustomStep("x", "X", "party", 1))


def test_a_done_step_keeps_its_reason_through_re_plans(ws):
    """Issue 14, item 6: not "WHY: Done." after a re-plan."""
    from planner.domain.progress import StepProgress

    pid = add(ws, "service-manager")
    planned = steps(ws.planning.current(pid))["comptia-secplus"]
    ws.planning.record(pid, "comptia-secplus", "done", date(2027, 2, 20))
    for _ in range(2):  # and again: the second re-plan starts from a plan where it is done
        done = steps(ws.planning.replan(pid))["comptia-secplus"]
        assert done["status"] == "done" and done["end"] == "2027-02-20"
        assert done["why"] == planned["why"] and done["why"] != "Done."
        assert done["closes"] == planned["closes"] and done["sources"] == planned["sources"]

    # A plan saved before this fix said only "Done.": the history still has the reason.
    saved = ws.planning.current(pid)
    broken = dict(saved.roadmap)
    broken["steps"] = [
        {**s, "why": "Done."} if s["id"] == "comptia-secplus" else s for s in saved.roadmap["steps"]
    ]
    ws.planning.save(pid, roadmap_from_dict(broken), "old re-plan")
    assert steps(ws.planning.replan(pid))["comptia-secplus"]["why"] == planned["why"]

    # Done without ever being planned (e.g. imported progress): says when, not just "Done."
    ws.planning.set_progress(pid, StepProgress("comptia-aplus", "done", None, date(2027, 2, 1)))
    assert (
        steps(ws.planning.replan(pid))["comptia-aplus"]["why"] == "Recorded as done on Feb 1, 2027."
    )
