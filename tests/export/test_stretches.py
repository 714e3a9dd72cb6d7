"""Quiet stretches: months with no course or exam are found, explained and shown on the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from planner.codec.profile_file import profile_from_dict
from planner.engine import build_roadmap
from planner.export.pdf import PlanDocument, write_pdf
from planner.export.stretches import MIN_DAYS, quiet_stretches
from planner.export.wording import day
from tests.conftest import persona_dict
from tests.export.pdfcheck import flat, outline, page_texts, reader

US = "en_US"  # these personas live in the US: their dates read "Jan 4, 2027"


@pytest.fixture(scope="module")
def developer(catalog):
    """A developer with 18 months of project leadership to go: PMP waits about ten months."""
    profile = profile_from_dict(persona_dict("developer"))
    return PlanDocument(build_roadmap(profile, catalog), catalog, profile)


def test_the_wait_for_pmp_eligibility_is_one_stretch(developer):
    roadmap = developer.roadmap
    [stretch] = quiet_stretches(roadmap)
    busy = [s for s in roadmap.steps if s.kind != "experience"]
    pmp = next(s for s in busy if s.exam_date == roadmap.summary.pmp_exam)
    before = max(s.end for s in busy if s.end < pmp.start)
    assert stretch.start == before + timedelta(days=1)
    assert stretch.end == pmp.start - timedelta(days=1)
    assert stretch.next_step == pmp and stretch.waits_for_pmp
    assert stretch.pmp_eligible == roadmap.summary.pmp_eligible
    assert [s.kind for s in stretch.experience] == ["experience"]
    assert stretch.months >= 9
    for step in busy:  # nothing but experience runs in it
        assert step.end < stretch.start or step.start > stretch.end


def test_short_pauses_and_busy_plans_have_no_stretch(demo_document, developer):
    assert quiet_stretches(demo_document.roadmap) == []
    [stretch] = quiet_stretches(developer.roadmap)
    assert quiet_stretches(developer.roadmap, min_days=stretch.days + 1) == []
    assert stretch.days >= MIN_DAYS


def test_a_stretch_before_another_step_names_that_step(developer):
    roadmap = developer.roadmap
    summary = replace(roadmap.summary, pmp_eligible=None, pmp_exam=None)
    [stretch] = quiet_stretches(replace(roadmap, summary=summary))
    assert not stretch.waits_for_pmp and stretch.next_step is not None


def test_the_timeline_explains_the_stretch(tmp_path, developer):
    result = write_pdf(developer, tmp_path / "dev.pdf")
    pdf = reader(result.path)
    texts = page_texts(pdf)
    page = next(p for level, title, p in outline(pdf) if title == "Timeline")
    text = flat(texts[page - 1])
    [stretch] = quiet_stretches(developer.roadmap)
    assert "quiet stretch (see below)" in text  # the legend
    assert f"({stretch.months} months): building project months for PMP eligibility." in text
    assert f"You meet PMP's experience rule on {day(stretch.pmp_eligible, US)}" in text
    assert f"PMP study starts on {day(stretch.next_step.start, US)}" in text
    experience = stretch.experience[0]
    number = developer.roadmap.steps.index(experience) + 1
    assert f"keep going with {number}. {experience.title}" in text
