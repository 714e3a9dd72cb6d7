"""Plan history and what-if for stored people: restore, diff, choose a variant in one go."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.errors import InvalidInput
from planner.engine.what_if import Variant
from planner.services.plan_history import PlanHistoryService
from planner.services.what_if import WhatIfService
from tests.services.test_planning import add, ws  # noqa: F401 (fixture)


def test_history_lists_plans_newest_first_and_restores_one(ws):  # noqa: F811
    pid = add(ws, "service-manager")
    ws.planning.current(pid)
    ws.people.update(pid, replace(ws.people.get(pid), weekly_hours=20))
    ws.planning.replan(pid)
    history = PlanHistoryService(ws)
    entries = history.entries(pid)
    assert [e.current for e in entries] == [True, False]
    first, second = entries[1].id, entries[0].id
    assert history.diff(pid, first, second).finish_moved < 0
    restored = history.restore(pid, first)
    assert restored.roadmap == ws.planning.history(pid)[2].roadmap
    assert "restored" in restored.reason and len(history.entries(pid)) == 3
    with pytest.raises(InvalidInput):
        history.restore(pid, restored.id)
    with pytest.raises(InvalidInput):
        history.diff(pid, first, 999)


def test_choosing_a_variant_changes_the_profile_and_the_plan_together(ws, monkeypatch):  # noqa: F811
    pid = add(ws, "service-manager")
    what_if = WhatIfService(ws)
    base, faster = what_if.compare(pid, [Variant(weekly_hours=20)])
    assert faster.figures.finish < base.figures.finish
    saved = what_if.choose(pid, Variant(weekly_hours=20))
    assert ws.people.get(pid).weekly_hours == 20
    assert saved.reason.startswith("what-if chosen: 20 h a week")
    # A failure while saving the plan leaves the profile as it was.
    monkeypatch.setattr(
        ws.planning, "save", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("disk"))
    )
    with pytest.raises(RuntimeError):
        what_if.choose(pid, Variant(weekly_hours=6))
    assert ws.people.get(pid).weekly_hours == 20
