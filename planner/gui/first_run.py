"""First start (choose a mode, try the demo person or set up a profile) and File > New person."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.mode import Mode
from planner.gui.errors import show_error
from planner.gui.field_guard import guard_fields
from planner.gui.pages.profile.setup_wizard import ProfileWizard
from planner.gui.pages.profile.widgets import HintLabel

log = logging.getLogger(__name__)

DEMO, SETUP, SKIP = "demo", "setup", "skip"
DEMO_TAG = "demo"


class FirstRunDialog(QDialog):
    """Welcome: how the planner will be used, and how to start. exec() is the seam tests patch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Career Transition Planner"))
        self.choice = SKIP

        heading = QLabel(self.tr("Welcome"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "The planner turns where you are today into a dated, costed plan toward project "
                "management. Everything stays on this computer; there is no account."
            )
        )
        intro.setWordWrap(True)

        use = QGroupBox(self.tr("How will you use it?"))
        self.own = QRadioButton(self.tr("I'm planning my &own move"))
        self.coach = QRadioButton(self.tr("I'm a &coach with clients"))
        self.own.setChecked(True)
        self.modes = QButtonGroup(self)
        use_layout = QVBoxLayout(use)
        for radio, hint in (
            (self.own, self.tr("One person, one plan: the people list stays out of the way.")),
            (self.coach, self.tr("Many people, with tags, session notes and branded printouts.")),
        ):
            self.modes.addButton(radio)
            radio.setAccessibleDescription(hint)
            use_layout.addWidget(radio)
            note = HintLabel(hint)
            note.setIndent(radio.iconSize().width() + 8)
            use_layout.addWidget(note)

        start = QGroupBox(self.tr("How would you like to start?"))
        self.demo_button = QCommandLinkButton(
            self.tr("Start with a &demo person"),
            self.tr(
                "Dana, a service delivery manager moving into infrastructure PM: a full plan to "
                "explore in seconds. She is tagged 'demo'; delete her whenever you like."
            ),
        )
        self.setup_button = QCommandLinkButton(self.tr("&Set up my profile"), "")
        self.skip_button = QCommandLinkButton(
            self.tr("S&kip for now"),
            self.tr("Start with an empty list; File › New person adds someone later."),
        )
        start_layout = QVBoxLayout(start)
        for button, choice in (
            (self.demo_button, DEMO),
            (self.setup_button, SETUP),
            (self.skip_button, SKIP),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(button.description())
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            start_layout.addWidget(button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(use)
        layout.addWidget(start)
        layout.addStretch(1)  # any spare height goes here, not between the lines of text
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.coach.toggled.connect(self._on_mode_toggled)
        self._on_mode_toggled()
        self._paint_arrows()
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()
        width = self.fontMetrics().averageCharWidth() * 95
        self.setMinimumWidth(width)
        self.resize(width, layout.totalHeightForWidth(width))  # wrapped text sets the height
        guard_fields(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_arrows()

    def _paint_arrows(self) -> None:
        """The style's command-link arrow is black on any theme: draw one in the text colour."""
        side = self.fontMetrics().height() * 2
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.ButtonText), side / 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        middle = side / 2
        painter.drawLine(QPointF(side * 0.25, middle), QPointF(side * 0.72, middle))
        painter.drawPolyline(
            [
                QPointF(side * 0.52, side * 0.3),
                QPointF(side * 0.74, middle),
                QPointF(side * 0.52, side * 0.7),
            ]
        )
        painter.end()
        for button in (self.demo_button, self.setup_button, self.skip_button):
            button.setIcon(QIcon(pixmap))
            button.setIconSize(pixmap.deviceIndependentSize().toSize())

    def mode(self) -> Mode:
        return Mode.COACH if self.coach.isChecked() else Mode.PROFESSIONAL

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _on_mode_toggled(self, *_args) -> None:
        coach = self.coach.isChecked()
        self.setup_button.setText(
            self.tr("Add my &first client") if coach else self.tr("&Set up my profile")
        )
        self.setup_button.setAccessibleName(self.setup_button.text().replace("&", ""))
        self.setup_button.setDescription(
            self.tr("A few short questions (about two minutes); everything can be changed later.")
        )


def _demo_profile(today: date):
    from planner.services.demo import demo_profile

    return demo_profile(today)


def run_first_run(
    parent: QWidget,
    session,
    dialog_factory: Callable[[QWidget], Any] | None = None,
) -> None:
    """Ask for the mode (kept in the database) and start with the demo, a set-up, or nothing."""
    dialog = (dialog_factory or FirstRunDialog)(parent)
    if not dialog.exec():
        return  # closed: nothing chosen, so the welcome comes back next time
    try:
        session.workspace.coach.set_mode(Mode(dialog.mode()))
        if dialog.choice == DEMO:
            person_id = session.add_person(_demo_profile(session.today()), [DEMO_TAG])
            session.select(person_id)
        elif dialog.choice == SETUP:
            created = ask_new_person(parent, session)
            if created is not None:
                session.select(created)
    except Exception as exc:
        show_error(
            parent,
            QCoreApplication.translate("FirstRunDialog", "The planner could not finish setting up"),
            exc,
        )


def ask_new_person(
    parent: QWidget,
    session,
    dialog_factory: Callable[..., Any] | None = None,
) -> int | None:
    """File > New person: the guided set-up; the new person's id, or None when cancelled."""
    mode = session.workspace.coach.mode()
    own = mode is Mode.PROFESSIONAL and session.workspace.people.count() == 0
    factory = dialog_factory or ProfileWizard
    wizard = factory(
        session.catalog, own=own, coach=mode is Mode.COACH, parent=parent, today=session.today
    )
    if not wizard.exec():
        return None
    return session.add_person(wizard.profile(), wizard.tags())
