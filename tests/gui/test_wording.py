"""Counts agree with their nouns everywhere, and the Notes tab is called Notes (item 8)."""

from __future__ import annotations

import pytest

from planner.gui.people_panel import PeoplePanel
from planner.gui.plural import count, plural
from tests.gui.conftest import persona_profile


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (1, "person", "1 person"),
        (0, "person", "0 people"),
        (3, "person", "3 people"),
        (1, "journal entry", "1 journal entry"),
        (2, "journal entry", "2 journal entries"),
        (2, "match", "2 matches"),
        (1.5, "hour", "1.5 hours"),
        (1, "step", "1 step"),
        (12, "competency", "12 competencies"),
        (2, "day", "2 days"),
        (1200, "item", "1,200 items"),
    ],
)
def test_count_agrees_with_the_number(n, noun, expected):
    assert count(n, noun) == expected


def test_plural_rules():
    assert [plural(w) for w in ("note", "box", "key", "entry", "person")] == [
        "notes",
        "boxes",
        "keys",
        "entries",
        "people",
    ]


def test_people_count_says_person_for_one(qtbot, session):
    panel = PeoplePanel(session.workspace.people)
    qtbot.addWidget(panel)
    session.add_person(persona_profile("helpdesk"))
    panel.refresh()
    assert panel.count.text() == "1 person"
    session.add_person(persona_profile("developer"))
    panel.refresh()
    assert panel.count.text() == "2 people"


def test_notes_page_empty_text_and_titles(qtbot, session, person):
    from planner.gui.pages.notes import NotesPage

    page = NotesPage(session)
    qtbot.addWidget(page)
    page.reload()
    assert page.list_empty.text().startswith("No session notes yet.")
    session.workspace.coach.set_setting("mode", "professional")
    page.reload()
    assert page.list_empty.text().startswith("No notes yet.")
    assert "ys yet" not in page.list_empty.text() and page.kind_label.text() == "Notes"
