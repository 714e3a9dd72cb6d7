"""The domain's value types: the mode, the people list's rows, names compared loosely."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.mode import Mode
from planner.domain.names import name_variants, normalize
from planner.domain.people_list import NO_DAY, PersonSummary


@pytest.mark.parametrize(
    ("stored", "mode"),
    [
        ("coach", Mode.COACH),
        ("professional", Mode.PROFESSIONAL),
        (None, Mode.COACH),  # never chosen: the coach's, the default
        ("", Mode.COACH),
        ("teacher", Mode.COACH),  # a value this version does not know
    ],
)
def test_mode_reads_what_was_stored(stored, mode):
    assert Mode.parse(stored) is mode


def test_mode_is_stored_and_compared_as_its_word():
    assert Mode.PROFESSIONAL == "professional" and Mode.COACH.value == "coach"
    assert [m.value for m in Mode] == ["coach", "professional"]


def summary(*ends: str) -> PersonSummary:
    return PersonSummary(1, "Ada", "", None, "", (), "2027-01-01", unfinished=tuple(sorted(ends)))


def test_overdue_counts_unfinished_steps_that_ended_before_today():
    person = summary("2027-02-01", "2027-03-01", "2027-04-01")
    assert person.overdue(date(2027, 3, 1)) == 1  # ending today is not late yet
    assert person.overdue(date(2027, 3, 2)) == 2
    assert person.overdue(date(2026, 1, 1)) == 0
    assert summary().overdue(date(2030, 1, 1)) == 0
    assert summary().next_day == NO_DAY > "9000-01-01"  # "none" sorts after every real day


@given(st.text(max_size=40))
def test_normalize_is_idempotent_and_casefolded(name):
    once = normalize(name)
    assert normalize(once) == once
    assert once == once.casefold().strip()


def test_names_compare_loosely():
    assert normalize("Cisco  CCNA") == normalize("cisco ccna ")
    assert normalize("R&D") == "r and d"
    assert name_variants("Project Management Professional (PMP)") == [
        "project management professional pmp",
        "pmp",
        "project management professional",
    ]
