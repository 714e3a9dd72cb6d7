"""The plan as iCalendar: parsed back with icalendar, checked event by event and line by line."""

from __future__ import annotations

import re
import stat
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from planner.domain.errors import PlannerError
from planner.domain.messages import speaking
from planner.engine import build_roadmap
from planner.export.ics import (
    calendar_bytes,
    event_uid,
    milestones,
    stamp_now,
    study_blocks,
    write_ics,
)
from planner.i18n.catalogs import load
from tests.export.conftest import demo_profile

START = date(2027, 1, 4)


@pytest.fixture(scope="module")
def roadmap(catalog):
    return build_roadmap(demo_profile(), catalog, start=START)


def events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def by_summary(data: bytes) -> dict[str, object]:
    return {str(e["SUMMARY"]): e for e in events(data)}


def test_one_calendar_with_the_required_header(roadmap):
    calendar = Calendar.from_ical(calendar_bytes(roadmap, "dana"))
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert "Career Transition Planner" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Career plan \u2014 Dana Example"


def test_milestones_are_all_day_events_ending_the_next_day(roadmap):
    data = calendar_bytes(roadmap, "dana")
    found = by_summary(data)
    start = found["Career plan starts (infrastructure track)"]
    assert start["DTSTART"].dt == START and not isinstance(start["DTSTART"].dt, datetime)
    assert start["DTEND"].dt == START + timedelta(days=1)
    assert b"DTSTART;VALUE=DATE:20270104" in data
    assert found["Career plan complete"]["DTSTART"].dt == roadmap.summary.finish
    assert str(start["TRANSP"]) == "TRANSPARENT"  # milestones never block time


def test_exam_book_finish_and_eligibility_milestones(roadmap):
    found = by_summary(calendar_bytes(roadmap, "dana"))
    steps = {s.id: s for s in roadmap.steps}
    secplus = steps["comptia-secplus"]
    exam = found[f"Sit SY0-701 ({secplus.title})"]
    assert exam["DTSTART"].dt == secplus.exam_date
    assert secplus.why[:40] in str(exam["DESCRIPTION"]).replace("\n", " ")
    book = found[f"Book SY0-701 ({secplus.title})"]
    assert book["DTSTART"].dt == secplus.book_by < secplus.exam_date
    niche = steps["choose-niche"]
    assert found[f"Finish: {niche.title}"]["DTSTART"].dt == niche.end
    assert found["Eligible for PMP"]["DTSTART"].dt == date(2028, 9, 4)
    # Exam steps have an exam milestone, not a second "Finish" one.
    assert f"Finish: {secplus.title}" not in found


def test_a_german_plan_words_its_eligibility_date_and_the_calendar_still_has_it(catalog):
    with speaking(load("de")):
        german = build_roadmap(demo_profile(), catalog, start=START)
        found = {m.step_id: m for m in milestones(german)}
    line = next(line for line in german.eligibility if line.startswith("PMP:"))
    assert line.startswith("PMP: zugelassen ab 4. Sept. 2028")
    assert not re.search(r"\d{4}-\d\d-\d\d", line)  # no ISO date in the words
    assert found["eligible:PMP"].day == date(2028, 9, 4)
    assert found["eligible:PMP"].description == line
    assert found["eligible:PMP"].summary == "Zulassung für PMP"


def test_a_plan_saved_before_eligible_on_is_read_from_its_iso_line(roadmap):
    old = replace(
        roadmap,
        eligible_on=(),
        eligibility=("PMP: eligible from 2028-09-04 (20 more months of project leadership).",),
    )
    found = {m.step_id: m for m in milestones(old)}
    assert found["eligible:PMP"].day == date(2028, 9, 4)


def test_eligibility_falls_back_to_the_day_after_the_experience_step(roadmap):
    plain = replace(roadmap, eligibility=())
    found = {m.summary: m for m in milestones(plain)}
    experience = next(s for s in roadmap.steps if s.id == "lead-internal-project")
    assert found["Eligible for PMP"].day == experience.end + timedelta(days=1)


def test_weekly_study_blocks_recur_over_each_steps_weeks(roadmap):
    data = calendar_bytes(roadmap, "dana")
    step = next(s for s in roadmap.steps if s.id == "comptia-secplus")
    blocks = [
        e for e in events(data) if str(e["SUMMARY"]) == f"Study: {step.title}" and "RRULE" in e
    ]
    assert blocks, "a 13-week certification gets weekly sessions"
    total = 0.0
    for event in blocks:
        first = event["DTSTART"].dt
        rule = event["RRULE"]
        assert rule["FREQ"] == ["WEEKLY"]
        until = rule["UNTIL"][0]
        assert isinstance(first, datetime) and first.tzinfo is None  # floating local time
        assert step.start <= first.date() and until.date() < step.exam_date <= step.end
        weeks = (until - first).days // 7 + 1
        total += weeks * event["DURATION"].dt.total_seconds() / 3600
        assert event["DURATION"].dt <= timedelta(hours=3)
        assert "move it to a time that suits you" in str(event["DESCRIPTION"])
    assert abs(total - step.hours) <= len(blocks) * 0.25 * 13  # rounded to 15 minutes


