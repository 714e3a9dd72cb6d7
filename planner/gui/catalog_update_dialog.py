"""Shown once after a shipped catalog update: what changed for the people's plans.

Nothing is re-planned: the coach re-plans the people it touches when reviewing them, and
progress (kept by step id) is never reset by an update.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

LATER = QT_TRANSLATE_NOOP("CatalogUpdateDialog", "Re-plan affected people later")


class CatalogUpdateDialog(QDialog):
    """The update's change list, read-only, closed with 'Re-plan affected people later'."""

    def __init__(self, lines: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogUpdate")
        self.setWindowTitle(self.tr("The catalog was updated"))
        note = QLabel(
            self.tr(
                "A newer catalog came with this version of the planner. These are its changes "
                "for your people's plans. Progress is kept, and no plan was changed: re-plan a "
                "person to use the new prices and rules."
            )
        )
        note.setWordWrap(True)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Catalog changes"))
        text.setMinimumSize(self.fontMetrics().averageCharWidth() * 90, 280)
        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(
            self.tr(LATER), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.text = text


def show_catalog_update(parent, workspace, update=None) -> CatalogUpdateDialog | None:
    """Open the dialog (not blocking) if this database's last update has not been shown.

    update: the unshown update when the caller has it already (the app's start hook)."""
    update = update or workspace.updates.unshown()
    if update is None:
        return None
    workspace.updates.mark_shown(update)  # once: also if the coach closes the window
    dialog = CatalogUpdateDialog(update.text(), parent)
    dialog.open()
    return dialog
