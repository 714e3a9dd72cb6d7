"""Open the planner's SQLite file safely: check it, refuse newer versions, back up, migrate."""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from planner.domain.errors import DatabaseRefused, StorageError
from planner.storage.connection import Database
from planner.storage.files import (
    SQLITE_HEADER,
    make_private,
    owner_only_umask,
    private_dir,
)
from planner.storage.migrations import MIGRATIONS, SCHEMA_VERSION

PLANNER_TABLES = {"people", "plans", "progress"}


def sqlite_version() -> str:
    return sqlite3.sqlite_version


def describe(exc: sqlite3.Error, path: Path) -> StorageError:
    """Turn an sqlite3 error into one sentence that says what happened and what to do."""
    text = str(exc)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            f"{path}: the disk is full; this change was not saved and nothing earlier was lost. "
            "Free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"{path} is read-only; nothing was changed. Choose a writable location (--db)."
        )
    if "unable to open" in text:
        return StorageError(f"{path}: cannot open or create the database here ({text})")
    if "locked" in text or "busy" in text:
        return StorageError(f"{path} is busy in another program; close it and try again")
    if "malformed" in text or "not a database" in text:
        return DatabaseRefused(f"{path} is damaged ({text}); restore a backup")
    return StorageError(f"{path}: database error ({text})")


def _check_header(path: Path) -> None:
    """Cheap checks before SQLite touches the file: signature and size against the header."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except IsADirectoryError as exc:
        raise DatabaseRefused(f"{path} is a folder, not a database") from exc
    except PermissionError as exc:
        raise StorageError(f"{path}: permission denied") from exc
    if size == 0:
        return  # an empty file is a new database (SQLite treats it so)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DatabaseRefused(f"{path} is not a planner database (not an SQLite file); left as is")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    change, valid_for = header[24:28], header[92:96]
    # A checkpoint cut short writes page 1 (with the new page count) before extending the
    # file; the WAL still holds the pages, so SQLite recovers. Only judge the size without one.
    wal = Path(f"{path}-wal")
    recovering = header[18] == 2 and wal.exists() and wal.stat().st_size > 0
    promised = change == valid_for and pages and not recovering
    if size % page_size or (promised and size < pages * page_size):
        raise DatabaseRefused(
            f"{path} is truncated ({size:,} bytes); it was left as is: restore a backup"
        )


class Store:
    """One open planner database: a sqlite-utils Database plus its path."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path = path
        self.db = db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction: everything inside is saved together or not at all."""
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as exc:
            raise describe(exc, self.path) from exc

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    def compact(self) -> None:
        """Rewrite the file without free pages and empty the WAL, so deleted data is gone."""
        try:
            # FTS5 keeps deleted terms in its segments until they are merged.
            self.conn.execute("INSERT INTO search (search) VALUES ('optimize')")
            self.conn.execute("INSERT INTO people_search (people_search) VALUES ('optimize')")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise describe(exc, self.path) from exc

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    mode = "rwc" if create else "rw"
    conn = sqlite3.connect(
        f"file:{path}?mode={mode}",
        uri=True,
        isolation_level=None,
        timeout=10,
        check_same_thread=True,
    )
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted rows are zeroed, not just unlinked
        conn.execute("PRAGMA busy_timeout = 10000")
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise StorageError(f"{path}: this location does not support the database's WAL mode")
        # FULL: a commit the planner reported as saved survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def open_store(
    path: Path,
    *,
    backup_before_migration: Callable[[sqlite3.Connection, str], object] | None = None,
) -> Store:
    """Open (or create) the database at path, migrating it to this version's schema.

    Refuses, and leaves untouched, a file that is not SQLite, is truncated or damaged, or was
    written by a newer version of the planner.
    """
    path = Path(path).expanduser()
    exists = path.exists()
    if exists:
        _check_header(path)
    try:
        private_dir(path.parent)
    except OSError as exc:
        raise StorageError(f"{path.parent}: cannot create the folder ({exc.strerror})") from exc
    with owner_only_umask():
        try:
            conn = _connect(path, create=not exists)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.Error as exc:
            with contextlib.suppress(UnboundLocalError, sqlite3.Error):
                conn.close()
            error = describe(exc, path)
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
                exc, sqlite3.OperationalError
            ):
                error = DatabaseRefused(f"{path} is damaged or not a database ({exc}); left as is")
            raise error from exc
        store = Store(path, Database(conn))
        try:
            if version > SCHEMA_VERSION:
                raise DatabaseRefused(
                    f"{path} was written by a newer version of the planner (schema {version}; "
                    f"this version knows {SCHEMA_VERSION}). Update the planner; the file was "
                    "left untouched."
                )
            if version == 0 and tables:
                raise DatabaseRefused(f"{path} is an SQLite file of another program; left as is")
            if exists and not (tables >= PLANNER_TABLES or version == 0):
                raise DatabaseRefused(f"{path} is missing planner tables; restore a backup")
            if version < SCHEMA_VERSION:
                if version > 0 and backup_before_migration is not None:
                    backup_before_migration(conn, f"before-schema-{SCHEMA_VERSION}")
                migrate(store, version)
        except BaseException:
            store.conn.close()
            raise
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{path}{suffix}"))
    return store


def migrate(store: Store, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run migrations from_version+1 .. to_version, each in its own transaction."""
    for number in range(from_version + 1, to_version + 1):
        with store.atomic() as db:
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