def test_study_blocks_follow_the_scheduled_weeks(roadmap):
    step = next(s for s in roadmap.steps if s.id == "comptia-secplus")
    blocks = [b for b in study_blocks(roadmap) if b.step_id.split("#")[0] == step.id]
    planned: dict = {}
    for b in blocks:
        day = b.first
        while day <= b.last:
            monday = day.date() - timedelta(days=day.weekday())
            planned[monday] = planned.get(monday, 0) + b.minutes / 60
            day += timedelta(weeks=1)
    for monday, hours in step.weeks:
        if monday in planned:  # the exam week's last sessions give way to the exam
            assert abs(planned[monday] - hours) <= 0.25 * 7, monday
    assert set(planned) <= {m for m, _ in step.weeks}


def test_overlapping_steps_never_study_at_the_same_time(roadmap):
    blocks = study_blocks(roadmap)
    shared_days = 0
    for a in blocks:
        for b in blocks:
            # Blocks collide only when their own weeks overlap (a step has a block per run of
            # weeks with the same load, so one step can use the same day in different months).
            if a is b or a.last.date() < b.first.date() or b.last.date() < a.first.date():
                continue
            if a.weekday != b.weekday:
                continue
            shared_days += 1
            a_start, b_start = a.first.time(), b.first.time()
            a_end = (a.first + timedelta(minutes=a.minutes)).time()
            b_end = (b.first + timedelta(minutes=b.minutes)).time()
            assert a_end <= b_start or b_end <= a_start, (a.step_id, b.step_id)
    # Weekend mornings and weekday evenings are used before any day is shared.
    assert {b.weekday for b in blocks} >= {"SA", "SU", "TU", "TH"}
    assert shared_days < len(blocks)


def test_uids_are_stable_and_unique_per_person_step_and_kind(roadmap):
    first = events(calendar_bytes(roadmap, "dana"))
    again = events(calendar_bytes(replace(roadmap, warnings=("changed",)), "dana"))
    uids = [str(e["UID"]) for e in first]
    assert len(uids) == len(set(uids))
    assert uids == [str(e["UID"]) for e in again]
    assert all(u.endswith("@career-planner") for u in uids)
    assert event_uid("dana", "pmi-pmp", "exam") != event_uid("sam", "pmi-pmp", "exam")
    assert event_uid("dana", "pmi-pmp", "exam") != event_uid("dana", "pmi-pmp", "book")
    assert event_uid("dana", "pmi-pmp", "exam") in uids


def test_dtstamp_follows_source_date_epoch_and_output_is_reproducible(roadmap, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")
    data = calendar_bytes(roadmap, "dana")
    assert data == calendar_bytes(roadmap, "dana")
    assert all(
        e["DTSTAMP"].dt == datetime.fromisoformat("2026-12-01T00:00:00+00:00") for e in events(data)
    )
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert stamp_now().tzinfo is not None and stamp_now().year >= 2024


def test_events_come_in_date_order(roadmap):
    starts = []
    for event in events(calendar_bytes(roadmap, "dana")):
        value = event["DTSTART"].dt
        starts.append(
            value if isinstance(value, date) and not isinstance(value, datetime) else value.date()
        )
    assert starts == sorted(starts)


def test_lines_are_crlf_and_folded_at_75_octets(roadmap):
    long_name = "Zoë Ångström-Łukasiewicz, Dr. " + "ü" * 60
    data = calendar_bytes(replace(roadmap, person=long_name), "zoe")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    assert str(Calendar.from_ical(data)["X-WR-CALNAME"]) == f"Career plan \u2014 {long_name}"


def test_text_is_escaped_by_the_library(roadmap):
    step = roadmap.steps[0]
    tricky = replace(step, title="R&D; migrate, then \\ review", why="Line one\nline two; a, b")
    data = calendar_bytes(replace(roadmap, steps=(tricky, *roadmap.steps[1:])), "dana")
    assert b"R&D\\; migrate\\, then \\\\ review" in data
    found = by_summary(data)
    assert str(found["Finish: R&D; migrate, then \\ review"]["DESCRIPTION"]).startswith(
        "Line one\nline two; a, b"
    )


def test_done_steps_keep_milestones_but_get_no_study_blocks(roadmap):
    done = tuple(
        replace(s, status="done") if s.id == "comptia-secplus" else s for s in roadmap.steps
    )
    plan = replace(roadmap, steps=done)
    assert not [b for b in study_blocks(plan) if b.step_id.startswith("comptia-secplus")]
    summaries = {m.summary for m in milestones(plan)}
    assert any(s.startswith("Passed SY0-701") for s in summaries)
    assert not any(s.startswith("Book SY0-701") for s in summaries)


def test_write_ics_is_atomic_and_owner_only(roadmap, tmp_path):
    target = tmp_path / "plan.ics"
    result = write_ics(target, roadmap, "dana")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert result.milestones == len(milestones(roadmap))
    assert len(events(target.read_bytes())) == result.milestones + result.study_blocks
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]  # no temp file left
    with pytest.raises(PlannerError, match="does not exist"):
        write_ics(tmp_path / "missing" / "plan.ics", roadmap, "dana")
    with pytest.raises(PlannerError, match="is a folder"):
        write_ics(tmp_path, roadmap, "dana")
