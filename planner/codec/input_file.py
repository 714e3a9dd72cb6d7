"""Read a file a person names ('-' is standard input) with a byte limit, never unbounded."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from planner.domain.errors import InvalidInput

STDIN = "-"


def shown(path: Path) -> str:
    return "standard input" if str(path) == STDIN else str(path)


def _too_large(path: Path, what: str, max_bytes: int, size: int | None = None) -> InvalidInput:
    amount = f"{size:,} bytes" if size is not None else f"over {max_bytes:,} bytes"
    return InvalidInput(f"{shown(path)} is {amount}; {what} is at most {max_bytes:,} (too large)")


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
            raise InvalidInput(f"standard input is closed; give {what} as a file")
        raw = getattr(stream, "buffer", None)
        data = raw.read(max_bytes + 1) if raw is not None else stream.read(max_bytes + 1)
        data = data.encode("utf-8") if isinstance(data, str) else data
    else:
        try:
            # O_NONBLOCK: opening a FIFO nobody writes to must not hang.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError as exc:
            raise InvalidInput(f"{path}: no such file") from exc
        except PermissionError as exc:
            raise InvalidInput(f"{path}: permission denied") from exc
        except OSError as exc:
            raise InvalidInput(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InvalidInput(f"{path} is a folder, not {what}")
            if not stat.S_ISREG(info.st_mode):
                raise InvalidInput(f"{path} is not a regular file (a device or pipe), not {what}")
            if info.st_size > max_bytes:
                raise _too_large(path, what, max_bytes, info.st_size)
            data = _read_fd(fd, max_bytes + 1)
        except OSError as exc:
            raise InvalidInput(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        finally:
            os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(path, what, max_bytes)
    return data
