"""The Profile page: shows the person, saves each valid edit at once, undo restores it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from planner.domain.profile import Credential, Skill
from planner.gui.pages.profile import ProfilePage
from planner.gui.pages.profile.credentials_table import EARNED
from planner.gui.pages.profile.credentials_table import NAME as CRED_NAME
from planner.gui.pages.profile.skills_table import LEVEL, MATCH, NAME


@pytest.fixture
def page(qtbot, session, person):
    page = ProfilePage(session)
    qtbot.addWidget(page)
    page.reload()
    return page


def edit_spin(box, value) -> None:
    box.setValue(value)
    box.editingFinished.emit()


def edit_line(edit: QLineEdit, text: str) -> None:
    edit.setText(text)  # setText, not keyClicks: non-ASCII text aborts keyClicks
    edit.textEdited.emit(text)
    edit.editingFinished.emit()


def test_form_shows_the_persons_values(page, session):
    f = page.form
    assert f.name.text() == "Sam Service"
    assert f.current_role.text() == "IT Service Manager"
    assert f.region.text() == "Cedar Rapids, IA"
    assert f.weekly_hours.value() == 8
    assert f.pm_experience_months.value() == 40
    assert f.budget.value() == 3000 and not f.no_budget.isChecked()
    assert f.currency.currentText() == "USD"
    assert f.target_track.currentData() == "infrastructure"
    assert f.education.currentData() == "secondary"
    assert f.has_start.isChecked() and f.start_date.date().toPython() == date(2027, 1, 4)
    assert f.tags.text() == "cohort-1"
    assert f.skills.model.skills() == session.profile().skills
    itsm = f.skills.model.index(0, MATCH).data()
    assert itsm == "→ IT service management"  # "ITSM" is an alias
    assert f.credentials.model.index(0, MATCH).data() == "→ ITIL 4 Foundation"
    assert page.heading.full_text() == "Sam Service"
    notes = [label.text() for label in page.note.findChildren(QLabel)]
    assert any("Re-plan from the Roadmap page (Ctrl+R)" in text for text in notes)


def test_weekly_hours_edit_saves_and_undo_restores_database_and_form(page, session):
    edit_spin(page.form.weekly_hours, 12)
    assert session.profile().weekly_hours == 12
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit hours per week"

    session.undo_stack.undo()
    assert session.profile().weekly_hours == 8
    assert page.form.weekly_hours.value() == 8
    assert session.undo_stack.count() == 1  # undo did not save a new edit (no feedback loop)

    session.undo_stack.redo()
    assert page.form.weekly_hours.value() == 12


def test_zero_weekly_hours_shows_inline_error_and_is_not_saved(page, session):
    box = page.form.boxes["weekly_hours"]
    edit_spin(page.form.weekly_hours, 0)
    assert box.error is not None and not box.error.isHidden()
    assert "at least 0.5" in box.error_message()
    assert "at least 0.5" in page.form.weekly_hours.accessibleDescription()
    assert session.profile().weekly_hours == 8
    assert session.undo_stack.count() == 0

    edit_spin(page.form.weekly_hours, 10)
    assert box.error.isHidden()
    assert session.profile().weekly_hours == 10


def test_an_error_line_is_made_with_its_first_message_and_shows_an_icon_and_words(page):
    """A field's error line, its icon and words are made with its first message (the page is
    built at every start and most fields never show one); a style change before then is no
    problem."""
    boxes = page.form.boxes
    assert all(box.error is None for box in boxes.values())
    box = boxes["weekly_hours"]
    box.setStyleSheet("color: red")  # a style change before any message
    edit_spin(page.form.weekly_hours, 0)
    error = box.error
    assert error is not None and error.text is not None and "at least 0.5" in error.text.text()
    assert error.icon is not None and not error.icon.pixmap().isNull()
    assert error.text.font().bold()
    assert sum(b.error is not None for b in boxes.values()) == 1
    assert not error.isHidden() and box.hint.isHidden()  # one message at a time
    edit_spin(page.form.weekly_hours, 10)
    assert error.isHidden() and box.error_message() == ""


def test_empty_name_shows_inline_error_and_keeps_the_saved_name(page, session):
    edit_line(page.form.name, "   ")
    assert "name is needed" in page.form.boxes["name"].error_message()
    assert session.profile().name == "Sam Service"
    assert session.undo_stack.count() == 0


def test_invalid_draft_survives_a_save_of_another_field(page, session):
    edit_spin(page.form.weekly_hours, 0)
    edit_line(page.form.region, "Des Moines, IA")
    assert session.profile().region == "Des Moines, IA"
    assert page.form.weekly_hours.value() == 0  # still there to be corrected
    assert page.form.boxes["weekly_hours"].error_message()


def test_non_ascii_name_round_trips(page, session, qtbot):
    edit_line(page.form.name, "Zoë Δημήτρης")
    assert session.profile().name == "Zoë Δημήτρης"
    again = ProfilePage(session)
    qtbot.addWidget(again)
    again.reload()
    assert again.form.name.text() == "Zoë Δημήτρης"
    assert page.heading.full_text() == "Zoë Δημήτρης"


def test_spin_arrow_clicks_save_once_after_a_pause(page, session, qtbot):
    page._timer.setInterval(10)
    for value in (13, 14, 15):
        page.form.years_experience.setValue(value)  # like clicking the up arrow
    qtbot.waitUntil(lambda: session.profile().years_experience == 15, timeout=2000)
    assert session.undo_stack.count() == 1


def test_currency_is_saved_in_capitals_and_a_bad_code_is_refused(page, session):
    line = page.form.currency.lineEdit()
    edit_line(line, "eur")
    assert session.profile().currency == "EUR"
    assert page.form.currency.currentText() == "EUR"
    edit_line(line, "E1")
    assert "three-letter" in page.form.boxes["currency"].error_message()
    assert session.profile().currency == "EUR"


def test_no_budget_and_track_and_education_save(page, session):
    page.form.no_budget.setChecked(True)
    assert session.profile().budget is None
    assert not page.form.budget.isEnabled()
    page.form.target_track.setCurrentIndex(page.form.target_track.findData("software"))
    assert session.profile().target_track == "software"
    assert session.catalog.track_by_id["software"].summary == (
        page.form.boxes["target_track"].hint.text()
    )
    page.form.education.setCurrentIndex(page.form.education.findData(None))
    assert session.profile().education is None
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.profile().budget == 3000 and page.form.budget.isEnabled()
    assert page.form.target_track.currentData() == "infrastructure"


def test_adding_a_skill_by_alias_shows_the_competency_and_saves(page, session):
    model = page.form.skills.model
    before = session.profile().skills
    page.form.skills.add_row()
    row = model.rowCount() - 1
    assert session.profile().skills == before  # a blank row is not saved
    assert model.setData(model.index(row, NAME), "aws")
    assert model.index(row, MATCH).data() == "→ Cloud platforms"
    assert session.profile().skills == (*before, Skill("aws", 2))
    assert session.undo_stack.undoText() == "Add skill aws"

    model.setData(model.index(row, LEVEL), 3)
    assert Skill("aws", 3) in session.profile().skills
    session.undo_stack.undo()
    assert model.index(row, LEVEL).data() == "2 · Working"


def test_a_second_skill_for_one_competency_says_the_higher_level_counts(page):
    model = page.form.skills.model
    row = model.add_blank(1)
    model.setData(model.index(row, NAME), "sysadmin")  # Windows Server is listed already
    assert "listed twice" in model.index(row, MATCH).data()


def test_unknown_skill_says_not_in_catalog_and_remove_is_undoable(page, session):
    model = page.form.skills.model
    row = model.add_blank(1)
    model.setData(model.index(row, NAME), "Basket weaving")
    assert model.index(row, MATCH).data() == "not in catalog"
    page.form.skills.table.selectRow(row)
    page.form.skills.remove_selected()
    assert all(s.name != "Basket weaving" for s in session.profile().skills)
    session.undo_stack.undo()
    assert any(s.name == "Basket weaving" for s in session.profile().skills)
    assert model.rowCount() == len(session.profile().skills)


def test_credential_long_name_matches_ccna(page, session):
    model = page.form.credentials.model
    row = model.add_blank(None)
    model.setData(model.index(row, CRED_NAME), "Cisco Certified Network Associate (CCNA)")
    assert model.index(row, 2).data() == "→ CCNA"
    model.setData(model.index(row, EARNED), "2024-05-02")
    assert Credential("Cisco Certified Network Associate (CCNA)", date(2024, 5, 2)) in (
        session.profile().credentials
    )


def test_mcse_is_flagged_retired_with_its_successors(page):
    model = page.form.credentials.model
    row = model.add_blank(None)
    model.setData(model.index(row, CRED_NAME), "MCSE")
    text = model.index(row, 2).data()
    assert "retired 2021-01-31" in text and "AZ-104" in text
    assert not page.form.credentials.note.isHidden()
    assert "MCSE was retired" in page.form.credentials.note.text()


def test_bad_earned_date_is_refused_inline(page, session):
    model = page.form.credentials.model
    assert not model.setData(model.index(0, EARNED), "2019-13-01")
    assert "not a real date" in page.form.credentials.error.message()
    assert not model.setData(model.index(0, EARNED), "2030-01-01")  # after today (2027-03-01)
    assert session.profile().credentials[0].earned == date(2019, 3, 15)


def test_tags_edit_goes_through_set_tags(page, session, monkeypatch):
    calls = []
    original = session.set_tags
    monkeypatch.setattr(session, "set_tags", lambda tags: (calls.append(tags), original(tags)))
    edit_line(page.form.tags, "cohort-2, demo, cohort-2")
    assert calls == [["cohort-2", "demo"]]
    assert session.tags() == ["cohort-2", "demo"]
    session.undo_stack.undo()
    assert page.form.tags.text() == "cohort-1"


def test_pmi_checkbox_edits_memberships(page, session):
    page.form.pmi.setChecked(True)
    assert session.profile().memberships == ("PMI",)
    edit_line(page.form.other_memberships, "ISACA")
    assert session.profile().memberships == ("PMI", "ISACA")
    page.form.pmi.setChecked(False)
    assert session.profile().memberships == ("ISACA",)


def test_every_control_has_an_accessible_name_and_a_tab_stop(page):
    controls = [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QScrollArea)
        and w.window() is page  # not the popups of combos and the calendar
    ]
    page.show()
    controls += [e for e in page.findChildren(QLineEdit) if e.isVisibleTo(page)]  # inner ones
    assert len(controls) > 25
    for widget in controls:
        assert widget.accessibleName(), widget
    captions = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
    assert len(captions) >= 15
    assert page.form.skills.table.accessibleName() == "Skills"


def test_no_person_shows_what_to_do(qtbot, session):
    page = ProfilePage(session)
    qtbot.addWidget(page)
    page.reload()
    assert page.stack.currentWidget() is page.empty
    assert "New person" in page.empty.text()


def test_switching_person_reloads(page, session, person):
    from tests.gui.conftest import persona_profile

    other = session.add_person(persona_profile("developer"))
    session.select(other)
    page.reload()
    assert page.form.name.text() == session.profile().name != "Sam Service"


def test_typing_is_saved_when_the_page_is_hidden(page, session):
    page.show()
    page.form.region.setText("Des Moines, IA")
    page.form.region.textEdited.emit("Des Moines, IA")  # typed, focus still in the field
    assert session.profile().region == "Cedar Rapids, IA"
    page.hide()  # another tab, or the window closing
    assert session.profile().region == "Des Moines, IA"
    assert session.undo_stack.undoText() == "Edit region"


def test_an_added_row_left_without_a_name_goes_away(page, session, qtbot):
    page.show()
    editor = page.form.skills
    rows = editor.model.rowCount()
    editor.add_row()
    assert editor.model.rowCount() == rows + 1
    name_editor = editor.table.indexWidget(editor.shown.index(rows, NAME))
    assert isinstance(name_editor, QLineEdit)
    assert name_editor.completer() is not None  # catalog names are suggested
    qtbot.keyClick(name_editor, Qt.Key.Key_Escape)
    assert editor.model.rowCount() == rows == editor.shown.rowCount()
    assert session.undo_stack.count() == 0


def test_the_tables_show_their_rows_and_an_edit_in_the_table_is_saved(page, session, qtbot):
    """The tables draw copies Qt holds (ShownRows), so drawing calls no Python: every cell and
    role is the rows model's, only the match column is read-only, and an edit typed into the
    table goes through the rows model's checks, is saved and shows its match."""
    from PySide6.QtCore import Qt

    from planner.gui.pages.profile.tables import edit_value

    page.show()
    for editor in (page.form.skills, page.form.credentials):
        model, shown = editor.model, editor.shown
        assert shown.rowCount() == model.rowCount() > 0
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    ours, theirs = shown.index(row, column), model.index(row, column)
                    assert ours.data(role) == theirs.data(role)
                editable = bool(ours.flags() & Qt.ItemFlag.ItemIsEditable)
                assert editable == (column < model.columnCount() - 1)
                if editable:
                    assert edit_value(ours) == theirs.data(Qt.ItemDataRole.EditRole)
        assert editor.table.horizontalHeader().model() is shown
    editor = page.form.skills
    editor.add_row()
    row = editor.model.rowCount() - 1
    name_editor = editor.table.indexWidget(editor.shown.index(row, NAME))
    name_editor.setText("aws")
    editor.table.commitData(name_editor)  # what Return does: the delegate writes to the table
    assert Skill("aws", 2) in session.profile().skills
    assert editor.shown.index(row, MATCH).data() == "→ Cloud platforms"
    editor.table.selectRow(row)
    editor.remove_selected()
    assert editor.shown.rowCount() == editor.model.rowCount() == row
    # An editor starts from the edit value, not the words shown: the earned date as typed.
    credentials = page.form.credentials
    cell = credentials.shown.index(0, EARNED)
    credentials.table.setCurrentIndex(cell)
    credentials.table.edit(cell)
    date_editor = credentials.table.indexWidget(cell)
    assert date_editor.text() == "2019-03-15" != cell.data()
    date_editor.setText("2019-04-01")
    credentials.table.commitData(date_editor)
    assert session.profile().credentials[0].earned == date(2019, 4, 1)


