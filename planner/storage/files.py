"""Owner-only files, SQLite file checks, and writes that land whole or not at all."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from planner.domain.errors import DatabaseRefused, StorageError
from planner.domain.messages import _, ngettext

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_uri(path: Path, **params: str) -> str:
    """A file: URI for path (quoted, so '?', '#' and '%' in names stay part of the name)."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path))}?{query}"


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_files(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Backups of the database at db_path, newest first."""
    folder = folder or backups_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = f"{Path(db_path).stem}-*.db"
    return sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)


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
    """Owner-only (0600). Left alone when it is already: a chmod changes the file's ctime,
    which the page record vouches for the file by, so every start would rewrite the record
    and a start after a crash would read every page again."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(os.stat(path).st_mode) != 0o600:
            os.chmod(path, 0o600)


def check_sqlite_file(path: Path, full: bool = True) -> None:
    """Refuse a file that is not a sound SQLite database, without changing it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise DatabaseRefused(_("{path}: no such file", path=path)) from exc
    except IsADirectoryError as exc:
        raise DatabaseRefused(_("{path} is a folder, not a database", path=path)) from exc
    except PermissionError as exc:
        raise DatabaseRefused(_("{path}: permission denied", path=path)) from exc
    except OSError as exc:  # a name too long, a loop of links ...
        raise DatabaseRefused(
            _("{path}: cannot be read ({error})", path=path, error=exc.strerror or exc)
        ) from exc
    if header != SQLITE_HEADER:
        raise DatabaseRefused(_("{path} is not a planner database (not an SQLite file)", path=path))
    if size < 512 or size % 512:
        raise DatabaseRefused(
            _("{path} is truncated or damaged ({size} bytes)", path=path, size=size)
        )
    try:
        # immutable=1: read without creating -wal/-shm files or taking locks on the file.
        conn = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            result = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            _("{path} is damaged and cannot be read ({error})", path=path, error=exc)
        ) from exc
    if result != [("ok",)]:
        raise DatabaseRefused(
            _(
                "{path} failed its integrity check ({result})",
                path=path,
                result=one_line(result),
            )
        )


def one_line(rows: list[tuple]) -> str:
    """SQLite's integrity report (many rows, some with line breaks) as one short line."""
    problems = [
        " ".join(str(row[0]).replace("*** in database main ***", "").split()) for row in rows
    ]
    problems = [p for p in problems if p]
    text = "; ".join(problems[:2]) or _("not ok")
    if len(problems) > 2:
        more = len(problems) - 2
        text += ngettext("; and {n} more problem", "; and {n} more problems", more)
    return text[:300]


def hold(fd: int) -> None:
    """Mark a temporary file as being written (remove_leftovers skips it while held)."""
    with contextlib.suppress(OSError, ImportError):
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _abandoned(path: Path) -> bool:
    """True when no process holds the file (its writer was killed)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


_SIDE_FILES = ("-journal", "-wal", "-shm")


def remove_leftovers(folder: Path, prefix: str, orphans: bool = False) -> list[Path]:
    """Delete temporary files (names starting with prefix) whose writer is gone and, with
    orphans (a folder only the planner writes), journals whose database is gone."""
    if not folder.is_dir():
        return []
    removed = []
    candidates = sorted(p for p in folder.iterdir() if p.name.startswith(prefix))
    for path in candidates:
        if not path.name.endswith(_SIDE_FILES) and path.is_file() and _abandoned(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    for path in sorted(folder.iterdir()) if orphans else ():
        side = next((s for s in _SIDE_FILES if path.name.endswith(s)), None)
        if side and not path.with_name(path.name.removesuffix(side)).exists():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def copy_atomically(source: Path, target: Path) -> None:
    """Copy source over target through a temporary file in target's folder, then rename."""
    private_dir(target.parent)
    import tempfile  # only to write: it costs start-up time

    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    hold(fd)
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


STDOUT = "-"


def not_a_regular_file(target: Path) -> bool:
    """'-' (standard output) or an existing device, pipe or socket: a backup is streamed into
    it as it is, never renamed over it (that would replace the device with a regular file)."""
    if str(target) == STDOUT:
        return True
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def stream_to(target: Path, data: bytes) -> None:
    """Write data to standard output ('-') or into an existing device or pipe."""
    try:
        if str(target) == STDOUT:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        with open(target, "wb", buffering=0) as handle:
            view = memoryview(data)
            while view:
                view = view[handle.write(view) :]
    except OSError as exc:
        shown = _("standard output") if str(target) == STDOUT else target
        raise StorageError(
            _("{path}: cannot write the backup ({error})", path=shown, error=exc.strerror or exc)
        ) from exc
