"""Rotating backups through SQLite's backup API, and restoring one without losing anything."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.errors import DatabaseRefused, StorageError
from planner.domain.messages import _
from planner.storage.database import PLANNER_TABLES, Store, describe, open_store
from planner.storage.files import (
    backup_files,
    check_sqlite_file,
    copy_atomically,
    hold,
    not_a_regular_file,
    private_dir,
    remove_leftovers,
    sqlite_uri,
    stream_to,
)
from planner.storage.migrations import SCHEMA_VERSION, legacy_uuid
from planner.storage.person_keys import person_settings_pattern
from planner.storage.schema_check import check_schema_objects

DEFAULT_KEEP = 10


class Backups:
    """Backups of one database in a folder beside it, newest kept, oldest rotated out."""

    def __init__(self, db_path: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP):
        if keep < 1:
            raise StorageError(_("the number of backups to keep must be at least 1"))
        self.db_path = Path(db_path)
        self.folder = folder or self.db_path.parent / "backups"
        self.keep = keep

    def all(self) -> list[Path]:
        """Backups of this database, newest first."""
        return backup_files(self.db_path, self.folder)

    def create(self, conn: sqlite3.Connection, reason: str = "auto", target: Path | None = None):
        """Write a consistent copy of the open database (backup API); returns its path.

        Without target the copy goes to the rotating folder and old copies are rotated out.
        """
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = target or self.folder / f"{self.db_path.stem}-{stamp}-{reason}.db"
        if target is not None and not_a_regular_file(target):
            return self._to_device(conn, target)
        try:
            private_dir(path.parent)
            import tempfile  # only to write: it costs start-up time

            fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as exc:
            raise StorageError(
                _("{path}: cannot write the backup ({error})", path=path, error=exc.strerror)
            ) from exc
        hold(fd)  # a start-up clean-up leaves a temporary file alone while it is being written
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
            raise StorageError(
                _("{path}: cannot write the backup ({error})", path=path, error=exc.strerror)
            ) from exc
        finally:
            os.close(fd)
        if target is None:
            self.rotate()
        return path

    def _to_device(self, conn: sqlite3.Connection, target: Path) -> Path:
        """A backup written to standard output or a device: made privately, then streamed."""
        made = self.create(conn, "stream")
        try:
            stream_to(target, made.read_bytes())
        finally:
            made.unlink(missing_ok=True)
        return target

    def clean_leftovers(self) -> list[Path]:
        """Remove temporary files and journals a killed process left (they may hold people)."""
        beside = remove_leftovers(self.db_path.parent, f".{self.db_path.name}.")
        return beside + remove_leftovers(self.folder, f".{self.db_path.stem}-", orphans=True)

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
    conn = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if 1 <= version <= SCHEMA_VERSION:
            try:
                check_schema_objects(conn, version, path)
            except DatabaseRefused as exc:
                raise DatabaseRefused(_("{error}; nothing was restored", error=exc)) from exc
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise DatabaseRefused(
            _(
                "{path} was written by a newer version of the planner (schema {version}); "
                "nothing was restored",
                path=path,
                version=version,
            )
        )
    if version < 1 or not tables >= PLANNER_TABLES:
        raise DatabaseRefused(
            _("{path} is not a planner database; nothing was restored", path=path)
        )
    return version


def restore(store: Store, source: Path, backups: Backups) -> tuple[Store, Path]:
    """Replace the open database with source; the current one is backed up first.

    Returns the reopened store and the backup of what was replaced. Nothing is replaced if the
    source fails its checks.
    """
    source = Path(source).expanduser()
    check_restorable(source)
    highest = max([highest_person_id(store.conn), *map(_highest_in, backups.all())])
    pending = store.conn.execute(
        "SELECT uuid, person_id, requested_at FROM pending_purges"
    ).fetchall()
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
    try:
        with reopened.atomic() as db:
            # Ids are never reused: a new person must not take the id of someone who exists
            # only in a backup (purging that id later would erase the wrong person).
            db.execute("DELETE FROM sqlite_sequence WHERE name = 'people'")
            db.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('people', ?)",
                [max(highest, highest_person_id(reopened.conn))],
            )
            for row in pending:  # an erase cut short before the restore is still owed
                db.execute("INSERT OR IGNORE INTO pending_purges VALUES (?, ?, ?)", list(row))
    except BaseException:
        reopened.close()
        raise
    return reopened, safety


def highest_person_id(conn: sqlite3.Connection) -> int:
    """The highest person id this database ever gave (AUTOINCREMENT's counter, or rows)."""
    seq = conn.execute("SELECT max(seq) FROM sqlite_sequence WHERE name = 'people'").fetchone()
    rows = conn.execute("SELECT max(id) FROM people").fetchone()
    return max(seq[0] or 0, rows[0] or 0)


def _highest_in(backup: Path) -> int:
    try:
        conn = sqlite3.connect(sqlite_uri(backup, mode="ro", immutable="1"), uri=True)
        try:
            return highest_person_id(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # an unreadable backup cannot hand out ids either


def purge_person(backup: Path, person_uuid: str) -> bool:
    """Remove a person (by their unique id) from a backup file and compact it.

    True if they were in it. Backups made before people had a uuid column match on the uuid
    derived from their id and creation time, the value the migration gave them.
    """
    conn = sqlite3.connect(sqlite_uri(backup, mode="rw"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        columns = {r[1] for r in conn.execute("PRAGMA table_info(people)")}
        if "uuid" in columns:
            rows = conn.execute("SELECT id FROM people WHERE uuid = ?", [person_uuid])
            ids = [r[0] for r in rows]
        else:
            rows = conn.execute("SELECT id, created_at FROM people")
            ids = [i for i, created in rows if legacy_uuid(i, created) == person_uuid]
        if not ids:
            return False
        conn.execute("BEGIN")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for person_id in ids:
            if "search" in tables:
                conn.execute("DELETE FROM search WHERE rowid = ?", [-person_id])
                conn.execute(
                    "DELETE FROM search WHERE rowid IN (SELECT id FROM notes WHERE person_id = ?)",
                    [person_id],
                )
            if "people_search" in tables:
                conn.execute("DELETE FROM people_search WHERE rowid = ?", [person_id])
            conn.execute("DELETE FROM people WHERE id = ?", [person_id])
        if "settings" in tables:
            conn.execute(
                "DELETE FROM settings WHERE key LIKE ? ESCAPE '\\'",
                [person_settings_pattern(person_uuid)],
            )
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
