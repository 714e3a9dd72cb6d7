"""The step list's view: fixed row height, columns sized from the font, the title gets the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.gui.formats import numeric_day
from planner.gui.pages.roadmap.steps_model import StepsModel
from planner.gui.widgets.step_style import KIND_LABELS, hours_text, kind_label, money

FIXED = (
    StepsModel.STATUS,
    StepsModel.KIND,
    StepsModel.START,
    StepsModel.END,
    StepsModel.HOURS,
    StepsModel.COST,
)
MIN_TITLE_CHARS = 24


def sample_days() -> list[str]:
    """A two-digit day in every month: where a table names its months, one of them is widest."""
    return [numeric_day(date(2027, month, 28)) for month in range(1, 13)]


def widest(model: StepsModel) -> dict[int, list[str]]:
    """The texts each fixed column must show whole, in the app's language (its header too);
    the title column takes what is left."""
    samples = {
        StepsModel.STATUS: [],
        StepsModel.KIND: [kind_label(kind) for kind in KIND_LABELS],
        StepsModel.START: sample_days(),
        StepsModel.END: sample_days(),
        StepsModel.HOURS: [hours_text(999)],
        StepsModel.COST: [money(None, "USD"), money(99999, "USD")],
    }
    for column, texts in samples.items():
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return samples


class StepsTable(QTableView):
    """Rows are never measured one by one (pitfalls: no ResizeToContents on big tables)."""

    def __init__(self, model: StepsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Steps"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(StepsModel.TITLE, QHeaderView.ResizeMode.Interactive)
        self._size_columns()

    def _size_columns(self) -> None:
        fm, header = self.fontMetrics(), self.horizontalHeader()
        for column, samples in widest(self.model()).items():
            header.resizeSection(column, max(fm.horizontalAdvance(s) for s in samples) + 18)
        # The title takes the width left over, but never less than a readable minimum:
        # below that the list scrolls sideways instead of cutting every title short.
        fixed = sum(header.sectionSize(c) for c in FIXED)
        # The header is as wide as the viewport (the table lays it out so). Asked for, the
        # viewport, a widget Qt made, would have PySide6 work out its Python class by building
        # every QWidget class it has, with their enums: 6-8 ms at the first visit to the page.
        title = max(fm.averageCharWidth() * MIN_TITLE_CHARS, header.width() - fixed)
        header.resizeSection(StepsModel.TITLE, title)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self._size_columns()
