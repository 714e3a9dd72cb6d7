"""A searchable list to pick one catalog step (to pin it, or to bring it back into the plan)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui.field_guard import guard_fields


class StepChooser(QDialog):
    """options are (step id, label) pairs; choose() is the one entry point (tests patch it)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        options: Sequence[tuple[str, str]],
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("stepChooser")
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.search = QLineEdit(placeholderText=self.tr("Type to filter"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter steps"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setUniformItemSizes(True)
        for step_id, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, step_id)
            self.list.addItem(item)
        self.prompt.setBuddy(self.search)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(accept_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._update_ok)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_ok()
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 24)
        guard_fields(self)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def _on_search_text_changed(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None and (
            self.list.currentItem() is None or self.list.currentItem().isHidden()
        ):
            self.list.setCurrentRow(first)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        options: Sequence[tuple[str, str]],
        accept_text: str = "OK",
    ) -> str | None:
        dialog = cls(title, prompt, options, accept_text, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen()
            return None
        finally:
            dialog.deleteLater()
