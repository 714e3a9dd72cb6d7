"""A database that cannot be opened: its newest backups, and a restore into a new file beside it.

The refused file is never written to or replaced; what was in it stays for an expert to look at.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.storage.backups import Backups
from planner.storage.files import copy_atomically


def backups_of(path: Path) -> list[Path]:
    """The database's backups, newest first."""
    return Backups(path).all()


def fresh_path(path: Path, today: date) -> Path:
    """A name beside path that no file has yet: planner-new-2027-03-01.db, then -2, -3 ..."""
    stamp = today.isoformat()
    candidate, n = path.with_name(f"{path.stem}-new-{stamp}.db"), 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-new-{stamp}-{n}.db")
    return candidate


def restore_into_new_file(path: Path, backup: Path, today: date) -> Path:
    """Copy backup to a new file beside path (the refused file stays); the new file's path."""
    target = fresh_path(path, today)
    copy_atomically(backup, target)
    return target
