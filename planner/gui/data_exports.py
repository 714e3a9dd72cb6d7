"""File menu: the plan as a calendar or an editable hand-out, progress as CSV, person bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.gui.errors import show_error
from planner.gui.plural import resolved

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

    translate = QCoreApplication.translate
    note = translate(
        "DataExports",
        "From %1. An import cannot be undone; the automatic backups keep the data as it was.",
    ).replace("%1", source.name)
    answer = QMessageBox.question(
        parent,
        translate("DataExports", "Import person bundle"),
        f"{preview}\n\n{note}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_calendar_options(parent: QWidget, target: Path) -> tuple[bool | None, bool]:
    """(keep the file current?, reminders on study blocks?); keep is None when cancelled."""
    from PySide6.QtWidgets import QCheckBox, QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setWindowTitle(translate("DataExports", "Export calendar"))
    box.setText(translate("DataExports", "Keep %1 current?").replace("%1", target.name))
    box.setInformativeText(
        translate(
            "DataExports",
            "Kept current, the file is written again after every re-plan, so a calendar app "
            "subscribed to it always shows the current plan. Exams and booking dates remind you "
            "a week ahead, exams also the day before.",
        )
    )
    alarms = QCheckBox(translate("DataExports", "Remind me 15 minutes before each study block"))
    alarms.setChecked(True)
    box.setCheckBox(alarms)
    keep = box.addButton(
        translate("DataExports", "Keep current"), QMessageBox.ButtonRole.AcceptRole
    )
    once = box.addButton(translate("DataExports", "Write once"), QMessageBox.ButtonRole.ActionRole)
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
            "export_calendar_(.ics)",
            self.tr("Export &calendar (.ics)…"),
            self.export_calendar,
            self.tr("Write milestones, exam dates and weekly study blocks for a calendar app"),
        )
        self.csv_action = self._action(
            "export_progress_(csv)",
            self.tr("Export pro&gress (CSV)…"),
            self.export_csv,
            self.tr("Write the plan's steps and their progress as a spreadsheet file"),
        )
        self.handout_action = self._action(
            "export_hand-out_to_edit_(word_or_markdown)",
            self.tr("Export &hand-out to edit (Word or Markdown)…"),
            self.export_handout,
            self.tr(
                "Write the plan with the printed plan's sections as a Word or Markdown file to "
                "adapt"
            ),
        )
        self.resume_action = self._action(
            "export_as_json_resume",
            self.tr("Export as &JSON Resume…"),
            self.export_resume,
            self.tr(
                "Write this person's CV data (role, skills, certificates, projects) as a JSON "
                "Resume"
            ),
        )
        self.bundle_export_action = self._action(
            "export_person_bundle",
            self.tr("Export person &bundle…"),
            self.export_bundle,
            self.tr(
                "Write everything about this person to one file, to move them to another computer"
            ),
        )
        self.cohort_action = self._action(
            "export_cohort",
            self.tr("Export c&ohort…"),
            self.export_cohort,
            self.tr(
                "Write a PDF plan or a calendar for everyone with a tag, and a ZIP of them all"
            ),
        )
        self.bundle_import_action = self._action(
            "import_person_bundle",
            self.tr("I&mport person bundle…"),
            self.import_bundle,
            self.tr(
                "Add a person from a bundle file, or merge it into the same person without "
                "duplicates"
            ),
        )
        self.person_actions = [
            self.handout_action,
            self.calendar_action,
            self.csv_action,
            self.resume_action,
            self.bundle_export_action,
        ]

    def _action(self, name: str, text: str, slot: Callable[[], None], tip: str) -> QAction:
        """name: the object name, the same in every language (tests and scripts find it)."""
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setWhatsThis(tip)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # -- helpers ---------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _suggested(self, what: str, suffix: str) -> Path:
        """A file in the home folder named after the person and what it holds (translated)."""
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
                self.tr("Export calendar"),
                self._suggested(self.tr("career plan"), ".ics"),
                self.tr("iCalendar files (*.ics)"),
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
            show_error(self.window, self.tr("The calendar could not be exported"), exc)
            return
        milestones = resolved(self.tr("%n milestone(s)", "", result.milestones), result.milestones)
        blocks = resolved(
            self.tr("%n weekly study block(s)", "", result.study_blocks), result.study_blocks
        )
        if keep:
            text = self.tr("Calendar written to %1: %2 and %3; kept current after every re-plan")
        else:
            text = self.tr("Calendar written to %1: %2 and %3")
        self._status(
            text.replace("%1", str(result.path)).replace("%2", milestones).replace("%3", blocks)
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
            if markdown:
                text = self.tr("Hand-out written to %1 (Markdown); edit it before you share it")
            else:
                text = self.tr("Hand-out written to %1 (Word); edit it before you share it")
            return text.replace("%1", str(target))

        self._export(
            self.tr("Export hand-out to edit"),
            self._suggested(self.tr("career plan"), ".docx"),
            self.tr("Word documents (*.docx);;Markdown (*.md)"),
            write,
            failure=self.tr("The hand-out could not be exported"),
            keep_suffixes=(".docx", ".md"),
        )

    def export_resume(self) -> None:
        def write(target: Path) -> str:
            from planner.services.exports import export_resume

            session = self.session
            export_resume(session.workspace, session.person_id, target, session.catalog)
            return self.tr("JSON Resume written to %1").replace("%1", str(target))

        self._export(
            self.tr("Export as JSON Resume"),
            self._suggested(self.tr("resume"), ".json"),
            self.tr("JSON Resume files (*.json)"),
            write,
            failure=self.tr("The JSON Resume could not be exported"),
        )

    def export_csv(self) -> None:
        def write(target: Path) -> str:
            from planner.services.exports import export_progress

            session = self.session
            result = export_progress(session.workspace, session.person_id, target, session.catalog)
            steps = resolved(self.tr("%n step(s)", "", result.rows), result.rows)
            return (
                self.tr("Progress written to %1 (%2)")
                .replace("%1", str(result.path))
                .replace("%2", steps)
            )

        self._export(
            self.tr("Export progress"),
            self._suggested(self.tr("progress"), ".csv"),
            self.tr("CSV spreadsheets (*.csv)"),
            write,
            failure=self.tr("The progress could not be exported"),
        )

    def export_bundle(self) -> None:
        if not self._ready():
            return
        from planner.services.exports import export_bundle

        try:
            target = ask_save_path(
                self.window,
                self.tr("Export person bundle"),
                self._suggested(self.tr("bundle"), ".json"),
                self.tr("Person bundles (*.json)"),
            )
            if target is None:
                return
            _, bundle = export_bundle(
                self.session.workspace, self.session.person_id, target, self.session.catalog.version
            )
        except Exception as exc:
            show_error(self.window, self.tr("The person bundle could not be exported"), exc)
            return
        plans = resolved(self.tr("%n plan(s)", "", len(bundle.plans)), len(bundle.plans))
        notes = resolved(self.tr("%n note(s)", "", len(bundle.notes)), len(bundle.notes))
        self._status(
            self.tr("%1 written to %2 (%3, %4)")
            .replace("%1", bundle.profile.name)
            .replace("%2", str(target))
            .replace("%3", plans)
            .replace("%4", notes)
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
                self.window,
                self.tr("Import person bundle"),
                self.tr("Person bundles (*.json);;All files (*)"),
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
                self._status(self.tr("Import cancelled; nothing was changed"))
                return
            result = import_bundle(workspace, bundle)
        except Exception as exc:
            show_error(self.window, self.tr("The person bundle could not be imported"), exc)
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
