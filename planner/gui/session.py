"""The person on screen: loads their data, saves every edit at once, and announces changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the model and storage stack load after the window is on screen
    from planner.domain.catalog_model import Catalog
    from planner.domain.profile import Profile
    from planner.domain.progress import StepProgress
    from planner.domain.roadmap import Roadmap
    from planner.services.workspace import Workspace


class PersonSession(QObject):
    """Owned by the main window and handed to every page (no global state).

    Every change is written to the database immediately (autosave) through an undoable
    command; signals tell the pages what to reload.
    """

    person_changed = Signal(object)  # int | None
    profile_changed = Signal()
    plan_changed = Signal()
    notes_changed = Signal()
    people_changed = Signal()  # the list of people (names, tags, count) changed

    def __init__(
        self,
        workspace: Workspace | None,
        catalog: Catalog | None,
        undo_stack: QUndoStack,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # None until attach(): the window paints first, then the database opens.
        self.workspace: Workspace | None = workspace
        self.catalog: Catalog | None = catalog
        self.undo_stack = undo_stack
        self.today = today
        self.person_id: int | None = None

    # -- which person ----------------------------------------------------------------------
    def select(self, person_id: int | None) -> None:
        if person_id == self.person_id:
            return
        self.person_id = person_id
        self.person_changed.emit(person_id)

    @property
    def ready(self) -> bool:
        return self.workspace is not None and self.catalog is not None

    def attach(self, workspace: Workspace, catalog: Catalog) -> None:
        """Give the session its database and catalog (at start-up, once the window shows)."""
        self.catalog = catalog
        self.replace_workspace(workspace)

    def replace_workspace(self, workspace: Workspace) -> None:
        """After opening another database or restoring a backup."""
        self.workspace = workspace
        self.undo_stack.clear()
        self.person_id = None
        self.people_changed.emit()
        self.person_changed.emit(None)

    # -- reading ---------------------------------------------------------------------------
    def profile(self) -> Profile:
        assert self.person_id is not None
        return self.workspace.people.get(self.person_id)

    def tags(self) -> list[str]:
        assert self.person_id is not None
        return self.workspace.people.tags(self.person_id)

    def roadmap(self) -> Roadmap:
        """The current saved plan (the first one is made on demand)."""
        assert self.person_id is not None
        return self.workspace.planning.current_roadmap(self.person_id)

    def progress(self) -> dict[str, StepProgress]:
        assert self.person_id is not None
        return self.workspace.planning.progress(self.person_id)

    # -- writing (undoable; each one is saved at once) -------------------------------------
    def push_edit(self, text: str, write, before, after, *signals, saved: bool = False) -> None:
        """An undoable edit of the current person: saved now, undo and redo bring them back on
        screen and emit signals (the ones the edit changes)."""
        from planner.gui.undo import push_saved

        person_id = self.person_id

        def announce() -> None:
            self.select(person_id)
            for signal in signals:
                signal.emit()

        push_saved(self.undo_stack, text, write, before, after, announce=announce, saved=saved)

    def save_profile(self, profile: Profile, text: str | None = None) -> None:
        """Save the profile as one undoable edit named text (default: 'Edit profile')."""
        assert self.person_id is not None
        person_id, old = self.person_id, self.profile()
        if old == profile:
            return
        self.push_edit(
            text or self.tr("Edit profile"),
            lambda p: self.workspace.people.update(person_id, p),
            old,
            profile,
            self.profile_changed,
            self.people_changed,
        )

    def set_tags(self, tags: list[str]) -> None:
        assert self.person_id is not None
        person_id, old = self.person_id, self.tags()
        if sorted(old) == sorted(tags):
            return
        self.push_edit(
            self.tr("Edit tags"),
            lambda t: self.workspace.people.set_tags(person_id, t),
            old,
            tags,
            self.profile_changed,
            self.people_changed,
        )

    def record_progress(
        self, step_id: str, status: str, on: date | None = None, note: str = ""
    ) -> None:
        """Validate and save progress on a step; undo restores what was there before."""
        from planner.domain.progress import StepProgress
        from planner.gui.widgets.step_style import status_label

        assert self.person_id is not None
        person_id = self.person_id
        before = self.progress().get(step_id) or StepProgress(step_id, "todo")
        after = self.workspace.planning.record(person_id, step_id, status, on, note)
        self.push_edit(
            self.tr("Mark %1 as “%2”").replace("%1", step_id).replace("%2", status_label(status)),
            lambda p: self.workspace.planning.set_progress(person_id, p),
            before,
            after,
            self.plan_changed,
            saved=True,  # record() validated and saved it
        )

    def choose_variant(self, service, outcome) -> None:
        """Keep a what-if variant: its profile changes and its plan, together; undoable."""
        assert self.person_id is not None
        person_id, label = self.person_id, outcome.variant.label
        before = (self.profile(), self.roadmap(), f"what-if undone: {label}")
        after = (outcome.variant.apply(self.profile()), outcome.roadmap, f"what-if: {label}")

        def write(value) -> None:
            profile, roadmap, reason = value
            service.set_profile_and_plan(person_id, profile, roadmap, reason)

        self.push_edit(
            self.tr("Use what-if: %1").replace("%1", label),
            write,
            before,
            after,
            self.profile_changed,
            self.people_changed,
            self.plan_changed,
        )

    def replan(self, start: date | None = None) -> None:
        """Re-plan from today (not undoable: the earlier plan stays in the history)."""
        assert self.person_id is not None
        self.workspace.planning.replan(self.person_id, start)
        self.plan_changed.emit()

    def add_person(self, profile: Profile, tags: list[str] | tuple[str, ...] = ()) -> int:
        person_id = self.workspace.people.add(profile, tags)
        self.people_changed.emit()
        return person_id

    def erase_person(self, person_id: int) -> int:
        """Erase for good (not undoable, by design: the data must really be gone)."""
        purged = self.workspace.people.erase(person_id)
        self.undo_stack.clear()
        if self.person_id == person_id:
            self.person_id = None
            self.person_changed.emit(None)
        self.people_changed.emit()
        return purged
