"""What the skills and credentials tables share: a row model, a completing editor, the frame."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.gui.formats import SORT_ROLE
from planner.gui.pages.profile.widgets import ErrorLabel, HintLabel, muted
from planner.gui.roles import ACCESSIBLE_TEXT, DISPLAY, EDIT, FONT, TOOLTIP, USER

if TYPE_CHECKING:  # PySide6 builds each class's enums on first use
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
# Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, as drawText takes them: a number.
CENTRED_WRAPPED = 0x0084 | 0x1000
# Where ShownRows keeps a cell's edit value: a QStandardItem's edit and display roles are one.
EDIT_VALUE = USER + 41


def edit_value(index: Index) -> Any:
    """The value an editor starts from: the edit value ShownRows keeps, else the edit role."""
    value = index.data(EDIT_VALUE)
    return index.data(EDIT) if value is None else value


def italic() -> QFont:
    """Marks a cell that matched nothing (in words too: colour is never the only cue)."""
    font = QFont()
    font.setItalic(True)
    return font


class RowsModel(QAbstractTableModel):
    """A list of [name, value] rows; subclasses say how cells look and what a value means.

    Its table shows it through ShownRows, which copies the cells and their headers.
    `edited(text)` says a row changed (text is the undo step's wording); `refused(message)`
    says an edit was not taken and why, so the editor can show it inline.
    """

    edited = Signal(str)
    refused = Signal(str)
    headers: tuple[str, ...] = ()
    noun = "row"
    texts: ClassVar[dict[str, str]] = {}  # the messages naming the noun, in each subclass

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def header_titles(self) -> list[str]:
        return [QCoreApplication.translate("RowsModel", header) for header in self.headers]

    def editable(self, column: int) -> bool:
        return column < len(self.headers) - 1  # the last column says what matched

    def text(self, key: str) -> str:
        return QCoreApplication.translate("RowsModel", self.texts[key])

    def set_rows(self, rows: Sequence[list[Any]]) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def add_blank(self, value: Any) -> int:
        """A new row without a name; it is saved once it has one."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(["", value])
        self.endInsertRows()
        return row

    def drop_blank(self) -> None:
        """Forget rows that never got a name (they were never saved, so no undo step)."""
        for row in reversed(range(len(self.rows))):
            if not self.rows[row][0]:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()

    def remove(self, rows: Sequence[int]) -> None:
        names = [self.rows[r][0] for r in sorted(set(rows)) if 0 <= r < len(self.rows)]
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        self._rows_changed()
        named = [n for n in names if n]
        if named:
            self.edited.emit(self.text("remove").replace("%1", ", ".join(named)))

    def set_name(self, row: int, text: str) -> bool:
        text = " ".join(text.split())
        old = self.rows[row][0]
        if text == old:
            return False
        if not text:
            self.refused.emit(self.text("unnamed"))
            return False
        self.rows[row][0] = text
        self._rows_changed()
        self.edited.emit(self.text("edit" if old else "add").replace("%1", text))
        return True

    def _rows_changed(self) -> None:
        """Every row's last column may change (duplicates), so refresh them all."""
        if self.rows:
            last = len(self.headers) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))


