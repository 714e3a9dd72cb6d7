"""The Gaps tab: have vs need per competency of the target track, and what closes each gap."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.roadmap import Gap, Roadmap, Step
from planner.gui import formats
from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.session import PersonSession
from planner.gui.widgets.gap_chart import GapChart, GapLegend, tooltip_text, value_text

CompetencyRole = Qt.ItemDataRole.UserRole + 1


def step_when(step: Step) -> str:
    """When the step closes its gap: the exam day for a certification, else its last day."""
    if step.status == "done":
        return QCoreApplication.translate("GapsPage", "done %1").replace(
            "%1", formats.day(step.end)
        )
    if step.exam_date:
        return QCoreApplication.translate("GapsPage", "exam %1").replace(
            "%1", formats.day(step.exam_date)
        )
    return QCoreApplication.translate("GapsPage", "by %1").replace("%1", formats.day(step.end))


def gap_summary(roadmap: Roadmap) -> str:
    """One sentence on how many gaps there are and how many the plan closes."""
    open_gaps = [g for g in roadmap.gaps if g.size]
    if not open_gaps:
        return QCoreApplication.translate(
            "GapsPage", "You meet every competency target of this track."
        )
    closed = [g for g in open_gaps if g.reaches is not None and g.reaches >= g.need]
    if len(roadmap.gaps) == 1:
        text = QCoreApplication.translate(
            "GapsPage", "The track's one competency is below its target; the plan closes %2 of it."
        )
    elif len(open_gaps) == 1:
        text = QCoreApplication.translate(
            "GapsPage",
            "1 of %1 competencies is below the track's target; the plan closes %2 of them.",
        )
    else:
        text = QCoreApplication.translate(
            "GapsPage",
            "%3 of %1 competencies are below the track's target; the plan closes %2 of them.",
        )
    return (
        text.replace("%3", str(len(open_gaps)))
        .replace("%2", str(len(closed)))
        .replace("%1", str(len(roadmap.gaps)))
    )


def unclosed_note(gap: Gap) -> str:
    """What happens to a gap the plan's steps do not close (plan_text words it the same way)."""
    if gap.need <= 1:
        return QCoreApplication.translate(
            "GapsPage", "Awareness: picked up working alongside the team"
        )
    if gap.reaches is not None and gap.steps:
        return QCoreApplication.translate(
            "GapsPage", "The plan reaches %1; the rest comes with PM work"
        ).replace("%1", str(gap.reaches))
    return QCoreApplication.translate("GapsPage", "Comes with project management work")


def level_key(level_labels: Mapping[str, str]) -> str:
    """'0 None, 1 Aware, ...': the chart's axis shows numbers, this names them."""
    return ", ".join(
        f"{k} {v.split(':')[0].strip()}" for k, v in sorted(level_labels.items()) if k.isdigit()
    )


class GapsPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "&Gaps")

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Track"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Gap summary"))
        self.legend = GapLegend()

        self.chart = GapChart()
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Gap chart area"))
        self.scroll = scroll

        self.steps = QTreeWidget()
        first = self.tr("Competency, then the steps that raise it")
        self.steps.setHeaderLabels([first, self.tr("Level or date")])
        self.steps.headerItem().setToolTip(0, first)  # the whole heading where it is elided
        self.steps.setAccessibleName(self.tr("Steps that close each gap"))
        self.steps.header().setAccessibleName(self.tr("Columns of the steps list"))
        self.steps.setWordWrap(True)
        self.steps.setUniformRowHeights(False)
        self.steps.setAlternatingRowColors(True)
        self.steps.header().setStretchLastSection(False)
        self.steps.header().setSectionResizeMode(0, self.steps.header().ResizeMode.Stretch)
        self.steps.header().setSectionResizeMode(1, self.steps.header().ResizeMode.ResizeToContents)
        steps_label = QLabel(self.tr("&What closes each gap"))
        steps_label.setBuddy(self.steps)
        chart_label = QLabel(self.tr("Have vs &need per competency, largest gaps first"))
        chart_label.setBuddy(self.chart)
        chart_label.setWordWrap(True)
        self.chart_label = chart_label

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(chart_label)
        left_layout.addWidget(scroll, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(steps_label)
        right_layout.addWidget(self.steps, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        em = self.fontMetrics().horizontalAdvance("M")
        self.splitter.setSizes([em * 56, em * 40])
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignBottom)
        content = QWidget()
        layout = QVBoxLayout(content)
        spacing = self.fontMetrics().height()
        layout.setContentsMargins(spacing, spacing, spacing, spacing)
        layout.setSpacing(spacing // 2)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self.show_with_empty_state(
            content,
            self.tr("Choose a person to see the gaps between where they are and the track."),
        )
        self.setTabOrder(self.chart, self.steps)

        self.chart.current_changed.connect(self._on_chart_current_changed)
        self.steps.currentItemChanged.connect(self._on_steps_current_changed)
        session.plan_changed.connect(self._on_session_plan_changed)

    def field_widgets(self) -> list[QWidget]:
        return []  # nothing to type in: a list and its details

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.person_id is None:
            self.stack.setCurrentWidget(self.empty)
            self.chart.set_gaps([])
            self.steps.clear()
            return
        self.show_roadmap(self.session.roadmap())

    def show_roadmap(self, roadmap: Roadmap) -> None:
        track = self.session.catalog.track_by_id.get(roadmap.track)
        self.heading.setText(
            self.tr("Gaps for %1").replace("%1", track.name if track else roadmap.track)
        )
        self.summary.setText(gap_summary(roadmap))
        self.chart.set_gaps(roadmap.gaps, self.session.catalog.level_labels)
        levels = level_key(self.session.catalog.level_labels)
        self.chart_label.setText(
            self.tr("Have vs &need per competency, largest gaps first. Levels: %1.").replace(
                "%1", levels
            )
        )
        self._fill_steps(roadmap)
        self.stack.setCurrentIndex(1)

    def _fill_steps(self, roadmap: Roadmap) -> None:
        steps = {s.id: s for s in roadmap.steps}
        current = self.chart.current()
        self.steps.blockSignals(True)
        self.steps.clear()
        bold = QFont(self.steps.font())
        bold.setBold(True)
        for gap in self.chart.gaps():
            item = QTreeWidgetItem([gap.name, value_text(gap)])
            item.setData(0, CompetencyRole, gap.competency)
            item.setToolTip(0, tooltip_text(gap))
            if gap.size:
                item.setFont(0, bold)
            for step_id in gap.steps:
                step = steps.get(step_id)
                title = step.title if step else step_id
                when = ""
                if step is not None:
                    when = step_when(step)
                child = QTreeWidgetItem([title, when])
                child.setData(0, CompetencyRole, gap.competency)
                child.setToolTip(0, step.why if step and step.why else title)
                item.addChild(child)
            if gap.size and (gap.reaches is None or gap.reaches < gap.need):
                child = QTreeWidgetItem([unclosed_note(gap), ""])
                child.setData(0, CompetencyRole, gap.competency)
                italic = QFont(self.steps.font())
                italic.setItalic(True)
                child.setFont(0, italic)
                item.addChild(child)
            self.steps.addTopLevelItem(item)
            item.setExpanded(True)
            if gap.competency == current:
                self.steps.setCurrentItem(item)
        self.steps.blockSignals(False)

    # -- reacting ----------------------------------------------------------------------------
    def _on_session_plan_changed(self) -> None:
        if self.session.person_id is None:
            return
        try:
            self.show_roadmap(self.session.roadmap())
        except Exception as exc:
            show_error(self, self.tr("The gaps could not be shown"), exc)

    def _on_chart_current_changed(self, competency: str) -> None:
        for row in range(self.steps.topLevelItemCount()):
            item = self.steps.topLevelItem(row)
            if item.data(0, CompetencyRole) == competency:
                if self.steps.currentItem() not in (item, *self._children(item)):
                    self.steps.setCurrentItem(item)
                self.steps.scrollToItem(item, QTreeWidget.ScrollHint.PositionAtTop)
                return

    def _on_steps_current_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            return
        competency = item.data(0, CompetencyRole)
        self.chart.set_current(competency)
        for bar in self.chart.bars():
            if bar.competency == competency:
                self.scroll.ensureVisible(
                    int(bar.rect.center().x()),
                    int(bar.rect.center().y()),
                    0,
                    self.fontMetrics().height() * 2,
                )
                break

    @staticmethod
    def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [item.child(i) for i in range(item.childCount())]
