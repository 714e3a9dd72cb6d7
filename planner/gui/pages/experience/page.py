"""The Experience tab: the PM-experience ledger and when PMP eligibility is reached."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.pages.experience.edits import LedgerEditor, Project
from planner.gui.pages.experience.entry_form import EntryForm
from planner.gui.pages.experience.ledger_model import PROJECT, LedgerModel
from planner.gui.pages.experience.status import (
    ExperienceStatus,
    capm_text,
    counting_text,
    education_text,
    experience_status,
    months_text,
    pmp_text,
    rule_text,
)
from planner.gui.plural import counts
from planner.gui.session import PersonSession
from planner.gui.widgets.marks import note_mark


class Card(QFrame):
    """A titled panel drawn on the Base colour with a hairline, in light and dark palettes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        em = self.fontMetrics().height()
        heading = QLabel(title)
        font = QFont(self.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(em, em * 2 // 3, em, em * 2 // 3)
        self.body.setSpacing(em // 3)
        self.body.addWidget(heading)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(self.palette().base())
        radius = self.fontMetrics().height() / 3
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()


def _label(bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(label.font().pointSizeF() * scale)
        label.setFont(font)
    return label


class ExperiencePage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "E&xperience")

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.editor = LedgerEditor(session, self._on_ledger_changed)
        em = self.fontMetrics().height()

        # -- where the person stands -----------------------------------------------------
        self.months = _label(bold=True, scale=1.6)
        self.months.setAccessibleName(self.tr("Months leading projects"))
        self.months_bar = QProgressBar()
        self.months_bar.setTextVisible(False)
        self.months_bar.setFixedHeight(max(8, em * 2 // 3))
        self.months_bar.setAccessibleName(self.tr("Months toward the PMP rule"))
        self.months_detail = _label()
        self.months_detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        months_card = Card(self.tr("Months leading projects"))
        for widget in (self.months, self.months_bar, self.months_detail):
            months_card.body.addWidget(widget)
        months_card.body.addStretch(1)

        self.pmp = _label(bold=True, scale=1.15)
        self.pmp.setAccessibleName(self.tr("PMP eligibility"))
        self.rule = _label()
        pmp_card = Card(self.tr("PMP experience rule"))
        pmp_card.body.addWidget(self.pmp)
        pmp_card.body.addWidget(self.rule)
        pmp_card.body.addStretch(1)

        self.education = _label()
        self.education.setAccessibleName(self.tr("PMP education hours"))
        self.education_bar = QProgressBar()
        self.education_bar.setTextVisible(False)
        self.education_bar.setFixedHeight(max(8, em * 2 // 3))
        self.education_bar.setAccessibleName(self.tr("Contact hours of PM education"))
        self.capm = _label()
        self.capm.setAccessibleName(self.tr("CAPM education hours"))
        education_card = Card(self.tr("Project management education"))
        for widget in (self.education, self.education_bar, self.capm):
            education_card.body.addWidget(widget)
        education_card.body.addStretch(1)

        cards = QHBoxLayout()
        cards.setSpacing(em)
        for card in (months_card, pmp_card, education_card):
            cards.addWidget(card, 1)

        # -- the plan may be out of date -------------------------------------------------
        self.stale = QFrame()
        self.stale.setFrameShape(QFrame.Shape.StyledPanel)
        self.stale.setAccessibleName(self.tr("The plan is out of date"))
        stale_icon = QLabel()
        mark = note_mark(em)  # the planner's own, as the Profile page's note: see note_mark
        if mark is not None:
            stale_icon.setPixmap(mark)
        self.stale_text = _label()
        self.replan_button = QPushButton(self.tr("Re-plan from toda&y"))
        self.replan_button.setAccessibleName(self.tr("Re-plan from today"))
        stale_row = QHBoxLayout(self.stale)
        stale_row.addWidget(stale_icon)
        stale_row.addWidget(self.stale_text, 1)
        stale_row.addWidget(self.replan_button)

        # -- the ledger ------------------------------------------------------------------
        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Projects you led"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(em * 1.8))
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Ledger columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(em * 5)
        self.table_empty = QLabel(
            self.tr(
                "No projects recorded yet. Add the projects you have led below: their months "
                "count toward the PMP's experience rule."
            )
        )
        self.table_empty.setWordWrap(True)
        self.table_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.table_empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.table_empty.setMargin(em)
        # The table and its empty state take the same place.
        self.ledger_stack = QStackedWidget()
        self.ledger_stack.addWidget(self.table)
        self.ledger_stack.addWidget(self.table_empty)
        ledger_label = QLabel(self.tr("Projects you &led"))
        ledger_label.setBuddy(self.table)
        font = QFont(ledger_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ledger_label.setFont(font)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected project"))
        delete_action = QAction(self.tr("Delete project"), self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        ledger_top = QHBoxLayout()
        ledger_top.addWidget(ledger_label, 1)
        ledger_top.addWidget(self.delete_button)

        self.form = EntryForm()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(em, em, em, em)
        layout.setSpacing(em * 2 // 3)
        layout.addLayout(cards)
        layout.addWidget(self.stale)
        layout.addLayout(ledger_top)
        layout.addWidget(self.ledger_stack, 1)
        layout.addWidget(self.form)

        self.show_with_empty_state(
            content, self.tr("Choose a person to record the projects they have led.")
        )
        self.setTabOrder(self.table, self.delete_button)
        self.setTabOrder(self.delete_button, self.form.project)

        self.form.submitted.connect(self._on_form_submitted)
        self.delete_button.clicked.connect(self.delete_selected)
        self.replan_button.clicked.connect(self._on_replan_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.plan_changed.connect(self._on_session_plan_changed)
        session.profile_changed.connect(self._on_session_profile_changed)

    def field_widgets(self) -> list[QWidget]:
        form = self.form
        return [form.project, form.role, form.started, form.finished]

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.person_id is None:
            self.stack.setCurrentWidget(self.empty)
            self.model.set_entries([], self.session.today())
            return
        self.stack.setCurrentIndex(1)
        self.form.reset(self.session.today())
        self._refresh()

    def _refresh(self, select: int | None = None) -> None:
        person_id = self.session.person_id
        assert person_id is not None
        today = self.session.today()
        self.model.set_entries(self.session.workspace.journal.ledger(person_id), today)
        has_rows = self.model.rowCount() > 0
        self.ledger_stack.setCurrentWidget(self.table if has_rows else self.table_empty)
        if select is not None and (row := self.model.row_of(select)) is not None:
            self.table.selectRow(row)
        self._update_buttons()
        self.show_status(self.status())
        self._update_stale()

    def status(self) -> ExperienceStatus:
        assert self.session.person_id is not None
        today = self.session.today()
        planning = self.session.workspace.planning
        ledger = planning.ledger_months(self.session.person_id, today)
        plan = planning.experience_date(self.session.person_id)
        return experience_status(self.session.profile(), ledger, self.session.catalog, today, plan)

    def show_status(self, status: ExperienceStatus) -> None:
        self.months.setText(
            self.tr("%1 of %2")
            .replace("%2", str(status.required_months))
            .replace("%1", str(status.months))
        )
        self.months_bar.setRange(0, max(1, status.required_months))
        self.months_bar.setValue(min(status.months, status.required_months))
        self.months_bar.setAccessibleDescription(
            self.tr("%1 of %2")
            .replace("%2", counts().months(status.required_months))
            .replace("%1", str(status.months))
        )
        self.months_detail.setText(months_text(status))
        self.pmp.setText(pmp_text(status))
        self.rule.setText(" ".join(t for t in (counting_text(status), rule_text(status)) if t))
        self.education.setText(education_text(status))
        self.education_bar.setRange(0, max(1, round(status.pmp_hours)))
        met = status.capm_held or status.pm_hours >= status.pmp_hours
        self.education_bar.setValue(round(status.pmp_hours if met else status.pm_hours))
        self.capm.setText(capm_text(status))

    def ledger_months_counted(self) -> tuple[int, int] | None:
        """(months the saved plan counted from the ledger, months it adds now); None if unknown."""
        person_id = self.session.person_id
        assert person_id is not None
        planning = self.session.workspace.planning
        saved = planning.current(person_id)
        counted = saved.inputs.get("ledger_months_added")
        if counted is None:
            return None
        return int(counted), planning.ledger_months(person_id, date.fromisoformat(saved.start))

    def _update_stale(self) -> None:
        months = self.ledger_months_counted()
        stale = months is not None and months[0] != months[1]
        if months is not None and stale:
            self.stale_text.setText(
                self.tr(
                    "The ledger changed since the plan was made: the plan counts %1 from it, "
                    "the ledger now adds %2. Re-plan so the dates and the experience steps use "
                    "the new months."
                )
                .replace("%2", str(months[1]))
                .replace("%1", counts().months(months[0]))
            )
        self.stale.setVisible(stale)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())

    # -- edits -------------------------------------------------------------------------------
    def _on_form_submitted(self, values: Project) -> None:
        try:
            entry_id = self.editor.add(values)
        except Exception as exc:
            show_error(self, self.tr("The project could not be added"), exc)
            return
        self.form.reset(self.session.today())
        self._refresh(select=entry_id)
        self.form.project.setFocus()

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        from PySide6.QtWidgets import QMessageBox  # with its enums, when first asked

        answer = QMessageBox.question(
            self,
            self.tr("Delete project"),
            self.tr(
                "Delete “%1” from the experience ledger?\n\n"
                "Its months stop counting toward the PMP. You can undo this."
            ).replace("%1", entry.project),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.editor.delete(entry)
        except Exception as exc:
            show_error(self, self.tr("The project could not be deleted"), exc)

    def _on_replan_clicked(self) -> None:
        try:
            self.session.replan()
        except Exception as exc:
            show_error(self, self.tr("The plan could not be updated"), exc)

    # -- reacting ----------------------------------------------------------------------------
    def _on_ledger_changed(self) -> None:
        self._refresh()

    def _on_session_plan_changed(self) -> None:
        if self.session.person_id is not None:
            self._guard(lambda: (self.show_status(self.status()), self._update_stale()))

    def _on_session_profile_changed(self) -> None:
        if self.session.person_id is not None:
            self._guard(lambda: self.show_status(self.status()))

    def _guard(self, work) -> None:
        try:
            work()
        except Exception as exc:
            show_error(self, self.tr("The experience page could not be updated"), exc)
