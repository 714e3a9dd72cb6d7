"""The credentials table: a name matched to a catalog certification, and when it was earned."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from planner.domain.catalog_model import Catalog, Certification
from planner.domain.profile import Credential
from planner.gui.formats import SORT_ROLE, day, numeric_day, sort_value
from planner.gui.pages.profile.checks import parse_earned
from planner.gui.pages.profile.tables import (
    CompletingDelegate,
    Index,
    LineDelegate,
    RowsEditor,
    RowsModel,
    italic,
)
from planner.gui.roles import ACCESSIBLE_TEXT, DISPLAY, EDIT, FONT, TOOLTIP

NAME, EARNED, MATCH = range(3)


def retired_text(catalog: Catalog, cert: Certification) -> str:
    """'retired 2021-01-31: successors AZ-104, AZ-305' for a retired certification, else ''."""
    if cert.status != "retired":
        return ""
    names = [
        catalog.cert_by_id[s].short_name if s in catalog.cert_by_id else s for s in cert.successors
    ]
    text = (
        QCoreApplication.translate("CredentialsModel", "retired %1")
        if cert.retired_on
        else QCoreApplication.translate("CredentialsModel", "retired")
    ).replace("%1", cert.retired_on or "")
    if names:
        text += QCoreApplication.translate("CredentialsModel", ": successors %1").replace(
            "%1", ", ".join(names)
        )
    return text


class CredentialsModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("RowsModel", "Credential"),
        QT_TRANSLATE_NOOP("RowsModel", "Earned"),
        QT_TRANSLATE_NOOP("RowsModel", "Catalog match"),
    )
    noun = "credential"
    texts: ClassVar[dict[str, str]] = {
        "remove": QT_TRANSLATE_NOOP("RowsModel", "Remove credential %1"),
        "add": QT_TRANSLATE_NOOP("RowsModel", "Add credential %1"),
        "edit": QT_TRANSLATE_NOOP("RowsModel", "Edit credential %1"),
        "unnamed": QT_TRANSLATE_NOOP(
            "RowsModel", "A credential needs a name; to take it off, use Remove."
        ),
        "remove_name": QT_TRANSLATE_NOOP("RowsModel", "Remove selected credential"),
        "remove_tip": QT_TRANSLATE_NOOP("RowsModel", "Remove the selected credential (Delete)"),
    }

    def __init__(self, catalog: Catalog, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.today = today

    def credentials(self) -> tuple[Credential, ...]:
        return tuple(Credential(name, earned) for name, earned in self.rows if name)

    def set_credentials(self, credentials: tuple[Credential, ...]) -> None:
        self.set_rows([[c.name, c.earned] for c in credentials])

    def certification(self, row: int) -> Certification | None:
        name = self.rows[row][0]
        return self.catalog.find_certification(name) if name else None

    def match_text(self, row: int) -> str:
        if not self.rows[row][0]:
            return self.tr("type a credential name")
        cert = self.certification(row)
        if cert is None:
            return self.tr("not in catalog")
        retired = retired_text(self.catalog, cert)
        return f"→ {cert.short_name}" + (f" · {retired}" if retired else "")

    def retired_notes(self) -> list[str]:
        notes = []
        for row in range(len(self.rows)):
            cert = self.certification(row)
            if cert is not None and cert.status == "retired":
                notes.append(
                    self.tr(
                        "%1 was %2. The plan counts what it proved and maps it to its successors."
                    )
                    .replace("%2", retired_text(self.catalog, cert))
                    .replace("%1", cert.short_name)
                )
        return notes

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        name, earned = self.rows[index.row()]
        column = index.column()
        if role == EDIT:
            if column == EARNED:
                return earned.isoformat() if earned else ""
            return name if column == NAME else None
        if role == DISPLAY:
            if column == NAME:
                return name
            if column == EARNED:
                return numeric_day(earned) if earned else "—"
            return self.match_text(index.row())
        if role == TOOLTIP:
            if column == EARNED:
                return self.tr("Date earned, YYYY-MM-DD (optional)")
            if column == MATCH:
                cert = self.certification(index.row())
                if cert is None:
                    return self.tr("Kept on the profile, but not counted toward any competency.")
                retired = retired_text(self.catalog, cert)
                return f"{cert.name} ({cert.issuer})" + (f"; {retired}" if retired else "")
            return name
        if role == SORT_ROLE and column == EARNED:
            return sort_value(earned)
        if role == ACCESSIBLE_TEXT and column == EARNED:
            return day(earned) if earned else self.tr("date not given")
        unmatched = role == FONT and column == MATCH and name
        if unmatched and self.certification(index.row()) is None:
            return italic()
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        row = index.row()
        if index.column() == NAME:
            return self.set_name(row, str(value))
        if index.column() == EARNED:
            try:
                earned = parse_earned(str(value), self.today())
            except ValueError as exc:
                self.refused.emit(self.tr("Earned date not changed. %1").replace("%1", str(exc)))
                return False
            if earned == self.rows[row][1]:
                return False
            self.rows[row][1] = earned
            self.dataChanged.emit(self.index(row, EARNED), self.index(row, EARNED))
            if self.rows[row][0]:
                self.edited.emit(self.tr("Edit date of %1").replace("%1", self.rows[row][0]))
            return True
        return False


class DateDelegate(LineDelegate):
    """An optional date typed as YYYY-MM-DD; the model checks it and says what is wrong."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
        editor.setAccessibleName(self.tr("Earned date"))
        editor.setAccessibleDescription(self.tr("Optional; write it as YYYY-MM-DD"))
        return editor


def certification_words(catalog: Catalog) -> list[str]:
    words: list[str] = []
    for cert in catalog.certifications:
        words += [cert.name, cert.short_name, *cert.aliases]
    return words


class CredentialsEditor(RowsEditor):
    """Certifications and certificates held, with the catalog's view of each."""

    def __init__(
        self, catalog: Catalog, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            CredentialsModel(catalog, today),
            self.tr("Credentials"),
            self.tr("Add credentia&l"),
            self.tr("No credentials yet. Press Add credential for each certification you hold."),
            parent,
        )
        self.table.setItemDelegateForColumn(NAME, CompletingDelegate(certification_words(catalog)))
        self.table.setItemDelegateForColumn(EARNED, DateDelegate())
        self.stretch_columns([NAME, MATCH])
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsRemoved):
            signal.connect(self._update_note)

    def _update_note(self, *_args) -> None:
        notes = self.model.retired_notes()
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
