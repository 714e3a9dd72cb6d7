"""The PM-experience ledger as a table: project, role, from, to (or ongoing), months."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.domain.journal import LedgerEntry
from planner.gui.formats import SORT_ROLE, numeric_day, sort_value
from planner.services.rules import months_led

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("LedgerModel", "Project"),
    QT_TRANSLATE_NOOP("LedgerModel", "Role"),
    QT_TRANSLATE_NOOP("LedgerModel", "From"),
    QT_TRANSLATE_NOOP("LedgerModel", "To"),
    QT_TRANSLATE_NOOP("LedgerModel", "Months"),
)
PROJECT, ROLE, FROM, TO, MONTHS = range(len(COLUMNS))


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerEntry] = []
        self._today = date.today()

    def set_entries(self, entries: Sequence[LedgerEntry], today: date) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._today = today
        self.endResetModel()

    def entry(self, row: int) -> LedgerEntry:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), None)

    def months(self, entry: LedgerEntry) -> int:
        """Months this project alone counts (within the 8-year window)."""
        return months_led([(entry.started, entry.finished)], self._today)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MONTHS:
                return self.tr(
                    "Months this project counts; overlapping projects count once in the total"
                )
            return self._text(entry, column) or None
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MONTHS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: LedgerEntry, column: int) -> str:
        if column == PROJECT:
            return entry.project
        if column == ROLE:
            return entry.role
        if column == FROM:
            return numeric_day(entry.started)
        if column == TO:
            return numeric_day(entry.finished) if entry.finished else self.tr("ongoing")
        return str(self.months(entry))

    def _sort_value(self, entry: LedgerEntry, column: int) -> str | int:
        """Dates as ISO text (chronological; an ongoing project after every finished one)."""
        if column == FROM:
            return sort_value(entry.started)
        if column == TO:
            return sort_value(entry.finished) if entry.finished else "9999"
        if column == MONTHS:
            return self.months(entry)
        return self._text(entry, column)
