"""The inline 'add a project you led' form, which says what is wrong before anything is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.formats import date_field_format
from planner.gui.pages.experience.edits import Project
from planner.gui.widgets.marks import warning_mark
from planner.services.rules import add_months


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def problem(values: Project, today: date) -> str:
    """What stops these values being saved, in words; '' when they can be."""
    if not values.project.strip():
        return QCoreApplication.translate("EntryForm", "Name the project to add it.")
    if values.started > today:
        return QCoreApplication.translate(
            "EntryForm", "The start date is in the future: add a project once it has started."
        )
    if values.finished is not None and values.finished < values.started:
        return QCoreApplication.translate("EntryForm", "The end date is before the start date.")
    return ""


class EntryForm(QGroupBox):
    submitted = Signal(object)  # Project

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a project you led"), parent)
        self.setAccessibleName(self.tr("Add a project you led"))
        self._today = date.today()
        self.project = QLineEdit(placeholderText=self.tr("e.g. Data-centre migration"))
        self.project.setAccessibleName(self.tr("Project"))
        self.role = QLineEdit(placeholderText=self.tr("e.g. Project lead"))
        self.role.setAccessibleName(self.tr("Role"))
        self.started = QDateEdit(calendarPopup=True, displayFormat=date_field_format())
        self.started.setAccessibleName(self.tr("From"))
        self.started.lineEdit().setAccessibleName(self.tr("From"))  # what screen readers land on
        self.finished = QDateEdit(calendarPopup=True, displayFormat=date_field_format())
        self.finished.setAccessibleName(self.tr("To"))
        self.finished.lineEdit().setAccessibleName(self.tr("To"))  # what screen readers land on
        self.ongoing = QCheckBox(self.tr("&Ongoing"))
        self.ongoing.setAccessibleName(self.tr("Ongoing"))
        self.ongoing.setToolTip(self.tr("Still leading it: its months count up to today"))
        self.add_button = QPushButton(self.tr("&Add project"))
        self.add_button.setAccessibleName(self.tr("Add project"))
        self.add_button.setDefault(True)
        self.icon = QLabel()  # its mark is drawn with the first problem (_validate)
        self.icon.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the project"))

        labels = []
        for text, buddy in (
            (self.tr("Pro&ject"), self.project),
            (self.tr("Ro&le"), self.role),
            (self.tr("&From"), self.started),
            (self.tr("&To"), self.finished),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            # The underlined mnemonic splits kerned pairs ("To"): leave room so nothing clips.
            label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
            labels.append(label)
        em = self.fontMetrics().height()
        names = QHBoxLayout()
        names.setSpacing(em // 2)
        names.addWidget(labels[0])
        names.addWidget(self.project, 3)
        names.addSpacing(em)
        names.addWidget(labels[1])
        names.addWidget(self.role, 2)
        dates = QHBoxLayout()
        dates.setSpacing(em // 2)
        dates.addWidget(labels[2])
        dates.addWidget(self.started)
        dates.addSpacing(em)
        dates.addWidget(labels[3])
        dates.addWidget(self.finished)
        dates.addWidget(self.ongoing)
        dates.addStretch(1)
        dates.addWidget(self.add_button)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.icon)
        problem_row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(em // 2)
        layout.addLayout(names)
        layout.addLayout(dates)
        layout.addLayout(problem_row)

        for widget in (self.project, self.role):
            widget.textChanged.connect(self._validate)
            widget.returnPressed.connect(self.submit)
        self.started.dateChanged.connect(self._validate)
        self.finished.dateChanged.connect(self._validate)
        self.ongoing.toggled.connect(self._on_ongoing_toggled)
        self.add_button.clicked.connect(self.submit)
        self.reset(self._today)

    def reset(self, today: date) -> None:
        """Empty fields; dates default to the last six months."""
        self._today = today
        self.project.clear()
        self.role.clear()
        self.started.setMaximumDate(to_qdate(today))
        self.started.setDate(to_qdate(add_months(today, -6)))
        self.finished.setDate(to_qdate(today))
        self.ongoing.setChecked(False)
        self._validate()

    def values(self) -> Project:
        return Project(
            project=self.project.text().strip(),
            role=self.role.text().strip(),
            started=from_qdate(self.started.date()),
            finished=None if self.ongoing.isChecked() else from_qdate(self.finished.date()),
        )

    def _on_ongoing_toggled(self, ongoing: bool) -> None:
        self.finished.setEnabled(not ongoing)
        self._validate()

    def _validate(self) -> str:
        text = problem(self.values(), self._today)
        # An empty name is a hint, not an error: no warning icon until there is a real problem.
        hint = not self.project.text().strip()
        self.message.setText(text)
        warn = bool(text) and not hint
        if warn and self.icon.pixmap().isNull():
            self.icon.setPixmap(warning_mark(self))  # when first shown: about 7 ms otherwise
        self.icon.setVisible(warn)
        self.message.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if hint else QPalette.ColorRole.WindowText
        )
        self.add_button.setEnabled(not text)
        return text

    def submit(self) -> None:
        if self._validate():
            return
        self.submitted.emit(self.values())
