"""Person > What if…: up to three variants of the plan side by side; keep one (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.formats import number, numeric_day
from planner.gui.widgets.step_style import verdict_word
from planner.services.what_if import MAX_VARIANTS, Outcome, Variant, WhatIfService

AS_NOW = QT_TRANSLATE_NOOP("VariantEditor", "as now")
ROWS = (
    QT_TRANSLATE_NOOP("WhatIfDialog", "Ready to apply"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "PMP exam"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Finish"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Hours"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Cost"),
    QT_TRANSLATE_NOOP("WhatIfDialog", "Budget"),
)


class VariantEditor(QGroupBox):
    """One variant: each control left at 'as now' keeps that part of the profile."""

    def __init__(self, title: str, steps: list[tuple[str, str]], extra: list[tuple[str, str]]):
        super().__init__(title)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, 80.0)
        self.hours.setSingleStep(1.0)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr(AS_NOW))
        self.hours.setSuffix(self.tr(" h"))
        self.budget = QDoubleSpinBox()
        self.budget.setRange(-1.0, 1_000_000.0)
        self.budget.setDecimals(0)
        self.budget.setSingleStep(100.0)
        self.budget.setValue(-1.0)
        self.budget.setSpecialValueText(self.tr(AS_NOW))
        self.track = QComboBox()
        self.track.addItem(self.tr(AS_NOW), None)
        for track in ("infrastructure", "software", "hybrid"):
            self.track.addItem(track.capitalize(), track)
        self.leave_out = QComboBox()
        self.leave_out.addItem(self.tr(AS_NOW), None)
        for step_id, name in steps:
            self.leave_out.addItem(name, step_id)
        self.pin = QComboBox()
        self.pin.addItem(self.tr(AS_NOW), None)
        for step_id, name in extra:
            self.pin.addItem(name, step_id)
        for combo in (self.track, self.leave_out, self.pin):
            # Catalog names are long: show about 14 characters and the full name in the list.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Hours a &week:"), self.hours),
            (self.tr("&Budget:"), self.budget),
            (self.tr("&Track:"), self.track),
            (self.tr("&Leave out:"), self.leave_out),
            (self.tr("&Add:"), self.pin),
        ):
            widget.setAccessibleName(
                self.tr("%1: %2")
                .replace("%2", label.replace("&", "").rstrip(":"))
                .replace("%1", title)
            )
            form.addRow(label, widget)

    def variant(self) -> Variant | None:
        """The variant, or None when every control is 'as now'."""
        hours = self.hours.value()
        if 0 < hours < 0.5:
            raise ValueError(self.tr("hours a week must be at least 0.5"))
        found = Variant(
            weekly_hours=hours or None,
            budget=None if self.budget.value() < 0 else self.budget.value(),
            track=self.track.currentData(),
            leave_out=(self.leave_out.currentData(),) if self.leave_out.currentData() else (),
            pin=(self.pin.currentData(),) if self.pin.currentData() else (),
        )
        return None if found == Variant() else found


class WhatIfDialog(QDialog):
    def __init__(self, window, session, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.session = session
        self.service = WhatIfService(session.workspace)
        self.outcomes: list[Outcome] = []
        self.setWindowTitle(self.tr("What if — %1").replace("%1", session.profile().name))
        self.setObjectName("whatIfDialog")
        roadmap = session.roadmap()
        planned = {s.id for s in roadmap.steps}
        steps = [(s.id, s.title) for s in roadmap.steps if s.status != "done"]
        catalog = session.catalog
        extra = sorted(
            ((c.id, c.name) for c in catalog.certifications if c.id not in planned),
            key=lambda pair: pair[1].casefold(),
        )
        editors = QHBoxLayout()
        self.editors = [
            VariantEditor(self.tr("Variant %1").replace("%1", n), steps, extra)
            for n in "ABC"[:MAX_VARIANTS]
        ]
        for editor in self.editors:
            editors.addWidget(editor)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.compare)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.table = QTableWidget(len(ROWS), 1)
        self.table.setAccessibleName(self.tr("The plan and its variants side by side"))
        self.table.setVerticalHeaderLabels([self.tr(r) for r in ROWS])
        self.table.setHorizontalHeaderLabels([self.tr("As planned")])
        self.table.resizeColumnsToContents()  # the heading whole, in any language
        self.use_buttons = QHBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Change what you want to try in up to three variants, then compare. Choosing one "
                "saves its plan (and its hours, budget, track or steps) as the current plan; "
                "Edit > Undo takes it back."
            )
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.problem, 1)
        top.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(editors)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.use_buttons)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(980, screen.width() - 40), min(640, screen.height() - 60))
        guard_fields(self)

    def variants(self) -> list[Variant]:
        return [v for e in self.editors if (v := e.variant()) is not None]

    def compare(self) -> None:
        try:
            variants = self.variants()
            if not variants:
                self.problem.setText(self.tr("Change something in a variant first."))
                return
            self.outcomes = self.service.compare(self.session.person_id, variants)
        except Exception as exc:
            self.problem.setText(f"{exc}")
            return
        self.problem.setText("")
        self._show()

    def _show(self) -> None:
        self.table.setColumnCount(len(self.outcomes))
        self.table.setHorizontalHeaderLabels(
            [self.tr("As planned")] + [o.variant.label for o in self.outcomes[1:]]
        )
        for column, outcome in enumerate(self.outcomes):
            f, s = outcome.figures, outcome.roadmap.summary
            cells = (
                numeric_day(f.ready_to_apply) or "-",
                numeric_day(f.pmp_exam) or "-",
                numeric_day(f.finish),
                number(f.hours, digits=0),
                f.cost_text(),
                verdict_word(s.budget_verdict) or self.tr("no budget"),
            )
            for row, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        while self.use_buttons.count():
            item = self.use_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for outcome in self.outcomes[1:]:
            button = QPushButton(self.tr("Use %1").replace("%1", outcome.variant.label))
            button.setAccessibleName(
                self.tr("Use the variant: %1").replace("%1", outcome.variant.label)
            )
            button.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            self.use_buttons.addWidget(button)
        self.use_buttons.addStretch(1)

    def choose(self, outcome: Outcome) -> None:
        try:
            self.session.choose_variant(self.service, outcome)
        except Exception as exc:
            show_error(self, self.tr("The variant could not be saved"), exc)
            return
        self.window_.statusBar().showMessage(
            self.tr("Plan saved with %1; Edit > Undo takes it back").replace(
                "%1", outcome.variant.label
            ),
            10000,
        )
        self.accept()


def open_what_if(window, session) -> None:
    if session.person_id is None:
        return
    WhatIfDialog(window, session).exec()
