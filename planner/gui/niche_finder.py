"""The niche finder dialog: paste or load local job ads, see niches ranked with reasons, choose."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.messages import _
from planner.gui import formats
from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.plural import resolved
from planner.gui.session import PersonSession
from planner.gui.workers import run_in_background
from planner.services.niches import (
    CERTIFICATION,
    KEYWORD,
    MATCHING_RULE,
    MAX_AD_CHARS,
    SCORE_RULE,
    TECHNOLOGY,
    NicheRank,
    NicheReport,
    split_ads,
)

KINDS = {
    CERTIFICATION: QT_TRANSLATE_NOOP("NicheFinderDialog", "Certification"),
    TECHNOLOGY: QT_TRANSLATE_NOOP("NicheFinderDialog", "Tool (O*NET)"),
    KEYWORD: QT_TRANSLATE_NOOP("NicheFinderDialog", "Job-ad word"),
}
EMPTY = QT_TRANSLATE_NOOP(
    "NicheFinderDialog",
    "Paste job ads from your area on the left, or load text files, then choose Find niches.",
)


def _label(text: str = "", *, wrap: bool = True, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # ads and names are shown, never parsed
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class NicheCard(QFrame):
    """One niche: score bar and numbers, the reasons, and a button to choose it."""

    choose_requested = Signal(str)

    def __init__(self, rank: NicheRank, place: int, chosen: bool) -> None:
        super().__init__()
        self.rank, self.is_chosen = rank, chosen
        name = rank.niche.name
        em = self.fontMetrics().height()
        self.setAccessibleName(f"{place}. {name}")
        self.setAccessibleDescription(
            self.tr("Score %1 of 100.").replace("%1", str(rank.score))
            + " "
            + " ".join(rank.reasons)
        )
        title = _bold(
            _label(f"{place}. {name}" + (self.tr("   ★ Your niche") if chosen else "")), 1.1
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(rank.score)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(max(8, em * 3 // 4))
        self.bar.setAccessibleName(self.tr("%1 score bar").replace("%1", name))
        score = _bold(_label(f"{rank.score} / 100", wrap=False))
        score.setAccessibleName(self.tr("%1 score").replace("%1", name))
        numbers = _label(
            self.tr("Demand %1% · fit %2%")
            .replace("%2", str(rank.fit))
            .replace("%1", str(rank.demand)),
            wrap=False,
            muted=True,
        )
        numbers.setToolTip(rank.reasons[-1])
        self.reasons = [_label(f"•  {reason}") for reason in rank.reasons[:-1]]
        for label in self.reasons:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Your niche") if chosen else self.tr("Choose this niche"))
        self.button.setEnabled(not chosen)
        self.button.setAccessibleName(self.tr("Choose %1").replace("%1", name))
        self.button.setToolTip(
            self.tr("Make %1 the person's niche and re-plan from today").replace("%1", name)
        )
        self.button.clicked.connect(lambda: self.choose_requested.emit(rank.niche.id))

        bar_row = QHBoxLayout()
        bar_row.addWidget(self.bar, 1)
        bar_row.addWidget(score)
        bottom = QHBoxLayout()
        bottom.addWidget(numbers, 1)
        bottom.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em * 3 // 4, em, em * 3 // 4)
        layout.setSpacing(em // 3)
        layout.addWidget(title)
        layout.addLayout(bar_row)
        for label in self.reasons:
            layout.addWidget(label)
        layout.addLayout(bottom)

    def reason_texts(self) -> list[str]:
        return [label.text().removeprefix("•  ") for label in self.reasons]

    def paintEvent(self, event: QPaintEvent) -> None:
        # A card on Base; the chosen niche gets a thick Highlight outline (and says so in words).
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 2.0 if self.is_chosen else 1.0
        role = QPalette.ColorRole.Highlight if self.is_chosen else QPalette.ColorRole.Mid
        painter.setPen(QPen(self.palette().color(role), width))
        painter.setBrush(self.palette().base())
        radius = self.fontMetrics().height() / 3
        inset = width / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), radius, radius
        )
        painter.end()


class NicheFinderDialog(QDialog):
    """Ads in, ranked niches out; choosing one saves the profile (undoable) and re-plans."""

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: NicheReport | None = None
        self.cards: list[NicheCard] = []
        self.setWindowTitle(self.tr("Find a niche from job ads"))
        self.setObjectName("nicheFinder")
        em = self.fontMetrics().height()

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Job ads"))
        self.editor.setAccessibleDescription(
            self.tr("Separate ads with a line of --- or two blank lines")
        )
        self.editor.setPlaceholderText(
            self.tr(
                "Paste one or more job ads here.\n\nSeparate ads with a line of ---\nor two blank "
                "lines."
            )
        )
        ads_label = _bold(_label(self.tr("&Job ads from your area"), wrap=False))
        ads_label.setBuddy(self.editor)
        self.count = _label(wrap=False, muted=True)
        self.count.setAccessibleName(self.tr("Number of ads"))
        self.load_button = QPushButton(self.tr("&Load files…"))
        self.load_button.setAccessibleName(self.tr("Load job ads from text files"))
        self.clear_button = QPushButton(self.tr("Clea&r"))
        self.clear_button.setAccessibleName(self.tr("Clear the job ads"))
        self.find_button = QPushButton(self.tr("&Find niches"))
        self.find_button.setAccessibleName(self.tr("Find niches"))
        self.find_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.find_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, em // 2, 0)
        left_layout.addWidget(ads_label)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(buttons)

        self.status = _bold(_label(self.tr(EMPTY)))
        self.status.setAccessibleName(self.tr("Niche finder status"))
        self.rule = _label(_(SCORE_RULE), muted=True)  # the engine's catalog
        self.rule.setAccessibleName(self.tr("How the score works"))
        self.card_box = QWidget()
        self.card_layout = QVBoxLayout(self.card_box)
        self.card_layout.setSpacing(em * 3 // 4)
        self.card_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.card_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Ranked niches"))
        self.terms = QTreeWidget()
        self.terms.setAccessibleName(self.tr("In-demand terms"))
        self.terms.setHeaderLabels(
            [self.tr("Term"), self.tr("Kind"), self.tr("Ads"), self.tr("Niches")]
        )
        self.terms.setRootIsDecorated(False)
        self.terms.setUniformRowHeights(True)
        self.terms.setSortingEnabled(True)
        self.terms.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        how = _label(_(MATCHING_RULE), muted=True)
        how.setAccessibleName(self.tr("How terms are found"))
        terms_page = QWidget()
        terms_layout = QVBoxLayout(terms_page)
        terms_layout.addWidget(how)
        terms_layout.addWidget(self.terms, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Ranked &niches"))
        self.tabs.addTab(terms_page, self.tr("In-demand &terms"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(em // 2, 0, 0, 0)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.rule)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([em * 22, em * 40])
        from planner.services.niches import ONET_ATTRIBUTION

        self.attribution = _label(
            self.tr("Tool names come from the O*NET hot technologies.") + " " + ONET_ATTRIBUTION,
            muted=True,
        )
        self.attribution.setAccessibleName(self.tr("O*NET attribution"))
        small = QFont(self.attribution.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.attribution.setFont(small)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.attribution)
        layout.addWidget(close)
        self.resize(em * 62, em * 40)

        self._count_timer = QTimer(self, singleShot=True, interval=250)
        self._count_timer.timeout.connect(self._update_count)
        self.editor.textChanged.connect(self._count_timer.start)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.clear_button.clicked.connect(self.editor.clear)
        self.find_button.clicked.connect(self.find_niches)
        self._update_count()
        guard_fields(self)

    # -- ads -------------------------------------------------------------------------------
    @classmethod
    def choose_files(cls, parent: QWidget) -> list[str]:
        """Ask for text files (a classmethod so tests can patch it)."""
        names, _filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("NicheFinderDialog", "Load job ads"),
            str(Path.home()),
            QCoreApplication.translate(
                "NicheFinderDialog", "Text files (*.txt *.text *.md);;All (*)"
            ),
        )
        return names

    def _on_load_clicked(self) -> None:
        self.load_files([Path(n) for n in self.choose_files(self)])

    def load_files(self, paths: list[Path]) -> None:
        """Append the files' text to the ads, each file separated by a line of ---."""
        from planner.services.niches import read_ads

        if not paths:
            return
        try:
            texts = read_ads(paths)
        except PlannerError as exc:
            show_error(self, self.tr("The ads could not be loaded"), exc)
            return
        current = self.editor.toPlainText().strip()
        self.editor.setPlainText("\n---\n".join([t for t in (current, *texts) if t.strip()]))
        self._update_count()

    def _update_count(self) -> None:
        text = self.editor.toPlainText()
        if len(text) > MAX_AD_CHARS:
            self.count.setText(
                self.tr("Too long: the limit is %1 MB of text").replace(
                    "%1", formats.number(MAX_AD_CHARS / 1e6)
                )
            )
            return
        ads = len(split_ads([text]))
        self.count.setText(
            resolved(self.tr("%n ad(s)", "", ads), ads) if ads else self.tr("No ads yet")
        )

    # -- finding ---------------------------------------------------------------------------
    def find_niches(self) -> None:
        """Rank on the thread pool (pure work on a snapshot); results come back here."""
        from planner.services.niches import find_niches, technology_names

        session = self.session
        if session.person_id is None:
            self.status.setText(self.tr("Choose a person first."))
            return
        text, catalog, today = self.editor.toPlainText(), session.catalog, session.today()
        try:
            profile = session.workspace.planning.effective_profile(session.person_id, today)
        except Exception as exc:
            show_error(self, self.tr("The person could not be read"), exc)
            return
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Reading the ads…"))
        run_in_background(
            self,
            lambda: find_niches([text], catalog, profile, technology_names(), on=today),
            self._on_found,
            self._on_failed,
        )

    def _on_found(self, report: NicheReport) -> None:
        self.find_button.setEnabled(True)
        self.show_report(report)

    def _on_failed(self, exc: BaseException) -> None:
        self.find_button.setEnabled(True)
        if isinstance(exc, PlannerError):
            message = str(exc)
            self.status.setText(message[:1].upper() + message[1:] + ".")
            return
        self.status.setText(self.tr("The ads could not be analysed."))
        show_error(self, self.tr("The ads could not be analysed"), exc)

    def show_report(self, report: NicheReport) -> None:
        self.report = report
        for card in self.cards:
            self.card_layout.removeWidget(card)
            card.hide()  # gone from view now; deleted once control returns to the event loop
            card.deleteLater()
        self.cards = []
        for place, rank in enumerate(report.niches, 1):
            card = NicheCard(rank, place, rank.niche.id == report.chosen)
            card.choose_requested.connect(self.choose)
            self.card_layout.insertWidget(self.card_layout.count() - 1, card)
            self.cards.append(card)
        self.status.setText(
            resolved(
                self.tr("%n ad(s) read: niches ranked by demand and your fit.", "", report.ads),
                report.ads,
            )
        )
        self._fill_terms(report)

    def _fill_terms(self, report: NicheReport) -> None:
        from planner.services.niches import by_name

        onet, names = by_name(), self.session.catalog.niche_by_id
        self.terms.setSortingEnabled(False)
        self.terms.clear()
        for demand in report.terms:
            term = demand.term
            kind = self.tr(KINDS[term.kind]) if term.kind in KINDS else self.tr("Skill")
            niches = ", ".join(names[n].name for n in demand.niches if n in names)
            item = QTreeWidgetItem([term.label, kind, "", niches or self.tr("— no niche")])
            item.setToolTip(3, niches or self.tr("Asked for in the ads, but part of no niche"))
            item.setData(2, Qt.ItemDataRole.DisplayRole, demand.ads)  # sorts as a number
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if term.ref in onet:
                item.setToolTip(0, self.tr("O*NET: ") + "; ".join(onet[term.ref].commodity_titles))
            self.terms.addTopLevelItem(item)
        self.terms.setSortingEnabled(True)
        self.terms.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.terms.resizeColumnToContents(1)
        self.tabs.setTabText(
            1, self.tr("In-demand &terms (%1)").replace("%1", str(len(report.terms)))
        )

    # -- choosing --------------------------------------------------------------------------
    def choose(self, niche_id: str) -> None:
        """Save the niche (undoable, like any profile edit) and re-plan from today."""
        session = self.session
        niche = session.catalog.niche_by_id[niche_id]
        try:
            profile = session.profile()
            session.save_profile(
                replace(profile, niche=niche_id),
                self.tr("Choose niche %1").replace("%1", niche.name),
            )
            session.replan()
        except Exception as exc:
            show_error(self, self.tr("The niche could not be chosen"), exc)
            return
        if self.report is not None:
            self.show_report(replace(self.report, chosen=niche_id))
        self.status.setText(
            self.tr("%1 is now the niche; the plan was re-planned from today.").replace(
                "%1", niche.name
            )
        )


def open_niche_finder(window: QWidget, session: PersonSession) -> None:
    if session.person_id is None:
        return
    dialog = NicheFinderDialog(session, window)
    dialog.exec()
    dialog.deleteLater()
