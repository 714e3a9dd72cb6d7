"""The list of a person's notes, newest first: the date over the first words of the text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.domain.journal import Note
from planner.gui import formats

Index = QModelIndex | QPersistentModelIndex
NoteIdRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2
PREVIEW_CHARS = 200  # more than any row shows; the rest is elided by width


def preview(body: str) -> str:
    """The note's text on one line (line breaks and runs of spaces collapsed)."""
    return " ".join(body[: PREVIEW_CHARS * 2].split())[:PREVIEW_CHARS]


def day_label(note: Note) -> str:
    weekday = QLocale().dayName(note.day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{formats.day(note.day)} · {weekday}"


class NotesModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []

    def set_notes(self, notes: Sequence[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def note(self, row: int) -> Note:
        return self._notes[row]

    def row_of(self, note_id: int | None) -> int | None:
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return preview(note.body)
        if role == DayRole:
            return day_label(note)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{day_label(note)}: {preview(note.body)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.body[:600] + ("…" if len(note.body) > 600 else "")
        if role == NoteIdRole:
            return note.id
        return None


class NoteDelegate(QStyledItemDelegate):
    """Two lines per note: the date in bold, then the start of the text, elided."""

    def _pad(self, option: QStyleOptionViewItem) -> int:
        return max(3, option.fontMetrics.height() // 3)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(height * 12, height * 2 + self._pad(option) * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        soft_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        pad = self._pad(option)
        line = option.fontMetrics.height()
        rect = option.rect.adjusted(pad * 2, pad, -pad * 2, -pad)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(DayRole) or ""),
        )
        painter.setFont(option.font)
        painter.setPen(palette.color(soft_role))
        text = option.fontMetrics.elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top() + line + pad, rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()
