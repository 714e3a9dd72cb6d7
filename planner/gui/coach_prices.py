"""Coach settings tabs: your own prices (replacing the catalog's) and your own steps."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog_model import CustomStep, PriceOverride
from planner.domain.roadmap import STEP_KINDS
from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.widgets.step_style import kind_label
from planner.i18n.format import money as format_money

CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "INR", "CHF", "SEK", "NZD", "ZAR")
STEP_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,59}$")


def _money(amount: float | None, currency: str) -> str:
    return format_money(amount, currency, cents=True)


def _t(text: str) -> str:
    """A QT_TRANSLATE_NOOP("CoachPrices", ...) table entry in the app's language."""
    return QCoreApplication.translate("CoachPrices", text)


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([_t(h) for h in headers])
    table.setAccessibleName(_t(name))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def _amount_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 1_000_000.0)
    box.setDecimals(2)
    box.setSingleStep(5.0)
    return box


def _currency_box(current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(CURRENCIES)
    box.setCurrentText(current)
    return box


def _currency(box: QComboBox) -> str:
    code = box.currentText().strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValueError(
            QCoreApplication.translate(
                "CoachPrices", "A currency is a three-letter code such as USD or EUR."
            )
        )
    return code


def _lay_out(dialog: QDialog, rows: tuple[tuple[str, QWidget], ...]) -> None:
    """The fields in a form, a line for what is wrong, Save and Cancel; fields guarded."""
    dialog.error = QLabel()
    dialog.error.setWordWrap(True)
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.error)
    layout.addWidget(buttons)
    guard_fields(dialog)


class PriceDialog(QDialog):
    """One own price: the catalog item, the amount (or 'check with issuer'), currency, note."""

    def __init__(self, items: list[tuple[str, str]], current: PriceOverride | None, parent):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your price"))
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Catalog item"))
        for item_id, title in items:
            self.item.addItem(f"{title} ({item_id})", item_id)
        self.item.setEditable(True)  # type to find an item among many
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.amount = _amount_box()
        self.amount.setAccessibleName(self.tr("Your price"))
        self.unknown = QCheckBox(self.tr("No price yet (check with issuer)"))
        self.unknown.toggled.connect(lambda on: self.amount.setEnabled(not on))
        self.currency = _currency_box(current.currency if current else "USD")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.note = QLineEdit(current.note if current else "")
        self.note.setPlaceholderText(self.tr("e.g. partner voucher, valid to June"))
        self.note.setAccessibleName(self.tr("Note"))
        if current is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(current.item_id)))
            self.item.setEnabled(False)
            self.unknown.setChecked(current.amount is None)
            self.amount.setValue(current.amount or 0.0)
        self.result_entry: PriceOverride | None = None
        _lay_out(
            self,
            (
                (self.tr("&Item:"), self.item),
                (self.tr("&Price:"), self.amount),
                ("", self.unknown),
                (self.tr("&Currency:"), self.currency),
                (self.tr("&Note:"), self.note),
            ),
        )

    def accept(self) -> None:
        item_id = self.item.currentData()
        if item_id is None or self.item.findData(item_id) < 0:
            self.error.setText(self.tr("Choose an item from the catalog list."))
            return
        try:
            currency = _currency(self.currency)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        amount = None if self.unknown.isChecked() else self.amount.value()
        self.result_entry = PriceOverride(item_id, amount, currency, self.note.text().strip())
        super().accept()


