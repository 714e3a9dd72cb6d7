"""Shared fixtures: the real catalog (loaded once) and the named personas."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from planner.catalog import load_catalog
from planner.codec.profile_file import profile_from_dict
from planner.domain.catalog_model import Catalog
from planner.domain.profile import Profile
from planner.domain.roadmap import Roadmap
from planner.engine import build_roadmap

# Before any QApplication exists (pytest-qt creates it lazily): no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English unless a test chooses a language: a developer's German locale must not change results.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
# The built catalog is cached (planner/catalog/cache.py) in a folder of this run's own, never
# in the developer's cache; subprocesses the tests start inherit it.
_CACHE = tempfile.TemporaryDirectory(prefix="planner-test-cache-")
os.environ["CAREER_PLANNER_CACHE_DIR"] = _CACHE.name

# Properties assert rules, not speed (benchmarks/ measures that): a busy machine must not turn
# a slow example into a failure. Each test's own @settings still applies on top.
settings.register_profile("planner", deadline=None)
settings.load_profile("planner")

DATA = Path(__file__).parent / "data"
PERSONAS = ("service-manager", "network-engineer", "developer", "helpdesk")


@pytest.fixture(autouse=True)
def no_country_left_behind():
    """Showing a person in the app sets the screen's country (messages.live_in) for the rest of
    the thread: every test starts without one, as a fresh process does."""
    from planner.domain.messages import live_in

    live_in(None)
    yield
    live_in(None)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


def persona_dict(name: str) -> dict:
    return json.loads((DATA / "personas" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def persona():
    """persona('helpdesk', budget=100) -> Profile with those fields changed."""

    def make(name: str, **changes) -> Profile:
        data = persona_dict(name)
        data.update(changes)
        return profile_from_dict(data)

    return make


@pytest.fixture
def plan(catalog, persona):
    """plan('developer', track=None, start=None, **profile_changes) -> Roadmap."""

    def make(name: str, track: str | None = None, start: date | None = None, **changes) -> Roadmap:
        return build_roadmap(persona(name, **changes), catalog, track=track, start=start)

    return make
