"""Which database files had every page read and found sound, as they are now on disk.

Reading every page (PRAGMA quick_check) takes about 0.2 s for 5,000 people and 2 s for 50,000.
Running it on every open made each command at a coaching firm's scale wait 2 s, and the desktop
app's smoke test too. A file whose pages were checked, or that this planner closed cleanly
after they were, and that nothing has touched since, needs no second reading: its fingerprint
(device, inode, size, modification and status-change times of the file and its -wal) says so.
Any write, copy, restore, sync or truncation changes the status-change time, which no program
can set back, so such a file is read page by page again. What this cannot see is a disk that
silently flips bits in a file nobody wrote: SQLite reports such a page when it is read.

The record is a small owner-only JSON file in the user's cache folder (the composition roots
pass its path); a record that is missing, too big or damaged is treated as empty, so the worst
it can cause is a check that did not need to run.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from planner.private_files import write_private

MAX_BYTES = 64 * 1024
KEEP = 16  # files remembered; the oldest is forgotten first


def fingerprint(path: Path) -> str | None:
    """The database file and its -wal as they are on disk now; None when the file is missing."""
    parts = []
    for name in (str(path), f"{path}-wal"):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            parts.append("-")
            continue
        except OSError:
            return None
        parts.append(f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}")
    return None if parts[0] == "-" else "|".join(parts)


class PageRecord:
    """The record at record_path (None: nothing is remembered, every open reads every page)."""

    def __init__(self, record_path: Path | None) -> None:
        self.record_path = record_path

    def _read(self) -> dict[str, str]:
        if self.record_path is None:
            return {}
        try:
            with open(self.record_path, "rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
            data = json.loads(raw) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def checked(self, path: Path) -> bool:
        """True when path's pages were found sound and the file has not changed since."""
        now = fingerprint(path)
        return now is not None and self._read().get(_key(path)) == now

    def remember(self, path: Path) -> None:
        """path, as it is on disk now, has sound pages (never raises: the record is a help)."""
        if self.record_path is None:
            return
        now = fingerprint(path)
        if now is None:
            return
        entries = self._read()
        key = _key(path)
        if next(reversed(entries.items()), None) == (key, now):
            return  # already the newest entry, as it is: nothing to write at every close
        entries.pop(key, None)
        entries[key] = now
        kept = dict(list(entries.items())[-KEEP:])
        with contextlib.suppress(OSError):
            write_private(self.record_path, json.dumps(kept).encode())


def _key(path: Path) -> str:
    return str(Path(path).resolve())
