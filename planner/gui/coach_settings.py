"""Edit > Coach settings…: name, organisation and logo for printouts, plan currency, mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.mode import Mode
from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.language import SETTING as LANGUAGE_SETTING
from planner.gui.language import language_choices

CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "INR", "CHF", "SEK", "NZD", "ZAR")


# No plan currency set: plans use the person's currency.
EACH_PERSONS = QT_TRANSLATE_NOOP("CoachSettingsDialog", "Each person's own")


class CoachSettingsDialog(QDialog):
    def __init__(
        self, session, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Coach settings"))
        self.setObjectName("coachSettings")
        self.session = session
        coach = session.workspace.coach
        branding = coach.branding()
        self.logo: bytes | None = branding.logo
        self.logo_type: str | None = branding.logo_type

        self.name = QLineEdit(branding.coach_name)
        self.name.setAccessibleName(self.tr("Coach name"))
        self.organisation = QLineEdit(branding.organisation)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.preview.setFixedHeight(self.fontMetrics().height() * 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose = QPushButton(self.tr("C&hoose logo…"))
        clear = QPushButton(self.tr("&Remove logo"))
        choose.clicked.connect(self._on_choose_clicked)
        clear.clicked.connect(self._on_clear_clicked)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setAccessibleName(self.tr("Plan currency"))
        self.currency.addItem(self.tr(EACH_PERSONS))
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(coach.setting("plan_currency") or self.tr(EACH_PERSONS))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.addItem(self.tr("A coach with clients"), Mode.COACH.value)
        self.mode.addItem(self.tr("Planning my own move"), Mode.PROFESSIONAL.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(coach.mode().value)))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in language_choices():
            self.language.addItem(label, code)
        current = str(settings.value(LANGUAGE_SETTING, "") or "") if settings is not None else ""
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setToolTip(
            self.tr("The app's language; it applies the next time the app starts.")
        )
        self.language.setEnabled(settings is not None)
        self.error = QLabel()
        self.error.setWordWrap(True)

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        form = QFormLayout()
        for text, field in (
            (self.tr("Coach &name:"), self.name),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("Plan &currency:"), self.currency),
            (self.tr("&Mode:"), self.mode),
            (self.tr("&Language:"), self.language),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.tr("Logo:"), logo_row)
        hint = QLabel(
            self.tr(
                "Name, organisation and logo print on the cover of every plan. Plans total their "
                "costs in each person's own currency unless you choose one for every plan here; "
                "prices the issuer does not publish in it are converted at a dated rate and "
                "marked so."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        from planner.gui.coach_prices import PricesTab, StepsTab

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(hint)
        general_layout.addWidget(self.error)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&Printouts and mode"))
        # Prices and steps are saved as they are edited; Save/Cancel are for the first tab.
        self.prices = PricesTab(session)
        self.steps = StepsTab(session)
        self.tabs.addTab(self.prices, self.tr("Your p&rices"))
        self.tabs.addTab(self.steps, self.tr("Your &steps"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._show_logo()
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(780, screen.width() - 40), min(520, screen.height() - 60))
        guard_fields(self)

    def _show_logo(self) -> None:
        if not self.logo:
            self.preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(self.logo):
            self.preview.setText(self.tr("Logo set (no preview)"))
            return
        self.preview.setPixmap(
            pixmap.scaledToHeight(self.preview.height(), Qt.TransformationMode.SmoothTransformation)
        )

    def _on_choose_clicked(self) -> None:
        from planner.services.coach import read_logo

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        try:
            self.logo, self.logo_type = read_logo(Path(name))
        except Exception as exc:
            show_error(self, self.tr("The logo cannot be used"), exc)
            return
        self._show_logo()

    def _on_clear_clicked(self) -> None:
        self.logo = self.logo_type = None
        self._show_logo()

    def accept(self) -> None:
        from planner.domain.branding import Branding

        currency = self.currency.currentText().strip()
        currency = "" if currency == self.tr(EACH_PERSONS) else currency.upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            self.error.setText(self.tr("A currency is a three-letter code such as USD or EUR."))
            self.currency.setFocus()
            return
        coach = self.session.workspace.coach
        try:
            coach.set_branding(
                Branding(
                    self.name.text().strip(),
                    self.organisation.text().strip(),
                    self.logo,
                    self.logo_type,
                )
            )
            coach.set_setting("plan_currency", currency)
            coach.set_mode(Mode(self.mode.currentData()))
            self._save_language()
        except Exception as exc:
            show_error(self, self.tr("The settings could not be saved"), exc)
            return
        super().accept()

    def _save_language(self) -> None:
        if self.settings is None:
            return
        before = str(self.settings.value(LANGUAGE_SETTING, "") or "")
        self.language_changed = self.language.currentData() != before
        self.settings.setValue(LANGUAGE_SETTING, self.language.currentData())

    language_changed = False


def open_coach_settings(window, session) -> bool:
    dialog = CoachSettingsDialog(session, window, getattr(window, "settings", None))
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    if saved:
        professional = session.workspace.coach.mode() is Mode.PROFESSIONAL
        window.people_action.setChecked(not professional or session.workspace.people.count() > 1)
        message = dialog.tr("Coach settings saved; re-plan to total plans in the new currency")
        if dialog.language_changed:
            message = dialog.tr(
                "Coach settings saved; the new language applies when the app starts again"
            )
        window.statusBar().showMessage(message, 6000)
    return saved
