"""File > Import person: the review dialog reads a file, takes edits, and saves only on Import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
)

from planner.domain.profile import Education
from planner.gui.application import build_window
from planner.gui.import_action import import_actions
from planner.gui.import_dialog import ImportDialog, import_person

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
RESUME = DATA / "sysadmin.resume.json"


@pytest.fixture
def dialog(qtbot, session):
    d = ImportDialog(session)
    qtbot.addWidget(d)
    return d


def load(qtbot, dialog, path: Path) -> None:
    dialog.load(path)
    qtbot.waitUntil(
        lambda: dialog.preview is not None or "cannot be imported" in dialog.status.text()
    )


def row_of(table, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def test_edited_fields_are_what_gets_saved(qtbot, dialog, session):
    load(qtbot, dialog, RESUME)
    assert dialog.name.text() == "Morgan Vale" and dialog.months.value() == 61
    assert dialog.import_button.isEnabled()
    dialog.name.setText("Morgan Vale-Okoro")
    dialog.role.setText("Infrastructure Lead")
    dialog.hours.setValue(8)
    dialog.months.setValue(30)
    dialog.education.setCurrentIndex(dialog.education.findData(Education.MASTER))
    dialog.tags.setText("imported, cohort-3")
    vmware = row_of(
        dialog.credentials, "VMware Certified Professional – Data Center Virtualization"
    )
    dialog.credentials.item(vmware, 0).setCheckState(Qt.CheckState.Unchecked)
    bash = row_of(dialog.skills, "Bash")
    dialog.skills.item(bash, 0).setCheckState(Qt.CheckState.Checked)  # keep an unknown skill
    level = dialog.skills.cellWidget(row_of(dialog.skills, "Windows Server"), 3)
    level.setCurrentIndex(level.findData(4))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = session.workspace.people.get(dialog.created_id)
    assert saved.name == "Morgan Vale-Okoro" and saved.current_role == "Infrastructure Lead"
    assert saved.weekly_hours == 8 and saved.pm_experience_months == 30
    assert saved.education is Education.MASTER
    skills = {s.name: s.level for s in saved.skills}
    assert skills["Servers and operating systems"] == 4 and skills["Bash"] == 1
    names = {c.name for c in saved.credentials}
    assert "Cisco Certified Network Associate (CCNA)" in names
    assert not any(n.startswith("VMware") for n in names)
    assert session.workspace.people.tags(dialog.created_id) == ["cohort-3", "imported"]


def test_cancel_adds_nobody(qtbot, dialog, session):
    load(qtbot, dialog, DATA / "linkedin-current")
    dialog.name.setText("Someone Else")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.created_id is None
    assert session.workspace.people.count() == 0


def test_unticking_evidence_re_estimates_the_months(qtbot, dialog):
    load(qtbot, dialog, DATA / "mixed-language.resume.json")
    assert dialog.evidence.count() == 2
    first = dialog.months.value()
    dialog.evidence.item(1).setCheckState(Qt.CheckState.Unchecked)  # the German position
    assert dialog.months.value() == first - 22
    assert f"Estimated {first - 22}" in dialog.months_hint.text()


def test_ledger_choice_records_dated_projects(qtbot, dialog, session):
    load(qtbot, dialog, DATA / "mixed-language.resume.json")
    dialog.ledger.setChecked(True)
    assert not dialog.months.isEnabled()
    dialog.import_button.click()
    person = dialog.created_id
    assert session.workspace.people.get(person).pm_experience_months == 0
    assert len(session.workspace.journal.ledger(person)) == 2
    assert session.workspace.planning.ledger_months(person, date(2027, 3, 1)) > 0


def test_a_refused_file_is_explained_in_the_dialog_and_nothing_is_saved(qtbot, dialog, session):
    bad = DATA.parent / "personas" / "developer.json"  # a planner profile, not a JSON Resume
    load(qtbot, dialog, bad)
    assert "is a planner profile, not a JSON Resume" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.stack.currentWidget() is dialog.empty
    dialog.import_button.click()
    assert session.workspace.people.count() == 0


def test_an_edit_that_cannot_be_saved_shows_an_error_and_keeps_the_dialog(
    qtbot, dialog, session, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        "planner.gui.import_dialog.show_error", lambda parent, title, exc: shown.append(str(exc))
    )
    load(qtbot, dialog, RESUME)
    dialog.name.setText("   ")
    dialog.import_button.click()
    assert shown and "the imported profile is not usable" in shown[0]
    assert dialog.created_id is None and session.workspace.people.count() == 0


def test_choose_file_and_folder_buttons_load_the_source(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(
        ImportDialog, "ask_folder", classmethod(lambda cls, p: DATA / "linkedin-partial")
    )
    next(b for b in dialog.findChildren(QAbstractButton) if "older" in b.text()).click()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.name.text() == "Ana Moreau"
    assert "Skills.csv is not in the export" in dialog.status.text()
    monkeypatch.setattr(ImportDialog, "ask_file", classmethod(lambda cls, p: None))
    next(b for b in dialog.findChildren(QAbstractButton) if "file" in b.text()).click()
    assert dialog.name.text() == "Ana Moreau"  # cancelled: the review stays


def test_every_control_has_an_accessible_name(qtbot, dialog):
    load(qtbot, dialog, RESUME)
    controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractSpinBox)
    controls += dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractButton)
    for control in controls:
        if control.isVisibleTo(dialog) and not isinstance(control.parent(), QAbstractSpinBox):
            named = control.accessibleName() or getattr(control, "text", lambda: "")()
            assert named, f"{type(control).__name__} has no accessible name"


def test_the_menu_action_sits_after_new_person_and_selects_the_new_person(
    qtbot, session, settings, catalog, monkeypatch
):
    main = build_window(session.workspace, catalog, settings)
    qtbot.addWidget(main)
    texts = [a.text() for a in main.file_menu.actions()]
    assert texts[:4] == [
        "&New person…",
        "&Import person…",
        "Import client &list…",
        "&Open database…",
    ]
    # The action itself, on a bare window, with the session under test.
    window = QMainWindow()
    qtbot.addWidget(window)
    window.shortcut_later = lambda action, keys: action.setShortcut(QKeySequence(keys))
    action = import_actions(window, session)[0]
    assert action.statusTip() and action.shortcut().toString() == "Ctrl+Shift+I"

    def fake_exec(self) -> int:
        load(qtbot, self, RESUME)
        self.import_button.click()
        return self.result()

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    with qtbot.waitSignal(session.people_changed):
        action.trigger()
    assert session.person_id is not None
    assert session.profile().name == "Morgan Vale"
    assert "Imported Morgan Vale" in window.statusBar().currentMessage()


def test_import_person_returns_none_when_cancelled(qtbot, session, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert import_person(window, session) is None
    assert session.person_id is None and session.workspace.people.count() == 0
