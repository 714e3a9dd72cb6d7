"""File > Import person: read a JSON Resume or LinkedIn export, review and edit it, then save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.gui import formats
from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.pages.profile.widgets import (
    EDUCATION_LABELS,
    HintLabel,
    education_label,
    fill_levels,
    name_control,
)
from planner.gui.window_size import fit_to_screen
from planner.gui.workers import run_in_background
from planner.services.imports import ImportPreview

HOW = {
    "exact": QT_TRANSLATE_NOOP("ImportDialog", "name or alias"),
    "form": QT_TRANSLATE_NOOP("ImportDialog", "another form of it"),
    "fuzzy": QT_TRANSLATE_NOOP("ImportDialog", "close match: check"),
}
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _check_item(text: str, keep: bool, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(CHECKED if keep else UNCHECKED)
    item.setToolTip(tip or text)
    return item


def _text_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(text)
    return item


class ImportDialog(QDialog):
    """The review: nothing is saved until Import; `created_id` is the new person's id after it."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import person"))
        self.session = session
        self.preview: ImportPreview | None = None
        self.created_id: int | None = None
        self._loading: Path | None = None

        self.source = QLineEdit(readOnly=True, placeholderText=self.tr("No file chosen yet"))
        self.source.setAccessibleName(self.tr("Source file or folder"))
        choose_file = QPushButton(self.tr("Choose &file…"))
        choose_file.setAccessibleName(self.tr("Choose a JSON Resume or LinkedIn ZIP file"))
        choose_file.clicked.connect(self._on_choose_file_clicked)
        choose_folder = QPushButton(self.tr("Choose f&older…"))
        choose_folder.setAccessibleName(self.tr("Choose an unzipped LinkedIn export folder"))
        choose_folder.clicked.connect(self._on_choose_folder_clicked)
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(choose_file)
        source_row = QHBoxLayout()
        source_row.addWidget(source_label)
        source_row.addWidget(self.source, 1)
        source_row.addWidget(choose_file)
        source_row.addWidget(choose_folder)
        intro = HintLabel(
            self.tr(
                "A JSON Resume file (.json), a LinkedIn “Get a copy of your data” export (.zip), "
                "or its unzipped folder. Check what was read below; nothing is saved until you "
                "choose Import."
            )
        )

        self.status_icon = QLabel()
        self.status = QLabel(self.tr("Choose a file or folder to see what will be imported."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Import status and warnings"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What will be imported"))
        self.tabs.addTab(self._build_profile_tab(), self.tr("&Profile"))
        self.skills = self._table(
            [self.tr("In the file"), self.tr("Saved as"), self.tr("Matched by"), self.tr("Level")],
            self.tr("Skills"),
        )
        self.credentials = self._table(
            [self.tr("In the file"), self.tr("Saved as"), self.tr("Matched by"), self.tr("Earned")],
            self.tr("Credentials"),
        )
        self.tabs.addTab(self.skills, self.tr("S&kills"))
        self.tabs.addTab(self.credentials, self.tr("&Credentials"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import this person"))
        self.buttons.accepted.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addWidget(intro)
        layout.addLayout(status_row)
        self.empty = HintLabel(self.tr("Nothing to review yet: choose a file or folder above."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self._show_state(None)
        chars = self.fontMetrics().averageCharWidth()
        fit_to_screen(self, QSize(chars * 130, self.fontMetrics().height() * 44))
        guard_fields(self)

    # -- building --------------------------------------------------------------------------
    def _build_profile_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(maxLength=200)
        self.role = QLineEdit(maxLength=200)
        self.years = QDoubleSpinBox(minimum=0, maximum=70, decimals=1, singleStep=0.5)
        self.education = QComboBox()
        self.education.addItem(self.tr("Not given"), None)
        for level in EDUCATION_LABELS:
            self.education.addItem(education_label(level), level)
        self.education_hint = HintLabel()
        self.region = QLineEdit(maxLength=200)
        self.hours = QDoubleSpinBox(minimum=0.5, maximum=80, decimals=1, singleStep=0.5)
        hours_hint = HintLabel(
            self.tr("Not in the file: 5 assumed. How many hours a week can you give?")
        )
        self.months = QSpinBox(minimum=0, maximum=840)
        self.months_hint = HintLabel()
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.evidence.setSpacing(3)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setAccessibleName(self.tr("Positions that suggest leading projects"))
        self.evidence.itemChanged.connect(self._on_evidence_item_changed)
        self.ledger = QCheckBox(
            self.tr("Record these positions as dated projects in the experience &ledger")
        )
        self.ledger.setToolTip(
            self.tr(
                "The ledger keeps the dates, so PMI's 8-year window moves with time; the months "
                "then come from the ledger instead of the number above."
            )
        )
        self.ledger.toggled.connect(self._on_ledger_toggled)
        self.tags = QLineEdit(placeholderText=self.tr("comma-separated, e.g. cohort-3, imported"))
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("&Name:"), self.name, None),
            (self.tr("Current &role:"), self.role, None),
            (self.tr("&Years of experience:"), self.years, None),
            (self.tr("&Education:"), self.education, self.education_hint),
            (self.tr("Re&gion:"), self.region, None),
            (self.tr("&Hours a week:"), self.hours, hours_hint),
            (self.tr("&Months leading projects:"), self.months, self.months_hint),
            (self.tr("E&vidence:"), self.evidence, self.ledger),
            (self.tr("&Tags:"), self.tags, None),
        ]
        for text, field, hint in rows:
            label = QLabel(text)
            label.setBuddy(field)
            name_control(field, text.replace("&", "").rstrip(":"))
            if hint is None:
                form.addRow(label, field)
                continue
            if isinstance(hint, QLabel):
                hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(hint)
            box.addStretch(1)  # spare height below the hint, not between it and the field
            form.addRow(label, box)
        return page

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- choosing and reading the source ---------------------------------------------------
    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """The file chosen (None when cancelled); tests patch this."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Import person from a file"),
            str(Path.home()),
            QCoreApplication.translate(
                "ImportDialog", "JSON Resume or LinkedIn export (*.json *.zip);;All files (*)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def ask_folder(cls, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate(
                "ImportDialog", "Import person from an unzipped LinkedIn export"
            ),
            str(Path.home()),
        )
        return Path(name) if name else None

    def _on_choose_file_clicked(self) -> None:
        if (path := self.ask_file(self)) is not None:
            self.load(path)

    def _on_choose_folder_clicked(self) -> None:
        if (path := self.ask_folder(self)) is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the source off the GUI thread; the review fills in when it is done."""
        from planner.services.imports import preview_import

        self._loading = path
        self.preview = None
        self.source.setText(str(path))
        self._show_state(None, self.tr("Reading %1…").replace("%1", path.name))
        catalog, today = self.session.catalog, self.session.today()
        run_in_background(
            self,
            lambda: preview_import(path, catalog, today),
            lambda preview: self._on_loaded(path, preview),
            lambda exc: self._on_load_failed(path, exc),
        )

    def _on_loaded(self, path: Path, preview: ImportPreview) -> None:
        if path != self._loading:
            return  # another file was chosen meanwhile
        self.preview = preview
        self._fill(preview)
        self._show_state(preview)

    def _on_load_failed(self, path: Path, exc: BaseException) -> None:
        if path != self._loading:
            return
        from planner.domain.errors import PlannerError
        from planner.gui.errors import explain, log

        if not isinstance(exc, PlannerError):  # a bug, not a bad file: keep the details
            log.error("import preview failed", exc_info=exc)
        happened, _ = explain(exc)
        self._show_state(
            None, self.tr("This cannot be imported: %1").replace("%1", happened), warning=True
        )

    # -- showing ---------------------------------------------------------------------------
    def _show_state(self, preview: ImportPreview | None, text: str = "", warning=False) -> None:
        ready = preview is not None
        self.stack.setCurrentWidget(self.tabs if ready else self.empty)
        self.import_button.setEnabled(ready)
        if ready:
            lines = [
                self.tr("%1: check the fields, then choose Import.").replace("%1", preview.kind)
            ]
            lines += [f"• {w}" for w in preview.warnings] + [f"• {n}" for n in preview.notes]
            text, warning = "\n".join(lines), bool(preview.warnings)
        self.status.setText(
            text or self.tr("Choose a file or folder to see what will be imported.")
        )
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning if warning else None
        side = self.fontMetrics().height() * 3 // 2
        icon = self.style().standardIcon(pixmap or QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.status_icon.setPixmap(icon.pixmap(side, side))

    def _fill(self, p: ImportPreview) -> None:
        self.name.setText(p.name)
        self.role.setText(p.current_role)
        self.years.setValue(p.years_experience)
        self.education.setCurrentIndex(max(0, self.education.findData(p.education)))
        self.education_hint.setText(
            self.tr("From “%1”.").replace("%1", p.education_basis) if p.education_basis else ""
        )
        self.region.setText(p.region)
        self.hours.setValue(p.weekly_hours)
        self.ledger.setChecked(p.record_in_ledger)
        self.evidence.blockSignals(True)
        self.evidence.clear()
        for lead in p.leadership:
            reasons = "\n".join(f"• {r}" for r in lead.reasons[:4])
            item = QListWidgetItem(f"{lead.describe()}\n{reasons}")
            item.setToolTip("\n".join(lead.reasons))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED if lead.keep else UNCHECKED)
            self.evidence.addItem(item)
        self.evidence.blockSignals(False)
        self.evidence.setVisible(bool(p.leadership))
        self._show_months()
        self._fill_skills(p)
        self._fill_credentials(p)

    def _show_months(self) -> None:
        p = self.preview
        assert p is not None
        self.months.setValue(p.pm_experience_months)
        if not p.leadership:
            self.months_hint.setText(
                self.tr("Nothing in the file suggests leading projects: 0 assumed.")
            )
            return
        self.months_hint.setText(
            self.tr(
                "Estimated %1 from the ticked positions below (the last 8 years, as PMI counts "
                "them). Please check it."
            ).replace("%1", str(p.estimated_months))
        )

    def _how(self, how: str, otherwise: str) -> str:
        """How an imported name matched the catalog, in words; otherwise when it did not."""
        return self.tr(HOW[how]) if how in HOW else otherwise

    def _fill_skills(self, p: ImportPreview) -> None:
        self.skills.setRowCount(len(p.skills))
        for row, skill in enumerate(p.skills):
            tip = f"{skill.source} ({skill.origin})"
            self.skills.setItem(row, 0, _check_item(skill.source, skill.keep, tip))
            saved = skill.name or self.tr("%1 (not in the catalog)").replace("%1", skill.source)
            self.skills.setItem(row, 1, _text_item(saved))
            self.skills.setItem(
                row, 2, _text_item(self._how(skill.how, skill.note or self.tr("no match")))
            )
            level = QComboBox()
            fill_levels(level, self.session.catalog.level_labels)
            level.setCurrentIndex(level.findData(skill.level))
            level.setAccessibleName(self.tr("Level for %1").replace("%1", skill.source))
            self.skills.setCellWidget(row, 3, level)
        self.skills.resizeRowsToContents()
        kept = sum(s.keep for s in p.skills)
        self.tabs.setTabText(
            1,
            self.tr("S&kills (%1 of %2)")
            .replace("%2", str(len(p.skills)))
            .replace("%1", str(kept)),
        )

    def _fill_credentials(self, p: ImportPreview) -> None:
        self.credentials.setRowCount(len(p.credentials))
        for row, cred in enumerate(p.credentials):
            tip = f"{cred.source} ({cred.origin})"
            self.credentials.setItem(row, 0, _check_item(cred.source, cred.keep, tip))
            saved = cred.name or self.tr("%1 (kept as written)").replace("%1", cred.source)
            self.credentials.setItem(row, 1, _text_item(saved))
            how = self._how(cred.how, cred.note or self.tr("not in the catalog"))
            self.credentials.setItem(row, 2, _text_item(how))
            earned = formats.day(cred.earned) if cred.earned else self.tr("not given")
            self.credentials.setItem(row, 3, _text_item(earned))
        self.credentials.resizeRowsToContents()
        self.tabs.setTabText(2, self.tr("&Credentials (%1)").replace("%1", str(len(p.credentials))))

    # -- reacting ----------------------------------------------------------------------------
    def _on_evidence_item_changed(self, item: QListWidgetItem) -> None:
        p = self.preview
        if p is None:
            return
        p.leadership[self.evidence.row(item)].keep = item.checkState() == CHECKED
        p.pm_experience_months = self.months.value()
        p.recount()
        self._show_months()

    def _on_ledger_toggled(self, checked: bool) -> None:
        self.months.setEnabled(not checked)
        if checked:
            self.months_hint.setText(
                self.tr(
                    "Counted from the dated projects in the ledger (the ticked positions below)."
                )
            )
        elif self.preview is not None:
            self._show_months()

    def apply(self) -> ImportPreview:
        """Copy the edited fields and ticks back into the preview."""
        p = self.preview
        assert p is not None
        p.name, p.current_role, p.region = self.name.text(), self.role.text(), self.region.text()
        p.years_experience, p.weekly_hours = self.years.value(), self.hours.value()
        p.education = self.education.currentData()
        p.pm_experience_months, p.record_in_ledger = self.months.value(), self.ledger.isChecked()
        for row, skill in enumerate(p.skills):
            skill.keep = self.skills.item(row, 0).checkState() == CHECKED
            skill.level = self.skills.cellWidget(row, 3).currentData()
        for row, cred in enumerate(p.credentials):
            cred.keep = self.credentials.item(row, 0).checkState() == CHECKED
        return p

    def chosen_tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def _on_import_clicked(self) -> None:
        from planner.services.imports import ImportService

        if self.preview is None:
            return
        try:
            preview = self.apply()
            self.created_id = ImportService(self.session.workspace).commit(
                preview, self.chosen_tags()
            )
        except Exception as exc:
            show_error(self, self.tr("The person could not be imported"), exc)
            return
        self.accept()


def import_person(window, session, dialog_factory: Callable[..., Any] | None = None) -> int | None:
    """Run the review; on Import, list and select the new person. Their id, or None."""
    dialog = (dialog_factory or ImportDialog)(session, window)
    if not dialog.exec() or dialog.created_id is None:
        return None
    session.people_changed.emit()
    session.select(dialog.created_id)
    window.statusBar().showMessage(
        QCoreApplication.translate("ImportDialog", "Imported %1").replace(
            "%1", dialog.preview.name.strip()
        ),
        8000,
    )
    return dialog.created_id
