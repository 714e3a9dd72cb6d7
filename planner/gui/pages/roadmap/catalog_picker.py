"""Add from catalog: a searchable table (name, kind, cost, hours, description) and, for the
chosen item, why it would help and where its figures come from."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.gui import formats
from planner.gui.field_guard import guard_fields
from planner.gui.pages.roadmap.catalog_items import CatalogItem
from planner.gui.plural import resolved
from planner.gui.widgets.step_details import link_html, open_web_link
from planner.gui.window_size import fit_to_screen

NAME, KIND, COST, HOURS, DESCRIPTION = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CatalogPicker", "Name"),
    QT_TRANSLATE_NOOP("CatalogPicker", "Kind"),
    QT_TRANSLATE_NOOP("CatalogPicker", "Cost"),
    QT_TRANSLATE_NOOP("CatalogPicker", "Hours"),
    QT_TRANSLATE_NOOP("CatalogPicker", "Description"),
)
ItemRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CatalogItemsModel(QAbstractTableModel):
    def __init__(self, items: Sequence[CatalogItem], parent=None) -> None:
        super().__init__(parent)
        self.items = list(items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CatalogPicker", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role == ItemRole:
            return item
        if role == SortRole:
            if column == COST:
                return -1.0 if item.cost is None else float(item.cost)
            if column == HOURS:
                return -1.0 if item.hours is None else float(item.hours)
            return self.data(index).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.name,
                item.kind_text,
                item.cost_text,
                "" if item.hours is None else formats.hours(item.hours),
                item.description,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, DESCRIPTION):
            return f"{item.name}\n\n{item.description}" if item.description else item.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COST, HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WordsFilter(QSortFilterProxyModel):
    """Every typed word must appear in the item's name, aliases, issuer or description."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+; earlier: invalidateRowsFilter
            self.beginFilterChange()
            self.words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.casefold().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        item = self.sourceModel().index(row, 0, parent).data(ItemRole)
        return all(word in item.words for word in self.words)


def details_html(item: CatalogItem | None) -> str:
    translate = QCoreApplication.translate
    if item is None:
        return (
            "<p>"
            + translate("CatalogPicker", "Nothing matches: try fewer or shorter words.")
            + "</p>"
        )

    def section(heading: str, body: str) -> str:
        return f"<p><b>{escape(heading)}</b><br>{body}</p>"

    parts = [
        f"<p style='margin-top:0'><b>{escape(item.name)}</b> · {escape(item.kind_text)}</p>",
        section(translate("CatalogPicker", "Why"), escape(item.why)),
    ]
    if item.description:
        parts.append(section(translate("CatalogPicker", "What it is"), escape(item.description)))
    if item.prerequisites:
        parts.append(
            section(translate("CatalogPicker", "Prerequisites"), escape(item.prerequisites))
        )
    cost = escape(item.cost_text) + (f" · {escape(item.cost_detail)}" if item.cost_detail else "")
    if item.hours is not None:
        study = translate("CatalogPicker", "%1 hours of study or work")
        cost += "<br>" + escape(study.replace("%1", formats.number(item.hours)))
    parts.append(section(translate("CatalogPicker", "Cost and time"), cost))
    if item.sources:
        links = "<br>".join(link_html(title, url) for title, url in item.sources)
        parts.append(section(translate("CatalogPicker", "Sources"), links))
    return "".join(parts)


class CatalogPicker(QDialog):
    """choose() is the one entry point (tests patch it)."""

    def __init__(self, items: Sequence[CatalogItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step from the catalog"))
        self.setObjectName("catalogPicker")
        prompt = QLabel(
            self.tr(
                "Choose a certification or activity to pin to the plan. It stays in every "
                "re-plan until you unpin it."
            )
        )
        prompt.setWordWrap(True)
        self.search = QLineEdit(
            placeholderText=self.tr("Search names, codes, issuers, descriptions")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the catalog"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.model = CatalogItemsModel(items, self)
        self.proxy = WordsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Catalog items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        em = self.fontMetrics().height()
        self.table.verticalHeader().setDefaultSectionSize(int(em * 1.6))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        chars = self.fontMetrics().averageCharWidth()
        for column, width in ((NAME, 44), (KIND, 17), (COST, 19), (HOURS, 9)):
            self.table.setColumnWidth(column, chars * width)
        self.count = QLabel()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setOpenExternalLinks(False)
        self.details.linkActivated.connect(open_web_link)
        self.details.setAccessibleName(self.tr("Why, cost and sources of the chosen item"))
        details_area = QScrollArea()
        details_area.setWidgetResizable(True)
        details_area.setWidget(self.details)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details_area)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([em * 16, em * 14])  # the why and the sources need room to be read
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Pin to plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self.accept)
        self._select_first()
        fit_to_screen(self, QSize(chars * 170, em * 48))
        guard_fields(self)

    def chosen_item(self) -> CatalogItem | None:
        index = self.table.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def chosen(self) -> str | None:
        item = self.chosen_item()
        return item.id if item is not None else None

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._on_current_changed()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first()

    def _on_current_changed(self, *_args) -> None:
        self.details.setText(details_html(self.chosen_item()))
        self.ok.setEnabled(self.chosen() is not None)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = resolved(self.tr("%n item(s)", "", total), total)
        else:
            text = resolved(self.tr("%1 of %n item(s)", "", total), total).replace("%1", str(shown))
        self.count.setText(text)

    @classmethod
    def choose(cls, parent: QWidget | None, items: Sequence[CatalogItem]) -> str | None:
        dialog = cls(items, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
