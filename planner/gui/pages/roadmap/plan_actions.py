"""What the Roadmap page's buttons do: record progress, leave out, pin, add, bring back, re-plan."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from planner.gui.errors import show_error
from planner.gui.pages.roadmap.plan_edits import (
    change_profile_and_replan,
    reset_progress_and_replan,
    still_planned_without,
)
from planner.gui.widgets.step_style import status_label
from planner.i18n.format import day
from planner.services import plan_edits

if TYPE_CHECKING:
    from planner.domain.roadmap import Roadmap
    from planner.gui.pages.roadmap.progress_panel import ProgressPanel
    from planner.gui.pages.roadmap.steps_model import PlanRow, StepsModel
    from planner.gui.session import PersonSession


class PlanView(Protocol):
    """What the actions need of the page that shows the plan (the Roadmap page)."""

    session: PersonSession
    roadmap: Roadmap | None
    model: StepsModel
    progress_panel: ProgressPanel

    def current_row(self) -> PlanRow | None: ...

    def reload(self) -> None: ...

    def select_step(self, step_id: str | None, origin: str = ...) -> None: ...


class PlanActions:
    """Every action reports failure in a dialog (show_error) and success in the page's notice."""

    def __init__(self, page: PlanView) -> None:
        self.page = page

    @property
    def session(self):
        return self.page.session

    def _notice(self, text: str) -> None:
        self.page.progress_panel.show_notice(text)

    def title_of(self, step_id: str) -> str:
        """A step's title from the plan, else the catalog (for steps no longer planned)."""
        for row in self.page.model.rows():
            if row.step.id == step_id:
                return row.step.title
        catalog = self.session.workspace.planning.catalog()
        for lookup, attr in (
            (catalog.cert_by_id, "name"),
            (catalog.activity_by_id, "title"),
            (catalog.membership_by_id, "name"),
        ):
            if step_id in lookup:
                return getattr(lookup[step_id], attr)
        return step_id

    # -- progress ------------------------------------------------------------------------
    def mark(self, status: str, on: date, note: str) -> None:
        row = self.page.current_row()
        if row is None:
            return
        try:
            self.session.record_progress(row.step.id, status, on, note)
        except Exception as exc:
            show_error(
                self.page,
                QCoreApplication.translate("PlanActions", "The progress could not be saved"),
                exc,
            )
            return
        label = status_label(status).lower()
        if status == "todo":
            text = QCoreApplication.translate("PlanActions", "Marked “%1” as %2. Ctrl+Z undoes it.")
        else:
            text = QCoreApplication.translate(
                "PlanActions", "Marked “%1” as %2 on %3. Ctrl+Z undoes it."
            ).replace("%3", day(on))
        self._notice(text.replace("%2", label).replace("%1", row.step.title))

    # -- what is in the plan -------------------------------------------------------------
    def leave_out(self) -> None:
        row = self.page.current_row()
        if row is None:
            return
        title = row.step.title
        try:
            if still_planned_without(self.session, row.step.id):
                self._notice(
                    QCoreApplication.translate(
                        "PlanActions",
                        "“%1” stays: the plan cannot reach its goal without it (see Why). "
                        "Nothing was changed.",
                    ).replace("%1", title)
                )
                return
            profile = plan_edits.leave_out(self.session.profile(), row.step.id)
            change_profile_and_replan(
                self.session,
                profile,
                QCoreApplication.translate("PlanActions", "Leave out %1").replace("%1", title),
            )
        except Exception as exc:
            show_error(
                self.page,
                QCoreApplication.translate("PlanActions", "The step could not be left out"),
                exc,
            )
            return
        self._notice(
            QCoreApplication.translate(
                "PlanActions", "Left out “%1” and re-planned from today. Ctrl+Z brings it back."
            ).replace("%1", title)
        )

    def toggle_pin(self, pinned: bool) -> None:
        row = self.page.current_row()
        if row is None:
            return
        self._pin(row.step.id, pinned)

    def _pin(self, step_id: str, pinned: bool) -> bool:
        title = self.title_of(step_id)
        profile = self.session.profile()
        changed = plan_edits.pin(profile, step_id) if pinned else plan_edits.unpin(profile, step_id)
        if pinned:
            undo_text = QCoreApplication.translate("PlanActions", "Pin %1")
            failed = QCoreApplication.translate("PlanActions", "The step could not be pinned")
            done = QCoreApplication.translate(
                "PlanActions", "Pinned “%1” and re-planned from today. Ctrl+Z undoes it."
            )
        else:
            undo_text = QCoreApplication.translate("PlanActions", "Unpin %1")
            failed = QCoreApplication.translate("PlanActions", "The step could not be unpinned")
            done = QCoreApplication.translate(
                "PlanActions", "Unpinned “%1” and re-planned from today. Ctrl+Z undoes it."
            )
        try:
            change_profile_and_replan(self.session, changed, undo_text.replace("%1", title))
        except Exception as exc:
            show_error(self.page, failed, exc)
            self.page.reload()  # put the pin button back as it was
            return False
        if pinned and step_id not in self.page.model.rows_ids():
            self._notice(
                QCoreApplication.translate(
                    "PlanActions",
                    "Pinned “%1”, but the planner could not place it (see the notes).",
                ).replace("%1", title)
            )
            return False
        self._notice(done.replace("%1", title))
        return True

    def add_step(self) -> None:
        if self.session.person_id is None:
            return
        # The dialogs' modules, with the Qt classes they name, only when a dialog is opened:
        # not at the first visit to the Roadmap page.
        from planner.gui.pages.roadmap.catalog_items import catalog_items
        from planner.gui.pages.roadmap.catalog_picker import CatalogPicker

        catalog = self.session.workspace.planning.catalog()
        planned = set(self.page.model.rows_ids())
        held = {
            cert.id
            for c in self.session.profile().credentials
            if (cert := catalog.find_certification(c.name)) is not None
        }
        gaps = self.page.roadmap.gaps if self.page.roadmap is not None else ()
        step_id = CatalogPicker.choose(self.page, catalog_items(catalog, gaps, planned | held))
        if step_id and self._pin(step_id, True):
            self.page.select_step(step_id)

    def bring_back(self) -> None:
        if self.session.person_id is None:
            return
        from planner.gui.pages.roadmap.chooser import StepChooser  # see add_step

        profile, planned = self.session.profile(), set(self.page.model.rows_ids())
        skipped = [
            k
            for k, p in self.session.progress().items()
            if p.status == "skipped" and k not in planned
        ]
        left_out = QCoreApplication.translate("PlanActions", "Left out · %1")
        skipped_text = QCoreApplication.translate("PlanActions", "Skipped · %1")
        options = [(i, left_out.replace("%1", self.title_of(i))) for i in profile.exclude]
        options += [
            (i, skipped_text.replace("%1", self.title_of(i)))
            for i in skipped
            if i not in profile.exclude
        ]
        if not options:
            self._notice(
                QCoreApplication.translate(
                    "PlanActions", "Nothing was left out or skipped: every step is in the plan."
                )
            )
            return
        step_id = StepChooser.choose(
            self.page,
            QCoreApplication.translate("PlanActions", "Bring a step back"),
            QCoreApplication.translate(
                "PlanActions",
                "Choose a step you left out or skipped; the plan is made again from today with it.",
            ),
            options,
            QCoreApplication.translate("PlanActions", "Bring back"),
        )
        if not step_id:
            return
        title = self.title_of(step_id)
        bring_back_text = QCoreApplication.translate("PlanActions", "Bring back %1").replace(
            "%1", title
        )
        unskip_text = QCoreApplication.translate("PlanActions", "Unskip %1").replace("%1", title)
        edits = []
        if step_id in profile.exclude:
            changed = plan_edits.bring_back(profile, step_id)
            edits.append(lambda: change_profile_and_replan(self.session, changed, bring_back_text))
        if step_id in skipped:
            edits.append(lambda: reset_progress_and_replan(self.session, step_id, unskip_text))
        stack = self.session.undo_stack
        if len(edits) > 1:
            stack.beginMacro(bring_back_text)  # one Ctrl+Z undoes both
        try:
            for edit in edits:
                edit()
        except Exception as exc:
            show_error(
                self.page,
                QCoreApplication.translate("PlanActions", "The step could not be brought back"),
                exc,
            )
            return
        finally:
            if len(edits) > 1:
                stack.endMacro()
        self.page.select_step(step_id)
        self._notice(
            QCoreApplication.translate(
                "PlanActions",
                "Brought back “%1” and re-planned from today. Ctrl+Z undoes it.",
            ).replace("%1", title)
        )

    def replan(self) -> None:
        if self.session.person_id is None:
            return
        try:
            self.session.replan()
        except Exception as exc:
            show_error(
                self.page,
                QCoreApplication.translate("PlanActions", "The plan could not be updated"),
                exc,
            )
            return
        self._notice(
            QCoreApplication.translate(
                "PlanActions", "Re-planned from today; the earlier plan is kept in the history."
            )
        )
