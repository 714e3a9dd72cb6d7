"""Issue #12: the engine's stages (assess, choose, draft, schedule, assemble), each run alone."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from planner.domain.messages import in_country
from planner.engine import build_roadmap
from planner.engine.assessment import assess
from planner.engine.choices import choose
from planner.engine.country import resolve_country
from planner.engine.drafting import draft
from planner.engine.drafts import Draft
from planner.engine.fit import all_fits
from planner.engine.roadmap import assemble
from planner.engine.scheduling import schedule

START = date(2027, 1, 4)


@pytest.fixture
def stages(catalog, persona):
    """stages('developer') -> (profile, assessment, choices, drafts) for the persona's track."""

    def make(name: str, **changes):
        profile = persona(name, **changes)
        assessment = assess(profile, catalog, on=START)
        track = catalog.track_by_id[profile.target_track]
        country = resolve_country(profile, catalog)
        with in_country(country.code):  # as build_roadmap runs them: dates read as there
            choices = choose(profile, catalog, track, assessment, START, country=country)
            return profile, assessment, choices, draft(choices, profile.currency)

    return make


def test_assess_reads_skills_and_credentials_into_a_frozen_value(catalog, persona):
    assessment = assess(persona("pmp-holder"), catalog, on=START)
    assert "pmi-pmp" in assessment.held
    assert assessment.level("pm-fundamentals") >= 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        assessment.levels = {}  # type: ignore[misc]


def test_choose_plans_the_pm_route_and_closes_gaps_without_changing_its_input(catalog, stages):
    profile, assessment, choices, _drafts = stages("developer")
    levels_before = dict(assessment.levels)
    assert "pmi-pmp" in choices.drafts  # 18 of 36 months: PMP waits for experience
    assert choices.drafts["pmi-pmp"].waits_for_experience
    assert "lead-internal-project" in choices.drafts["pmi-pmp"].depends_on
    technical = [
        d
        for d in choices.drafts.values()
        if d.id in catalog.cert_by_id
        and catalog.cert_by_id[d.id].primary_competency != "pm-fundamentals"
    ]
    assert technical, "a software track gap is closed by a technical credential"
    assert dict(assessment.levels) == levels_before
    with pytest.raises(TypeError):
        choices.drafts["x"] = choices.drafts["pmi-pmp"]  # type: ignore[index]
    # The same inputs choose the same steps: nothing is carried over from an earlier run.
    again = choose(profile, catalog, choices.context.track, assessment, START)
    assert list(again.drafts) == list(choices.drafts)


def test_draft_orders_toward_the_job_search_and_leaves_the_choices_as_they_were(stages):
    _profile, _assessment, choices, drafts = stages("helpdesk")
    chosen = dict(choices.drafts)
    search = drafts.steps["job-search"]
    assert "pm-education-course" in search.depends_on or "pmi-capm" in search.depends_on
    before = [d for d in drafts.steps.values() if d.role == "before-apply"]
    assert 1 <= len(before) <= 2
    assert set(d.id for d in before) <= set(search.depends_on)
    assert all(d.price_kind for d in drafts.steps.values())
    assert dict(choices.drafts) == chosen  # roles, priorities and prices went to new drafts
    assert all(d.role == "" for d in chosen.values() if not d.id.startswith("renew-"))


def test_draft_leaves_optional_steps_out_on_little_time_or_money(stages):
    _profile, _assessment, choices, drafts = stages("tight-budget")
    left = set(choices.drafts) - set(drafts.steps)
    assert left, "a tight budget keeps to what gets the person hired"
    assert any("left out for later" in w for w in drafts.warnings)


def test_schedule_keeps_to_the_weekly_hours_and_puts_prerequisites_first(stages):
    profile, _assessment, _choices, drafts = stages("developer")
    placed = schedule(list(drafts.steps.values()), profile.weekly_hours)
    assert set(placed.placements) == set(drafts.steps)
    assert max(placed.load.values()) <= profile.weekly_hours
    for step in drafts.steps.values():
        for dep in step.depends_on:
            if dep in placed.placements:
                first = placed.placements[step.id].first_week
                assert placed.placements[dep].last_week < first
    assert placed.weeks == max(p.last_week for p in placed.placements.values()) + 1


def test_assemble_dates_the_scheduled_drafts_into_the_roadmap_build_roadmap_gives(
    catalog, persona, stages
):
    profile, assessment, _choices, drafts = stages("developer")
    placed = schedule(list(drafts.steps.values()), profile.weekly_hours)
    fits = all_fits(assessment, profile.answers, catalog)
    with in_country("US"):
        roadmap = assemble(drafts, placed, fits=fits, warnings=tuple(assessment.warnings))
    assert roadmap == build_roadmap(profile, catalog, start=START)
    assert {s.id for s in roadmap.steps} == set(drafts.steps)
    assert all(s.start >= START for s in roadmap.steps)


def test_a_changed_draft_is_a_new_value_and_unknown_fields_are_refused():
    step = Draft("a", "A", "certification", 10, "why", 1, depends_on=("b",))
    later = step.changed(priority=61, role="alongside")
    assert (later.priority, later.role, later.depends_on) == (61, "alongside", ("b",))
    assert (step.priority, step.role) == (1, "")
    assert later == dataclasses.replace(step, priority=61, role="alongside")
    with pytest.raises(TypeError, match="no field"):
        step.changed(priorty=2)
