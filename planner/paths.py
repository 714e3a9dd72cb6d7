"""Where the planner keeps its log (and later its database), resolved once and overridable."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

APP = "career-planner"


def log_dir() -> Path:
    """Per-user log folder; CAREER_PLANNER_LOG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("CAREER_PLANNER_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP, appauthor=False))


def private_file(path: Path) -> Path:
    """Create path's folder (0700) and the file itself (0600) so only the owner can read it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return path


LOG_MAX_BYTES = 2_000_000  # rotated at this size ...
LOG_GENERATIONS = 3  # ... keeping career-planner.log.1 .. .3


class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A log that never grows past LOG_MAX_BYTES x (LOG_GENERATIONS + 1); every file 0600."""

    def __init__(self, path: Path) -> None:
        private_file(path)
        super().__init__(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_GENERATIONS, encoding="utf-8"
        )
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def _open(self):  # type: ignore[no-untyped-def]
        private_file(Path(self.baseFilename))  # the new file after a rollover is owner-only too
        return super()._open()


def log_handler(path: Path | None = None) -> logging.Handler:
    """The rotating, owner-only handler for the planner's log file (OSError if unwritable)."""
    return PrivateRotatingHandler(path or log_dir() / "career-planner.log")


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $CAREER_PLANNER_DB, else planner.db in the per-user data folder."""
    chosen = explicit or os.environ.get("CAREER_PLANNER_DB")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "planner.db"