class _EditableList(QWidget):
    """A hint, a table of the coach's own entries, and Add / Change / Remove (saved at once)."""

    HEADERS: tuple[str, ...] = ()
    NAME = ""
    HINT = ""
    BUTTONS = (
        QT_TRANSLATE_NOOP("CoachPrices", "&Add…"),
        QT_TRANSLATE_NOOP("CoachPrices", "C&hange…"),
        QT_TRANSLATE_NOOP("CoachPrices", "Re&move"),
    )
    SAVE_FAILED = ""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list = []
        self.table = _table(self.HEADERS, self.NAME)
        hint = QLabel(_t(self.HINT))
        hint.setWordWrap(True)
        add, change, remove = (QPushButton(_t(t)) for t in self.BUTTONS)
        add.clicked.connect(lambda: self._edit(None))
        change.clicked.connect(lambda: self._edit(self._selected(), required=True))
        remove.clicked.connect(self._on_remove)
        self.table.doubleClicked.connect(lambda _: self._edit(self._selected(), required=True))
        row = QHBoxLayout()
        for button in (add, change, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    # -- what each list knows ---------------------------------------------------------------
    def load(self) -> list:
        raise NotImplementedError

    def cells(self, entry) -> tuple[str, ...]:
        raise NotImplementedError

    def dialog(self, current):
        raise NotImplementedError

    def save(self, entry) -> None:
        raise NotImplementedError

    def remove(self, entry) -> None:
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.entries = self.load()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self.cells(entry)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _edit(self, current, required: bool = False, dialog=None) -> None:
        if required and current is None:
            return  # Change… with nothing selected
        dialog = dialog or self.dialog(current)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_entry is None:
            return
        try:
            self.save(dialog.result_entry)
        except Exception as exc:
            show_error(self, _t(self.SAVE_FAILED), exc)
            return
        self.reload()

    def _on_remove(self) -> None:
        current = self._selected()
        if current is not None:
            self.remove(current)
            self.reload()


class PricesTab(_EditableList):
    """Your prices beside the catalog's: partner vouchers, group rates, local prices."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CoachPrices", "Item"),
        QT_TRANSLATE_NOOP("CoachPrices", "Catalog price"),
        QT_TRANSLATE_NOOP("CoachPrices", "Your price"),
        QT_TRANSLATE_NOOP("CoachPrices", "Set on"),
        QT_TRANSLATE_NOOP("CoachPrices", "Note"),
    )
    NAME = QT_TRANSLATE_NOOP("CoachPrices", "Your prices")
    HINT = QT_TRANSLATE_NOOP(
        "CoachPrices",
        "Your price replaces the catalog's in every plan (re-plan to use it); plans mark it "
        "as your own figure. Prices are counted in totals only in the plan currency.",
    )
    SAVE_FAILED = QT_TRANSLATE_NOOP("CoachPrices", "The price could not be saved")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        catalog = session.catalog
        self.items = sorted(
            [(c.id, c.name) for c in catalog.certifications]
            + [(m.id, m.name) for m in catalog.memberships]
            + [(a.id, a.title) for a in catalog.activities],
            key=lambda pair: pair[1].casefold(),
        )
        self.catalog_prices = {
            **{c.id: _money(c.fee.amount, c.fee.currency) for c in catalog.certifications},
            **{m.id: _money(m.fee.amount, m.fee.currency) for m in catalog.memberships},
            **{a.id: _money(a.cost, a.currency) for a in catalog.activities},
        }
        self.titles = dict(self.items)
        self.reload()

    def load(self) -> list[PriceOverride]:
        return list(self.session.workspace.coach.price_overrides().values())

    def cells(self, price: PriceOverride) -> tuple[str, ...]:
        return (
            self.titles.get(price.item_id, price.item_id),
            self.catalog_prices.get(price.item_id, self.tr("not in the catalog")),
            _money(price.amount, price.currency),
            price.as_of,
            price.note,
        )

    def dialog(self, current: PriceOverride | None) -> PriceDialog:
        return PriceDialog(self.items, current, self)

    def save(self, price: PriceOverride) -> None:
        self.session.workspace.coach.set_price(price)

    def remove(self, price: PriceOverride) -> None:
        self.session.workspace.coach.clear_price(price.item_id)


class StepDialog(QDialog):
    """One own step: a workshop or internal course people can pin to their plan."""

    def __init__(self, current: CustomStep | None, taken: set[str], parent) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your step"))
        self.taken = taken
        self.step_id = QLineEdit(current.id if current else "")
        self.step_id.setPlaceholderText(self.tr("e.g. stakeholder-workshop"))
        self.step_id.setEnabled(current is None)
        self.title = QLineEdit(current.title if current else "")
        self.kind = QComboBox()
        for kind in STEP_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(current.kind if current else "education"))
        )
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, 1000.0)
        self.hours.setDecimals(1)
        self.hours.setValue(current.hours if current else 4.0)
        self.cost = _amount_box()
        self.free = QCheckBox(self.tr("No price (check with the provider)"))
        self.free.toggled.connect(lambda on: self.cost.setEnabled(not on))
        if current is not None:
            self.free.setChecked(current.cost is None)
            self.cost.setValue(current.cost or 0.0)
        self.currency = _currency_box(current.currency if current else "USD")
        self.description = QLineEdit(current.description if current else "")
        for widget, name in (
            (self.step_id, self.tr("Step id")),
            (self.title, self.tr("Title")),
            (self.kind, self.tr("Kind")),
            (self.hours, self.tr("Hours")),
            (self.cost, self.tr("Cost")),
            (self.currency, self.tr("Currency")),
            (self.description, self.tr("Description")),
        ):
            widget.setAccessibleName(name)
        self.result_entry: CustomStep | None = None
        _lay_out(
            self,
            (
                (self.tr("&Id:"), self.step_id),
                (self.tr("&Title:"), self.title),
                (self.tr("&Kind:"), self.kind),
                (self.tr("&Hours:"), self.hours),
                (self.tr("C&ost:"), self.cost),
                ("", self.free),
                (self.tr("C&urrency:"), self.currency),
                (self.tr("&Description:"), self.description),
            ),
        )

    def accept(self) -> None:
        step_id = self.step_id.text().strip()
        if not STEP_ID.match(step_id):
            self.error.setText(self.tr("An id is 2-60 lowercase letters, digits and hyphens."))
            return
        if self.step_id.isEnabled() and step_id in self.taken:
            self.error.setText(
                self.tr("'%1' is already used; choose another id.").replace("%1", step_id)
            )
            return
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the step a title."))
            return
        try:
            currency = _currency(self.currency)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.result_entry = CustomStep(
            id=step_id,
            title=self.title.text().strip(),
            kind=self.kind.currentData(),
            hours=self.hours.value(),
            cost=None if self.free.isChecked() else self.cost.value(),
            currency=currency,
            description=self.description.text().strip(),
        )
        super().accept()


class StepsTab(_EditableList):
    """Your own steps: people pin them to their plan from the Roadmap."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CoachPrices", "Title"),
        QT_TRANSLATE_NOOP("CoachPrices", "Id"),
        QT_TRANSLATE_NOOP("CoachPrices", "Kind"),
        QT_TRANSLATE_NOOP("CoachPrices", "Hours"),
        QT_TRANSLATE_NOOP("CoachPrices", "Cost"),
    )
    NAME = QT_TRANSLATE_NOOP("CoachPrices", "Your steps")
    HINT = QT_TRANSLATE_NOOP(
        "CoachPrices",
        "Workshops and courses of your own. They appear in the Roadmap's Add from catalog "
        "list, and a person's plan includes them once pinned.",
    )
    BUTTONS = (
        QT_TRANSLATE_NOOP("CoachPrices", "A&dd…"),
        QT_TRANSLATE_NOOP("CoachPrices", "Chan&ge…"),
        QT_TRANSLATE_NOOP("CoachPrices", "Remo&ve"),
    )
    SAVE_FAILED = QT_TRANSLATE_NOOP("CoachPrices", "The step could not be saved")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        catalog = session.catalog
        self.catalog_ids = (
            set(catalog.cert_by_id) | set(catalog.activity_by_id) | set(catalog.membership_by_id)
        )
        self.reload()

    def load(self) -> list[CustomStep]:
        return self.session.workspace.coach.custom_steps()

    def cells(self, step: CustomStep) -> tuple[str, ...]:
        return (
            step.title,
            step.id,
            kind_label(step.kind),
            QLocale().toString(step.hours, "g", 6),
            _money(step.cost, step.currency),
        )

    def dialog(self, current: CustomStep | None) -> StepDialog:
        return StepDialog(current, self.catalog_ids | {s.id for s in self.entries}, self)

    def save(self, step: CustomStep) -> None:
        self.session.workspace.coach.save_custom_step(step)

    def remove(self, step: CustomStep) -> None:
        self.session.workspace.coach.delete_custom_step(step.id)
