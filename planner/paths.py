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
    if sys.platform.startswith("linux"):
        return _xdg("XDG_STATE_HOME", ".local/state") / "log"
    import platformdirs  # only when no folder is given: it costs start-up time

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def _xdg(variable: str, default: str) -> Path:
    """platformdirs' answer on Linux ($variable, else ~/default, then the app's folder) without
    its import cost (about 10 ms of every start); tests/test_paths.py holds them equal."""
    base = os.environ.get(variable, "").strip()
    return (Path(base) if base else Path.home() / default) / APP


def cache_dir() -> Path | None:
    """Per-user cache folder; CAREER_PLANNER_CACHE_DIR overrides it, and set empty, there is
    no cache."""
    override = os.environ.get("CAREER_PLANNER_CACHE_DIR")
    if override is not None:
        return Path(override) if override else None
    if sys.platform.startswith("linux"):
        return _xdg("XDG_CACHE_HOME", ".cache")
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def page_record() -> Path | None:
    """Where the user's record of database files found sound is kept (none without a cache)."""
    folder = cache_dir()
    return folder / "sound-databases.json" if folder is not None else None


def write_cache_file(path: Path, data: bytes) -> None:
    """Put data at path in the cache, owner-only and whole (planner.private_files). Failing to
    write (a read-only home, a full disk) only means it is made again next time."""
    import contextlib

    from planner.private_files import write_private

    with contextlib.suppress(OSError):
        write_private(path, data)


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
    from planner.log_file import PrivateLog  # logging loads only to write a log

    return PrivateLog(path or log_dir() / "career-planner.log")


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $CAREER_PLANNER_DB, else planner.db in the per-user data folder."""
    chosen = explicit or os.environ.get("CAREER_PLANNER_DB")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform.startswith("linux"):
        return _xdg("XDG_DATA_HOME", ".local/share") / "planner.db"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "planner.db"
