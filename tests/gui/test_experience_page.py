"""The Experience tab: ledger edits are saved and undoable; months and PMP dates follow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from planner.domain.profile import Credential, Education
from planner.gui.pages.experience import ExperiencePage
from planner.gui.pages.experience.status import experience_status, pmp_text, rule_text

# The service-manager persona: 40 months, secondary diploma (60 months needed), 0 PM hours.


def make_page(qtbot, session) -> ExperiencePage:
    page = ExperiencePage(session)
    qtbot.addWidget(page)
    page.reload()
    return page


def fill(page: ExperiencePage, project: str, started: date, finished: date | None, role=""):
    form = page.form
    form.project.setText(project)
    form.role.setText(role)
    form.started.setDate(QDate(started.year, started.month, started.day))
    form.ongoing.setChecked(finished is None)
    if finished is not None:
        form.finished.setDate(QDate(finished.year, finished.month, finished.day))


def ledger(session) -> list[tuple]:
    return [
        (e.project, e.role, e.started, e.finished)
        for e in session.workspace.journal.ledger(session.person_id)
    ]


@pytest.fixture
def yes(monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_adding_a_project_saves_it_and_updates_months_and_eligibility(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.months.text() == "40 of 60"
    # The plan's date, counted from the plan's start, as on the Roadmap (issue 14, item 5).
    # (The persona's fixed start is past, so the plan starts today, 2027-03-01.)
    assert page.pmp.text() == "PMP eligibility from 1 Nov 2028 in the plan"
    assert page.rule.text().startswith(
        "20 more months leading projects, counted from the plan's start on 1 Mar 2027."
    )
    roadmap = session.roadmap()
    assert roadmap.eligibility[0].startswith("PMP: eligible from Nov 1, 2028 (20 more")
    assert "counted from the plan's start on Mar 1, 2027" in roadmap.eligibility[0]
    assert roadmap.summary.pmp_eligible.isoformat() == "2028-11-01"  # the PMP tile agrees
    assert page.ledger_stack.currentWidget() is page.table_empty

    fill(page, "Data-centre migration", date(2025, 1, 10), date(2025, 12, 20), "Lead")
    page.form.add_button.click()

    assert ledger(session) == [
        ("Data-centre migration", "Lead", date(2025, 1, 10), date(2025, 12, 20))
    ]
    assert page.model.rowCount() == 1
    assert page.ledger_stack.currentWidget() is page.table
    assert page.model.index(0, 3).data() == "20 Dec 2025"
    assert page.model.index(0, 4).data() == "12"
    assert page.months.text() == "52 of 60"
    assert "+ 12 from the ledger" in page.months_detail.text()
    assert "from 1 Nov 2028 in the plan" in page.pmp.text()  # the plan's, until re-planned
    assert page.stale.isVisibleTo(page)
    session.replan()
    assert page.pmp.text() == "PMP eligibility from 1 Nov 2027 in the plan"
    assert "8 more months leading projects, counted from the plan's start on 1 Mar 2027" in (
        page.rule.text()
    )
    assert "eligible from Nov 1, 2027" in session.roadmap().eligibility[0]
    assert page.form.project.text() == ""  # ready for the next one

    session.undo_stack.undo()
    assert ledger(session) == []
    assert page.months.text() == "40 of 60"
    session.undo_stack.redo()
    assert len(ledger(session)) == 1
    assert page.months.text() == "52 of 60"


def test_an_ongoing_project_counts_to_today_and_can_reach_eligibility(qtbot, session, person):
    page = make_page(qtbot, session)
    fill(page, "Service desk tooling", date(2025, 8, 1), None)
    page.form.add_button.click()
    assert page.model.index(0, 3).data() == "ongoing"
    assert page.model.index(0, 4).data() == "20"  # Aug 2025 .. Mar 2027
    session.replan()
    assert page.pmp.text() == "PMP eligibility: reached"
    assert page.months_bar.value() == page.months_bar.maximum() == 60


def test_an_end_before_the_start_is_refused_inline(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.form.icon.pixmap().isNull()  # the warning mark is drawn with a first problem
    fill(page, "Backwards", date(2026, 5, 1), date(2026, 4, 1))
    assert not page.form.add_button.isEnabled()
    assert page.form.message.text() == "The end date is before the start date."
    assert not page.form.icon.isHidden()
    assert not page.form.icon.pixmap().isNull()
    page.form.submit()
    page.form.project.returnPressed.emit()
    assert ledger(session) == []

    page.form.ongoing.setChecked(True)  # no end date: fine again
    assert page.form.add_button.isEnabled()
    assert page.form.message.text() == ""
    fill(page, "", date(2026, 5, 1), None)
    assert not page.form.add_button.isEnabled()
    assert page.form.icon.isHidden()  # a missing name is a hint, not an error


def test_delete_asks_first_and_undo_brings_the_project_back(qtbot, session, person, yes):
    page = make_page(qtbot, session)
    fill(page, "Firewall refresh", date(2024, 2, 1), date(2024, 7, 31), "PM")
    page.form.add_button.click()
    page.table.selectRow(0)
    assert page.delete_button.isEnabled()

    page.delete_button.click()
    assert "Firewall refresh" in yes[0]
    assert ledger(session) == []
    assert page.months.text() == "40 of 60"

    session.undo_stack.undo()  # re-added under a new id
    assert ledger(session) == [("Firewall refresh", "PM", date(2024, 2, 1), date(2024, 7, 31))]
    assert page.months.text() == "46 of 60"
    session.undo_stack.undo()  # the add is undone: the re-added row goes, whatever its id
    assert ledger(session) == []
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert ledger(session) == []
    session.undo_stack.undo()
    assert len(ledger(session)) == 1


def test_cancelling_the_confirmation_keeps_the_project(qtbot, session, person, monkeypatch):
    session.workspace.journal.add_project(person, "Keep me", date(2026, 1, 1))
    page = make_page(qtbot, session)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.table.selectRow(0)
    page.delete_selected()
    assert [e[0] for e in ledger(session)] == ["Keep me"]
    assert session.undo_stack.count() == 0


def test_after_a_ledger_change_the_plan_is_stale_until_replanned(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.stale.isHidden()
    fill(page, "Network upgrade", date(2026, 1, 1), date(2026, 6, 30))
    page.form.add_button.click()
    assert not page.stale.isHidden()
    assert "the plan counts 0 months from it, the ledger now adds 6" in page.stale_text.text()
    with qtbot.waitSignal(session.plan_changed):
        page.replan_button.click()
    assert page.stale.isHidden()
    assert session.workspace.planning.current(person).inputs["ledger_months_added"] == 6


def test_education_hours_and_the_capm(qtbot, session, person):
    page = make_page(qtbot, session)
    assert page.education.text().startswith("35-hour PM education: 0 of 35 hours, 35 to go")
    assert page.capm.text() == "CAPM's 23 hours: 0 of 23, 23 to go"

    session.save_profile(replace(session.profile(), pm_education_hours=24))
    assert page.capm.text() == "CAPM's 23 hours: met (24 hours)"
    assert "24 of 35 hours, 11 to go" in page.education.text()

    profile = session.profile()
    held = (*profile.credentials, Credential("CAPM", date(2026, 5, 1)))
    session.save_profile(replace(profile, credentials=held))
    assert page.education.text() == "35-hour PM education: met by holding the CAPM"
    assert page.education_bar.value() == 35
    assert page.capm.text() == "CAPM: already held"


def test_the_rule_follows_education(catalog, persona):
    today = date(2027, 3, 1)
    profile = persona("service-manager", education="bachelor")
    status = experience_status(profile, 0, catalog, today)
    assert status.required_months == 36
    assert pmp_text(status) == "PMP eligibility: reached"
    status = experience_status(replace(profile, education=None), 10, catalog, today)
    assert status.education is Education.SECONDARY
    assert status.missing_months == 10  # 60 - (40 + 10)
    assert "stricter rule applies" in rule_text(status)


def test_empty_state(qtbot, session):
    page = make_page(qtbot, session)
    assert page.stack.currentWidget() is page.empty