class ShownRows(QStandardItemModel):
    """What a table shows of a RowsModel: its cells copied into items that Qt holds.

    Drawing a Python model calls Python for every cell and role, and its flags() must hand Qt
    a Qt.ItemFlag, which builds PySide6's Qt namespace (planner.gui.roles): the Profile page
    is drawn at every start. Copied into items, drawing stays in Qt. An edit goes back through
    setData to the rows model, which checks it, and the changed rows are copied again.
    """

    # The rows model's role -> the item's (see EDIT_VALUE).
    ROLES: ClassVar[dict[int, int]] = {
        DISPLAY: DISPLAY,
        EDIT: EDIT_VALUE,
        TOOLTIP: TOOLTIP,
        ACCESSIBLE_TEXT: ACCESSIBLE_TEXT,
        FONT: FONT,
        SORT_ROLE: SORT_ROLE,
    }

    def __init__(self, rows: RowsModel, parent=None) -> None:
        super().__init__(0, rows.columnCount(), parent)
        self.rows = rows
        self.setHorizontalHeaderLabels(rows.header_titles())
        rows.modelReset.connect(self._copy_all)
        rows.rowsInserted.connect(self._inserted)
        rows.rowsRemoved.connect(self._removed)
        rows.dataChanged.connect(lambda first, last, *_: self._copy(first.row(), last.row()))
        self._copy_all()

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        return self.rows.setData(self.rows.index(index.row(), index.column()), value, role)

    def _copy_all(self) -> None:
        self.setRowCount(self.rows.rowCount())
        self._copy(0, self.rows.rowCount() - 1)

    def _inserted(self, _parent: Index, first: int, last: int) -> None:
        self.insertRows(first, last - first + 1)
        self._copy(first, last)

    def _removed(self, _parent: Index, first: int, last: int) -> None:
        self.removeRows(first, last - first + 1)

    def _copy(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            for column in range(self.rows.columnCount()):
                source = self.rows.index(row, column)
                item = QStandardItem()
                for role, kept_as in self.ROLES.items():
                    value = self.rows.data(source, role)
                    if value is not None:
                        item.setData(value, kept_as)
                item.setEditable(self.rows.editable(column))
                self.setItem(row, column, item)


class LineDelegate(QStyledItemDelegate):
    """Edits a cell in a line edit: it starts from the cell's edit value (edit_value), and what
    is typed goes to the model as the edit role, which checks it."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setText(str(edit_value(index) or ""))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.text(), EDIT)  # type: ignore[attr-defined]


class CompletingDelegate(LineDelegate):
    """Edits a name with suggestions from the catalog (any part of a name, any case)."""

    def __init__(self, words: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.words = sorted(set(words), key=str.casefold)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index):
        from PySide6.QtCore import Qt

        editor = QLineEdit(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Horizontal)))
        completer = QCompleter(self.words, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        editor.setCompleter(completer)
        return editor


class RowsTable(QTableView):
    """A compact table that says what to do when it is empty."""

    MIN_LINES, MAX_LINES = 4, 12

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setProperty("textElideMode", "ElideRight")  # by name: see planner.gui.roles
        # Each object Qt made that Python asks for costs a wrapper lookup (PySide6): asked once.
        rows, self.header = self.verticalHeader(), self.horizontalHeader()
        rows.hide()
        # Fixed row heights: nothing is measured row by row (pitfalls.md).
        self.row_height = round(self.fontMetrics().height() * 1.9)
        rows.setDefaultSectionSize(self.row_height)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def fit_rows(self, *_args) -> None:
        """Tall enough for every row and a spare line (4 to 12 lines), then it scrolls."""
        shown = self.model().rowCount() + 1 if self.model() else 0
        lines = min(max(shown, self.MIN_LINES), self.MAX_LINES)
        header = self.header.sizeHint().height()
        self.setFixedHeight(header + lines * self.row_height + 2 * self.frameWidth())

    def closeEditor(self, editor: QWidget, hint) -> None:
        super().closeEditor(editor, hint)
        model = self.model()
        if isinstance(model, ShownRows):
            model.rows.drop_blank()  # Add, then Escape: the empty row goes away again

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            from PySide6.QtGui import QPainter  # its enums are built on first use

            painter = QPainter(self.viewport())
            painter.setPen(muted(self.palette()))
            rect = self.viewport().rect().adjusted(12, 12, -12, -12)
            painter.drawText(rect, CENTRED_WRAPPED, self.placeholder)
            painter.end()


class RowsEditor(QWidget):
    """A table with Add and Remove buttons, an inline error line and a note under it."""

    def __init__(
        self,
        model: RowsModel,
        name: str,
        add_text: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.blank_value: Any = None
        self.table = RowsTable(placeholder)
        self.shown = ShownRows(model, self)
        self.table.setModel(self.shown)
        self.table.setAccessibleName(name)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(model.text("remove_name"))
        self.remove_button.setToolTip(model.text("remove_tip"))
        self.error = ErrorLabel()
        self.note = HintLabel()
        self.note.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setProperty("context", "WidgetShortcut")  # not while a cell is edited
        remove.activated.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        model.refused.connect(self.error.show_message)
        model.edited.connect(lambda _text: self.error.show_message(None))
        model.modelReset.connect(lambda: self.error.show_message(None))
        self._selection = self.table.selectionModel()
        self._selection.selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.table.fit_rows)
        self.table.fit_rows()
        self._update_buttons()

    def add_row(self) -> None:
        row = self.model.add_blank(self.blank_value)
        index = self.shown.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_selected(self) -> None:
        rows = [i.row() for i in self._selection.selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        if rows:
            self.model.remove(rows)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._selection.hasSelection())

    def stretch_columns(self, stretch: Sequence[int]) -> None:
        header = self.table.header
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
