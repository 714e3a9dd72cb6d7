"""The per-user folders: on Linux the planner's own answer equals platformdirs' for every
XDG setting, so skipping its import (start-up time) never moves anyone's data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from planner import paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux fast path")

VARIABLES = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@pytest.mark.parametrize("setting", ["unset", "empty", "blank", "set"])
def test_folders_match_platformdirs(setting, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("CAREER_PLANNER_LOG_DIR", "CAREER_PLANNER_CACHE_DIR", "CAREER_PLANNER_DB"):
        monkeypatch.delenv(name, raising=False)
    for variable in VARIABLES:
        value = {"empty": "", "blank": "  ", "set": str(tmp_path / variable.lower())}.get(setting)
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    app = paths.APP
    assert paths.database_path() == Path(platformdirs.user_data_dir(app, appauthor=False)) / (
        "planner.db"
    )
    assert paths.log_dir() == Path(platformdirs.user_log_dir(app, appauthor=False))
    assert paths.cache_dir() == Path(platformdirs.user_cache_dir(app, appauthor=False))


def test_overrides_win(monkeypatch, tmp_path):
    monkeypatch.setenv("CAREER_PLANNER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("CAREER_PLANNER_DB", str(tmp_path / "p.db"))
    monkeypatch.setenv("CAREER_PLANNER_CACHE_DIR", "")
    assert paths.log_dir() == tmp_path / "logs"
    assert paths.database_path() == tmp_path / "p.db"
    assert paths.cache_dir() is None and paths.page_record() is None
