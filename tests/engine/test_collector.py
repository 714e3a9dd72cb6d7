"""Planning runs with the cyclic garbage collector off, leaves it as found, and no cycles."""

from __future__ import annotations

import gc

import pytest

import planner.engine.roadmap as roadmap_module
from planner.engine.roadmap import build_roadmap


@pytest.fixture
def collector_restored():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_off_while_planning_and_left_as_found(
    enabled, persona, catalog, monkeypatch, collector_restored
):
    seen = []
    inner = roadmap_module._build_roadmap

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return inner(*args, **kwargs)

    monkeypatch.setattr(roadmap_module, "_build_roadmap", spy)
    gc.enable() if enabled else gc.disable()
    build_roadmap(persona("developer"), catalog)
    assert seen == [False]
    assert gc.isenabled() is enabled


def test_a_failed_plan_still_gives_the_collector_back(
    persona, catalog, monkeypatch, collector_restored
):
    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(roadmap_module, "_build_roadmap", fail)
    gc.enable()
    with pytest.raises(RuntimeError):
        build_roadmap(persona("developer"), catalog)
    assert gc.isenabled()


def test_a_plan_leaves_no_cycles_behind(persona, catalog, collector_restored):
    """With the collector off, a cycle would live until the next collection: there are none."""
    build_roadmap(persona("developer"), catalog)
    gc.collect()
    gc.disable()
    build_roadmap(persona("developer"), catalog, track="software")
    assert gc.collect() == 0
