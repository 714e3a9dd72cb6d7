"""Where the planner keeps its log (and later its database), resolved once and overridable."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

APP = "career-planner"


def log_dir() -> Path:
    """Per-user log folder; CAREER_PLANNER_LOG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("CAREER_PLANNER_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no folder is given: it costs start-up time

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def cache_dir() -> Path | None:
    """Per-user cache folder; CAREER_PLANNER_CACHE_DIR overrides it, and set empty, there is
    no cache."""
    override = os.environ.get("CAREER_PLANNER_CACHE_DIR")
    if override is not None:
        return Path(override) if override else None
    if sys.platform.startswith("linux"):  # platformdirs' answer, without its import cost
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(base) if base else Path.home() / ".cache") / APP
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def page_record() -> Path | None:
    """Where the user's record of database files found sound is kept (none without a cache)."""
    folder = cache_dir()
    return folder / "sound-databases.json" if folder is not None else None


def private_file(path: Path) -> Path:
    """Create path's folder (0700) and the file itself (0600) so only the owner can read it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return path


LOG_MAX_BYTES = 2_000_000  # rotated at this size ...
LOG_GENERATIONS = 3  # ... keeping career-planner.log.1 .. .3


def log_handler(path: Path | None = None) -> logging.Handler:
    """The rotating, owner-only handler for the planner's log file (OSError if unwritable)."""
    from planner.log_file import PrivateRotatingHandler  # logging loads only to write a log

    return PrivateRotatingHandler(path or log_dir() / "career-planner.log")


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $CAREER_PLANNER_DB, else planner.db in the per-user data folder."""
    chosen = explicit or os.environ.get("CAREER_PLANNER_DB")
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "planner.db"
