"""Items 10 and 16: the settings file is 0600 in a 0700 folder; the log is rotated, owner-only."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from planner.paths import LOG_GENERATIONS, LOG_MAX_BYTES, log_handler


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_qsettings_file_is_owner_only(tmp_path, app):
    from PySide6.QtCore import QSettings

    from planner.gui.application import private_settings

    old = os.umask(0o022)  # a typical desktop umask
    try:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
        folder = Path(QSettings().fileName()).parent
        folder.mkdir(mode=0o755, parents=True)  # as an earlier version left it
        folder.chmod(0o755)
        settings = private_settings()
        settings.setValue("recent", ["/home/someone/clients.db"])
        settings.setValue("last_person", 7)
        settings.sync()
        path = Path(settings.fileName())
        assert path.is_file() and path.parent == folder
        assert mode(path) == 0o600
        assert mode(folder) == 0o700
        settings.setValue("last_person", 8)  # a second save replaces the file: still 0600
        settings.sync()
        assert mode(path) == 0o600
    finally:
        os.umask(old)


def test_log_rotates_and_every_generation_is_owner_only(tmp_path):
    path = tmp_path / "logs" / "career-planner.log"
    handler = log_handler(path)
    log = logging.getLogger("planner.test-rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        line = "x" * 1000
        for _ in range(LOG_MAX_BYTES * (LOG_GENERATIONS + 2) // 1000):
            log.error(line)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(path.parent.iterdir())
    assert len(files) == LOG_GENERATIONS + 1
    for file in files:
        assert file.stat().st_size <= LOG_MAX_BYTES + 2000
        assert mode(file) == 0o600, file
    assert mode(path.parent) == 0o700


@pytest.fixture
def app():
    from planner.gui.application import make_application

    return make_application()
