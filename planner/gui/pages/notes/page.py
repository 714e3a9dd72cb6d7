"""The Notes tab: dated session notes (coach) or notes (own plan), searchable, saved as you go."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.mode import Mode
from planner.gui import formats
from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.pages.notes.editor import NoteEditorPane
from planner.gui.pages.notes.edits import NoteRef, NotesEditor, NoteValues
from planner.gui.pages.notes.list_model import NoteDelegate, NotesModel
from planner.gui.plural import resolved
from planner.gui.session import PersonSession

log = logging.getLogger("planner.gui")


class _SearchBox(QLineEdit):
    """Down arrow moves into the results, as in the people list."""

    def __init__(self, results: QListView) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._results.model().rowCount():
            self._results.setFocus()
            if not self._results.currentIndex().isValid():
                self._results.setCurrentIndex(self._results.model().index(0, 0))
            return
        super().keyPressEvent(event)


class NotesPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "&Notes")

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.notes = NotesEditor(session)
        self._person: int | None = None  # whose note the editor holds
        self._ref: NoteRef | None = None  # None: a new note, not saved yet
        self._saved: NoteValues | None = None  # what the database holds for the editor's note
        self._busy = False  # saving or loading: ignore the signals that causes
        # The tab says Notes, so the page does too: "Session notes" for a coach, else "Notes".
        self.words: dict[str, str] = {}  # filled by _apply_wording
        em = self.fontMetrics().height()

        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setUniformItemSizes(True)  # many notes: do not measure every row
        self.list.setAccessibleName(self.tr("Notes, newest first"))
        self.list.setAlternatingRowColors(True)
        delete_action = QAction(self.tr("Delete note"), self.list)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete)
        self.list.addAction(delete_action)
        self.search = _SearchBox(self.list)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        self.search.setToolTip(
            self.tr("Every word must appear; the start of the last word is enough")
        )
        self.kind_label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.kind_label.setFont(font)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of notes"))
        self.new_button = QPushButton()
        self.list_empty = QLabel()
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setFrameShape(QLabel.Shape.StyledPanel)
        self.list_empty.setMargin(em)
        self.list_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(em // 2)
        left_layout.addWidget(self.kind_label)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_empty, 1)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.new_button)

        self.editor = NoteEditorPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        em_w = self.fontMetrics().horizontalAdvance("M")
        self.splitter.setSizes([em_w * 30, em_w * 60])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(em, em, em, em)
        content_layout.addWidget(self.splitter)

        self.show_with_empty_state(content, self.tr("Choose a person to keep notes about them."))
        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.new_button)
        self.setTabOrder(self.new_button, self.editor.day)

        # Search as the person types, but not on every keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._refresh_list)
        self.search.textChanged.connect(self._debounce.start)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.new_button.clicked.connect(self.new_note)
        self.editor.changed.connect(self._update_state)
        self.editor.left.connect(self._on_editor_left)
        self.editor.save_button.clicked.connect(self.save)
        self.editor.delete_button.clicked.connect(self.delete)
        session.notes_changed.connect(self._on_session_notes_changed)

    # -- wording -----------------------------------------------------------------------------
    def coach_mode(self) -> bool:
        return self.session.workspace.coach.mode() is Mode.COACH

    def _apply_wording(self) -> None:
        if self.coach_mode():
            self.words = {
                "kind": self.tr("Session notes"),
                "new_button": self.tr("Ne&w session note"),
                "new": self.tr("New session note"),
                "search": self.tr("Search session notes"),
                "no_match": self.tr("No session note matches “%1”."),
                "none_yet": self.tr(
                    "No session notes yet. Write one on the right: it is saved when you press "
                    "Save note or move on."
                ),
                "being_written": self.tr("the session note being written"),
                "of": self.tr("Session note of %1"),
            }
        else:
            self.words = {
                "kind": self.tr("Notes"),
                "new_button": self.tr("Ne&w note"),
                "new": self.tr("New note"),
                "search": self.tr("Search notes"),
                "no_match": self.tr("No note matches “%1”."),
                "none_yet": self.tr(
                    "No notes yet. Write one on the right: it is saved when you press Save note "
                    "or move on."
                ),
                "being_written": self.tr("the note being written"),
                "of": self.tr("Note of %1"),
            }
        self.kind_label.setText(self.words["kind"])
        self.new_button.setText(self.words["new_button"])
        self.new_button.setAccessibleName(self.words["new"])
        self.search.setPlaceholderText(self.words["search"])

    def field_widgets(self) -> list[QWidget]:
        return [self.search, self.editor.day, self.editor.text]

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._commit(explicit=False)  # the editor may hold the previous person's words
        self._apply_wording()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.session.person_id is None:
            self.stack.setCurrentWidget(self.empty)
            self.model.set_notes([])
            self._person = None
            return
        self.stack.setCurrentIndex(1)
        self._refresh_list()
        self._start_new(self.session.person_id)

    def _refresh_list(self) -> None:
        person_id = self.session.person_id
        if person_id is None:
            return
        query = self.search.text().strip()
        journal = self.session.workspace.journal
        notes = journal.notes(person_id, query)
        self._busy = True
        self.model.set_notes(notes)
        self._busy = False
        self._select_open_note()
        total = len(notes) if not query else len(journal.notes(person_id))
        if not query:
            text = self.tr("%n note(s)", "", total)
        elif len(notes) == 1:
            text = self.tr("1 of %n note(s) matches", "", total)
        else:
            text = self.tr("%1 of %n note(s) match", "", total).replace("%1", str(len(notes)))
        self.count.setText(resolved(text, total))
        self.list.setVisible(bool(notes))
        self.list_empty.setVisible(not notes)
        if query:
            self.list_empty.setText(self.words["no_match"].replace("%1", query))
        else:
            self.list_empty.setText(self.words["none_yet"])

    def _select_open_note(self) -> None:
        """Keep the list's selection on the note in the editor (none for a new note)."""
        row = self.model.row_of(self._ref.id if self._ref else None)
        self._busy = True
        if row is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        else:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._busy = False

    def _start_new(self, person_id: int) -> None:
        self._person, self._ref, self._saved = person_id, None, None
        self._select_open_note()
        self.editor.show_values(self.session.today(), "")
        self._update_state()

    def _open(self, person_id: int, note_id: int) -> None:
        row = self.model.row_of(note_id)
        listed = [self.model.note(row)] if row is not None else []
        # A note hidden by the search (or changed by undo) is read from the database.
        note = next(
            (
                n
                for n in listed or self.session.workspace.journal.notes(person_id)
                if n.id == note_id
            ),
            None,
        )
        if note is None:
            self._start_new(person_id)
            return
        self._person, self._ref = person_id, self.notes.refs.for_id(note.id)
        self._saved = NoteValues(note.day, note.body)
        self.editor.show_values(note.day, note.body)
        self._select_open_note()
        self._update_state()

    # -- state -------------------------------------------------------------------------------
    def current_values(self) -> NoteValues:
        day, body = self.editor.values()
        return NoteValues(day, body)

    def dirty(self) -> bool:
        values = self.current_values()
        if self._saved is None:
            return bool(values.body.strip())
        return values != self._saved

    def unsaved(self) -> list[str]:
        if self._person is None or self._person != self.session.person_id or not self.dirty():
            return []
        return [self.words["being_written"]]

    def flush(self) -> None:
        self._commit(explicit=False)

    def _update_state(self) -> None:
        self.save_state_changed.emit()
        dirty = self.dirty()
        new = self._saved is None
        if self._saved is None:
            self.editor.heading.setText(self.words["new"])
        else:
            day = self._saved.day
            when = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
            self.editor.heading.setText(self.words["of"].replace("%1", when))
        self.editor.save_button.setEnabled(dirty)
        self.editor.delete_button.setEnabled(not new)
        if dirty:
            self.editor.status.setText(
                self.tr("Not saved yet: saved when you press Save note or move on")
            )
        elif new:
            self.editor.status.setText(self.tr("Start typing to write a new note."))
        else:
            self.editor.status.setText(self.tr("Saved"))

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        return self._commit(explicit=True)

    def _commit(self, explicit: bool) -> bool:
        """Save the editor if it holds unsaved words; True when nothing is left unsaved."""
        if self._busy or self._person is None or not self.dirty():
            return True
        values = self.current_values()
        if not values.body.strip():
            if explicit:
                self.editor.status.setText(
                    self.tr("A note needs some text. To remove the note, use Delete.")
                )
            return False  # a blanked note is never saved over the real one
        person_id, ref, before = self._person, self._ref, self._saved
        row = self.model.row_of(ref.id) if ref is not None and ref.id is not None else None
        if row is not None:  # undo may have changed the note since it was opened
            note = self.model.note(row)
            before = NoteValues(note.day, note.body)
        self._busy = True
        try:
            if ref is None or ref.id is None or before is None:
                ref = self.notes.add(person_id, values)
            else:
                self.notes.edit(person_id, ref, before, values)
        except Exception as exc:
            self._busy = False
            if explicit:
                show_error(self, self.tr("The note could not be saved"), exc)
            else:
                # Leaving the editor must not pop up dialogs; the words stay in the editor.
                log.error("The note could not be saved", exc_info=exc)
                self.editor.status.setText(
                    self.tr("Not saved: %1. Press Save note to try again.").replace("%1", str(exc))
                )
            return False
        self._busy = False
        if person_id == self._person:
            self._ref, self._saved = ref, values
        if person_id == self.session.person_id:
            self._refresh_list()
        self._update_state()
        return True

    def new_note(self) -> None:
        if self.session.person_id is None or not self._commit(explicit=True):
            return
        self._start_new(self.session.person_id)
        self.editor.text.setFocus()

    def delete(self) -> None:
        if self._ref is None or self._ref.id is None or self._saved is None:
            return
        from PySide6.QtWidgets import QMessageBox  # with its enums, when first asked

        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete the note of %1? You can undo this.").replace(
                "%1", formats.day(self._saved.day)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        person_id, ref, before = self._person, self._ref, self._saved
        assert person_id is not None
        try:
            self.notes.delete(person_id, ref, before)
        except Exception as exc:
            show_error(self, self.tr("The note could not be deleted"), exc)
            return
        self._start_new(person_id)
        self._refresh_list()

    # -- reacting ----------------------------------------------------------------------------
    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._busy or not current.isValid() or self.session.person_id is None:
            return
        note_id = self.model.note(current.row()).id
        if self._ref is not None and self._ref.id == note_id:
            return
        if not self._commit(explicit=False) and self.current_values().body.strip():
            self._select_open_note()  # not saved (the status says why): keep the words open
            return
        self._open(self.session.person_id, note_id)

    def _on_editor_left(self) -> None:
        self._commit(explicit=False)

    def _on_session_notes_changed(self) -> None:
        """Undo, redo or another page changed notes: show them; never drop unsaved words."""
        if self._busy or self.session.person_id is None:
            return
        if self._person != self.session.person_id:
            return  # reload() follows for the new person
        self._refresh_list()  # first: the editor reads the note from the list
        if not self.dirty():
            if self._ref is not None and self._ref.id is not None:
                self._open(self._person, self._ref.id)
            else:
                self._start_new(self._person)

    def hideEvent(self, event: QHideEvent) -> None:
        # Switching tabs or closing the window: keep what was typed.
        self._commit(explicit=False)
        super().hideEvent(event)
