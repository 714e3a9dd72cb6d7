"""Read a file a person names ('-' is standard input) with a byte limit, never unbounded."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from planner.domain.errors import InvalidInput
from planner.domain.messages import _

STDIN = "-"


def shown(path: Path) -> str:
    return _("standard input") if str(path) == STDIN else str(path)


class TooLarge(InvalidInput):
    """The input is over its byte limit (a caller may say so in its own words)."""


def _too_large(path: Path, what: str, max_bytes: int, size: int | None = None) -> InvalidInput:
    if size is None:
        return TooLarge(
            _(
                "{path} is over {limit:,} bytes; {what} is at most {limit:,} (too large)",
                path=shown(path),
                what=what,
                limit=max_bytes,
            )
        )
    return TooLarge(
        _(
            "{path} is {size:,} bytes; {what} is at most {limit:,} (too large)",
            path=shown(path),
            size=size,
            what=what,
            limit=max_bytes,
        )
    )


def _read_fd(fd: int, limit: int) -> bytes:
    chunks, total = [], 0
    while total < limit:
        chunk = os.read(fd, min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_input(path: Path, *, what: str, max_bytes: int) -> bytes:
    """The bytes of path (or standard input for '-'): a regular file of at most max_bytes.

    A device (/dev/zero), pipe or folder is refused before reading; so is anything longer
    than max_bytes, after reading at most one byte more than that.
    """
    if str(path) == STDIN:
        stream = sys.stdin
        if stream is None or stream.closed:
            raise InvalidInput(_("standard input is closed; give {what} as a file", what=what))
        raw = getattr(stream, "buffer", None)
        data = raw.read(max_bytes + 1) if raw is not None else stream.read(max_bytes + 1)
        data = data.encode("utf-8") if isinstance(data, str) else data
    else:
        try:
            # O_NONBLOCK: opening a FIFO nobody writes to must not hang.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError as exc:
            raise InvalidInput(_("{path}: no such file", path=path)) from exc
        except PermissionError as exc:
            raise InvalidInput(_("{path}: permission denied", path=path)) from exc
        except OSError as exc:
            raise InvalidInput(
                _("{path}: cannot be read ({error})", path=path, error=exc.strerror or exc)
            ) from exc
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InvalidInput(_("{path} is a folder, not {what}", path=path, what=what))
            if not stat.S_ISREG(info.st_mode):
                raise InvalidInput(
                    _(
                        "{path} is not a regular file (a device or pipe), not {what}",
                        path=path,
                        what=what,
                    )
                )
            if info.st_size > max_bytes:
                raise _too_large(path, what, max_bytes, info.st_size)
            data = _read_fd(fd, max_bytes + 1)
        except OSError as exc:
            raise InvalidInput(
                _("{path}: cannot be read ({error})", path=path, error=exc.strerror or exc)
            ) from exc
        finally:
            os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(path, what, max_bytes)
    return data
