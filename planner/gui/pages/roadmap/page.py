"""The Roadmap page: summary, Gantt timeline, step list and the chosen step's details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.profile import Profile
from planner.domain.roadmap import Roadmap
from planner.domain.saved_plan import SavedPlan
from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.pages.roadmap.plan_actions import PlanActions
from planner.gui.pages.roadmap.progress_panel import ProgressPanel
from planner.gui.pages.roadmap.steps_model import PlanRow, StepsModel
from planner.gui.pages.roadmap.steps_table import StepsTable
from planner.gui.pages.roadmap.summary import Banner, SummaryStrip
from planner.gui.session import PersonSession
from planner.gui.widgets.gantt import GanttWidget
from planner.gui.widgets.gantt_legend import GanttLegend
from planner.gui.widgets.step_details import StepDetails
from planner.gui.widgets.wrapping_row import WrappingRow
from planner.services import staleness
from planner.services.planning import roadmap_of

SCALES = (
    (QT_TRANSLATE_NOOP("RoadmapPage", "Weeks"), "week"),
    (QT_TRANSLATE_NOOP("RoadmapPage", "Months"), "month"),
    (QT_TRANSLATE_NOOP("RoadmapPage", "Quarters"), "quarter"),
)
NAMES_WIDTH_SETTING = "gantt_names_width"  # the timeline's step-name column, in pixels
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "RoadmapPage",
    "No one is chosen. Choose a person from the list, or add one with File ▸ New person, "
    "to see their roadmap.",
)


class RoadmapPage(Page):
    """Reloads on person change (the main window calls reload) and on plan_changed; a profile
    change elsewhere does not re-plan by itself: a banner offers the re-plan instead."""

    title = QT_TRANSLATE_NOOP("Pages", "&Roadmap")

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._shown_person: int | None = None
        self._rows: list[PlanRow] = []
        self._current: str | None = None
        self._syncing = False
        # What is on screen (None before the first person): read by the actions and tests.
        self.profile: Profile | None = None
        self.roadmap: Roadmap | None = None
        self.saved_plan: SavedPlan | None = None
        self.plan_actions = PlanActions(self)
        self._build()
        session.plan_changed.connect(self._on_session_plan_changed)
        session.profile_changed.connect(self._on_session_profile_changed)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = SummaryStrip()
        self.replan_button = QPushButton(self.tr("Re-plan from toda&y"))
        self.replan_button.setAccessibleName(self.tr("Re-plan from today"))
        self.replan_button.setToolTip(
            self.tr("Keep what is done and move everything else forward from today (Ctrl+R)")
        )
        self.replan_button.clicked.connect(self.plan_actions.replan)
        self.summary.add_trailing(self.replan_button)
        self.banner = Banner(self.tr("Re-plan now"))
        self.banner.action_clicked.connect(self.plan_actions.replan)
        self.banner.hide()

        self.gantt = GanttWidget()
        self.legend = GanttLegend()
        self.model = StepsModel(self)
        self.table = StepsTable(self.model)
        self.details = StepDetails()
        self.progress_panel = ProgressPanel()
        self.progress_panel.mark_requested.connect(self.plan_actions.mark)
        self.progress_panel.leave_out_requested.connect(self.plan_actions.leave_out)
        self.progress_panel.pin_toggled.connect(self.plan_actions.toggle_pin)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(6, 0, 0, 0)
        right_box.addWidget(self.details, 1)
        right_box.addWidget(self.progress_panel)
        timeline = QWidget()
        timeline_box = QVBoxLayout(timeline)
        timeline_box.setContentsMargins(0, 0, 0, 0)
        timeline_box.addWidget(self._make_toolbar())
        timeline_box.addWidget(self.gantt, 1)
        timeline_box.addWidget(self.legend)
        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(timeline)
        self.left_split.addWidget(self.table)
        self.left_split.setStretchFactor(0, 3)
        self.left_split.setStretchFactor(1, 2)
        self.left_split.setChildrenCollapsible(False)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.left_split)
        self.main_split.addWidget(right)
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setChildrenCollapsible(False)
        # The details column never squeezes its buttons (the splitter honours the layout's
        # minimum); it starts wide enough for comfortable reading.
        reading = self.fontMetrics().averageCharWidth() * 46
        self.main_split.setSizes([700, max(reading, right.minimumSizeHint().width())])

        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(10, 10, 10, 6)
        box.setSpacing(8)
        box.addWidget(self.summary)
        box.addWidget(self.banner)
        box.addWidget(self.main_split, 1)
        self.empty = QLabel(self.tr(EMPTY_TEXT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No person chosen"))
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        self.content = content
        # Below this the timeline shows two or three rows: a short screen scrolls the page.
        content.setMinimumHeight(self.fontMetrics().height() * 34)

        self.gantt.step_selected.connect(lambda step_id: self.select_step(step_id, "gantt"))
        self.gantt.zoom_changed.connect(self._on_gantt_zoom_changed)
        self.gantt.names_width_changed.connect(self._on_gantt_names_width_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.setTabOrder(self.replan_button, self.zoom_out_button)
        self.setTabOrder(self.fit_button, self.scale)
        self.setTabOrder(self.scale, self.add_button)
        self.setTabOrder(self.add_button, self.bring_back_button)
        self.setTabOrder(self.bring_back_button, self.gantt)
        self.setTabOrder(self.gantt, self.table)
        self.setTabOrder(self.table, self.details)

    def _make_toolbar(self) -> WrappingRow:
        heading = QLabel(self.tr("Timeline"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        K = QKeySequence
        zoom_in = self._page_action(
            self.tr("Zoom in"), "+", [K("Ctrl+="), K("Ctrl++")], self.gantt.zoom_in
        )
        zoom_out = self._page_action(self.tr("Zoom out"), "−", [K("Ctrl+-")], self.gantt.zoom_out)
        fit = self._page_action(
            self.tr("Fit the plan"), self.tr("Fit"), [K("Ctrl+0")], self.gantt.fit_to_view
        )
        self.zoom_in_button, self.zoom_out_button, self.fit_button = (
            self._tool_button(a) for a in (zoom_in, zoom_out, fit)
        )
        self.scale = QComboBox()
        self.scale.setAccessibleName(self.tr("Timeline scale"))
        for label, key in SCALES:
            self.scale.addItem(self.tr(label), key)
        self.scale.activated.connect(lambda i: self.gantt.set_scale(self.scale.itemData(i)))
        scale_label = QLabel(self.tr("Zoo&m:"))
        scale_label.setBuddy(self.scale)
        self.add_button = QPushButton(self.tr("Add from &catalog…"))
        self.add_button.setAccessibleName(self.tr("Add a step from the catalog"))
        self.add_button.setToolTip(
            self.tr("Pin a certification or activity the planner did not choose")
        )
        self.add_button.clicked.connect(self.plan_actions.add_step)
        self.bring_back_button = QPushButton(self.tr("&Bring back…"))
        self.bring_back_button.setAccessibleName(self.tr("Bring back a step left out or skipped"))
        self.bring_back_button.clicked.connect(self.plan_actions.bring_back)
        # Two lines on a narrow window rather than a page wider than the screen.
        row = WrappingRow(spacing=4)
        zoom = row.add_group(1)
        zoom.setSpacing(4)
        zoom.addWidget(heading)
        zoom.addSpacing(12)
        zoom.addWidget(scale_label)
        zoom.addWidget(self.zoom_out_button)
        zoom.addWidget(self.zoom_in_button)
        zoom.addWidget(self.fit_button)
        zoom.addWidget(self.scale)
        zoom.addStretch(1)
        steps = row.add_group()
        steps.setSpacing(4)
        steps.addWidget(self.add_button)
        steps.addWidget(self.bring_back_button)
        self.toolbar = row
        return row

    def _page_action(self, text: str, icon_text: str, keys, slot) -> QAction:
        action = QAction(text, self)
        action.setIconText(icon_text)
        action.setShortcuts(keys)
        # Only while focus is on this page, so other pages may use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _on_gantt_names_width_changed(self, width: int) -> None:
        if self.session.ready:  # remembered with the database, like the other settings
            self.session.workspace.coach.set_setting(NAMES_WIDTH_SETTING, str(width))

    def _restore_names_width(self) -> None:
        value = self.session.workspace.coach.setting(NAMES_WIDTH_SETTING, "")
        self.gantt.set_names_width(int(value) if str(value).isdigit() else None)

    def field_widgets(self) -> list[QWidget]:
        panel = self.progress_panel
        return [panel.when, panel.note, self.scale]

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        person_id = self.session.person_id
        if person_id is None:
            self._shown_person = None
            self._rows, self._current = [], None
            self.profile = self.roadmap = self.saved_plan = None
            self.model.set_rows([])
            self.gantt.clear()
            self.details.show_step(None)
            self.stack.setCurrentWidget(self.empty)
            return
        if self._shown_person is None:
            self._restore_names_width()
        saved = self.session.workspace.planning.current(person_id)
        roadmap = roadmap_of(saved)
        progress = self.session.progress()
        self.profile = self.session.profile()
        same_person = person_id == self._shown_person
        self._shown_person = person_id
        self.roadmap, self.saved_plan = roadmap, saved
        self._rows = [
            PlanRow(s, progress[s.id].status if s.id in progress else s.status, progress.get(s.id))
            for s in roadmap.steps
        ]
        keep = self._current if same_person else None
        index = self.model.row_of(keep)
        self.model.set_rows(self._rows)
        statuses = {r.step.id: r.status for r in self._rows}
        self.gantt.set_plan(
            roadmap.steps, statuses, roadmap.start, self.session.today(), keep_view=same_person
        )
        self._on_gantt_zoom_changed(self.gantt.pixels_per_day)
        self.summary.show_roadmap(roadmap)
        self._update_banner()
        self.stack.setCurrentWidget(self.content)
        if keep is None or self.model.row_of(keep) < 0:
            keep = self._default_step(index)
        self._current = None
        self.select_step(keep, "reload")

    def _default_step(self, near: int) -> str | None:
        """After a reload without the old choice: the row where it was, else the next to do."""
        if not self._rows:
            return None
        if near >= 0:
            return self._rows[min(near, len(self._rows) - 1)].step.id
        pending = [r for r in self._rows if r.status in ("todo", "in_progress")]
        return (pending or self._rows)[0].step.id

    def _update_banner(self) -> None:
        person_id = self.session.person_id
        if person_id is None or self.saved_plan is None or self.roadmap is None:
            self.banner.hide()
            return
        reasons = self.session.workspace.planning.out_of_date(person_id, self.saved_plan)
        self.banner.set_message(staleness.message(reasons))
        self.banner.setVisible(bool(reasons))

    # -- selection -----------------------------------------------------------------------
    def current_step(self) -> str | None:
        return self._current

    def current_row(self) -> PlanRow | None:
        index = self.model.row_of(self._current)
        return self._rows[index] if index >= 0 else None

    def select_step(self, step_id: str | None, origin: str = "page") -> None:
        """Choose a step in the timeline, the list and the details, whichever asked."""
        if self._syncing or (step_id == self._current and origin != "reload"):
            return
        self._syncing = True
        try:
            if step_id != self._current:
                self.progress_panel.show_notice("")
            self._current = step_id
            if origin != "gantt":
                self.gantt.select_step(step_id)
            if origin != "table":
                row = self.model.row_of(step_id)
                selection = self.table.selectionModel()
                if row < 0:
                    selection.clearSelection()
                else:
                    index = self.model.index(row, StepsModel.TITLE)
                    flags = (
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows
                    )
                    selection.setCurrentIndex(index, flags)
                    self.table.scrollTo(index)
            self._show_current()
        finally:
            self._syncing = False

    def _show_current(self) -> None:
        row = self.current_row()
        today = self.session.today()
        if row is None:
            self.details.show_step(None)
            self.progress_panel.set_step(None, "todo", "", False, today)
            return
        catalog, titles = self.session.catalog, {r.step.id: r.step.title for r in self._rows}

        def competency_name(comp_id: str) -> str:
            found = catalog.competency_by_id.get(comp_id)
            return found.name if found else comp_id

        self.details.show_step(
            row.step,
            row.status,
            row.progress,
            competency_name,
            lambda step_id: titles.get(step_id) or self.plan_actions.title_of(step_id),
        )
        note = row.progress.note if row.progress else ""
        pinned = self.profile is not None and row.step.id in self.profile.include
        self.progress_panel.set_step(row.step.id, row.status, note, pinned, today)

    # -- reacting ------------------------------------------------------------------------
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_step(self._rows[current.row()].step.id, "table")

    def _on_gantt_zoom_changed(self, _ppd: float) -> None:
        self.scale.setCurrentIndex(self.scale.findData(self.gantt.scale))

    def _on_session_plan_changed(self) -> None:
        try:
            self.reload()
        except Exception as exc:
            show_error(self, self.tr("The roadmap could not be shown"), exc)

    def _on_session_profile_changed(self) -> None:
        if self.session.person_id is None or self.session.person_id != self._shown_person:
            return
        try:
            self.profile = self.session.profile()
            self._update_banner()
            self._show_current()
        except Exception as exc:
            show_error(self, self.tr("The roadmap could not be updated"), exc)
