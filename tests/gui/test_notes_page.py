"""The Notes tab: add, edit, delete and search notes; nothing typed is lost; undo works."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from planner.gui.pages.notes import NotesPage

from .conftest import persona_profile

LONG = ("Ünïcødé — 東京 Привет שלום 😀 naïve café\n" * 200)[:5000]


def make_page(qtbot, session) -> NotesPage:
    page = NotesPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.reload()
    return page


def stored(session, person_id=None) -> list[tuple[date, str]]:
    notes = session.workspace.journal.notes(person_id or session.person_id)
    return [(n.day, n.body) for n in notes]


def write(page: NotesPage, text: str, day: date | None = None) -> None:
    if day is not None:
        page.editor.day.setDate(QDate(day.year, day.month, day.day))
    page.editor.text.setPlainText(text)


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_add_saves_the_note_and_undo_removes_it(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.editor.heading.text() == "New session note"
    assert not page.editor.save_button.isEnabled()
    write(page, "First session: goals and budget", date(2027, 2, 1))
    assert page.editor.save_button.isEnabled()
    with qtbot.waitSignal(session.notes_changed):
        page.editor.save_button.click()

    assert stored(session) == [(date(2027, 2, 1), "First session: goals and budget")]
    assert page.model.rowCount() == 1
    assert page.count.text() == "1 note"
    assert page.editor.heading.text() == "Session note of 1 February 2027"
    assert page.editor.status.text() == "Saved"

    session.undo_stack.undo()
    assert stored(session) == []
    assert page.model.rowCount() == 0
    assert page.editor.heading.text() == "New session note"
    session.undo_stack.redo()
    assert stored(session) == [(date(2027, 2, 1), "First session: goals and budget")]
    assert page.model.rowCount() == 1


def test_a_long_non_ascii_note_round_trips_exactly(qtbot, session, person):
    page = make_page(qtbot, session)
    assert len(LONG) == 5000
    write(page, LONG)
    assert page.save()
    assert stored(session) == [(session.today(), LONG)]

    page.new_note()
    assert page.editor.text.toPlainText() == ""
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert page.editor.text.toPlainText() == LONG
    assert not page.dirty()


def test_changing_the_selection_saves_the_edit_and_undo_restores_it(qtbot, session, person):
    journal = session.workspace.journal
    older = journal.add_note(person, date(2027, 1, 5), "Older note")
    journal.add_note(person, date(2027, 2, 5), "Newer note")
    page = make_page(qtbot, session)
    assert [page.model.note(r).body for r in range(2)] == ["Newer note", "Older note"]

    page.list.setCurrentIndex(page.model.index(1, 0))
    assert page.editor.text.toPlainText() == "Older note"
    write(page, "Older note, with the agreed next steps")
    page.list.setCurrentIndex(page.model.index(0, 0))  # moving on saves

    assert (date(2027, 1, 5), "Older note, with the agreed next steps") in stored(session)
    assert page.editor.text.toPlainText() == "Newer note"
    assert session.undo_stack.undoText() == "Edit note of 5 Jan 2027"

    page.list.setCurrentIndex(page.model.index(1, 0))
    session.undo_stack.undo()
    assert (date(2027, 1, 5), "Older note") in stored(session)
    assert page.editor.text.toPlainText() == "Older note"  # the open note shows the undo
    assert page.model.note(1).id == older


def test_leaving_the_editor_saves(qtbot, session, person):
    page = make_page(qtbot, session)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.editor.text.setFocus()
    qtbot.waitUntil(page.editor.text.hasFocus)
    write(page, "Typed, then clicked elsewhere")
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    assert stored(session) == [(session.today(), "Typed, then clicked elsewhere")]


def test_switching_tabs_or_people_keeps_what_was_typed(qtbot, session, person):
    page = make_page(qtbot, session)
    page.show()
    write(page, "Written just before switching tab")
    page.hide()
    assert stored(session) == [(session.today(), "Written just before switching tab")]

    other = session.add_person(persona_profile("developer"))
    page.show()
    write(page, "Written just before choosing someone else")
    session.select(other)
    page.reload()  # what the main window does when the person changes
    assert stored(session, person)[0][1] == "Written just before choosing someone else"
    assert stored(session, other) == []
    assert session.person_id == other
    assert page.model.rowCount() == 0


def test_delete_asks_and_undo_brings_the_note_back(qtbot, session, person, yes):
    page = make_page(qtbot, session)
    write(page, "To be deleted", date(2027, 2, 14))
    page.save()
    assert page.editor.delete_button.isEnabled()
    page.delete()
    assert stored(session) == []
    assert page.editor.heading.text() == "New session note"

    session.undo_stack.undo()  # back, under a new id
    assert stored(session) == [(date(2027, 2, 14), "To be deleted")]
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert page.editor.text.toPlainText() == "To be deleted"
    session.undo_stack.undo()  # and the add is undone too
    assert stored(session) == []
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert stored(session) == []


def test_search_matches_whole_words_and_prefixes(qtbot, session, person):
    journal = session.workspace.journal
    journal.add_note(person, date(2027, 1, 1), "Discussed the cloud migration niche")
    journal.add_note(person, date(2027, 1, 8), "Budget talk; the café near the office")
    journal.add_note(person, date(2027, 1, 15), "Mock interview went well")
    page = make_page(qtbot, session)
    assert page.count.text() == "3 notes"
    page._debounce.setInterval(20)  # the real pause is longer; the test only needs one

    page.search.setText("migr")
    assert page.model.rowCount() == 3  # not on every keystroke: after a pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "migration" in page.model.note(0).body
    assert page.count.text() == "1 of 3 notes matches"

    page.search.setText("cafe")  # diacritics are folded
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and "café" in page.model.note(0).body)

    page.search.setText('c++ AND "')  # search syntax is never an error
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.list_empty.isVisibleTo(page)

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_a_blanked_note_is_not_saved_over_the_real_one(qtbot, session, person):
    session.workspace.journal.add_note(person, date(2027, 1, 1), "Keep me")
    page = make_page(qtbot, session)
    page.list.setCurrentIndex(page.model.index(0, 0))
    write(page, "   ")
    assert not page.save()
    assert "needs some text" in page.editor.status.text()
    page.new_note()
    assert stored(session) == [(date(2027, 1, 1), "Keep me")]


def test_wording_follows_the_mode(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.kind_label.text() == "Session notes"
    session.workspace.coach.set_setting("mode", "professional")
    page.reload()
    # The tab is "Notes" in both modes, so the page never calls them a journal.
    assert page.kind_label.text() == "Notes"
    assert page.new_button.text() == "Ne&w note"
    assert page.editor.heading.text() == "New note"
    assert page.search.placeholderText() == "Search notes"


def test_empty_state(qtbot, session):
    page = make_page(qtbot, session)
    assert page.stack.currentWidget() is page.empty


def test_a_failed_save_on_moving_on_keeps_the_words_open(qtbot, session, person, monkeypatch):
    journal = session.workspace.journal
    journal.add_note(person, date(2027, 1, 1), "One")
    journal.add_note(person, date(2027, 1, 2), "Two")
    page = make_page(qtbot, session)
    page.list.setCurrentIndex(page.model.index(0, 0))
    write(page, "Two, edited while the disk is full")

    def refuse(*args):
        raise OSError("disk full")

    monkeypatch.setattr(journal, "update_note", refuse)
    page.list.setCurrentIndex(page.model.index(1, 0))  # no dialog pops up on moving on
    assert page.editor.text.toPlainText() == "Two, edited while the disk is full"
    assert page.list.currentIndex().row() == 0
    assert "Not saved: disk full" in page.editor.status.text()
    assert session.undo_stack.count() == 0

    monkeypatch.undo()
    assert page.save()
    assert (date(2027, 1, 2), "Two, edited while the disk is full") in stored(session)
