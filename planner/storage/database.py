"""Open the planner's SQLite file safely: check it, refuse newer versions, back up, migrate."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.errors import DatabaseRefused, EmptyDatabaseFile, StorageError
from planner.domain.messages import _
from planner.domain.records import record
from planner.storage.connection import Database
from planner.storage.files import (
    SQLITE_HEADER,
    backup_files,
    backups_folder,
    copy_atomically,
    make_private,
    one_line,
    owner_only_umask,
    private_dir,
    sqlite_uri,
)
from planner.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from planner.storage.page_record import PageRecord
from planner.storage.schema_check import check_schema_objects
from planner.storage.wal_check import FOREIGN, LEFTOVER, NONE, inspect_wal, set_aside, wal_path

PLANNER_TABLES = {"people", "plans", "progress"}
# ANALYZE writes no statistics for an index with no entries, and PRAGMA optimize analyses a
# table again at every close while one of its indexes has none: the partial index of people
# whose dashboard status was never computed is empty once all are, so every close read all
# 50,000 status rows again (30-45 ms). Its row says "small"; optimize keeps it, and a later
# ANALYZE of the table that drops it is followed by this again.
EMPTY_INDEX_STATISTICS = (
    "INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT 'person_status', 'status_uncomputed', "
    "'1 1' WHERE EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'person_status') "
    "AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE idx = 'status_uncomputed')"
)


def sqlite_version() -> str:
    return sqlite3.sqlite_version


class DatabaseDamaged(DatabaseRefused):
    """SQLite found damaged pages (SQLITE_CORRUPT) or no database at all (SQLITE_NOTADB).

    Worded when shown, not when raised: the page check runs on a thread of its own, which
    does not speak the app's language; str() on the GUI thread does.
    """

    def __init__(self, path: Path, detail: object, backup: Path | None = None) -> None:
        super().__init__(path, detail, backup)
        self.path, self.detail, self.backup = path, detail, backup

    def __str__(self) -> str:
        detail = self.detail
        if isinstance(detail, QuickCheck):
            detail = _("quick check: {result}", result=one_line(list(detail.rows)))
        if self.backup is not None:
            return _(
                "{path} is damaged ({detail}); nothing was written to it. To recover, restore "
                "the newest backup: career-planner restore {backup}",
                path=self.path,
                detail=detail,
                backup=self.backup,
            )
        return _(
            "{path} is damaged ({detail}); nothing was written to it. To recover, restore a "
            "backup with: career-planner restore FILE",
            path=self.path,
            detail=detail,
        )


@record
class QuickCheck:
    """SQLite's quick_check rows, as the detail of DatabaseDamaged (worded when shown)."""

    rows: tuple[tuple, ...]


_CORRUPT, _NOTADB = 11, 26


