"""First run (mode, demo person, guided set-up) and File > New person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain.profile import Credential, Education, Skill
from planner.gui.first_run import FirstRunDialog, ask_new_person, run_first_run
from planner.gui.pages.profile.setup_wizard import ProfileWizard
from tests.gui.conftest import TODAY


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def answer_first_run(monkeypatch, mode: str, choice: str) -> None:
    def fake_exec(self) -> int:
        (self.coach if mode == "coach" else self.own).setChecked(True)
        self.choose(choice)
        return self.result()

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)


def fill_wizard(monkeypatch, name="Zoë Δημήτρης", hours=7.5, cancel_at=None, tags=""):
    """Drive the wizard page by page, as a person would, through next() and accept()."""

    def fake_exec(self) -> int:
        self.restart()
        self.about.name.setText(name)
        self.about.current_role.setText("Network engineer")
        self.about.region.setText("Θεσσαλονίκη")
        self.about.tags.setText(tags)
        self.next()
        if cancel_at == "experience":
            self.reject()
            return self.result()
        self.experience.years.setValue(9)
        self.experience.months.setValue(14)
        self.experience.pm_hours.setValue(20)
        self.experience.education.setCurrentIndex(self.experience.education.findData("bachelor"))
        self.next()
        self.credentials.name.setText("itil 4 foundation")
        self.credentials.add()
        self.next()
        self.limits.hours.setValue(hours)
        self.limits.no_budget.setChecked(False)
        self.limits.budget.setValue(2500)
        self.limits.currency.setEditText("eur")
        self.limits.track.setCurrentIndex(self.limits.track.findData("hybrid"))
        self.next()
        for skill, check, level in self.skills.choices:
            if skill == "Networking":
                check.setChecked(True)
                level.setCurrentIndex(level.findData(3))
        self.accept()  # QWizard validates the current page before accepting
        return self.result()

    monkeypatch.setattr(ProfileWizard, "exec", fake_exec)


def test_first_run_demo_adds_dana_tagged_demo_and_sets_mode(parent, session, monkeypatch):
    answer_first_run(monkeypatch, "professional", "demo")
    run_first_run(parent, session)
    assert session.workspace.coach.setting("mode") == "professional"
    assert session.workspace.people.count() == 1
    assert session.person_id is not None
    assert session.profile().name == "Dana Example"
    assert session.tags() == ["demo"]
    # The demo starts in today's week, not on a fixed date in the future (issue 14, item 11).
    assert session.profile().start_date == TODAY
    plan = session.roadmap()
    assert plan.start == TODAY and min(s.start for s in plan.steps) == TODAY


def test_demo_profile_starts_on_the_monday_of_this_week():
    from planner.services.demo import demo_profile

    assert demo_profile(date(2026, 12, 2)).start_date == date(2026, 11, 30)
    assert demo_profile(date(2026, 12, 6)).start_date == date(2026, 11, 30)
    assert demo_profile(date(2026, 11, 30)).start_date == date(2026, 11, 30)


def test_first_run_coach_sets_coach_mode(parent, session, monkeypatch):
    answer_first_run(monkeypatch, "coach", "skip")
    run_first_run(parent, session)
    assert session.workspace.coach.setting("mode") == "coach"
    assert session.workspace.people.count() == 0
    assert session.person_id is None


def test_closing_the_welcome_changes_nothing(parent, session, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: 0)
    run_first_run(parent, session)
    assert session.workspace.coach.setting("mode") is None
    assert session.workspace.people.count() == 0


def test_first_run_set_up_creates_and_selects_the_person(parent, session, monkeypatch):
    answer_first_run(monkeypatch, "professional", "setup")
    fill_wizard(monkeypatch, name="Ada")
    run_first_run(parent, session)
    assert session.profile().name == "Ada"
    assert session.workspace.coach.setting("mode") == "professional"


def test_welcome_wording_follows_the_mode(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert "profile" in dialog.setup_button.text()
    dialog.coach.setChecked(True)
    assert "client" in dialog.setup_button.text()
    assert dialog.mode() == "coach"


def test_new_person_from_a_filled_wizard_has_the_typed_values(parent, session, monkeypatch):
    fill_wizard(monkeypatch)
    person_id = ask_new_person(parent, session)
    assert person_id is not None
    profile = session.workspace.people.get(person_id)
    assert profile.name == "Zoë Δημήτρης"
    assert profile.current_role == "Network engineer"
    assert profile.region == "Θεσσαλονίκη"
    assert profile.years_experience == 9
    assert profile.pm_experience_months == 14
    assert profile.pm_education_hours == 20
    assert profile.education == Education.BACHELOR
    assert profile.weekly_hours == 7.5
    assert (profile.budget, profile.currency) == (2500, "EUR")
    assert profile.target_track == "hybrid"
    assert profile.skills == (Skill("Networking", 3),)
    assert profile.credentials == (Credential("ITIL 4 Foundation"),)  # completed from the catalog


def test_coach_can_tag_the_new_person(parent, session, monkeypatch):
    session.workspace.coach.set_setting("mode", "coach")
    fill_wizard(monkeypatch, tags="cohort-2, evening")
    person_id = ask_new_person(parent, session)
    assert session.workspace.people.tags(person_id) == ["cohort-2", "evening"]


def test_cancel_returns_none_and_adds_nobody(parent, session, monkeypatch):
    fill_wizard(monkeypatch, cancel_at="experience")
    assert ask_new_person(parent, session) is None
    assert session.workspace.people.count() == 0


def test_wizard_pages_are_checked_before_next(qtbot, catalog):
    wizard = ProfileWizard(catalog)
    qtbot.addWidget(wizard)
    wizard.restart()
    first = wizard.currentId()
    wizard.about.name.setText("   ")
    wizard.next()
    assert wizard.currentId() == first
    assert "name is needed" in wizard.about.name_box.error_message()
    wizard.about.name.setText("Kim")
    wizard.next()
    wizard.next()
    wizard.next()
    limits = wizard.currentId()
    assert wizard.currentPage() is wizard.limits
    wizard.limits.hours.setValue(0)
    wizard.next()
    assert wizard.currentId() == limits
    assert "at least 0.5" in wizard.limits.hours_box.error_message()
    wizard.limits.hours.setValue(4)
    # The message goes as soon as the value is right, not on the next Next (issue 14, item 8).
    assert wizard.limits.hours_box.error_message() == ""
    wizard.limits.currency.setEditText("EU")
    wizard.next()
    assert wizard.currentId() == limits
    assert wizard.result() != QDialog.DialogCode.Accepted


def test_wizard_takes_certifications_held_with_catalog_completion(qtbot, catalog):
    wizard = ProfileWizard(catalog, today=lambda: date(2027, 3, 1))
    qtbot.addWidget(wizard)
    page = wizard.credentials
    words = page.name.completer().model().stringList()
    assert "ITIL 4 Foundation" in words and "AZ-104" in words
    page.name.setText("network+")
    assert page.match.text() == "In the catalog: CompTIA Network+"
    page.dated.setChecked(True)
    page.earned.setDate(page.earned.date().addYears(-3))
    page.add()
    page.name.setText("Network+")
    page.add()
    assert "in the list already" in page.error.message()
    page.name.setText("Forklift licence")
    assert "Not in the catalog" in page.match.text()
    assert page.validatePage()  # typed but not added: Next adds it
    assert page.credentials() == (
        Credential("CompTIA Network+", date(2024, 3, 1)),
        Credential("Forklift licence", None),
    )
    wizard.about.name.setText("Kim")
    assert wizard.profile().credentials == page.credentials()


def test_wizard_keeps_its_width_on_the_last_page(qtbot, catalog):
    wizard = ProfileWizard(catalog)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    width = wizard.width()
    wizard.about.name.setText("Kim")
    while wizard.currentPage() is not wizard.skills:
        wizard.next()
    qtbot.wait(50)
    assert wizard.width() == width
    assert wizard.skills.minimumSizeHint().width() <= wizard.about.minimumSizeHint().width() * 1.2


def test_wizard_offers_the_country_the_region_names(qtbot, catalog):
    from planner.gui.pages.profile.setup_wizard import ProfileWizard

    wizard = ProfileWizard(catalog)
    qtbot.addWidget(wizard)
    wizard.about.name.setText("Ann")
    wizard.about.region.setText("Pune, India")
    wizard.about.region.editingFinished.emit()
    assert wizard.about.country.currentData() == "IN"  # offered, and visible to confirm
    assert wizard.limits.currency.currentText() == "INR"  # the country's currency
    wizard.about.country.setCurrentIndex(wizard.about.country.findData("GB"))
    assert wizard.profile().country == "GB" and wizard.profile().currency == "GBP"
