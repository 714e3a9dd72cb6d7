"""One step in full: why it is in the plan, what it closes, time, price with its date, sources."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from planner.domain.progress import StepProgress
from planner.domain.roadmap import Step
from planner.gui.formats import day
from planner.gui.widgets.step_style import (
    hours_text,
    kind_label,
    money,
    price_basis,
    status_text,
)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "StepDetails", "Choose a step on the timeline or in the list to see why it is in your plan."
)


def _section(heading: str, body: str) -> str:
    return f"<p style='margin-top:0; margin-bottom:10px'><b>{escape(heading)}</b><br>{body}</p>"


def _cost_html(step: Step) -> str:
    as_of = step.cost_as_of if step.cost is not None else ""
    basis = price_basis(as_of, step.cost_confidence)
    text = escape(" · ".join([money(step.cost, step.currency), *basis]))
    if step.price_stale:
        text += "<br>" + QCoreApplication.translate(
            "StepDetails",
            "<b>⚠ Price over 6 months old</b> by the time you pay: check before paying.",
        )
    if step.cost_note:  # where the figure comes from, or why there is none
        text += f"<br><small>{escape(step.cost_note)}</small>"
    return text


def _progress_html(progress: StepProgress | None) -> str:
    if progress is None:
        return ""
    parts = []
    if progress.started:
        parts.append(
            QCoreApplication.translate("StepDetails", "started %1").replace(
                "%1", day(progress.started)
            )
        )
    if progress.finished:
        parts.append(
            QCoreApplication.translate("StepDetails", "finished %1").replace(
                "%1", day(progress.finished)
            )
        )
    return ", ".join(parts)


def link_html(title: str, url: str) -> str:
    # Only web links are clickable: the app never opens files or other schemes on its own.
    if _scheme(url) in ("http", "https"):
        return f"<a href='{escape(url, quote=True)}'>{escape(title or url)}</a>"
    return escape(f"{title} ({url})" if title else url)


def step_html(
    step: Step,
    status: str,
    progress: StepProgress | None,
    competency_name: Callable[[str], str],
    step_title: Callable[[str], str],
) -> str:
    """The details as rich text; every catalog or user string is escaped."""
    translate = QCoreApplication.translate
    why = escape(step.why)
    finished = (progress.finished if progress else None) or (step.end if status == "done" else None)
    if status == "done" and finished and "done on" not in step.why.lower():
        done_on = translate("StepDetails", "Done on %1.").replace("%1", day(finished))
        why += f"<br><i>{escape(done_on)}</i>"  # the reason stays; when is added
    out = [_section(translate("StepDetails", "Why"), why)]
    if step.description:
        out.append(_section(translate("StepDetails", "What it involves"), escape(step.description)))
    if step.closes:
        names = ", ".join(escape(competency_name(c)) for c in step.closes)
        out.append(_section(translate("StepDetails", "Closes gaps in"), names))
    if step.prerequisites:
        out.append(_section(translate("StepDetails", "Prerequisites"), escape(step.prerequisites)))
    if step.depends_on:
        after = "<br>".join(f"• {escape(step_title(d))}" for d in step.depends_on)
        out.append(_section(translate("StepDetails", "Starts after"), after))
    basis = f" ({escape(step.hours_basis)})" if step.hours_basis else ""
    out.append(_section(translate("StepDetails", "Time"), escape(hours_text(step.hours)) + basis))
    out.append(_section(translate("StepDetails", "Cost"), _cost_html(step)))
    if step.exam_date:
        codes = escape(", ".join(step.exam_codes)) or escape(translate("StepDetails", "Exam"))
        if step.book_by:
            when = (
                translate("StepDetails", "book by %1 · sit by %2")
                .replace("%2", day(step.exam_date))
                .replace("%1", day(step.book_by))
            )
        else:
            when = translate("StepDetails", "sit by %1").replace("%1", day(step.exam_date))
        out.append(_section(translate("StepDetails", "Exam"), f"{codes}: {escape(when)}"))
    if step.renewal:
        out.append(_section(translate("StepDetails", "Renewal"), escape(step.renewal)))
    if step.sources:
        out.append(
            _section(
                translate("StepDetails", "Sources"),
                "<br>".join(link_html(t, u) for t, u in step.sources),
            )
        )
    progress_text = _progress_html(progress)
    if status != "todo" or progress_text:
        line = escape(status_text(status)) + (f": {progress_text}" if progress_text else "")
        out.append(_section(translate("StepDetails", "Progress"), line))
    note = progress.note if progress and progress.note else step.note
    if note:
        out.append(
            _section(translate("StepDetails", "Your note"), escape(note).replace("\n", "<br>"))
        )
    return "".join(out)


class StepDetails(QScrollArea):
    """Scrolls when the text is long; links open in the person's browser only when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Step details"))
        body = QWidget()
        body.setBackgroundRole(self.backgroundRole())
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Step title"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta.setAccessibleName(self.tr("Step kind, status and dates"))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(self._on_body_link_activated)
        self.body.setAccessibleName(self.tr("Why this step, its time, cost and sources"))
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addSpacing(4)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_step(None)

    def show_step(
        self,
        step: Step | None,
        status: str = "todo",
        progress: StepProgress | None = None,
        competency_name: Callable[[str], str] = str,
        step_title: Callable[[str], str] = str,
    ) -> None:
        if step is None:
            self.title.setText(self.tr("No step chosen"))
            self.meta.setText("")
            self.meta.hide()
            self.body.setText(escape(self.tr(EMPTY_TEXT)))
            return
        self.title.setText(step.title)
        dates = self.tr("%1 to %2").replace("%2", day(step.end)).replace("%1", day(step.start))
        self.meta.setText(f"{kind_label(step.kind)} · {status_text(status)} · {dates}")
        self.meta.show()
        self.body.setText(step_html(step, status, progress, competency_name, step_title))
        self.verticalScrollBar().setValue(0)

    def _on_body_link_activated(self, link: str) -> None:
        open_web_link(link)


def _scheme(url: str) -> str:
    """The URL's scheme, lower case ('' without one), to decide what is drawn as a link. Read
    by urllib: QUrl would bring its Qt classes and enums to the first drawing of a step.
    Opening checks again, as Qt reads the address it opens (open_web_link)."""
    try:
        return urlsplit(url.strip()).scheme
    except ValueError:  # a malformed address (an unclosed IPv6 bracket) is no web link
        return ""


def open_web_link(link: str) -> None:
    """Open an http(s) link in the person's browser; the app itself fetches nothing."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(link)
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)
