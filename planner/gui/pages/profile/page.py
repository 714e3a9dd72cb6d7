"""The Profile page: every profile field, saved as it is edited, one undo step per edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.mode import Mode
from planner.gui import formats
from planner.gui.errors import show_error
from planner.gui.pages.base import Page
from planner.gui.pages.profile.fields import Field, define_fields
from planner.gui.pages.profile.form import ProfileForm
from planner.gui.pages.profile.hints import experience_hints, money_hint, niche_hint
from planner.gui.pages.profile.widgets import HintLabel, country_hint, track_summary
from planner.gui.session import PersonSession
from planner.gui.widgets.elided_label import ElidedLabel
from planner.gui.widgets.marks import note_mark
from planner.gui.widgets.wrap_label import WrapLabel

NOTE = QT_TRANSLATE_NOOP(
    "ProfilePage",
    "Changes are saved as you type. Re-plan from the Roadmap page (Ctrl+R) to update the plan.",
)
EMPTY = QT_TRANSLATE_NOOP(
    "ProfilePage",
    "No one is selected.\n\nChoose a person in the people list, or add one with "
    "File › New person (Ctrl+N).",
)


class ProfilePage(Page):
    """Edits go straight to the session; the form reloads when the session says it changed."""

    title = QT_TRANSLATE_NOOP("Pages", "&Profile")
    DEBOUNCE_MS = 700  # a pause in typing or clicking a spin arrow counts as one edit

    def __init__(self, session: PersonSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._person_id: int | None = None
        self._loading = False  # filling the form: widget signals are not edits
        self._saving = False  # our own save: the form already shows it, keep unsaved drafts
        self._pending: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

        self.form = ProfileForm(session.catalog, session.today)
        self.fields: dict[str, Field] = define_fields(self.form, session.catalog)
        self.heading = ElidedLabel()  # a long name shortens with "…", never widens the window
        self.heading.setAccessibleName(self.tr("Person"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        # Enums by name through Qt's property system, here and below: the page is built at
        # every start, and naming `Qt` would build its namespace's enums (planner.gui.roles).
        self.heading.setProperty("textFormat", "PlainText")
        self.subtitle = HintLabel()
        self.note = self._note_banner()
        self.empty = WrapLabel(self.tr(EMPTY))
        self.empty.setProperty("alignment", "AlignCenter")
        self.empty.setAccessibleName(self.tr("No person selected"))

        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        self._left.addStretch(1)
        self._right.addStretch(1)
        self._columns = 0
        self._row = columns = QHBoxLayout()
        columns.addLayout(self._left, 1)
        columns.addLayout(self._right, 1)
        columns.setSpacing(self.fontMetrics().height())
        inner = QWidget()
        inner.setAccessibleName(self.tr("Profile form"))
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(columns)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        self._arrange(2)

        content = QWidget()
        top = QVBoxLayout(content)
        top.setContentsMargins(0, 0, 0, 0)
        header = QVBoxLayout()
        header.setContentsMargins(12, 8, 12, 0)
        header.setSpacing(2)
        header.addWidget(self.heading)
        header.addWidget(self.subtitle)
        header.addSpacing(6)
        header.addWidget(self.note)
        top.addLayout(header)
        top.addWidget(self.scroll, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        QVBoxLayout(self).addWidget(self.stack)

        self._connect_widgets()
        session.profile_changed.connect(self._on_session_profile_changed)
        session.plan_changed.connect(self._update_hints)  # the ledger may have changed

    # -- layout ------------------------------------------------------------------------
    def _note_banner(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        frame.setAutoFillBackground(True)
        icon = QLabel()
        mark = note_mark(self.fontMetrics().height())
        if mark is not None:
            icon.setPixmap(mark)
        text = WrapLabel(self.tr(NOTE))
        text.setAccessibleName(self.tr(NOTE))
        frame.setAccessibleName(self.tr("Saving and re-planning"))
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 6, 8, 6)
        icon.setProperty("alignment", "AlignLeft|AlignTop")  # beside the first line
        row.addWidget(icon)
        row.addWidget(text, 1)
        return frame

    def _arrange(self, columns: int) -> None:
        """Two columns (fields | tables) when there is room, one otherwise; Tab order stays."""
        if columns == self._columns:
            return
        first, self._columns = self._columns == 0, columns
        # Only the last three groups move, each column keeping its closing stretch: taking all
        # the layouts' items out handed each one to Python, a costly wrapper each (PySide6).
        for i, group in enumerate(self.form.groups()):
            column = self._left if columns == 1 or i < 3 else self._right
            if i >= 3 and not first:
                (self._right if column is self._left else self._left).removeWidget(group)
            if i >= 3 or first:
                column.insertWidget(column.count() - 1, group)
        self._row.setStretch(1, 1 if columns == 2 else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 125
        self._arrange(2 if wide else 1)

    def field_widgets(self) -> list[QWidget]:
        return [widget for box in self.form.boxes.values() for widget in box.inputs]

    def hideEvent(self, event) -> None:
        self.flush()  # switching tabs or closing the window must not lose a pending edit
        super().hideEvent(event)

    # -- wiring ------------------------------------------------------------------------
    def _connect_widgets(self) -> None:
        f = self.form
        for key in ("name", "current_role", "region", "other_memberships", "tags"):
            edit = f.boxes[key].inputs[0]
            edit.editingFinished.connect(lambda k=key: self.commit(k))
            edit.textEdited.connect(lambda _t, k=key: self._on_typed(k))
        numbers = (
            "years_experience", "pm_experience_months", "pm_education_hours",
            "agile_training_hours", "agile_experience_months", "weekly_hours", "budget",
        )  # fmt: skip
        for key in numbers:
            box = getattr(f, key)
            box.editingFinished.connect(lambda k=key: self.commit(k))
            box.valueChanged.connect(lambda _v, k=key: self._on_typed(k))
            # Digits typed but not confirmed yet: flush() reads them (undo, leaving the page).
            box.lineEdit().textEdited.connect(lambda _t, k=key: self._on_typed(k))
        for key in ("education", "country", "target_track", "niche"):
            getattr(f, key).currentIndexChanged.connect(lambda _i, k=key: self.commit(k))
        f.currency.lineEdit().editingFinished.connect(lambda: self.commit("currency"))
        f.currency.lineEdit().textEdited.connect(lambda _t: self._on_typed("currency"))
        f.currency.activated.connect(lambda _i: self.commit("currency"))
        f.no_budget.toggled.connect(lambda on: self._toggle(f.budget, not on, "budget"))
        f.has_start.toggled.connect(lambda on: self._toggle(f.start_date, on, "start_date"))
        f.start_date.editingFinished.connect(lambda: self.commit("start_date"))
        f.start_date.dateChanged.connect(lambda _d: self._on_typed("start_date"))
        f.pmi.toggled.connect(lambda _on: self.commit("pmi"))
        f.target_track.currentIndexChanged.connect(self._update_hints)
        f.niche.currentIndexChanged.connect(self._update_hints)
        f.country.currentIndexChanged.connect(self._update_hints)
        f.region.editingFinished.connect(self._update_hints)  # a new guess to show
        f.skills.model.edited.connect(self._on_skills_edited)
        f.credentials.model.edited.connect(self._on_credentials_edited)

    def _toggle(self, widget: QWidget, enabled: bool, key: str) -> None:
        widget.setEnabled(enabled)
        self.commit(key)

    def _on_typed(self, key: str) -> None:
        """Check as the person types (say what is wrong at once) and save after a pause."""
        if self._loading:
            return
        try:
            self.fields[key].read()
        except ValueError as exc:
            self.form.boxes[key].set_error(str(exc))
        else:
            self.form.boxes[key].set_error(None)
        self._pending.add(key)
        self._timer.start()
        self.save_state_changed.emit()

    # -- saving ------------------------------------------------------------------------
    def unsaved(self) -> list[str]:
        """Refused values (the database keeps the last good one) and edits waiting to save."""
        if not self._is_current():
            return []
        found = []
        for key, box in self.form.boxes.items():
            label = QCoreApplication.translate("ProfileFields", self.fields[key].label)
            if box.error_message():
                found.append(
                    self.tr("%1 (refused: %2)")
                    .replace("%2", box.error_message().rstrip("."))
                    .replace("%1", label)
                )
            elif key in self._pending:
                found.append(self.tr("%1 (saving…)").replace("%1", label))
        return found

    def _is_current(self) -> bool:
        return self._person_id is not None and self._person_id == self.session.person_id

    def flush(self) -> None:
        """Save every edit still waiting for its pause (or typed and not yet confirmed)."""
        for field in self.form.boxes.values():  # the groups live in the page's layout
            for box in field.inputs:
                if isinstance(box, QAbstractSpinBox):
                    box.interpretText()  # typed digits count, as when leaving the box
        self._timer.stop()
        for key in sorted(self._pending):
            self.commit(key, tidy=False)

    def commit(self, key: str, tidy: bool = True) -> None:
        """Save one field if it is valid and changed; show what is wrong inline if not.

        tidy shows the saved form (currency in capitals, single spaces); not after a mere
        pause in typing, or "New " would lose its space before "York" is typed.
        """
        self._pending.discard(key)
        if self._loading or not self._is_current():
            return
        field, box = self.fields[key], self.form.boxes[key]
        try:
            value = field.read()
        except ValueError as exc:
            box.set_error(str(exc))  # not saved: the last good value stays in the database
            self.save_state_changed.emit()
            return
        box.set_error(None)
        self.save_state_changed.emit()
        if field.apply is None:
            self._write(lambda: self.session.set_tags(value))
        else:
            current = self.session.profile()
            self._save(
                field.apply(current, value),
                self.tr("Edit %1").replace(
                    "%1", QCoreApplication.translate("ProfileFields", field.label)
                ),
            )
        if tidy:
            self._show(field)

    def _on_skills_edited(self, text: str) -> None:
        if self._is_current() and not self._loading:
            skills = self.form.skills.model.skills()
            self._save(replace(self.session.profile(), skills=skills), text)

    def _on_credentials_edited(self, text: str) -> None:
        if self._is_current() and not self._loading:
            credentials = self.form.credentials.model.credentials()
            self._save(replace(self.session.profile(), credentials=credentials), text)

    def _save(self, profile, text: str) -> None:
        self._write(lambda: self.session.save_profile(profile, text))

    def _write(self, write: Callable[[], None]) -> None:
        self._saving = True
        try:
            write()
        except Exception as exc:
            show_error(self, self.tr("The change could not be saved"), exc)
            self._saving = False
            self._load_values()  # show what the database really holds
        finally:
            self._saving = False
        self._update_heading()

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        if self._person_id == self.session.person_id:
            self.flush()
        else:  # a pause-pending edit belonged to the previous person: it cannot go elsewhere
            self._timer.stop()
            self._pending.clear()
        self._person_id = self.session.person_id
        self.save_state_changed.emit()
        if self._person_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        self._load_values()

    def _on_session_profile_changed(self) -> None:
        if self._saving or not self._is_current():
            return  # our own edit is on screen already; another person's reloads via reload()
        self._timer.stop()
        self._pending.clear()
        self._load_values()

    def _load_values(self) -> None:
        profile, tags = self.session.profile(), self.session.tags()
        self._loading = True
        try:
            for key, field in self.fields.items():
                field.show(profile, tags)
                self.form.boxes[key].set_error(None)
            self.form.skills.model.set_skills(profile.skills)
            self.form.credentials.model.set_credentials(profile.credentials)
        finally:
            self._loading = False
        self.save_state_changed.emit()
        self._update_heading()
        self._update_hints()
        own = self.session.workspace.coach.mode() is Mode.PROFESSIONAL
        self.form.groups()[0].setTitle(self.tr("About you") if own else self.tr("About the person"))

    def _show(self, field: Field) -> None:
        if not self._is_current():
            return
        self._loading = True
        try:
            field.show(self.session.profile(), self.session.tags())
        finally:
            self._loading = False

    def _update_heading(self) -> None:
        if not self._is_current():
            return
        profile = self.session.profile()
        self.heading.set_full_text(profile.name)
        parts = [
            profile.current_role,
            profile.region,
            self.tr("%1 h a week").replace("%1", formats.number(profile.weekly_hours)),
        ]
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _update_hints(self, *_args) -> None:
        if not self._is_current():
            return
        boxes, session = self.form.boxes, self.session
        for key, text in experience_hints(session, self._person_id).items():
            boxes[key].set_hint(text)
        boxes["currency"].set_hint(money_hint(session))
        boxes["country"].set_hint(
            country_hint(session.catalog, self.form.country.currentData(), self.form.region.text())
        )
        boxes["target_track"].set_hint(
            track_summary(session.catalog, self.form.target_track.currentData())
        )
        boxes["niche"].set_hint(niche_hint(session.catalog, self.form.niche.currentData()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._columns = 0  # re-measure the two-column threshold
