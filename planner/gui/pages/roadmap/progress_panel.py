"""Controls for the chosen step: mark progress with a date and note; leave it out or pin it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.formats import date_field_format

# Mnemonics avoid the menus (File, Edit, View, Person, Help) and the tab titles.
MARKS = (
    (
        "in_progress",
        QT_TRANSLATE_NOOP("ProgressPanel", "In progre&ss"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Mark the step as started on the chosen date"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Mark in progress"),
    ),
    (
        "done",
        QT_TRANSLATE_NOOP("ProgressPanel", "&Done"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Mark the step as finished on the chosen date"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Mark done"),
    ),
    (
        "skipped",
        QT_TRANSLATE_NOOP("ProgressPanel", "S&kipped"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Skip the step; a re-plan leaves it out"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Mark skipped"),
    ),
    (
        "todo",
        QT_TRANSLATE_NOOP("ProgressPanel", "&To do"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Clear the progress recorded on this step"),
        QT_TRANSLATE_NOOP("ProgressPanel", "Mark to do"),
    ),
)


class ProgressPanel(QWidget):
    mark_requested = Signal(str, object, str)  # status, date, note
    leave_out_requested = Signal()
    pin_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Progress on the chosen step"))
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_field_format())
        self.when.setAccessibleName(self.tr("Date of the progress"))
        self.note = QLineEdit(
            placeholderText=self.tr("Optional: where you booked, what you learnt…")
        )
        self.note.setAccessibleName(self.tr("Note on the step"))
        self.note.setClearButtonEnabled(True)
        when_label, note_label = QLabel(self.tr("&When:")), QLabel(self.tr("N&ote:"))
        when_label.setBuddy(self.when)
        note_label.setBuddy(self.note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(when_label, self.when)
        form.addRow(note_label, self.note)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        for i, (status, text, tip, name) in enumerate(MARKS):
            button = QPushButton(self.tr(text))
            button.setToolTip(self.tr(tip))
            button.setAccessibleName(self.tr(name))
            button.clicked.connect(lambda _=False, s=status: self._on_mark_clicked(s))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[status] = button
        progress = QGroupBox(self.tr("Mark progress"))
        box = QVBoxLayout(progress)
        box.addLayout(form)
        box.addLayout(grid)

        self.leave_out = QPushButton(self.tr("&Leave out of plan"))
        self.leave_out.setAccessibleName(self.tr("Leave this step out of the plan"))
        self.leave_out.setToolTip(
            self.tr("Exclude the step and re-plan from today (Ctrl+Z undoes it)")
        )
        self.leave_out.clicked.connect(self.leave_out_requested)
        self.pin = QPushButton(self.tr("Pin (always incl&ude)"))
        self.pin.setCheckable(True)
        self.pin.setAccessibleName(self.tr("Pin this step to the plan"))
        self.pin.setToolTip(
            self.tr(
                "Pinned steps stay in every re-plan, even when no gap asks for them; "
                "press again to unpin"
            )
        )
        self.pin.clicked.connect(self.pin_toggled)
        plan = QGroupBox(self.tr("In the plan"))
        row = QHBoxLayout(plan)
        row.addWidget(self.leave_out)
        row.addWidget(self.pin)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Result of the last action"))
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(progress)
        layout.addWidget(plan)
        layout.addWidget(self.notice)
        self.set_step(None, "todo", "", False, date.today())

    def set_step(
        self, step_id: str | None, status: str, note: str, pinned: bool, today: date
    ) -> None:
        """Show the controls for a step (None: all disabled); the date resets to today."""
        self._step_id = step_id
        enabled = step_id is not None
        self.when.setMaximumDate(QDate(today))  # progress is recorded once it has happened
        self.when.setDate(QDate(today))
        self.note.setText(note)
        for key, button in self.buttons.items():
            button.setEnabled(enabled and not (key == "todo" and status == "todo"))
        for widget in (self.when, self.note):
            widget.setEnabled(enabled)
        self.leave_out.setEnabled(enabled and status != "done")
        self.pin.setEnabled(enabled and status != "done")
        self.pin.setChecked(pinned)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_mark_clicked(self, status: str) -> None:
        if self._step_id is not None:
            self.mark_requested.emit(status, self.when.date().toPython(), self.note.text().strip())
