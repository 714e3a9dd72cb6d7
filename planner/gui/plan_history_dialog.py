"""Person > Plan history…: every saved plan, any two side by side, an earlier one made current."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui import formats
from planner.gui.errors import show_error
from planner.gui.formats import number, numeric_day

COLUMNS = (
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Plan"),
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Saved"),
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Why"),
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Track"),
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Finish"),
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Hours"),
    QT_TRANSLATE_NOOP("PlanHistoryDialog", "Cost"),
)


def made_text(moment: str) -> str:
    """A stored ISO moment ('2027-03-01T10:15:00+00:00') as the table's date and the time it
    reads; anything else (an older entry's free text) unchanged."""
    try:
        when = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    return numeric_day(when.date()) + (when.strftime(" %H:%M") if "T" in moment else "")


def prose_day(iso: str) -> str:
    """An ISO date in a stored reason as a sentence writes it; anything else unchanged."""
    try:
        return formats.day(date.fromisoformat(iso))
    except ValueError:
        return iso


class PlanHistoryDialog(QDialog):
    def __init__(self, window, session, parent: QWidget | None = None) -> None:
        from planner.services.plan_history import PlanHistoryService

        super().__init__(parent or window)
        self.window_ = window
        self.session = session
        self.history = PlanHistoryService(session.workspace)
        self.setWindowTitle(self.tr("Plan history — %1").replace("%1", session.profile().name))
        self.setObjectName("planHistoryDialog")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Saved plans, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("What changed between the two plans"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff)
        hint = QLabel(
            self.tr(
                "Select two plans to compare them (Ctrl+click); select one to make it current "
                "again. Nothing is ever removed from the history."
            )
        )
        hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Make &current"))
        self.restore_button.clicked.connect(self._on_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._load()
        screen = self.screen().availableGeometry()
        self.resize(min(860, screen.width() - 40), min(620, screen.height() - 60))

    def reason_text(self, reason: str) -> str:
        """A plan's stored reason in the app's language. Reasons are stored in English (the
        history keeps them whatever language the app spoke then); one not known here (a
        newer version's) is shown as stored."""
        fixed = {
            "first plan": self.tr("first plan"),
            "re-plan from today": self.tr("re-plan from today"),
            "current plan, kept after a bundle import": self.tr(
                "current plan, kept after a bundle import"
            ),
        }
        if reason in fixed:
            return fixed[reason]
        for prefix, text in (
            ("what-if chosen: ", self.tr("what-if chosen: %1")),
            ("what-if undone: ", self.tr("what-if undone: %1")),
            ("what-if: ", self.tr("what-if: %1")),
        ):
            if reason.startswith(prefix):
                return text.replace("%1", reason.removeprefix(prefix))
        restored = re.fullmatch(r"plan (\d+) of (\S+) restored on (\S+)", reason)
        if restored:
            number, made, day = restored.groups()
            return (
                self.tr("plan %1 of %2 restored on %3")
                .replace("%1", number)
                .replace("%2", prose_day(made))
                .replace("%3", prose_day(day))
            )
        return reason

    def _load(self) -> None:
        self.entries = self.history.entries(self.session.person_id)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            f = e.figures
            cells = (
                self.tr("%1 (current)").replace("%1", str(e.id)) if e.current else str(e.id),
                made_text(e.created_at),
                self.reason_text(e.reason),
                f.track,
                numeric_day(f.finish),
                number(f.hours, digits=0),
                f.cost_text(),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if len(self.entries) >= 2:
            self.table.selectRow(1)
            self.table.selectionModel().select(
                self.table.model().index(0, 0),
                self.table.selectionModel().SelectionFlag.Select
                | self.table.selectionModel().SelectionFlag.Rows,
            )
        self._on_selection()

    def selected(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.entries[r].id for r in rows]

    def _on_selection(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            len(chosen) == 1 and chosen[0] != self.entries[0].id if self.entries else False
        )
        if len(chosen) != 2:
            self.diff.setPlainText(
                self.tr("Select two plans to see what changed between them.")
                if len(self.entries) > 1
                else self.tr("Only one plan so far: re-plan or mark progress to see changes here.")
            )
            return
        newer, older = chosen[0], chosen[1]  # rows are newest first
        lines = self.history.diff_text(self.session.person_id, older, newer)
        self.diff.setPlainText(
            "\n".join(
                [
                    self.tr("Plan %1 -> plan %2")
                    .replace("%2", str(newer))
                    .replace("%1", str(older)),
                    "",
                    *lines,
                ]
            )
        )

    def _on_restore(self) -> None:
        (plan_id,) = self.selected()
        try:
            saved = self.history.restore(self.session.person_id, plan_id)
        except Exception as exc:
            show_error(self, self.tr("The plan could not be made current"), exc)
            return
        self.session.plan_changed.emit()
        self.window_.statusBar().showMessage(
            self.tr("Plan %1 is current again (saved as plan %2)")
            .replace("%2", str(saved.id))
            .replace("%1", str(plan_id)),
            10000,
        )
        self._load()


def open_plan_history(window, session) -> None:
    if session.person_id is None:
        return
    dialog = PlanHistoryDialog(window, session)
    dialog.exec()
