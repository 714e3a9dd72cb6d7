"""Small building blocks of the profile form: hints, inline errors and catalog-backed choices."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from planner.domain.catalog_model import Catalog
from planner.domain.profile import Education
from planner.gui.pages.profile.checks import COMMON_CURRENCIES
from planner.gui.roles import TOOLTIP
from planner.gui.widgets.marks import warning_mark
from planner.gui.widgets.wrap_label import WrapLabel

EDUCATION_LABELS = {
    Education.SECONDARY: QT_TRANSLATE_NOOP("ProfileWidgets", "Secondary school"),
    Education.ASSOCIATE: QT_TRANSLATE_NOOP("ProfileWidgets", "Associate degree"),
    Education.BACHELOR: QT_TRANSLATE_NOOP("ProfileWidgets", "Bachelor's degree"),
    Education.MASTER: QT_TRANSLATE_NOOP("ProfileWidgets", "Master's degree"),
    Education.DOCTORATE: QT_TRANSLATE_NOOP("ProfileWidgets", "Doctorate"),
}


def muted(palette: QPalette) -> QColor:
    """Text colour between the text and the background: quieter, still readable in both themes."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mix = 0.68
    return QColor(
        round(text.red() * mix + back.red() * (1 - mix)),
        round(text.green() * mix + back.green() * (1 - mix)),
        round(text.blue() * mix + back.blue() * (1 - mix)),
    )


def error_colour(palette: QPalette) -> QColor:
    """Qt has no 'error' role: pick a red that contrasts with this palette's background."""
    dark_background = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#f2b8b5") if dark_background else QColor("#b3261e")


class HintLabel(WrapLabel):
    """A short explanation under a field, in a quieter colour that follows the palette; it
    remembers its height at each width (WrapLabel)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("textFormat", "PlainText")  # by name: see planner.gui.roles
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._recolour()

    def _recolour(self) -> None:
        # From the parent's palette: our own text colour is the one being replaced.
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QApplication.palette(self)
        wanted = muted(source)
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != wanted:
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.setPalette(palette)


class ErrorLabel(QWidget):
    """An inline problem under a field: an icon and words, so colour is never the only cue.

    The icon and the words are made with the first message: a form has one of these under
    every field and most never show one (21 on the Profile page, built at every start).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon: QLabel | None = None
        self.text: QLabel | None = None
        self.hide()

    def message(self) -> str:
        return self.text.text() if self.text is not None and not self.isHidden() else ""

    def show_message(self, message: str | None) -> None:
        if message and self.text is None:
            self._build()
        if self.text is not None:
            self.text.setText(message or "")
            self.text.setAccessibleName(message or "")
        self.setHidden(not message)

    def _build(self) -> None:
        from PySide6.QtCore import Qt

        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setObjectName("fieldError")
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if self.text is not None and kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._recolour()

    def _recolour(self) -> None:
        assert self.icon is not None and self.text is not None
        self.icon.setPixmap(warning_mark(self))  # with the first message
        palette = self.text.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.text.setPalette(palette)


def name_control(widget: QWidget, name: str) -> None:
    """Name a control and the line edit inside a spin box, date or editable combo alike."""
    widget.setAccessibleName(name)
    # Asked of the box, not found among its children: PySide6's findChild wraps every child it
    # passes for Python (a combo box's popup, its list and scrollers among them).
    inner = widget.lineEdit() if isinstance(widget, (QAbstractSpinBox, QComboBox)) else None
    if inner is not None:
        inner.setAccessibleName(name)


def short_level(labels: Mapping[str, str], level: int) -> str:
    """'2 · Working' from the catalog's '2': 'Working: can do routine work ...'."""
    label = labels.get(str(level), "")
    return f"{level} · {label.split(':')[0]}" if label else str(level)


def fill_levels(combo: QComboBox, labels: Mapping[str, str]) -> None:
    for level in range(5):
        combo.addItem(short_level(labels, level), level)
        combo.setItemData(level, labels.get(str(level), ""), TOOLTIP)


def fill_education(combo: QComboBox) -> None:
    combo.addItem(QCoreApplication.translate("ProfileWidgets", "Not given"), None)
    for level in EDUCATION_LABELS:
        combo.addItem(education_label(level), level.key)


def education_label(level: Education) -> str:
    """'Bachelor's degree', in the app's language."""
    return QCoreApplication.translate("ProfileWidgets", EDUCATION_LABELS[level])


def fill_tracks(combo: QComboBox, catalog: Catalog) -> None:
    combo.addItem(
        QCoreApplication.translate("ProfileWidgets", "Best fit (the planner chooses)"), None
    )
    for track in catalog.tracks:
        combo.addItem(track.short_name, track.id)


def fill_countries(combo: QComboBox, catalog: Catalog) -> None:
    """The countries with a pack by name first, then every other ISO 3166-1 code."""
    from planner.domain.places import ISO_COUNTRIES

    named = [QCoreApplication.translate("ProfileWidgets", "Guess from the region")]
    combo.addItem(named[0], None)
    packs = sorted(catalog.countries.values(), key=lambda p: p.name)
    for pack in packs:
        named.append(f"{pack.name} ({pack.country})")
        combo.addItem(named[-1], pack.country)
    for code in sorted(ISO_COUNTRIES - {p.country for p in packs}):
        combo.addItem(code, code)
    # As wide as its widest name, measured here: left to size itself, the box measured the
    # text of all 250 entries for its size and again for its minimum size (the codes are
    # narrower than any name). This policy sizes the box in widths of "X" and adds room for an
    # icon (its width and 4 pixels), which the names fill instead.
    metrics = combo.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in named)
    widest -= combo.iconSize().width() + 4
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(max(1, -(-widest // metrics.horizontalAdvance("X"))))


def country_hint(catalog: Catalog, country: str | None, region: str) -> str:
    """What the chosen (or guessed) country changes in the plan, or why nothing is guessed."""
    from planner.domain.places import guess_country

    guessed = country is None
    code = country or guess_country(region)
    if code is None:
        return QCoreApplication.translate(
            "ProfileWidgets",
            "No country chosen and none is clear from the region: the plan follows PMI's route.",
        )
    pack = catalog.countries.get(code)
    name = f"{pack.name} ({code})" if pack else code
    lead = (
        QCoreApplication.translate(
            "ProfileWidgets", "Guessed from the region: %1; choose it to confirm."
        ).replace("%1", name)
        + " "
        if guessed
        else ""
    )
    if pack is None:
        return lead + QCoreApplication.translate(
            "ProfileWidgets",
            "No country pack ships for it: PMI's route, prices converted where possible.",
        )
    from planner.domain.places import in_country

    return lead + (
        QCoreApplication.translate(
            "ProfileWidgets",
            "Local credentials, professional bodies and chapters %1; paper %2.",
        )
        .replace("%2", pack.paper_size)
        .replace("%1", in_country(code, pack.name))
    )


def track_summary(catalog: Catalog, track_id: str | None) -> str:
    if track_id is None or track_id not in catalog.track_by_id:
        return QCoreApplication.translate(
            "ProfileWidgets",
            "The planner compares infrastructure, software and hybrid PM with your skills and "
            "the questionnaire, and plans for the closest fit.",
        )
    return catalog.track_by_id[track_id].summary


def fill_niches(combo: QComboBox, catalog: Catalog) -> None:
    combo.addItem(QCoreApplication.translate("ProfileWidgets", "None yet"), None)
    for niche in catalog.niches:
        combo.addItem(niche.name, niche.id)


def fill_currencies(combo: QComboBox) -> None:
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(COMMON_CURRENCIES)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item holding value (the first item when none does)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))
