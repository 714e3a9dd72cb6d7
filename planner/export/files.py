"""Put exports on disk safely (temp file, fsync, rename, 0600); honour SOURCE_DATE_EPOCH."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from planner.domain.errors import InvalidInput, PlannerError


class ExportError(PlannerError):
    """An export could not be written where asked (missing folder, no permission, full disk)."""


class ExportCancelled(PlannerError):
    """The person cancelled the export; nothing was written."""


def source_date_epoch() -> int | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise InvalidInput(f"SOURCE_DATE_EPOCH must be a whole number of seconds (got {value!r})")
    return int(value)


STDOUT = "-"


def not_a_regular_file(target: Path) -> bool:
    """'-' (standard output) or an existing device, pipe or socket: written in place, never
    replaced by a renamed temporary file."""
    if str(target) == STDOUT:
        return True
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_target(target: Path) -> None:
    """Refuse, before any work, a destination that cannot be a file."""
    try:
        _check_target(target)
    except OSError as exc:  # a name too long, a loop of links ...
        raise ExportError(_explain(exc, target)) from exc


def _check_target(target: Path) -> None:
    if not_a_regular_file(target):
        return
    if target.name in ("", ".", ".."):
        raise InvalidInput(f"{target} is not a file name")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name inside it")
    folder = target.parent
    if not folder.exists():
        raise InvalidInput(f"{folder} does not exist; create the folder first")
    if not folder.is_dir():
        raise InvalidInput(f"{folder} is not a folder")


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")


def write_output(target: Path, data: bytes) -> None:
    """Write data to standard output ('-') or into an existing device or pipe, as it is."""
    try:
        if str(target) == STDOUT:
            stream = sys.stdout.buffer
            stream.write(data)
            stream.flush()
            return
        with open(target, "wb", buffering=0) as handle:
            view = memoryview(data)
            while view:
                view = view[handle.write(view) :]
    except OSError as exc:
        shown = "standard output" if str(target) == STDOUT else target
        raise ExportError(_explain(exc, Path(shown))) from exc


def atomic_write(target: Path, data: bytes, cancelled: Callable[[], bool] | None = None) -> None:
    """Write data next to target, flush it to disk, then rename over target (0600).

    A failure or a cancel leaves target exactly as it was and no temporary file behind.
    Standard output ('-') and devices are written in place instead: renaming a temporary
    file over /dev/stdout would replace the device with a regular file.
    """
    if not_a_regular_file(target):
        check_cancel(cancelled)
        write_output(target, data)
        return
    try:
        import tempfile  # only to write: it costs start-up time

        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(_explain(exc, target.parent)) from exc
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        check_cancel(cancelled)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise ExportError(_explain(exc, target)) from exc
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _explain(exc: OSError, where: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{where}: permission denied"
    if exc.errno == errno.ENOSPC:
        return f"{where}: the disk is full"
    if exc.errno == errno.EROFS:
        return f"{where}: the disk is read-only"
    return f"{where}: cannot write the file ({exc.strerror or exc})"
