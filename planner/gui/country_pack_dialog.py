"""Edit > Country packs…: import a coach's own pack after a preview of its changes, or remove one.

The preview lists every change the pack makes against the pack in use; nothing is stored until
the coach presses Import (or Remove). A refused pack says what is wrong and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields


class PackPreviewDialog(QDialog):
    """The changes a pack import or removal makes; Apply does it, Cancel leaves all as it was."""

    def __init__(self, title: str, lines: list[str], apply_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("packPreview")
        self.setWindowTitle(title)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Changes"))
        text.setMinimumSize(self.fontMetrics().averageCharWidth() * 90, 280)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(apply_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Nothing is changed until you confirm. Progress is kept by step id, so removing "
                "or replacing a pack never loses what a person has done."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(text)
        layout.addWidget(buttons)
        guard_fields(self)

    @classmethod
    def confirm(cls, title: str, lines: list[str], apply_text: str, parent=None) -> bool:
        """The seam tests patch: True when the coach confirms."""
        return cls(title, lines, apply_text, parent).exec() == QDialog.DialogCode.Accepted


class CountryPacksDialog(QDialog):
    """The packs in use, with Import… and Remove for the coach's own."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("countryPacks")
        self.setWindowTitle(self.tr("Country packs"))
        self.session = session
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Country packs in use"))
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.import_button = QPushButton(self.tr("&Import pack…"))
        self.remove_button = QPushButton(self.tr("&Remove your pack"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Each country's credentials, bodies, chapters, local prices and exchange rates. "
                "Your own pack (a checked JSON file) replaces the shipped one for your plans."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(close)
        self._codes: list[tuple[str, bool]] = []
        self._fill()
        guard_fields(self)

    def _fill(self) -> None:
        self.list.clear()
        self._codes = []
        for pack, where in self.session.workspace.packs.packs():
            self.list.addItem(
                f"{pack.name} ({pack.country}) · {pack.currency} · "
                + self.tr("version %1").replace("%1", str(pack.pack_version))
                + f" · {self._where(where)}"
            )
            self._codes.append((pack.country, where != "shipped"))
        self._on_list_row_changed(self.list.currentRow())

    def _where(self, where: str) -> str:
        """The service's 'shipped', 'yours' or 'yours (replaces shipped)' in the app's language."""
        return {
            "shipped": self.tr("shipped"),
            "yours": self.tr("yours"),
            "yours (replaces shipped)": self.tr("yours (replaces shipped)"),
        }.get(where, where)

    def _on_list_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(0 <= row < len(self._codes) and self._codes[row][1])

    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import country pack"), "", self.tr("Country packs (*.json)")
        )
        if name:
            import_pack(self, self.session, Path(name))
            self._fill()

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._codes):
            remove_pack(self, self.session, self._codes[row][0])
            self._fill()


def import_pack(parent: QWidget, session, path: Path) -> bool:
    """Preview, confirm and import path; True when the pack was stored."""
    packs = session.workspace.packs
    return _preview_then_apply(
        parent,
        lambda: packs.preview_import(path),
        lambda: packs.import_pack(path),
        title=QCoreApplication.translate("CountryPacksDialog", "Import %1 (%2) pack"),
        button=QCoreApplication.translate("CountryPacksDialog", "&Import"),
        failed=QCoreApplication.translate(
            "CountryPacksDialog", "The country pack was not imported"
        ),
    )


def remove_pack(parent: QWidget, session, code: str) -> bool:
    """Preview, confirm and remove the coach's pack for code; True when it was removed."""
    packs = session.workspace.packs
    return _preview_then_apply(
        parent,
        lambda: packs.preview_remove(code),
        lambda: packs.remove_pack(code),
        title=QCoreApplication.translate("CountryPacksDialog", "Remove your %1 (%2) pack"),
        button=QCoreApplication.translate("CountryPacksDialog", "&Remove"),
        failed=QCoreApplication.translate("CountryPacksDialog", "The country pack was not removed"),
    )


def _preview_then_apply(parent, preview, apply, *, title: str, button: str, failed: str) -> bool:
    """Show what would change, and change it only when the coach confirms."""
    try:
        change = preview()
        title = title.replace("%1", change.name).replace("%2", change.code)
        if not PackPreviewDialog.confirm(title, change.summary(), button, parent):
            return False
        apply()
    except Exception as exc:
        show_error(parent, failed, exc)
        return False
    return True


def open_country_packs(window, session) -> None:
    if not session.ready():
        return
    CountryPacksDialog(session, window).exec()
