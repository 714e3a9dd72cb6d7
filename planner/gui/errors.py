"""Say what happened and what to do, in a dialog; details go to the log file, never a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.domain.errors import PlannerError

log = logging.getLogger("planner.gui")


def setup_logging(log_file: Path) -> None:
    from planner.paths import log_handler

    try:
        handler = log_handler(log_file)  # rotated at a few MB, every generation owner-only
    except OSError:
        return
    root = logging.getLogger("planner")
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def explain(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for an exception raised by the core."""
    translate = QCoreApplication.translate
    if isinstance(exc, PlannerError):
        return str(exc), translate(
            "Errors", "Correct the input and try again; nothing else was changed."
        )
    return (
        translate("Errors", "Something unexpected went wrong (%1).").replace(
            "%1", f"{type(exc).__name__}: {exc}"
        ),
        translate(
            "Errors",
            "Your saved data is safe. The details are in the log file; please report them.",
        ),
    )


def show_error(
    parent: QWidget | None, title: str, exc: BaseException, *, headless: bool = False
) -> None:
    """A dialog that says what happened and what to do; the traceback goes to the log.

    headless: the same words on one line of standard error instead, for a run no one
    watches (the smoke test), where a dialog would wait for ever."""
    if not isinstance(exc, PlannerError):
        log.error("%s", title, exc_info=exc)
    happened, todo = explain(exc)
    if headless:
        print(f"career-planner: {title}: {happened} {todo}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # here: its class and enums cost ~2 ms of start

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, happened, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText(todo)
    box.setObjectName("errorDialog")
    box.exec()
