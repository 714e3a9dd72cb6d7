"""The set-up wizard's page for certifications already held, completed from the catalog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Credential
from planner.gui import formats
from planner.gui.formats import date_field_format
from planner.gui.pages.profile.checks import MAX_TEXT
from planner.gui.pages.profile.credentials_table import certification_words
from planner.gui.pages.profile.widgets import ErrorLabel, HintLabel, name_control


class CredentialsPage(QWizardPage):
    """Type a name (the catalog completes it), optionally when it was earned, and Add."""

    def __init__(self, catalog: Catalog, today: Callable[[], date]) -> None:
        super().__init__()
        self.catalog = catalog
        self.today = today
        self.setTitle(self.tr("Certifications held (optional)"))
        self.setSubTitle(
            self.tr(
                "What you have already earned is not planned again, and it can meet the "
                "prerequisites of the next steps."
            )
        )
        self.name = QLineEdit(maxLength=MAX_TEXT)
        self.name.setPlaceholderText(self.tr("Start typing, e.g. ITIL, Network+, AZ-104"))
        completer = QCompleter(sorted(set(certification_words(catalog)), key=str.casefold))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "104" finds "AZ-104"
        self.name.setCompleter(completer)
        name_control(self.name, self.tr("Certification"))
        self.dated = QCheckBox(self.tr("Earned on"))
        self.dated.setAccessibleName(self.tr("The date it was earned is known"))
        self.earned = QDateEdit()
        self.earned.setCalendarPopup(True)
        self.earned.setDisplayFormat(date_field_format())
        self.earned.setMaximumDate(QDate(today()))
        self.earned.setDate(QDate(today()))
        self.earned.setEnabled(False)
        name_control(self.earned, self.tr("Date earned"))
        self.dated.toggled.connect(self.earned.setEnabled)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the certification"))
        self.match = HintLabel()
        self.error = ErrorLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Certifications held"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected certification"))

        caption = QLabel(self.tr("&Certification:"))
        caption.setBuddy(self.name)
        entry = QHBoxLayout()
        entry.addWidget(self.name, 1)
        entry.addWidget(self.dated)
        entry.addWidget(self.earned)
        entry.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(entry)
        layout.addWidget(self.match)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addLayout(below)

        self.name.textChanged.connect(self._on_name_changed)
        self.name.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._on_name_changed(self.name.text())

    def _on_name_changed(self, text: str) -> None:
        self.error.show_message(None)
        name = " ".join(text.split())
        cert = self.catalog.find_certification(name) if name else None
        if not name:
            self.match.setText("")
        elif cert is not None:
            self.match.setText(self.tr("In the catalog: %1").replace("%1", cert.name))
        else:
            self.match.setText(
                self.tr("Not in the catalog: kept as written, not used for planning.")
            )
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(bool(self.name.text().strip()))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            return
        cert = self.catalog.find_certification(name)
        shown = cert.name if cert is not None else name
        if any(c.name.casefold() == shown.casefold() for c in self.credentials()):
            self.error.show_message(self.tr("%1 is in the list already.").replace("%1", shown))
            return
        earned = self.earned.date().toPython() if self.dated.isChecked() else None
        if earned is not None and earned > self.today():
            self.error.show_message(
                self.tr("That date is in the future; list it once it is earned.")
            )
            return
        item = QListWidgetItem(
            shown + (self.tr(" (earned %1)").replace("%1", formats.day(earned)) if earned else "")
        )
        item.setData(Qt.ItemDataRole.UserRole, Credential(shown, earned))
        self.list.addItem(item)
        self.name.clear()
        self.dated.setChecked(False)
        self.name.setFocus()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update_buttons()

    def credentials(self) -> tuple[Credential, ...]:
        return tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        )

    def validatePage(self) -> bool:
        """A name typed but not added yet is added on Next, so it is not lost."""
        if self.name.text().strip():
            self.add()
        return not self.error.message()
