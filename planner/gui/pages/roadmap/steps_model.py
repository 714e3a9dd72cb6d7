"""The plan's steps as a table: status, title, kind, dates, hours and cost, in plan order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from planner.domain.progress import StepProgress
from planner.domain.records import record
from planner.domain.roadmap import Step
from planner.gui.formats import SORT_ROLE, numeric_day, sort_value
from planner.gui.widgets.step_style import (
    STATUS_GLYPHS,
    hours_text,
    kind_label,
    money,
    status_label,
    status_text,
)

StepIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@record
class PlanRow:
    """A step with the person's progress laid over it (the saved plan may predate the progress)."""

    step: Step
    status: str
    progress: StepProgress | None


class StepsModel(QAbstractTableModel):
    STATUS, TITLE, KIND, START, END, HOURS, COST = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("StepsModel", "Status"),
        QT_TRANSLATE_NOOP("StepsModel", "Step"),
        QT_TRANSLATE_NOOP("StepsModel", "Kind"),
        QT_TRANSLATE_NOOP("StepsModel", "Start"),
        QT_TRANSLATE_NOOP("StepsModel", "End"),
        QT_TRANSLATE_NOOP("StepsModel", "Hours"),
        QT_TRANSLATE_NOOP("StepsModel", "Cost"),
    )
    NUMERIC = (HOURS, COST)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PlanRow]:
        return list(self._rows)

    def rows_ids(self) -> list[str]:
        return [r.step.id for r in self._rows]

    def row_of(self, step_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.step.id == step_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == StepIdRole:
            return row.step.id
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            return status_label(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.STATUS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.TITLE and row.status == "skipped":
            font = QFont()
            font.setStrikeOut(True)  # not colour alone: skipped reads as struck through
            return font
        return None

    def _text(self, row: PlanRow, column: int) -> str:
        step = row.step
        if column == self.STATUS:
            return STATUS_GLYPHS.get(row.status, "?")  # the word is its tooltip and accessible text
        if column == self.TITLE:
            return step.title
        if column == self.KIND:
            return kind_label(step.kind)
        if column == self.START:
            return numeric_day(step.start)
        if column == self.END:
            return numeric_day(step.end)
        if column == self.HOURS:
            return hours_text(step.hours)
        return money(step.cost, step.currency)

    def _sort_value(self, row: PlanRow, column: int) -> str | float:
        """Dates as ISO text (chronological), hours and cost as numbers, the rest as shown."""
        step = row.step
        if column in (self.START, self.END):
            return sort_value(step.start if column == self.START else step.end)
        if column == self.HOURS:
            return step.hours
        if column == self.COST:
            return -1.0 if step.cost is None else step.cost
        return self._text(row, column)

    def _tooltip(self, row: PlanRow, column: int) -> str | None:
        step = row.step
        if column == self.STATUS:
            return status_text(row.status)
        if column == self.TITLE:
            return step.title
        if column == self.HOURS and step.hours_basis:
            return f"{hours_text(step.hours)}: {step.hours_basis}"
        if column == self.COST:
            if step.cost is None:
                return step.cost_note or self.tr("No source could confirm this price.")
            as_of = self.tr(" (as of %1)").replace("%1", step.cost_as_of) if step.cost_as_of else ""
            stale = (
                self.tr("; price over 6 months old: check before paying")
                if step.price_stale
                else ""
            )
            return f"{money(step.cost, step.currency)}{as_of}{stale}"
        return None