def is_damage(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (_CORRUPT, _NOTADB):
        return True
    text = str(exc)
    return "malformed" in text or "not a database" in text


def damaged(path: Path, detail: object) -> DatabaseDamaged:
    """One sentence: the file is damaged, nothing was written, restore the newest backup."""
    newest = backup_files(path)
    return DatabaseDamaged(path, detail, newest[0] if newest else None)


def explain(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """What a person can do about an sqlite3 error, or None for an error in the planner itself."""
    if is_damage(exc):
        return damaged(path, " ".join(str(exc).split())[:120])
    text = str(exc)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            _(
                "{path}: the disk is full; this change was not saved and nothing earlier was "
                "lost. Free some space and try again.",
                path=path,
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            _(
                "{path} is read-only; nothing was changed. Choose a writable location (--db).",
                path=path,
            )
        )
    if "unable to open" in text:
        return StorageError(
            _("{path}: cannot open or create the database here ({error})", path=path, error=text)
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            _("{path} is busy in another program; close it and try again", path=path)
        )
    if "disk I/O error" in text:
        return StorageError(
            _(
                "{path}: the disk reported an error ({error}); nothing was changed",
                path=path,
                error=text,
            )
        )
    return None


def explain_error(exc: BaseException, path: Path | None) -> StorageError | None:
    """explain() for any exception a command let through; None if it is not SQLite's."""
    if path is None or not isinstance(exc, sqlite3.DatabaseError):
        return None
    return explain(exc, path)


def describe(exc: sqlite3.Error, path: Path) -> StorageError:
    """Turn an sqlite3 error into one sentence that says what happened and what to do."""
    return explain(exc, path) or StorageError(
        _("{path}: database error ({error})", path=path, error=exc)
    )


def _check_header(path: Path, allow_empty: bool) -> bytes:
    """Cheap checks before SQLite touches the file: signature and size against the header."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except IsADirectoryError as exc:
        raise DatabaseRefused(_("{path} is a folder, not a database", path=path)) from exc
    except PermissionError as exc:
        raise StorageError(_("{path}: permission denied", path=path)) from exc
    if size == 0:
        if allow_empty:
            return b""
        raise EmptyDatabaseFile(
            _(
                "{path} is an empty file (0 bytes), not a planner database; nothing was "
                "changed. Restore a backup, or delete the file to start a new database there",
                path=path,
            )
        )
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DatabaseRefused(
            _("{path} is not a planner database (not an SQLite file); left as is", path=path)
        )
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
            _(
                "{path} is truncated ({size:,} bytes); it was left as is: restore a backup",
                path=path,
                size=size,
            )
        )
    return header


def _refuse_unknown(path: Path, version: int, tables: set[str]) -> None:
    """Refuse a file that is not (or not yet known to be) this planner's own."""
    if version > SCHEMA_VERSION:
        raise DatabaseRefused(
            _(
                "{path} was written by a newer version of the planner (schema {version}; "
                "this version knows {known}). Update the planner; the file was left untouched.",
                path=path,
                version=version,
                known=SCHEMA_VERSION,
            )
        )
    if version == 0 and tables:
        raise DatabaseRefused(
            _("{path} is an SQLite file of another program; left untouched", path=path)
        )
    if version > 0 and not tables >= PLANNER_TABLES:
        raise DatabaseRefused(_("{path} is missing planner tables; restore a backup", path=path))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _check_contents(
    conn: sqlite3.Connection, path: Path, *, pages: bool = True, schema: bool = True
) -> int:
    """The schema version, after refusing unknown, newer, foreign-schema or damaged files.

    pages: also read every page (PRAGMA quick_check); it takes time in proportion to the file
    (about 0.2 s for 5,000 people, 2 s for 50,000), so it runs once per open at most.
    schema: also compare every schema object with the planner's own (about 8 ms, most of it
    building them in memory); not needed for a file the page record vouches for.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    _refuse_unknown(path, version, _tables(conn))
    if version > 0 and schema:
        check_schema_objects(conn, version, path)
    if pages:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise damaged(path, QuickCheck(tuple(result)))
    return version


def _probe_read_only(path: Path, *, pages: bool = True) -> None:
    """Look at an existing file without changing a byte (no WAL switch, no header rewrite)."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
        try:
            _check_contents(conn, path, pages=pages)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not is_damage(exc):
            raise describe(exc, path) from exc
        raise damaged(path, " ".join(str(exc).split())[:120]) from exc


class Store:
    """One open planner database: a sqlite-utils Database plus its path."""

    def __init__(self, path: Path, db: Database, record: PageRecord | None = None) -> None:
        self.path = path
        self.db = db
        self.record = record or PageRecord(None)
        # Every page was read and found sound (at open, or later by check_pages): after a clean
        # close the record remembers the file as this planner left it.
        self.pages_sound = False

    def check_pages(self) -> None:
        """Read every page now unless that was done since the file was last changed from outside
        (safe on a worker thread: a read-only connection of its own)."""
        if not self.pages_sound:
            check_pages_of(self.path)
            self.pages_sound = True

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
            self.conn.execute(EMPTY_INDEX_STATISTICS)
        self.conn.close()
        if self.pages_sound:
            self.record.remember(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    mode = "rwc" if create else "rw"
    conn = sqlite3.connect(
        sqlite_uri(path, mode=mode),
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
            raise StorageError(
                _("{path}: this location does not support the database's WAL mode", path=path)
            )
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
    allow_empty: bool = False,
    check_pages: bool = True,
    page_record: Path | None = None,
) -> Store:
    """Open (or create) the database at path, migrating it to this version's schema.

    Refuses, and leaves untouched, a file that is not SQLite, is truncated or damaged, carries
    schema objects the planner did not make, or was written by a newer version of the planner.
    A 0-byte file is refused unless allow_empty (the person agreed to set it up as new).
    Without check_pages, the page-by-page check is left to check_pages_of() (the desktop app
    runs it in the background once the window is ready); a replayed WAL is always checked.
    page_record: the file that remembers databases whose pages were found sound and that have
    not changed since (storage/page_record.py); such a file is not read page by page again.
    """
    path = Path(path).expanduser()
    exists = path.exists()
    wal_state, saved = NONE, None
    record = PageRecord(page_record)
    # Unchanged since this planner found it sound or closed it: its schema objects are the
    # ones it checked then (any write to the file changes its fingerprint).
    vouched = exists and record.checked(path)
    sound = not exists or vouched
    if exists:
        header = _check_header(path, allow_empty)
        if header:
            wal_state = inspect_wal(path, header)
            if wal_state == FOREIGN:
                set_aside(wal_path(path))
                wal_state = NONE
            if wal_state == NONE and not vouched:  # vouched: the version check below is all
                pages = check_pages
                _probe_read_only(path, pages=pages)
                if pages:
                    sound = True
                    record.remember(path)  # the read-only probe left the file as it was
            elif wal_state == LEFTOVER:
                saved = _save_before_replay(path)
    try:
        private_dir(path.parent)
    except OSError as exc:
        raise StorageError(
            _("{path}: cannot create the folder ({error})", path=path.parent, error=exc.strerror)
        ) from exc
    with owner_only_umask():
        try:
            conn = _connect(path, create=not exists)
        except sqlite3.Error as exc:
            if saved is not None and is_damage(exc):
                _undo_replay(path, saved)
            raise _open_error(exc, path) from exc
        store = Store(path, Database(conn), record)
        try:
            try:
                # The read-only probe read every page already, unless a WAL was replayed since.
                replayed = saved is not None
                schema = replayed or not vouched
                version = (
                    _check_contents(conn, path, pages=replayed, schema=schema) if exists else 0
                )
            except (DatabaseRefused, sqlite3.DatabaseError) as exc:
                if saved is None:
                    raise
                conn.close()
                _undo_replay(path, saved)
                raise DatabaseRefused(
                    _(
                        "{wal} did not belong to {path}; it was set aside and the database "
                        "left as it was. Open it again.",
                        wal=wal_path(path),
                        path=path,
                    )
                ) from exc
            if saved is not None:
                saved.unlink(missing_ok=True)  # replayed and sound: its pages are in the file now
                sound = True
            if version < SCHEMA_VERSION:
                if version > 0 and backup_before_migration is not None:
                    backup_before_migration(conn, f"before-schema-{SCHEMA_VERSION}")
                migrate(store, version)
        except sqlite3.Error as exc:
            store.conn.close()
            raise _open_error(exc, path) from exc
        except BaseException:
            store.conn.close()
            raise
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{path}{suffix}"))
    store.pages_sound = sound
    return store


def check_pages_of(path: Path) -> None:
    """Read every page of the database (on any thread: its own read-only connection);
    DatabaseRefused naming restore and the newest backup when one is damaged."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, check_same_thread=False)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, " ".join(str(exc).split())[:120]) from exc
    if result != [("ok",)]:
        raise damaged(path, QuickCheck(tuple(result)))


def _open_error(exc: sqlite3.Error, path: Path) -> StorageError:
    if isinstance(exc, sqlite3.OperationalError) and not is_damage(exc):
        return describe(exc, path)
    return damaged(path, " ".join(str(exc).split())[:120])


def _save_before_replay(path: Path) -> Path:
    """Copy the database aside (a rotating backup) and its WAL beside it before SQLite replays.

    Returns the WAL copy; the database copy stays among the backups either way.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    copy = backups_folder(path) / f"{path.stem}-{stamp}-before-wal-recovery.db"
    try:
        copy_atomically(path, copy)
        kept = Path(f"{copy}.wal")
        copy_atomically(wal_path(path), kept)
    except OSError as exc:
        raise StorageError(
            _(
                "{path}: cannot keep a copy before recovering its WAL ({error}); nothing was "
                "changed",
                path=path,
                error=exc.strerror,
            )
        ) from exc
    return kept


def _undo_replay(path: Path, saved: Path) -> None:
    """Put the database back as it was and keep the WAL that did not belong to it aside."""
    copy = saved.with_suffix("")  # the database copy the WAL copy sits beside
    copy_atomically(copy, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    os.replace(saved, Path(f"{path}-wal.set-aside-{stamp}"))


def migrate(store: Store, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run migrations from_version+1 .. to_version, each in its own transaction."""
    for number in range(from_version + 1, to_version + 1):
        with store.atomic() as db:
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
