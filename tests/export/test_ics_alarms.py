"""Calendar reminders: a week before book-by and exam dates, the day before exams; study blocks
optional; and a calendar kept current at a fixed path after each re-plan."""

from __future__ import annotations

from datetime import timedelta

import pytest
import vobject
from icalendar import Calendar

from planner.engine import build_roadmap
from planner.export.ics import calendar_bytes
from tests.export.conftest import demo_profile


@pytest.fixture(scope="module")
def roadmap(catalog):
    return build_roadmap(demo_profile(), catalog)


def kind_of(summary: str) -> str:
    for prefix, kind in (("Book ", "book"), ("Sit ", "exam"), ("Finish: ", "finish")):
        if summary.startswith(prefix):
            return kind
    return "study" if summary.startswith(("Study: ", "Work on: ")) else "other"


def alarms_by_kind(data: bytes) -> dict[str, list[list[timedelta]]]:
    found: dict[str, list[list[timedelta]]] = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        kind = kind_of(str(event["summary"]))
        triggers = [alarm.decoded("trigger") for alarm in event.walk("VALARM")]
        found.setdefault(kind, []).append(triggers)
    return found


def test_book_by_and_exam_dates_remind_ahead(roadmap):
    found = alarms_by_kind(calendar_bytes(roadmap, "p"))
    assert found["book"] and all(t == [-timedelta(days=7)] for t in found["book"])
    assert found["exam"] and all(
        sorted(t) == [-timedelta(days=7), -timedelta(days=1)] for t in found["exam"]
    )
    assert all(t == [-timedelta(minutes=15)] for t in found["study"])
    assert all(t == [] for t in found.get("finish", []))


def test_study_blocks_can_go_without_alarms(roadmap):
    found = alarms_by_kind(calendar_bytes(roadmap, "p", study_alarms=False))
    assert found["study"] and all(t == [] for t in found["study"])
    assert all(t for t in found["exam"])  # milestones keep theirs


def test_a_second_parser_reads_the_alarms(roadmap):
    calendar = vobject.readOne(calendar_bytes(roadmap, "p").decode("utf-8"))
    events = list(calendar.vevent_list)
    with_alarms = [e for e in events if hasattr(e, "valarm")]
    assert with_alarms and all(e.valarm.action.value == "DISPLAY" for e in with_alarms)
    exams = [e for e in events if e.summary.value.startswith("Sit ")]
    assert exams and all(len(e.valarm_list) == 2 for e in exams)