def test_a_pause_in_typing_saves_without_eating_the_space_being_typed(page, session):
    page.form.region.setText("New ")
    page.form.region.textEdited.emit("New ")
    page.flush()  # what the pause timer does
    assert session.profile().region == "New"
    assert page.form.region.text() == "New "
    edit_line(page.form.region, "New  York ")
    assert session.profile().region == "New York"
    assert page.form.region.text() == "New York"


def test_country_is_chosen_from_a_list_and_the_region_guess_is_shown(page, session):
    combo = page.form.country
    assert session.profile().country is None
    edit_line(page.form.region, "Manchester, UK")
    assert "Guessed from the region: United Kingdom (GB)" in page.form.boxes["country"].hint.text()
    combo.setCurrentIndex(combo.findData("GB"))  # the person confirms the guess
    assert session.profile().country == "GB"
    assert "paper A4" in page.form.boxes["country"].hint.text()
    combo.setCurrentIndex(combo.findData(None))  # back to guessing
    assert session.profile().country is None


def test_the_groups_stand_in_two_columns_when_there_is_room_and_in_one_when_not(page, qtbot):
    """Left column: about, experience, limits; right: skills, credentials, memberships. Narrow,
    all six stand in one column in that order, and widening puts them back."""
    groups = page.form.groups()

    def columns() -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for index, group in enumerate(groups):
            found.setdefault(group.geometry().x(), []).append(index)
        for indexes in found.values():  # each column top to bottom, as Tab goes
            tops = [groups[i].geometry().y() for i in indexes]
            assert tops == sorted(tops)
        return sorted(found.values())

    page.resize(1600, 900)
    page.show()
    qtbot.waitUntil(lambda: columns() == [[0, 1, 2], [3, 4, 5]], timeout=3000)
    page.resize(500, 900)
    qtbot.waitUntil(lambda: columns() == [[0, 1, 2, 3, 4, 5]], timeout=3000)
    page.resize(1600, 900)
    qtbot.waitUntil(lambda: columns() == [[0, 1, 2], [3, 4, 5]], timeout=3000)


@pytest.mark.parametrize("point_size", [7.0, 9.0, 16.0])
def test_the_country_box_fits_its_widest_name_without_measuring_every_entry(
    qtbot, catalog, point_size
):
    from PySide6.QtWidgets import QComboBox

    from planner.gui.pages.profile.widgets import fill_countries

    box = QComboBox()
    qtbot.addWidget(box)
    font = box.font()
    font.setPointSizeF(point_size)
    box.setFont(font)
    fill_countries(box, catalog)
    # The same entries sized the way Qt sizes a box by measuring each of them.
    measured = QComboBox()
    qtbot.addWidget(measured)
    measured.setFont(font)
    measured.addItems([box.itemText(i) for i in range(box.count())])
    assert box.count() > 200
    assert (
        box.sizeAdjustPolicy() is QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    natural, x = measured.minimumSizeHint().width(), box.fontMetrics().horizontalAdvance("X")
    for width in (box.minimumSizeHint().width(), box.sizeHint().width()):
        assert natural <= width <= natural + x  # every name shows whole; at most one X wider
