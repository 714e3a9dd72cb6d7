"""Rotating backups through SQLite's backup API, and restoring one without losing anything."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.errors import DatabaseRefused, StorageError
from planner.storage.database import PLANNER_TABLES, Store, describe, open_store
from planner.storage.files import check_sqlite_file, copy_atomically, private_dir
from planner.storage.migrations import SCHEMA_VERSION

DEFAULT_KEEP = 10


class Backups:
    """Backups of one database in a folder beside it, newest kept, oldest rotated out."""

    def __init__(self, db_path: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP):
        if keep < 1:
            raise StorageError("the number of backups to keep must be at least 1")
        self.db_path = Path(db_path)
        self.folder = folder or self.db_path.parent / "backups"
        self.keep = keep

    def all(self) -> list[Path]:
        """Backups of this database, newest first."""
        if not self.folder.is_dir():
            return []
        pattern = f"{self.db_path.stem}-*.db"
        return sorted(self.folder.glob(pattern), key=lambda p: p.name, reverse=True)

    def create(self, conn: sqlite3.Connection, reason: str = "auto", target: Path | None = None):
        """Write a consistent copy of the open database (backup API); returns its path.

        Without target the copy goes to the rotating folder and old copies are rotated out.
        """
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = target or self.folder / f"{self.db_path.stem}-{stamp}-{reason}.db"
        private_dir(path.parent)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(fd)
        temp = Path(temp_name)
        try:
            out = sqlite3.connect(temp)
            try:
                conn.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                out.close()
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except sqlite3.Error as exc:
            temp.unlink(missing_ok=True)
            raise describe(exc, path) from exc
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise StorageError(f"{path}: cannot write the backup ({exc.strerror})") from exc
        if target is None:
            self.rotate()
        return path

    def rotate(self) -> None:
        for old in self.all()[self.keep :]:
            old.unlink(missing_ok=True)

    def latest_age_seconds(self) -> float | None:
        newest = self.all()
        if not newest:
            return None
        return datetime.now(UTC).timestamp() - newest[0].stat().st_mtime


def check_restorable(path: Path) -> int:
    """Refuse a file that is not a sound planner database of this or an older schema."""
    check_sqlite_file(path, full=True)
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise DatabaseRefused(
            f"{path} was written by a newer version of the planner (schema {version}); "
            "nothing was restored"
        )
    if version < 1 or not tables >= PLANNER_TABLES:
        raise DatabaseRefused(f"{path} is not a planner database; nothing was restored")
    return version


def restore(store: Store, source: Path, backups: Backups) -> tuple[Store, Path]:
    """Replace the open database with source; the current one is backed up first.

    Returns the reopened store and the backup of what was replaced. Nothing is replaced if the
    source fails its checks.
    """
    source = Path(source).expanduser()
    check_restorable(source)
    safety = backups.create(store.conn, "before-restore")
    path = store.path
    try:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise describe(exc, path) from exc
    store.close()
    # The old WAL must not be replayed onto the restored file.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    copy_atomically(source, path)
    reopened = open_store(path, backup_before_migration=backups.create)
    return reopened, safety


def purge_person(backup: Path, person_id: int) -> bool:
    """Remove a person from a backup file and compact it; True if they were in it."""
    conn = sqlite3.connect(backup, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        found = conn.execute("SELECT 1 FROM people WHERE id = ?", [person_id]).fetchone()
        if found is None:
            return False
        conn.execute("BEGIN")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "search" in tables:
            conn.execute("DELETE FROM search WHERE rowid = ?", [-person_id])
            conn.execute(
                "DELETE FROM search WHERE rowid IN (SELECT id FROM notes WHERE person_id = ?)",
                [person_id],
            )
        if "people_search" in tables:
            conn.execute("DELETE FROM people_search WHERE rowid = ?", [person_id])
        conn.execute("DELETE FROM people WHERE id = ?", [person_id])
        conn.execute("COMMIT")
        for index in ("search", "people_search"):  # merged, so deleted terms are gone
            if index in tables:
                conn.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
        conn.execute("VACUUM")
        return True
    except sqlite3.Error as exc:
        raise describe(exc, backup) from exc
    finally:
        conn.close()
