"""The guided set-up for a new person: five short pages, each checked before Next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Education, Profile, Skill
from planner.gui.field_guard import guard_fields
from planner.gui.pages.profile.checks import (
    MAX_TEXT,
    MAX_WEEKLY_HOURS,
    currency_problem,
    name_problem,
    normal_currency,
    split_list,
    weekly_hours_problem,
)
from planner.gui.pages.profile.form import FieldBox, spin
from planner.gui.pages.profile.hints import pmp_months_rule
from planner.gui.pages.profile.widgets import (
    HintLabel,
    country_hint,
    fill_countries,
    fill_currencies,
    fill_education,
    fill_levels,
    fill_tracks,
    name_control,
    select_data,
    track_summary,
)
from planner.gui.pages.profile.wizard_credentials import CredentialsPage
from planner.gui.window_size import fit_to_screen

DEFAULT_WEEKLY_HOURS = 6
FIRST_SKILL_LEVEL = 2


def _form(page: QWizardPage) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(round(page.fontMetrics().height() * 0.6))
    return form


def _add(
    form: QFormLayout, label: str, widget: QWidget, hint: str = "", *more: QWidget
) -> FieldBox:
    box = FieldBox([widget, *more], hint, grow=isinstance(widget, QLineEdit))
    for control in (widget, *more):
        name_control(control, control.accessibleName() or label.replace("&", ""))
    caption = QLabel(f"{label}:")
    caption.setBuddy(widget)
    form.addRow(caption, box)
    return box


class AboutPage(QWizardPage):
    def __init__(self, own: bool, coach: bool, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        self.coach = coach
        self.setTitle(self.tr("About you") if own else self.tr("About the person"))
        self.setSubTitle(
            self.tr("Only the name is needed; everything can be changed later on the Profile page.")
        )
        form = _form(self)
        self.name = QLineEdit(maxLength=MAX_TEXT)
        self.name_box = _add(form, self.tr("&Name"), self.name)
        self.current_role = QLineEdit(maxLength=MAX_TEXT)
        self.current_role.setPlaceholderText(self.tr("e.g. Network engineer, IT service manager"))
        _add(form, self.tr("Current &role"), self.current_role)
        self.region = QLineEdit(maxLength=MAX_TEXT)
        self.region.setPlaceholderText(self.tr("City, state or country"))
        _add(
            form,
            self.tr("Re&gion"),
            self.region,
            self.tr("Used to find local PMI chapters and job ads."),
        )
        self.country = QComboBox()
        fill_countries(self.country, catalog)
        self.country_box = _add(form, self.tr("Cou&ntry"), self.country)
        self.region.editingFinished.connect(self._on_region_finished)
        self.country.currentIndexChanged.connect(self._show_country_hint)
        self._show_country_hint()
        self.tags = QLineEdit(maxLength=1000)
        self.tags.setPlaceholderText(self.tr("e.g. cohort-1"))
        self.tags_box = _add(
            form, self.tr("&Tags"), self.tags, self.tr("Optional, separated by commas.")
        )
        form.setRowVisible(self.tags_box, coach)  # coaches group clients; others need not
        self.registerField("name*", self.name)  # Next stays off until a name is typed
        self.name.textEdited.connect(lambda _t: self.name_box.set_error(None))

    def _on_region_finished(self) -> None:
        """Offer the country the region clearly names; the person confirms or changes it."""
        from planner.domain.places import guess_country

        guessed = guess_country(self.region.text())
        if guessed and self.country.currentData() is None:
            select_data(self.country, guessed)
        self._show_country_hint()

    def _show_country_hint(self, *_args) -> None:
        self.country_box.set_hint(
            country_hint(self.catalog, self.country.currentData(), self.region.text())
        )

    def validatePage(self) -> bool:
        problem = name_problem(self.name.text())
        self.name_box.set_error(problem)
        return problem is None


class ExperiencePage(QWizardPage):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.setTitle(self.tr("Experience"))
        self.setSubTitle(
            self.tr("Rough numbers are fine: they decide which certifications are in reach.")
        )
        form = _form(self)
        self.years = spin(70, self.tr(" years"), decimals=1)
        _add(form, self.tr("&Years in IT"), self.years)
        self.months = spin(840, self.tr(" months"))
        _add(
            form,
            self.tr("&Months leading projects"),
            self.months,
            self.tr("Leading, not only taking part, in the last 8 years.")
            + pmp_months_rule(catalog),
        )
        self.pm_hours = spin(10000, self.tr(" h"), decimals=1)
        _add(
            form,
            self.tr("PM e&ducation"),
            self.pm_hours,
            self.tr("Hours of project-management training."),
        )
        self.education = QComboBox()
        fill_education(self.education)
        _add(form, self.tr("Highest ed&ucation"), self.education)


class LimitsPage(QWizardPage):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        self.setTitle(self.tr("Time, money and direction"))
        self.setSubTitle(self.tr("The plan never asks for more hours a week than this."))
        form = _form(self)
        self.hours = spin(MAX_WEEKLY_HOURS, self.tr(" h a week"), decimals=1)
        self.hours.setValue(DEFAULT_WEEKLY_HOURS)
        self.hours_box = _add(form, self.tr("&Hours per week"), self.hours)
        self.budget = spin(10_000_000)
        self.no_budget = QCheckBox(self.tr("No limit"))
        self.no_budget.setAccessibleName(self.tr("No budget limit"))
        self.budget_box = _add(form, self.tr("&Budget"), self.budget, "", self.no_budget)
        self.no_budget.toggled.connect(lambda on: self.budget.setEnabled(not on))
        self.no_budget.setChecked(True)
        self.currency = QComboBox()
        fill_currencies(self.currency)
        self.currency.lineEdit().setMaxLength(3)
        self.currency_box = _add(form, self.tr("&Currency"), self.currency)
        self.track = QComboBox()
        fill_tracks(self.track, catalog)
        self.track_box = _add(form, self.tr("Target trac&k"), self.track)
        self.track.currentIndexChanged.connect(self._on_track_changed)
        self._on_track_changed()
        # A message about a value goes as soon as the value is fixed, not on the next Next.
        self.hours.valueChanged.connect(self._recheck)
        self.currency.currentTextChanged.connect(self._recheck)

    def _recheck(self, *_args) -> None:
        if self.hours_box.error_message():
            self.hours_box.set_error(weekly_hours_problem(self.hours.value()))
        if self.currency_box.error_message():
            self.currency_box.set_error(currency_problem(self.currency.currentText()))

    def _on_track_changed(self, *_args) -> None:
        self.track_box.set_hint(track_summary(self.catalog, self.track.currentData()))

    def validatePage(self) -> bool:
        hours = weekly_hours_problem(self.hours.value())
        money = currency_problem(self.currency.currentText())
        self.hours_box.set_error(hours)
        self.currency_box.set_error(money)
        return hours is None and money is None


class SkillsPage(QWizardPage):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.setTitle(self.tr("First skills (optional)"))
        self.setSubTitle(
            self.tr("Tick what you already do and how well; add more on the Profile page.")
        )
        # One column in a scroll area: the last page must not make the wizard wider.
        inner = QWidget()
        grid = QGridLayout(inner)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self.choices: list[tuple[str, QCheckBox, QComboBox]] = []
        for i, competency in enumerate(catalog.competencies):
            check = QCheckBox(competency.name)
            check.setToolTip(competency.description)
            level = QComboBox()
            fill_levels(level, catalog.level_labels)
            level.setCurrentIndex(FIRST_SKILL_LEVEL)
            level.setEnabled(False)
            level.setAccessibleName(self.tr("Level of %1").replace("%1", competency.name))
            check.toggled.connect(level.setEnabled)
            grid.addWidget(check, i, 0)
            grid.addWidget(level, i, 1)
            self.choices.append((competency.name, check, level))
        levels = HintLabel(
            self.tr("Levels: 1 aware of it, 2 does routine work, 3 works unaided, 4 expert.")
        )
        outer.addWidget(levels)
        grid.setColumnStretch(0, 1)

    def skills(self) -> tuple[Skill, ...]:
        return tuple(
            Skill(name, int(level.currentData()))
            for name, check, level in self.choices
            if check.isChecked()
        )


class ProfileWizard(QWizard):
    """exec() is the seam tests patch; profile() and tags() read what was typed."""

    def __init__(
        self,
        catalog: Catalog,
        own: bool = False,
        coach: bool = True,
        parent=None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileWizard")
        self.setWindowTitle(self.tr("Set up your profile") if own else self.tr("New person"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)  # a title band on every page
        self.about = AboutPage(own, coach, catalog)
        self.experience = ExperiencePage(catalog)
        self.limits = LimitsPage(catalog)
        self.credentials = CredentialsPage(catalog, today)
        self.skills = SkillsPage(catalog)
        pages = (self.about, self.experience, self.credentials, self.limits, self.skills)
        for page in pages:
            self.addPage(page)
        self._currency_chosen = False  # the person picked a currency: the country leaves it be
        self.limits.currency.activated.connect(self._on_currency_chosen)
        self.limits.currency.lineEdit().textEdited.connect(self._on_currency_chosen)
        self.about.country.currentIndexChanged.connect(self._on_country_changed)
        width = self.fontMetrics().averageCharWidth()
        fit_to_screen(self, QSize(width * 110, self.fontMetrics().height() * 34))
        guard_fields(self)

    def _on_currency_chosen(self, *_args) -> None:
        self._currency_chosen = True

    def _on_country_changed(self, *_args) -> None:
        pack = self.about.catalog.countries.get(self.about.country.currentData() or "")
        if pack is not None and not self._currency_chosen:
            self.limits.currency.setEditText(pack.currency)

    def profile(self) -> Profile:
        a, e, lim = self.about, self.experience, self.limits
        education = e.education.currentData()
        return Profile(
            name=" ".join(a.name.text().split()),
            weekly_hours=float(lim.hours.value()),
            current_role=" ".join(a.current_role.text().split()),
            years_experience=float(e.years.value()),
            pm_experience_months=int(e.months.value()),
            pm_education_hours=float(e.pm_hours.value()),
            education=Education.from_key(education) if education else None,
            region=" ".join(a.region.text().split()),
            country=a.country.currentData(),
            budget=None if lim.no_budget.isChecked() else float(lim.budget.value()),
            currency=normal_currency(lim.currency.currentText()),
            target_track=lim.track.currentData(),
            skills=self.skills.skills(),
            credentials=self.credentials.credentials(),
        )

    def tags(self) -> list[str]:
        return split_list(self.about.tags.text()) if self.about.coach else []
