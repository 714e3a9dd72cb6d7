"""Person > Plan history… and What if…: compare plans, restore one, keep a variant, undo it."""

from __future__ import annotations

import pytest

from planner.gui.application import build_window
from planner.gui.plan_history_dialog import PlanHistoryDialog
from planner.gui.what_if_dialog import WhatIfDialog
from tests.gui.conftest import drain_pool, persona_profile


@pytest.fixture
def window(qtbot, gui_workspace, settings, catalog):
    win = build_window(gui_workspace, catalog, settings)
    qtbot.addWidget(win)
    person = win.session.add_person(persona_profile("service-manager"))
    win.session.select(person)
    yield win
    drain_pool()


def test_the_actions_sit_in_the_person_menu(window):
    texts = [a.text() for a in window.person_menu.actions()]
    assert "Plan &history…" in texts and "&What if…" in texts
    assert window.history_action.isEnabled()


def test_history_compares_the_two_newest_and_restores(window, qtbot):
    session = window.session
    session.roadmap()
    profile = session.profile()
    from dataclasses import replace

    session.save_profile(replace(profile, weekly_hours=profile.weekly_hours * 2))
    session.replan()
    dialog = PlanHistoryDialog(window, session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "(current)" in dialog.table.item(0, 0).text()
    assert sorted(dialog.selected()) == [1, 2]
    text = dialog.diff.toPlainText()
    assert text.startswith("Plan 1 -> plan 2") and "Finish:" in text and "Moved" in text
    assert not dialog.restore_button.isEnabled()  # two selected
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.table.rowCount() == 3
    assert "current again" in window.statusBar().currentMessage()


def test_what_if_compares_and_keeps_a_variant_undoably(window, qtbot):
    session = window.session
    hours = session.profile().weekly_hours
    plans = len(session.workspace.planning.history(session.person_id) or [1])
    dialog = WhatIfDialog(window, session)
    qtbot.addWidget(dialog)
    dialog.compare()
    assert "Change something" in dialog.problem.text()
    dialog.editors[0].hours.setValue(hours * 2)
    dialog.editors[1].budget.setValue(100)
    dialog.compare()
    assert dialog.table.columnCount() == 3
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers[0] == "As planned" and "h a week" in headers[1] and "budget" in headers[2]
    assert dialog.table.item(5, 2).text() == "over budget"
    faster = dialog.outcomes[1]
    dialog.choose(faster)
    assert session.profile().weekly_hours == hours * 2
    assert session.roadmap().summary.finish == faster.roadmap.summary.finish
    session.undo_stack.undo()
    assert session.profile().weekly_hours == hours
    assert len(session.workspace.planning.history(session.person_id)) >= plans + 2


def test_a_too_small_hours_value_is_explained(window, qtbot):
    dialog = WhatIfDialog(window, window.session)
    qtbot.addWidget(dialog)
    dialog.editors[0].hours.setValue(0.2)
    dialog.compare()
    assert "at least 0.5" in dialog.problem.text()
