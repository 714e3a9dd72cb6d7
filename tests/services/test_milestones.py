"""Dashboard milestones are stored as kind and label and read in the reader's language."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.messages import speaking
from planner.domain.status import marks_of
from planner.i18n.catalogs import load
from planner.services.milestones import milestone_text

BOOK_BY, EXAM_DAY, ELIGIBLE = date(2027, 3, 1), date(2027, 4, 1), date(2028, 9, 4)


def test_a_plan_stores_each_milestone_as_its_kind_and_label_without_words():
    steps = [
        ("comptia-secplus", "CompTIA Security+", "todo", ("SY0-701",), BOOK_BY, EXAM_DAY),
        ("custom-exam", "Vendor exam", "todo", (), None, EXAM_DAY),
        ("done-one", "Done", "done", ("X-1",), BOOK_BY, EXAM_DAY),
    ]
    marks = marks_of(steps, None, None, ELIGIBLE)
    assert marks.milestones == (
        (BOOK_BY, "book", "SY0-701", "comptia-secplus"),
        (EXAM_DAY, "exam", "SY0-701", "comptia-secplus"),
        (EXAM_DAY, "exam", "Vendor exam", "custom-exam"),
        (ELIGIBLE, "eligible", "PMP", "pmi-pmp"),
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["Book SY0-701", "SY0-701 exam", "Eligible for PMP"]),
        ("de", ["SY0-701 buchen", "Prüfung SY0-701", "Zulassung für PMP"]),
        ("es", ["Reservar SY0-701", "Examen SY0-701", "Cumple los requisitos de PMP"]),
    ],
)
def test_a_milestone_reads_in_the_language_spoken(code, expected):
    with speaking(load(code)):
        now = [milestone_text(k, x) for k, x in (("book", "SY0-701"), ("exam", "SY0-701"))]
        now.append(milestone_text("eligible", "PMP"))
        # Rows stored before this change hold the English words; they read the same.
        stored = [
            milestone_text("book", "Book SY0-701"),
            milestone_text("exam", "SY0-701 exam"),
            milestone_text("eligible", "Eligible for PMP"),
        ]
    assert now == expected and stored == expected


def test_an_unknown_kind_shows_its_label():
    assert milestone_text("later", "Something") == "Something"
