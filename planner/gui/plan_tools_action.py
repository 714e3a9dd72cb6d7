"""Person > Plan history… and What if…: actions only; their dialogs load when used."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction


def plan_tools_actions(window, session) -> dict[str, QAction]:
    """Plan history and What if, by name ("history", "what_if"); MainWindow puts them in the
    Person menu."""
    entries = (
        (
            "planHistoryAction",
            QT_TRANSLATE_NOOP("MainWindow", "Plan &history…"),
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Every saved plan of this person: compare two, or make an earlier one current",
            ),
            "history",
        ),
        (
            "whatIfAction",
            QT_TRANSLATE_NOOP("MainWindow", "&What if…"),
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Compare up to three variants of the plan (hours, budget, track, steps); keep one",
            ),
            "what_if",
        ),
    )
    actions = {}
    for name, text, tip, which in entries:
        action = QAction(QCoreApplication.translate("MainWindow", text), window)
        action.setObjectName(name)
        action.setStatusTip(QCoreApplication.translate("MainWindow", tip))
        action.setToolTip(QCoreApplication.translate("MainWindow", tip))
        action.triggered.connect(lambda _=False, which=which: _open(which, window, session))
        actions[which] = action
    return actions


def _open(which: str, window, session) -> None:
    if which == "history":
        from planner.gui.plan_history_dialog import open_plan_history

        open_plan_history(window, session)
    else:
        from planner.gui.what_if_dialog import open_what_if

        open_what_if(window, session)
