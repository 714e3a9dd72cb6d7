"""The profile form's widgets, grouped the way people think about themselves; no saving here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog_model import Catalog
from planner.gui.formats import date_field_format
from planner.gui.pages.profile.checks import MAX_TEXT, MAX_WEEKLY_HOURS
from planner.gui.pages.profile.credentials_table import CredentialsEditor
from planner.gui.pages.profile.skills_table import SkillsEditor
from planner.gui.pages.profile.widgets import (
    ErrorLabel,
    HintLabel,
    fill_countries,
    fill_currencies,
    fill_education,
    fill_niches,
    fill_tracks,
    name_control,
)


class FieldBox(QWidget):
    """One form field: its input(s) on a line, then a hint and an inline error under them.

    One grid holds all three, and the error line is made with the field's first message: the
    Profile page, built at every start, has 19 of these, and two nested boxes and an error line
    each were 57 more objects made through Python, each of them costly in PySide6.
    """

    def __init__(self, inputs: Sequence[QWidget], hint: str = "", grow: bool = True) -> None:
        super().__init__()
        self.inputs = list(inputs)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        for column, widget in enumerate(inputs):
            self._grid.addWidget(widget, 0, column)
        # The first input takes the room, or an empty column after the inputs does (they keep
        # their natural width); the hint and the error line span them all.
        self._span = len(inputs) + (0 if grow else 1)
        self._grid.setColumnStretch(0 if grow else len(inputs), 1)
        # Made with its parent: shown without one, a hint was a window of its own for a
        # moment, and that took the focus from the main window.
        self.hint = HintLabel(hint, self)
        self.hint.setVisible(bool(hint))
        self._grid.addWidget(self.hint, 1, 0, 1, self._span)
        self.error: ErrorLabel | None = None  # made with the first message
        self.setFocusProxy(inputs[0])  # the label's mnemonic lands on the input
        self._describe()

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self._describe()

    def set_error(self, message: str | None) -> None:
        if message and self.error is None:
            self.error = ErrorLabel(self)
            self._grid.addWidget(self.error, 2, 0, 1, self._span)
        if self.error is not None:
            self.error.show_message(message)
        self.hint.setVisible(bool(self.hint.text()) and not message)  # one message at a time
        self._describe()

    def error_message(self) -> str:
        """The problem shown under the field; '' when there is none."""
        return self.error.message() if self.error is not None else ""

    def _describe(self) -> None:
        # Screen readers hear the problem first, else the hint.
        text = self.error_message() or self.hint.text()
        for widget in self.inputs:
            widget.setAccessibleDescription(text)


class NumberBox(QDoubleSpinBox):
    """Shows 12 rather than 12.0, and 12.5 when it has a fraction."""

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(round(value, self.decimals()), "g", 12)


def spin(maximum: float, suffix: str = "", decimals: int = 0) -> QDoubleSpinBox | QSpinBox:
    box: QDoubleSpinBox | QSpinBox
    if decimals:
        box = NumberBox()
        box.setDecimals(decimals)
    else:
        box = QSpinBox()
    box.setRange(0, maximum)  # type: ignore[arg-type]
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)  # typing "12" must not save "1" first
    box.setGroupSeparatorShown(True)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return box


class ProfileForm(QWidget):
    """Every Profile field as a widget, in six groups; the page wires them to the session."""

    def __init__(self, catalog: Catalog, today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, FieldBox] = {}
        self._groups: list[QGroupBox] = []  # held here until the page lays them out
        self._captions: list[QLabel] = []
        self.about = self._group(self.tr("About you"))
        self.name = self._line(self.tr("Your name or the client's"), MAX_TEXT)
        self._row(self.about, self.tr("Na&me"), "name", [self.name], self.tr("Required."))
        self.current_role = self._line(self.tr("e.g. IT Service Delivery Manager"), MAX_TEXT)
        self._row(self.about, self.tr("Current r&ole"), "current_role", [self.current_role])
        self.region = self._line(self.tr("City, state or country"), MAX_TEXT)
        self._row(
            self.about, self.tr("Reg&ion"), "region", [self.region],
            self.tr("Used to find local PMI chapters and local job ads."),
        )  # fmt: skip
        self.country = QComboBox()
        fill_countries(self.country, catalog)
        self._row(
            self.about, self.tr("Cou&ntry"), "country", [self.country],
            self.tr("Chooses the local credentials, bodies, chapters and paper size."),
        )  # fmt: skip

        self.experience = self._group(self.tr("Experience"))
        self.years_experience = spin(70, self.tr(" years"), decimals=1)
        self._row(
            self.experience, self.tr("&Years in IT"), "years_experience", [self.years_experience]
        )
        self.pm_experience_months = spin(840, self.tr(" months"))
        self._row(
            self.experience, self.tr("Months leading pro&jects"), "pm_experience_months",
            [self.pm_experience_months],
        )  # fmt: skip
        self.pm_education_hours = spin(10000, self.tr(" h"), decimals=1)
        self._row(
            self.experience,
            self.tr("PM e&ducation"),
            "pm_education_hours",
            [self.pm_education_hours],
        )
        self.agile_training_hours = spin(10000, self.tr(" h"), decimals=1)
        self._row(
            self.experience, self.tr("Agile &training"), "agile_training_hours",
            [self.agile_training_hours],
        )  # fmt: skip
        self.agile_experience_months = spin(840, self.tr(" months"))
        self._row(
            self.experience, self.tr("Agile e&xperience"), "agile_experience_months",
            [self.agile_experience_months], self.tr("Months working on agile projects."),
        )  # fmt: skip
        self.education = QComboBox()
        fill_education(self.education)
        self._row(
            self.experience, self.tr("Highest ed&ucation"), "education", [self.education],
            self.tr(
                "Some eligibility rules depend on it; when not given, a secondary diploma is "
                "assumed."
            ),
        )  # fmt: skip

        self.limits = self._group(self.tr("Limits and target"))
        self.weekly_hours = spin(MAX_WEEKLY_HOURS, self.tr(" h a week"), decimals=1)
        self._row(
            self.limits, self.tr("Hours per &week"), "weekly_hours", [self.weekly_hours],
            self.tr("No week of the plan asks for more than this.")
        )  # fmt: skip
        self.budget = spin(10_000_000)
        self.no_budget = QCheckBox(self.tr("No limit"))
        self.no_budget.setAccessibleName(self.tr("No budget limit"))
        self._row(self.limits, self.tr("&Budget"), "budget", [self.budget, self.no_budget])
        self.currency = QComboBox()
        fill_currencies(self.currency)
        self.currency.lineEdit().setMaxLength(3)
        self._row(self.limits, self.tr("&Currency"), "currency", [self.currency])
        self.target_track = QComboBox()
        fill_tracks(self.target_track, catalog)
        self._row(self.limits, self.tr("Target trac&k"), "target_track", [self.target_track])
        self.has_start = QCheckBox(self.tr("On a fixed date:"))
        self.has_start.setAccessibleName(self.tr("Plan from a fixed date"))
        self.start_date = QDateEdit()
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(date_field_format())
        self.start_date.setDate(QDate(today()))
        self.start_date.setAccessibleName(self.tr("Plan start date"))
        self._row(
            self.limits, self.tr("Plan &start"), "start_date", [self.has_start, self.start_date],
            self.tr("Without a fixed date, plans start on the day they are made.")
        )  # fmt: skip
        self.niche = QComboBox()
        fill_niches(self.niche, catalog)
        self._row(self.limits, self.tr("Niche"), "niche", [self.niche], grow=True)

        self.skills_group = QGroupBox(self.tr("Skills"))
        self.skills = SkillsEditor(catalog)
        QVBoxLayout(self.skills_group).addWidget(self.skills)

        self.credentials_group = QGroupBox(self.tr("Credentials"))
        self.credentials = CredentialsEditor(catalog, today)
        QVBoxLayout(self.credentials_group).addWidget(self.credentials)

        self.memberships = self._group(self.tr("Memberships and tags"))
        self.pmi = QCheckBox(self.tr("Member of the Project Management Institute"))
        self.pmi.setAccessibleName(self.tr("PMI member"))
        self._row(
            self.memberships, "PMI", "pmi", [self.pmi],
            self.tr(
                "Members pay less for PMI exams; the plan suggests joining when it saves money."
            ),
        )  # fmt: skip
        self.other_memberships = self._line(self.tr("e.g. ISACA, itSMF"), 1000)
        self._row(
            self.memberships, self.tr("Other memberships"), "other_memberships",
            [self.other_memberships], self.tr("Separate them with commas."),
        )  # fmt: skip
        self.tags = self._line(self.tr("e.g. cohort-1, infrastructure"), 1000)
        self._row(
            self.memberships, self.tr("Tags"), "tags", [self.tags],
            self.tr("Separate them with commas; the people list can be filtered by tag."),
        )  # fmt: skip
        self.align_captions()

    def align_captions(self) -> None:
        """One caption width for every group, so the fields line up down the page."""
        width = max(c.sizeHint().width() for c in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)

    def groups(self) -> list[QGroupBox]:
        """Left column first, then right: the order Tab follows."""
        about, experience, limits, memberships = self._groups
        return [about, experience, limits, self.skills_group, self.credentials_group, memberships]

    def _group(self, title: str) -> QFormLayout:
        group = QGroupBox(title)
        self._groups.append(group)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # By name: naming `Qt` would build its namespace's enums (planner.gui.roles).
        form.setProperty("labelAlignment", "AlignLeft|AlignTop")
        form.setVerticalSpacing(round(self.fontMetrics().height() * 0.6))
        return form

    def _line(self, placeholder: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        edit.setClearButtonEnabled(True)
        return edit

    def _row(  # noqa: PLR0917 -- the calls read as a table of rows
        self,
        form: QFormLayout,
        label: str,
        key: str,
        inputs: Sequence[QWidget],
        hint: str = "",
        grow: bool | None = None,
    ) -> FieldBox:
        # Text grows with the window; numbers and short choices keep their natural width.
        box = FieldBox(inputs, hint, isinstance(inputs[0], QLineEdit) if grow is None else grow)
        for widget in inputs:
            name_control(widget, widget.accessibleName() or label.replace("&", ""))
        if label:
            caption = QLabel(f"{label}:")
            caption.setBuddy(inputs[0])
            # Line the caption up with the input, not with the hint under it.
            caption.setMinimumHeight(inputs[0].sizeHint().height())
            caption.setProperty("alignment", "AlignLeft|AlignVCenter")
            self._captions.append(caption)
            form.addRow(caption, box)
        else:
            form.addRow(box)
        self.boxes[key] = box
        return box
