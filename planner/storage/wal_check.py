"""Check a -wal file left beside a database before SQLite replays it over the planner's data.

SQLite replays any WAL whose header and frames are self-consistent, even one copied from
another database. A WAL in use by a running connection belongs to the file. A leftover one is
checked: magic, version, page size against the database, header checksum, and its salts
against the -shm index the killed connection left beside the database. One that fails is set
aside (kept, never replayed); one that passes is replayed only after the database was copied
aside, so nothing is lost whatever it holds.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import struct
from datetime import UTC, datetime
from pathlib import Path

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
WAL_HEADER = 32
_DMS_BYTE = 128  # SQLite's "dead man switch" lock in the -shm: held by every live connection

NONE, LIVE, FOREIGN, LEFTOVER = "none", "live", "foreign", "leftover"


def wal_path(db: Path) -> Path:
    return Path(f"{db}-wal")


def _checksum(data: bytes, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over data (a multiple of 8 bytes)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _held_by_this_process(path: Path) -> bool:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return False
    target = str(path.resolve())
    for fd in os.listdir(fds):
        try:
            if os.readlink(fds / fd) == target:
                return True
        except OSError:
            continue
    return False


def _live(db: Path) -> bool:
    """True when some connection has the database open (it owns the WAL then)."""
    if os.name != "posix":
        return True  # no cheap probe: trust SQLite, as before
    if _held_by_this_process(wal_path(db)):
        return True
    shm = Path(f"{db}-shm")
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        import fcntl

        probe = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, _DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, probe)
        return struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return True  # cannot tell: do not touch a WAL that may be in use
    finally:
        os.close(fd)


def inspect_wal(db: Path, db_header: bytes) -> str:
    """NONE, LIVE (in use), FOREIGN (cannot be this database's) or LEFTOVER (checked)."""
    wal = wal_path(db)
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return NONE
    if size == 0:
        return NONE
    if _live(db):
        return LIVE
    with wal.open("rb") as handle:
        header = handle.read(WAL_HEADER)
    if len(header) < WAL_HEADER:
        return FOREIGN
    magic, version, page_size = struct.unpack(">III", header[:12])
    if magic not in WAL_MAGIC or version != WAL_VERSION:
        return FOREIGN
    db_page = struct.unpack(">H", db_header[16:18])[0]
    db_page = 65536 if db_page == 1 else db_page
    if page_size != db_page:
        return FOREIGN
    stored = struct.unpack(">II", header[24:32])
    if _checksum(header[:24], big_endian=magic & 1 == 1) != stored:
        return FOREIGN
    # A connection cut short leaves its -shm index, which holds the salts of the WAL it wrote.
    # A WAL copied from elsewhere has other salts (or no index beside it): never replayed.
    try:
        with Path(f"{db}-shm").open("rb") as handle:
            index = handle.read(48)
    except OSError:
        return FOREIGN
    return LEFTOVER if index[32:40] == header[16:24] else FOREIGN


def set_aside(wal: Path) -> Path:
    """Rename a WAL (and its -shm) out of SQLite's way, keeping it owner-only; the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = wal.with_name(f"{wal.name}.set-aside-{stamp}")
    os.replace(wal, kept)
    os.chmod(kept, 0o600)
    shm = wal.with_name(wal.name.removesuffix("-wal") + "-shm")
    if shm.exists():
        shm.unlink()
    logging.getLogger("planner.storage").warning(
        "%s did not belong to the database; kept as %s", wal, kept
    )
    return kept


def discard_set_aside(db: Path) -> int:
    """Delete the WALs set aside beside db; how many. Used when a person is erased: such a
    file's pages cannot be purged row by row, and it may hold the person's data."""
    removed = 0
    for kept in db.parent.glob(f"{glob.escape(db.name)}-wal.set-aside-*"):
        with contextlib.suppress(FileNotFoundError):
            kept.unlink()
            removed += 1
    return removed
