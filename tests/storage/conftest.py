"""Fixtures for storage tests: a fresh database per test and ready-made profiles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner.services.workspace import Workspace, open_workspace
from planner.storage.database import Store, open_store

TODAY = date(2027, 3, 1)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "planner.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def workspace(db_path: Path, catalog) -> Iterator[Workspace]:
    ws = open_workspace(db_path, catalog, lambda: TODAY)
    yield ws
    ws.close()
