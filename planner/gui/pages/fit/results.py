"""Fit per track: a card per track with its score bar, the reasons, and 'Plan for this track'."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog_model import Track
from planner.domain.roadmap import TrackFit
from planner.gui.widgets.wrap_label import WrapLabel


def breakdown_text(fit: TrackFit, readiness_weight: float) -> str:
    if fit.preference is None:
        return QCoreApplication.translate(
            "FitCard", "Readiness %1% · answer the questionnaire to add your preferences"
        ).replace("%1", str(fit.readiness))
    share = round(readiness_weight * 100)
    return (
        QCoreApplication.translate("FitCard", "Readiness %1% · preference %2% (weighted %3/%4)")
        .replace("%4", str(100 - share))
        .replace("%3", str(share))
        .replace("%2", str(fit.preference))
        .replace("%1", str(fit.readiness))
    )


class FitCard(QFrame):
    """One track's fit; the target track is outlined and says so in words (not colour alone)."""

    plan_requested = Signal(str)

    def __init__(self, track: Track, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.track = track
        self.is_target = False
        self.setAccessibleName(self.tr("%1 fit").replace("%1", track.short_name))
        em = self.fontMetrics().height()

        self.name = WrapLabel(track.name)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.name.setFont(font)
        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("%1 status").replace("%1", track.short_name))
        self.score = QLabel()
        self.score.setAccessibleName(self.tr("%1 fit score").replace("%1", track.short_name))
        score_font = QFont(self.font())
        score_font.setBold(True)
        self.score.setFont(score_font)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFormat("%v of 100")
        self.bar.setFixedHeight(max(8, em * 3 // 4))
        self.bar.setAccessibleName(self.tr("%1 fit score bar").replace("%1", track.short_name))
        # Bullet and text in separate columns, so wrapped reasons keep a hanging indent.
        self.reasons = QWidget()
        self.reasons.setAccessibleName(
            self.tr("Reasons for the %1 score").replace("%1", track.short_name)
        )
        self.reasons_grid = QGridLayout(self.reasons)
        self.reasons_grid.setContentsMargins(0, 0, 0, 0)
        self.reasons_grid.setHorizontalSpacing(em // 2)
        self.reasons_grid.setVerticalSpacing(em // 6)
        self.reasons_grid.setColumnStretch(1, 1)
        self.reason_labels: list[QLabel] = []
        self.button = QPushButton(self.tr("Plan for this track"))
        self.button.setAccessibleName(self.tr("Plan for %1").replace("%1", track.short_name))
        self.button.setToolTip(
            self.tr("Make %1 the target track and re-plan from today").replace(
                "%1", track.short_name
            )
        )
        self.button.clicked.connect(lambda: self.plan_requested.emit(self.track.id))

        score_row = QHBoxLayout()
        score_row.addWidget(self.bar, 1)
        score_row.addWidget(self.score)
        bottom = QHBoxLayout()
        bottom.addWidget(self.badge, 1)
        bottom.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em * 3 // 4, em, em * 3 // 4)
        layout.setSpacing(em // 3)
        layout.addWidget(self.name)
        layout.addLayout(score_row)
        layout.addWidget(self.reasons)
        layout.addLayout(bottom)

    def show_fit(self, fit: TrackFit, readiness_weight: float, target: bool, best: bool) -> None:
        self.is_target = target
        self.bar.setValue(fit.score)
        self.score.setText(f"{fit.score} / 100")
        self.score.setToolTip(breakdown_text(fit, readiness_weight))
        self._set_reasons(fit.reasons)
        words = [
            w
            for w, on in ((self.tr("★ Your target track"), target), (self.tr("Best fit"), best))
            if on
        ]
        self.badge.setText("  ·  ".join(words))
        self.button.setEnabled(not target)
        self.button.setText(
            self.tr("Your plan's track") if target else self.tr("Plan for this track")
        )
        self.setAccessibleDescription(
            self.tr("%1 of 100.").replace("%1", str(fit.score))
            + " "
            + (" ".join(words) + ". " if words else "")
            + fit.reasons[0]
        )
        self.update()

    def _set_reasons(self, reasons: Sequence[str]) -> None:
        while len(self.reason_labels) < len(reasons):
            row = len(self.reason_labels)
            # Not selectable by mouse: a selectable label lays its words out as a text document
            # at every width it is asked about, and the 24 reasons made a quarter of the first
            # visit to the Fit page (75 M of 313 M instructions).
            bullet, text = QLabel("•"), WrapLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)  # option texts are shown, not parsed
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.reasons_grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            self.reasons_grid.addWidget(text, row, 1)
            self.reason_labels.append(text)
        for row, label in enumerate(self.reason_labels):
            shown = row < len(reasons)
            label.setText(reasons[row] if shown else "")
            label.setVisible(shown)
            self.reasons_grid.itemAtPosition(row, 0).widget().setVisible(shown)

    def reason_texts(self) -> list[str]:
        return [label.text() for label in self.reason_labels if not label.isHidden()]

    def paintEvent(self, event: QPaintEvent) -> None:
        # A card: Base fill with a hairline; the target gets a thick Highlight outline.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        width = 2.0 if self.is_target else 1.0
        role = QPalette.ColorRole.Highlight if self.is_target else QPalette.ColorRole.Mid
        painter.setPen(QPen(palette.color(role), width))
        painter.setBrush(palette.base())
        radius = self.fontMetrics().height() / 3
        inset = width / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), radius, radius
        )
        painter.end()


class FitResults(QWidget):
    """Cards in catalog order (stable while answering); the best one is labelled."""

    plan_requested = Signal(str)

    def __init__(
        self, tracks: Sequence[Track], readiness_weight: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Fit per track"))
        self.readiness_weight = readiness_weight
        em = self.fontMetrics().height()
        heading = QLabel(self.tr("Fit per track"))
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        heading.setFont(font)
        share = round(readiness_weight * 100)
        self.explain = QLabel(
            self.tr(
                "The score blends readiness (how many of the track's competency targets you "
                "already meet, %1%) with your questionnaire answers (%2%). It updates as you "
                "answer."
            )
            .replace("%2", str(100 - share))
            .replace("%1", str(share))
        )
        self.explain.setWordWrap(True)
        self.explain.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Planning status"))
        self.status.hide()
        self.cards: dict[str, FitCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em // 2, em, em)
        layout.setSpacing(em * 3 // 4)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.status)
        for track in tracks:
            card = FitCard(track)
            card.plan_requested.connect(self.plan_requested)
            self.cards[track.id] = card
            layout.addWidget(card)
        layout.addStretch(1)

    def show_fits(self, fits: Sequence[TrackFit], target: str | None) -> None:
        best = max(fits, key=lambda f: f.score, default=None)
        for fit in fits:
            card = self.cards.get(fit.track)
            if card is not None:
                is_best = best is not None and fit.score == best.score
                card.show_fit(fit, self.readiness_weight, fit.track == target, is_best)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
