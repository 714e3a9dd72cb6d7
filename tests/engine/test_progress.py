"""Re-planning with progress keeps what is done, drops what is skipped, moves the rest."""

from __future__ import annotations

from datetime import date

from planner.domain.progress import StepProgress
from planner.engine import build_roadmap
from planner.engine.experience import months_led


def by_id(roadmap):
    return {s.id: s for s in roadmap.steps}


def test_done_steps_keep_their_dates_and_the_rest_start_from_today(persona, catalog):
    profile = persona("service-manager")
    progress = {
        "choose-niche": StepProgress("choose-niche", "done", date(2027, 1, 4), date(2027, 1, 9)),
        "ms-az104": StepProgress("ms-az104", "done", date(2027, 1, 10), date(2027, 4, 2)),
        "comptia-secplus": StepProgress("comptia-secplus", "skipped"),
        "cisco-ccna": StepProgress("cisco-ccna", "in_progress", date(2027, 4, 5)),
    }
    today = date(2027, 5, 3)
    roadmap = build_roadmap(profile, catalog, start=today, progress=progress)
    steps = by_id(roadmap)
    assert steps["choose-niche"].status == "done"
    assert (steps["ms-az104"].start, steps["ms-az104"].end) == (date(2027, 1, 10), date(2027, 4, 2))
    assert "comptia-secplus" not in steps
    assert steps["cisco-ccna"].status == "in_progress"
    for step in roadmap.steps:
        if step.status != "done":
            assert step.start >= today, step.id
    assert roadmap.summary.total_cost >= steps["ms-az104"].cost
    cloud = next(g for g in roadmap.gaps if g.competency == "cloud-platforms")
    assert cloud.have == 3, "a done certification counts like a held one"


def test_done_membership_gives_member_prices(persona, catalog):
    progress = {"pmi": StepProgress("pmi", "done", None, date(2027, 1, 5))}
    roadmap = build_roadmap(
        persona("service-manager"), catalog, start=date(2027, 2, 1), progress=progress
    )
    steps = by_id(roadmap)
    assert steps["pmi"].status == "done" and steps["pmi-capm"].cost == 225


def test_done_course_counts_its_contact_hours(persona, catalog):
    progress = {
        "pm-education-course": StepProgress(
            "pm-education-course", "done", date(2027, 1, 4), date(2027, 2, 1)
        )
    }
    roadmap = build_roadmap(
        persona("network-engineer", pm_experience_months=40),
        catalog,
        start=date(2027, 3, 1),
        progress=progress,
    )
    pmp = by_id(roadmap)["pmi-pmp"]
    assert "pm-education-course" in pmp.depends_on or pmp.start >= date(2027, 3, 1)
    assert [s.id for s in roadmap.steps].count("pm-education-course") == 1


def test_progress_on_an_unknown_step_is_ignored_not_fatal(persona, catalog):
    progress = {"retired-thing": StepProgress("retired-thing", "done", None, date(2027, 1, 1))}
    roadmap = build_roadmap(persona("helpdesk"), catalog, progress=progress)
    assert "retired-thing" not in by_id(roadmap)


def test_ledger_months_count_distinct_months_in_the_last_eight_years():
    on = date(2027, 6, 15)
    projects = [
        (date(2026, 1, 10), date(2026, 6, 1)),  # Jan-Jun 2026: 6 months
        (date(2026, 5, 1), date(2026, 8, 31)),  # overlaps May-Jun: adds Jul-Aug
        (date(2010, 1, 1), date(2012, 1, 1)),  # outside the 8-year window
        (date(2027, 5, 1), None),  # still running: May-Jun 2027
    ]
    assert months_led(projects, on) == 10
    assert months_led([(date(2019, 5, 1), date(2019, 8, 1))], on) == 3  # window starts 2019-06
