"""Dates and numbers on screen in the language's conventions; tables still sort by date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QSortFilterProxyModel
from PySide6.QtWidgets import QDateEdit

from planner.domain.messages import speaking
from planner.gui.formats import SORT_ROLE, date_field_format
from planner.gui.pages.roadmap import RoadmapPage
from planner.gui.pages.roadmap.steps_model import PlanRow, StepsModel
from planner.gui.widgets.step_details import step_html
from planner.i18n import catalogs
from planner.i18n.format import day

GERMAN_DAY = re.compile(r"\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\.? \d{4}")


@pytest.fixture
def german():
    """The app speaking German, as apply_language() leaves it (Qt's locale too)."""
    QLocale.setDefault(QLocale("de"))
    try:
        with speaking(catalogs.load("de")):
            yield
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_the_german_status_bar_groups_the_budget_as_the_summary_does(person_window, german):
    person_window._update_summary()
    text = person_window.summary.full_text()
    plan = person_window.session.roadmap().summary
    assert plan.budget == 3000
    assert "(budget 3.000\u00a0$)" in text and "3,000" not in text  # as the summary tile
    assert day(plan.finish, "de") in text and GERMAN_DAY.search(text)


def test_the_german_summary_and_step_details_write_german_dates(qtbot, session, person, german):
    page = RoadmapPage(session)
    qtbot.addWidget(page)
    page.reload()
    roadmap = session.roadmap()
    finish = page.summary.finish.value.text()
    assert finish == day(roadmap.summary.finish, "de") and GERMAN_DAY.fullmatch(finish)
    assert roadmap.summary.finish.isoformat() not in finish
    assert page.summary.budget.value.text() == "3.000\u00a0$"  # as in the status bar

    session.record_progress("comptia-secplus", "done", date(2027, 2, 20))
    step = {s.id: s for s in session.roadmap().steps}["comptia-secplus"]
    html = step_html(step, "done", session.progress()["comptia-secplus"], str, str)
    assert "20. Feb. 2027" in html and "2027-02-20" not in html


def test_english_tables_and_prose_keep_day_month_year(session, person):
    step = session.roadmap().steps[0]
    model = StepsModel()
    model.set_rows([PlanRow(step, "todo", None)])
    shown = model.index(0, StepsModel.START).data()
    assert shown == step.start.strftime("%d %b %Y")  # '04 Jan 2027': never month first
    assert model.index(0, StepsModel.START).data(SORT_ROLE) == step.start.isoformat()


def test_sorting_the_steps_by_start_stays_chronological(session, person, german):
    steps = session.roadmap().steps
    model = StepsModel()
    model.set_rows([PlanRow(s, "todo", None) for s in reversed(steps)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(StepsModel.START)
    shown = [proxy.index(r, StepsModel.START).data() for r in range(proxy.rowCount())]
    assert [proxy.index(r, StepsModel.START).data(SORT_ROLE) for r in range(len(shown))] == sorted(
        s.start.isoformat() for s in steps
    )
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", text) for text in shown)
    # The German text alone ('01.06.2027' before '15.03.2027') would sort them wrongly.
    assert sorted(shown) != shown


def test_date_fields_show_the_languages_order_with_a_four_digit_year(qtbot, german):
    assert date_field_format() == "dd.MM.yyyy"
    assert date_field_format("es") == "d/M/yyyy"
    assert date_field_format("en") == "dd MMM yyyy"
    field = QDateEdit(displayFormat=date_field_format())
    qtbot.addWidget(field)
    field.setDate(QDate(2027, 3, 8))
    assert field.text() == "08.03.2027"
    assert field.sectionAt(0) == QDateEdit.Section.DaySection


def test_english_dates_on_screen_follow_the_shown_persons_country(person_window):
    """As on their printed plan and in their plan's sentences: month first for a US person
    only. The summary line is written from the plan shown; switching person switches order."""
    from tests.gui.conftest import persona_profile

    window = person_window
    us = window.session.roadmap().summary
    assert us.country == "US"
    window._update_summary()
    assert f"{us.finish:%b} {us.finish.day}, {us.finish.year}" in window.summary.full_text()
    leeds = window.session.add_person(persona_profile("network-engineer"))
    window.session.select(leeds)
    gb = window.session.roadmap().summary
    assert gb.country == "GB"
    assert f"{gb.finish.day} {gb.finish:%b} {gb.finish.year}" in window.summary.full_text()
