"""How each profile field is read from its widget, checked, applied to a Profile and shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Education, Profile
from planner.domain.records import record
from planner.gui.pages.profile.checks import (
    currency_problem,
    name_problem,
    normal_currency,
    split_list,
    text_problem,
    weekly_hours_problem,
)
from planner.gui.pages.profile.form import ProfileForm
from planner.gui.pages.profile.widgets import select_data


@record
class Field:
    label: str  # the undo step says "Edit <label>"
    read: Callable[[], Any]  # the widget's value; ValueError(message) when it cannot be saved
    show: Callable[[Profile, list[str]], None]
    apply: Callable[[Profile, Any], Profile] | None  # None: tags, saved apart from the profile


def _checked(problem: str | None, value: Any) -> Any:
    if problem:
        raise ValueError(problem)
    return value


def _set_text(edit, text: str) -> None:
    if edit.text() != text:  # setText moves the cursor: leave a field alone when it matches
        edit.setText(text)


def _attr(name: str) -> Callable[[Profile, Any], Profile]:
    return lambda profile, value: replace(profile, **{name: value})


def define_fields(form: ProfileForm, catalog: Catalog) -> dict[str, Field]:
    """One Field per key of form.boxes."""

    def is_pmi(name: str) -> bool:
        found = catalog.find_membership(name)
        return found is not None and found.id == "pmi"

    def apply_memberships(profile: Profile, _value: Any) -> Profile:
        pmi = [m for m in profile.memberships if is_pmi(m)] or ["PMI"]
        others = split_list(form.other_memberships.text())
        chosen = (pmi if form.pmi.isChecked() else []) + others
        return replace(profile, memberships=tuple(dict.fromkeys(chosen)))

    def show_memberships(profile: Profile, _tags: list[str]) -> None:
        form.pmi.setChecked(any(is_pmi(m) for m in profile.memberships))
        others = [m for m in profile.memberships if not is_pmi(m)]
        _set_text(form.other_memberships, ", ".join(others))

    def read_budget() -> float | None:
        return None if form.no_budget.isChecked() else float(form.budget.value())

    def show_budget(profile: Profile, _tags: list[str]) -> None:
        form.no_budget.setChecked(profile.budget is None)
        form.budget.setEnabled(profile.budget is not None)
        if profile.budget is not None:
            form.budget.setValue(profile.budget)

    def read_start() -> date | None:
        return form.start_date.date().toPython() if form.has_start.isChecked() else None

    def show_start(profile: Profile, _tags: list[str]) -> None:
        form.has_start.setChecked(profile.start_date is not None)
        form.start_date.setEnabled(profile.start_date is not None)
        if profile.start_date is not None:
            form.start_date.setDate(QDate(profile.start_date))

    def read_education() -> Education | None:
        key = form.education.currentData()
        return Education.from_key(key) if key else None

    def text_field(label: str, attr: str, edit, check=None) -> Field:
        def read() -> str:
            text = " ".join(edit.text().split())
            return _checked(check(text) if check else text_problem(text, label), text)

        return Field(label, read, lambda p, _t: _set_text(edit, getattr(p, attr)), _attr(attr))

    def number_field(label: str, attr: str, box, check=None) -> Field:
        def read() -> float:
            value = box.value()
            return _checked(check(value) if check else None, value)

        return Field(label, read, lambda p, _t: box.setValue(getattr(p, attr)), _attr(attr))

    def combo_field(label: str, attr: str, combo, read=None) -> Field:
        return Field(
            label,
            read or combo.currentData,
            lambda p, _t: select_data(combo, getattr(p, attr)),
            _attr(attr),
        )

    def read_currency() -> str:
        text = form.currency.currentText()
        return _checked(currency_problem(text), normal_currency(text))

    f = form
    return {
        "name": text_field(
            QT_TRANSLATE_NOOP("ProfileFields", "name"), "name", f.name, name_problem
        ),
        "current_role": text_field(
            QT_TRANSLATE_NOOP("ProfileFields", "current role"), "current_role", f.current_role
        ),
        "region": text_field(QT_TRANSLATE_NOOP("ProfileFields", "region"), "region", f.region),
        "country": combo_field(QT_TRANSLATE_NOOP("ProfileFields", "country"), "country", f.country),
        "years_experience": number_field(
            QT_TRANSLATE_NOOP("ProfileFields", "years in IT"),
            "years_experience",
            f.years_experience,
        ),
        "pm_experience_months": number_field(
            QT_TRANSLATE_NOOP("ProfileFields", "months leading projects"),
            "pm_experience_months",
            f.pm_experience_months,
        ),
        "pm_education_hours": number_field(
            QT_TRANSLATE_NOOP("ProfileFields", "PM education hours"),
            "pm_education_hours",
            f.pm_education_hours,
        ),
        "agile_training_hours": number_field(
            QT_TRANSLATE_NOOP("ProfileFields", "agile training hours"),
            "agile_training_hours",
            f.agile_training_hours,
        ),
        "agile_experience_months": number_field(
            QT_TRANSLATE_NOOP("ProfileFields", "agile experience"),
            "agile_experience_months",
            f.agile_experience_months,
        ),
        "education": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "education"),
            read_education,
            lambda p, _t: select_data(f.education, p.education.key if p.education else None),
            _attr("education"),
        ),
        "weekly_hours": number_field(
            QT_TRANSLATE_NOOP("ProfileFields", "hours per week"),
            "weekly_hours",
            f.weekly_hours,
            weekly_hours_problem,
        ),
        "budget": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "budget"), read_budget, show_budget, _attr("budget")
        ),
        "currency": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "currency"),
            read_currency,
            lambda p, _t: f.currency.setEditText(p.currency),
            _attr("currency"),
        ),
        "target_track": combo_field(
            QT_TRANSLATE_NOOP("ProfileFields", "target track"), "target_track", f.target_track
        ),
        "start_date": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "start date"),
            read_start,
            show_start,
            _attr("start_date"),
        ),
        "niche": combo_field(QT_TRANSLATE_NOOP("ProfileFields", "niche"), "niche", f.niche),
        "pmi": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "PMI membership"),
            lambda: None,
            show_memberships,
            apply_memberships,
        ),
        "other_memberships": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "memberships"),
            lambda: None,
            show_memberships,
            apply_memberships,
        ),
        "tags": Field(
            QT_TRANSLATE_NOOP("ProfileFields", "tags"),
            lambda: split_list(f.tags.text()),
            lambda _p, tags: _set_text(f.tags, ", ".join(tags)),
            None,
        ),
    }
