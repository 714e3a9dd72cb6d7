"""Owner-only files, SQLite file checks, and writes that land whole or not at all."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from planner.domain.errors import DatabaseRefused

SQLITE_HEADER = b"SQLite format 3\x00"


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


@contextlib.contextmanager
def owner_only_umask() -> Iterator[None]:
    """New files (SQLite's -wal/-shm, backups) are created 0600 while this is active."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def make_private(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, 0o600)


def check_sqlite_file(path: Path, full: bool = True) -> None:
    """Refuse a file that is not a sound SQLite database, without changing it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise DatabaseRefused(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise DatabaseRefused(f"{path} is a folder, not a database") from exc
    except PermissionError as exc:
        raise DatabaseRefused(f"{path}: permission denied") from exc
    if header != SQLITE_HEADER:
        raise DatabaseRefused(f"{path} is not a planner database (not an SQLite file)")
    if size < 512 or size % 512:
        raise DatabaseRefused(f"{path} is truncated or damaged ({size} bytes)")
    try:
        # immutable=1: read without creating -wal/-shm files or taking locks on the file.
        uri = f"file:{path}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            result = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"{path} is damaged and cannot be read ({exc})") from exc
    if result != [("ok",)]:
        raise DatabaseRefused(f"{path} failed its integrity check ({result[0][0]})")


def copy_atomically(source: Path, target: Path) -> None:
    """Copy source over target through a temporary file in target's folder, then rename."""
    private_dir(target.parent)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
