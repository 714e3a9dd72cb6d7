"""The note editor: a date and the text, which reports when the person leaves it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.formats import date_field_format


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class NoteEditorPane(QWidget):
    """Emits changed() on every edit and left() when focus leaves the date or the text."""

    changed = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Note editor"))
        em = self.fontMetrics().height()
        self.heading = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Editing"))
        self.day = QDateEdit(calendarPopup=True, displayFormat=date_field_format())
        self.day.setAccessibleName(self.tr("Date"))
        self.day.lineEdit().setAccessibleName(self.tr("Date"))  # what screen readers land on
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setTabChangesFocus(True)  # Tab leaves the editor: keyboard users never get stuck
        self.text.setPlaceholderText(self.tr("Write what was discussed, decided and agreed…"))
        self.text.document().setDocumentMargin(em / 2)
        self.save_button = QPushButton(self.tr("Save n&ote"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete note"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setWordWrap(True)

        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day)
        text_label = QLabel(self.tr("Note &text"))
        text_label.setBuddy(self.text)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(day_label)
        top.addWidget(self.day)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em // 2)
        layout.addLayout(top)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.day, self.text)
        self.setTabOrder(self.text, self.save_button)
        self.setTabOrder(self.save_button, self.delete_button)

        self.day.dateChanged.connect(self.changed)
        self.text.textChanged.connect(self.changed)
        for watched in (self.day, self.text):
            watched.installEventFilter(self)

    def values(self) -> tuple[date, str]:
        return from_qdate(self.day.date()), self.text.toPlainText()

    def show_values(self, day: date, body: str) -> None:
        """Replace the content without announcing an edit."""
        self.blockSignals(True)
        self.day.setDate(to_qdate(day))
        if self.text.toPlainText() != body:
            self.text.setPlainText(body)
        self.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A context menu or the calendar popup is still editing; anything else is leaving.
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.left.emit()
        return super().eventFilter(watched, event)
