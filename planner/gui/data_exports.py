"""File menu: the plan as a calendar or an editable hand-out, progress as CSV, person bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.gui.errors import show_error
from planner.gui.plural import count

STATUS_MS = 10000


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, filters: str, keep_suffixes: tuple[str, ...] = ()
) -> Path | None:
    """The file the person chose to write (None when cancelled); patched in tests."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    kept = {suggested.suffix.lower(), *keep_suffixes}
    return path if path.suffix.lower() in kept else Path(f"{name}{suggested.suffix}")


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def confirm_import(parent: QWidget, source: Path, preview: str) -> bool:
    """Ask before a bundle changes the database (the import cannot be undone)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        "Import person bundle",
        f"{preview}\n\nFrom {source.name}. An import cannot be undone; the automatic backups "
        "keep the data as it was.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_calendar_options(parent: QWidget, target: Path) -> tuple[bool | None, bool]:
    """(keep the file current?, reminders on study blocks?); keep is None when cancelled."""
    from PySide6.QtWidgets import QCheckBox, QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle("Export calendar")
    box.setText(f"Keep {target.name} current?")
    box.setInformativeText(
        "Kept current, the file is written again after every re-plan, so a calendar app "
        "subscribed to it always shows the current plan. Exams and booking dates remind you a "
        "week ahead, exams also the day before."
    )
    alarms = QCheckBox("Remind me 15 minutes before each study block")
    alarms.setChecked(True)
    box.setCheckBox(alarms)
    keep = box.addButton("Keep current", QMessageBox.ButtonRole.AcceptRole)
    once = box.addButton("Write once", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(once)
    box.exec()
    clicked = box.clickedButton()
    if clicked not in (keep, once):
        return None, alarms.isChecked()
    return clicked is keep, alarms.isChecked()


def safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
    return cleaned or "person"


class DataExports(QObject):
    """Owns the calendar, CSV and bundle actions of the main window's File menu."""

    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.calendar_action = self._action(
            "Export &calendar (.ics)…",
            self.export_calendar,
            "Write milestones, exam dates and weekly study blocks for a calendar app",
        )
        self.csv_action = self._action(
            "Export pro&gress (CSV)…",
            self.export_csv,
            "Write the plan's steps and their progress as a spreadsheet file",
        )
        self.handout_action = self._action(
            "Export &hand-out to edit (Word or Markdown)…",
            self.export_handout,
            "Write the plan with the printed plan's sections as a Word or Markdown file to adapt",
        )
        self.resume_action = self._action(
            "Export as &JSON Resume…",
            self.export_resume,
            "Write this person's CV data (role, skills, certificates, projects) as a JSON Resume",
        )
        self.bundle_export_action = self._action(
            "Export person &bundle…",
            self.export_bundle,
            "Write everything about this person to one file, to move them to another computer",
        )
        self.cohort_action = self._action(
            "Export c&ohort…",
            self.export_cohort,
            "Write a PDF plan or a calendar for everyone with a tag, and a ZIP of them all",
        )
        self.bundle_import_action = self._action(
            "I&mport person bundle…",
            self.import_bundle,
            "Add a person from a bundle file, or merge it into the same person without duplicates",
        )
        self.person_actions = [
            self.handout_action,
            self.calendar_action,
            self.csv_action,
            self.resume_action,
            self.bundle_export_action,
        ]

    def _action(self, text: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setWhatsThis(tip)
        action.setObjectName(text.replace("&", "").rstrip("…").replace(" ", "_").lower())
        action.triggered.connect(slot)
        return action

    # -- helpers ---------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _suggested(self, what: str, suffix: str) -> Path:
        return Path.home() / f"{safe_file_name(self.session.profile().name)} - {what}{suffix}"

    def _ready(self) -> bool:
        return self.session.ready and self.session.person_id is not None

    # -- exports ---------------------------------------------------------------------------
    def export_calendar(self) -> None:
        if not self._ready():
            return
        from planner.services.exports import export_calendar

        session = self.session
        try:
            target = ask_save_path(
                self.window,
                "Export calendar",
                self._suggested("career plan", ".ics"),
                "iCalendar files (*.ics)",
            )
            if target is None:
                return
            keep, alarms = ask_calendar_options(self.window, target)
            if keep is None:
                return
            result = export_calendar(
                session.workspace, session.person_id, target, alarms=alarms, keep=keep
            )
        except Exception as exc:
            show_error(self.window, "The calendar could not be exported", exc)
            return
        kept = "; kept current after every re-plan" if keep else ""
        self._status(
            f"Calendar written to {result.path}: {count(result.milestones, 'milestone')} and "
            f"{count(result.study_blocks, 'weekly study block')}{kept}"
        )

    def _export(
        self,
        title: str,
        suggested: Path,
        filters: str,
        write: Callable[[Path], str],
        *,
        failure: str,
        keep_suffixes: tuple[str, ...] = (),
    ) -> None:
        """Ask where, write there (write returns the status line), or show what went wrong."""
        if not self._ready():
            return
        try:
            target = ask_save_path(self.window, title, suggested, filters, keep_suffixes)
            if target is None:
                return
            done = write(target)
        except Exception as exc:
            show_error(self.window, failure, exc)
            return
        self._status(done)

    def export_handout(self) -> None:
        def write(target: Path) -> str:
            from planner.services.exports import write_handout

            markdown = target.suffix.lower() == ".md"
            write_handout(self.window.output.document(), target, "md" if markdown else "docx")
            kind = "Markdown" if markdown else "Word"
            return f"Hand-out written to {target} ({kind}); edit it before you share it"

        self._export(
            "Export hand-out to edit",
            self._suggested("career plan", ".docx"),
            "Word documents (*.docx);;Markdown (*.md)",
            write,
            failure="The hand-out could not be exported",
            keep_suffixes=(".docx", ".md"),
        )

    def export_resume(self) -> None:
        def write(target: Path) -> str:
            from planner.services.exports import export_resume

            session = self.session
            export_resume(session.workspace, session.person_id, target, session.catalog)
            return f"JSON Resume written to {target}"

        self._export(
            "Export as JSON Resume",
            self._suggested("resume", ".json"),
            "JSON Resume files (*.json)",
            write,
            failure="The JSON Resume could not be exported",
        )

    def export_csv(self) -> None:
        def write(target: Path) -> str:
            from planner.services.exports import export_progress

            session = self.session
            result = export_progress(session.workspace, session.person_id, target, session.catalog)
            return f"Progress written to {result.path} ({count(result.rows, 'step')})"

        self._export(
            "Export progress",
            self._suggested("progress", ".csv"),
            "CSV spreadsheets (*.csv)",
            write,
            failure="The progress could not be exported",
        )

    def export_bundle(self) -> None:
        if not self._ready():
            return
        from planner.services.exports import export_bundle

        try:
            target = ask_save_path(
                self.window,
                "Export person bundle",
                self._suggested("bundle", ".json"),
                "Person bundles (*.json)",
            )
            if target is None:
                return
            _, bundle = export_bundle(
                self.session.workspace, self.session.person_id, target, self.session.catalog.version
            )
        except Exception as exc:
            show_error(self.window, "The person bundle could not be exported", exc)
            return
        self._status(
            f"{bundle.profile.name} written to {target} ({count(len(bundle.plans), 'plan')}, "
            f"{count(len(bundle.notes), 'note')})"
        )

    def export_cohort(self) -> None:
        from planner.gui.cohort_dialog import export_cohort

        export_cohort(self.window, self.session)

    # -- import ----------------------------------------------------------------------------
    def import_bundle(self) -> None:
        if not self.session.ready:
            return
        from planner.services.bundles import import_bundle
        from planner.services.exports import read_bundle

        workspace = self.session.workspace
        try:
            source = ask_open_path(
                self.window, "Import person bundle", "Person bundles (*.json);;All files (*)"
            )
            if source is None:
                return
            bundle = read_bundle(source)
            preview = import_bundle(workspace, bundle, dry_run=True)
            if not preview.changed:
                self._status(preview.describe())
                self.session.select(preview.person_id)
                return
            if not confirm_import(self.window, source, preview.preview()):
                self._status("Import cancelled; nothing was changed")
                return
            result = import_bundle(workspace, bundle)
        except Exception as exc:
            show_error(self.window, "The person bundle could not be imported", exc)
            return
        self._after_import(result)

    def _after_import(self, result) -> None:
        session = self.session
        if not result.created:
            # Undo entries hold the person as they were before the merge: replaying one
            # would quietly drop what the bundle added.
            session.undo_stack.clear()
        session.people_changed.emit()
        if session.person_id == result.person_id:
            session.profile_changed.emit()
            session.plan_changed.emit()
            session.notes_changed.emit()
        else:
            session.select(result.person_id)
        self._status(result.describe())
