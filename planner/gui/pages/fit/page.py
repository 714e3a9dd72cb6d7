"""The Fit tab: questionnaire, live fit per track with reasons, and the tracks side by side."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.profile import Profile
from planner.domain.roadmap import TrackFit
from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.pages.fit.questionnaire import Questionnaire
from planner.gui.pages.fit.results import FitResults
from planner.gui.session import PersonSession
from planner.services.rules import track_fits

if TYPE_CHECKING:
    from planner.gui.pages.fit.comparison import TrackComparison


def short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setAccessibleName(name)
    return area


class FitPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "F&it")

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        catalog = session.catalog
        em = self.fontMetrics().height()

        self.questionnaire = Questionnaire(catalog.questions)
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.clear_button = QPushButton(self.tr("C&lear answers"))
        self.clear_button.setAccessibleName(self.tr("Clear questionnaire answers"))
        q_heading = QLabel(self.tr("Q&uestions"))
        q_heading.setBuddy(self.questionnaire)
        font = q_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        q_heading.setFont(font)
        q_top = QHBoxLayout()
        q_top.setContentsMargins(em, em // 2, em, 0)
        q_top.addWidget(q_heading)
        q_top.addStretch(1)
        q_top.addWidget(self.progress)
        q_top.addWidget(self.clear_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(q_top)
        left_layout.addWidget(_scrolling(self.questionnaire, self.tr("Questionnaire")), 1)

        self.results = FitResults(catalog.tracks, catalog.readiness_weight)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(_scrolling(self.results, self.tr("Fit results")))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        em_w = self.fontMetrics().horizontalAdvance("M")
        self.splitter.setSizes([em_w * 40, em_w * 50])

        # The tracks side by side are built when their tab is first shown: the table, its
        # delegate and the Qt classes they name (QStyle's 300 enums among them) made the first
        # visit to the Fit page 8-25 ms longer (benchmarks/README.md), for a tab it hides.
        self.comparison: TrackComparison | None = None
        self._target: str | None = None
        self._comparison_tab = QWidget()
        QVBoxLayout(self._comparison_tab).setContentsMargins(0, 0, 0, 0)
        self.inner = QTabWidget()
        self.inner.setAccessibleName(self.tr("Fit views"))
        self.inner.setDocumentMode(True)
        self.inner.addTab(self.splitter, self.tr("Fit &questionnaire"))
        self.inner.addTab(self._comparison_tab, self.tr("Co&mpare tracks"))
        self.inner.currentChanged.connect(self._on_inner_tab_changed)

        self.empty = QLabel(
            self.tr("Choose a person to answer the questionnaire and compare tracks.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.questionnaire.answered.connect(self._on_questionnaire_answered)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.results.plan_requested.connect(self._on_results_plan_requested)
        session.profile_changed.connect(self._on_session_profile_changed)

    def field_widgets(self) -> list[QWidget]:
        return []  # answers are radio buttons; nothing to type in

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.results.say("")
        if self.session.person_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.inner)
        self._show(self.session.profile())

    def fits(self, profile: Profile) -> tuple[TrackFit, ...]:
        """Fit per track, from the profile plus the months the experience ledger adds."""
        assert self.session.person_id is not None
        today = self.session.today()
        extra = self.session.workspace.planning.ledger_months(self.session.person_id, today)
        effective = replace(profile, pm_experience_months=profile.pm_experience_months + extra)
        return track_fits(effective, self.session.catalog, today)

    def _show(self, profile: Profile) -> None:
        self.questionnaire.set_answers(profile.answers)
        known = {q.id for q in self.session.catalog.questions}
        answered = sum(1 for q in profile.answers if q in known)
        self.progress.setText(
            self.tr("%1 of %2 answered").replace("%2", str(len(known))).replace("%1", str(answered))
        )
        self.clear_button.setEnabled(answered > 0)
        self.results.show_fits(self.fits(profile), profile.target_track)
        self._target = profile.target_track
        if self.comparison is not None:
            self.comparison.set_target(profile.target_track)

    def ensure_comparison(self) -> TrackComparison:
        """The tracks side by side, built the first time they are asked for."""
        if self.comparison is None:
            from planner.gui.pages.fit.comparison import TrackComparison

            catalog = self.session.catalog
            self.comparison = TrackComparison(catalog.tracks, catalog.aspect_labels)
            self.comparison.set_target(self._target)
            self._comparison_tab.layout().addWidget(self.comparison)
        return self.comparison

    def _on_inner_tab_changed(self, index: int) -> None:
        if self.inner.widget(index) is self._comparison_tab:
            self.ensure_comparison()

    # -- edits -------------------------------------------------------------------------------
    def _on_questionnaire_answered(self, question_id: str, option_id: str) -> None:
        try:
            profile = self.session.profile()
            if profile.answers.get(question_id) == option_id:
                return
            answers = {**profile.answers, question_id: option_id}
            question = self.session.catalog.question_by_id[question_id]
            self.session.save_profile(
                replace(profile, answers=answers),
                self.tr("Answer “%1”").replace("%1", short(question.text)),
            )
        except Exception as exc:
            show_error(self, self.tr("The answer could not be saved"), exc)
            self.reload()

    def _on_clear_clicked(self) -> None:
        try:
            profile = self.session.profile()
            self.session.save_profile(
                replace(profile, answers={}), self.tr("Clear questionnaire answers")
            )
        except Exception as exc:
            show_error(self, self.tr("The answers could not be cleared"), exc)

    def _on_results_plan_requested(self, track_id: str) -> None:
        track = self.session.catalog.track_by_id[track_id]
        try:
            profile = self.session.profile()
            self.session.save_profile(
                replace(profile, target_track=track_id),
                self.tr("Plan for %1").replace("%1", track.short_name),
            )
            self.session.replan()
        except Exception as exc:
            show_error(
                self,
                self.tr("The plan for %1 could not be made").replace("%1", track.short_name),
                exc,
            )
            return
        self.results.say(
            self.tr(
                "Re-planned for %1 from today; the Roadmap and Gaps tabs show it. "
                "The earlier plan is kept in the history."
            ).replace("%1", track.short_name)
        )

    def _on_session_profile_changed(self) -> None:
        if self.session.person_id is None:
            return
        try:
            self._show(self.session.profile())
        except Exception as exc:
            show_error(self, self.tr("The fit could not be updated"), exc)
