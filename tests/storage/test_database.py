"""Opening databases: new files are private, bad or newer files are refused and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from planner.domain.errors import DatabaseRefused, StorageError
from planner.domain.profile import Profile
from planner.storage.database import open_store
from planner.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from planner.storage.people import PeopleRepository

DEMO = {"name": "Ada", "weekly_hours": 5}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_private_wal_and_current(db_path):
    store = open_store(db_path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        for suffix in ("", "-wal", "-shm"):
            path = Path(f"{db_path}{suffix}")
            if path.exists():
                assert path.stat().st_mode & 0o777 == 0o600, suffix
        assert db_path.parent.stat().st_mode & 0o777 == 0o700
    finally:
        store.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, this is not a database at all" * 40, "not an SQLite file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 4000, "not an SQLite file"),
    ],
)
def test_not_sqlite_is_refused_and_untouched(db_path, content, message):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    before = digest(db_path)
    with pytest.raises(DatabaseRefused, match=message):
        open_store(db_path)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def _populated(db_path: Path) -> None:
    from planner.codec.profile_file import profile_from_dict

    with open_store(db_path) as store:
        repo = PeopleRepository(store)
        for i in range(200):
            repo.add(profile_from_dict({**DEMO, "name": f"Person {i}", "region": "x" * 190}))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_truncated_file_is_refused_and_untouched(db_path):
    _populated(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2 + 100])
    before = digest(db_path)
    with pytest.raises(DatabaseRefused, match="truncated"):
        open_store(db_path)
    assert digest(db_path) == before


def test_corrupt_pages_are_refused_by_the_cli_and_the_file_is_untouched(db_path, capsys):
    from planner.cli import main

    _populated(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page):  # scramble every page but the first
        data[offset : offset + 64] = os.urandom(64)
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    code = main(["--db", str(db_path), "people", "list"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "damaged" in err, err
    assert digest(db_path) == before


def test_newer_schema_is_refused_and_untouched(db_path):
    with open_store(db_path) as store:
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = digest(db_path)
    with pytest.raises(DatabaseRefused, match="newer version of the planner"):
        open_store(db_path)
    assert digest(db_path) == before


def test_other_programs_database_is_refused(db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseRefused, match="another program"):
        open_store(db_path)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_schema_upgrades_with_its_data(tmp_path, version):
    """A database made by each earlier version upgrades, keeps its rows and is backed up."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    from planner.storage.connection import Database

    db = Database(conn)
    for number in range(1, version + 1):
        MIGRATIONS[number - 1](db)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO people (name, weekly_hours, created_at, updated_at) "
        "VALUES ('Old Timer', 6, '2026-01-01', '2026-01-01')"
    )
    if version >= 4:  # from v4 on, the app of that version gave each person a uuid
        from planner.storage.migrations import legacy_uuid

        conn.execute("UPDATE people SET uuid = ? WHERE id = 1", [legacy_uuid(1, "2026-01-01")])
    conn.execute(
        "INSERT INTO notes (person_id, day, body, created_at) "
        "VALUES (1, '2026-01-02', 'talked about firewall migration', '2026-01-02')"
    )
    if version >= 2:  # from v2 on, the app of that version kept the search index itself
        conn.execute(
            "INSERT INTO search (kind, person_id, ref, text) VALUES "
            "('person', 1, 1, 'Old Timer'), ('note', 1, 1, 'talked about firewall migration')"
        )
    if version >= 5:  # from v5 on, it also kept one people_search row per person
        conn.execute(
            "INSERT INTO people_search (rowid, text) "
            "VALUES (1, 'Old Timer talked about firewall migration')"
        )
    conn.close()
    backups = []
    store = open_store(path, backup_before_migration=lambda c, reason: backups.append(reason))
    try:
        assert store.schema_version() == SCHEMA_VERSION
        people = PeopleRepository(store)
        assert people.get(1).name == "Old Timer"
        assert [p.name for p in people.list(query="firewall")] == ["Old Timer"]
        assert [p.name for p in people.list(query="Timer")] == ["Old Timer"]
        assert backups == [f"before-schema-{SCHEMA_VERSION}"]
        assert store.integrity_ok()
        # v4: every person has a uuid, derived so purges of pre-v4 backups find them too
        from planner.storage.migrations import legacy_uuid

        created = store.conn.execute("SELECT created_at FROM people WHERE id = 1").fetchone()[0]
        assert people.uuid(1) == legacy_uuid(1, created)
    finally:
        store.close()


def test_failed_migration_leaves_the_old_version(tmp_path, monkeypatch):
    from planner.storage import database

    path = tmp_path / "p.db"
    with open_store(path) as store:
        store.conn.execute("PRAGMA user_version = 1")  # pretend v2 and v3 have not run
        store.conn.execute("DROP TABLE search")
        store.conn.execute("DROP TABLE tags")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure mid-migration")

    monkeypatch.setattr(database, "MIGRATIONS", (database.MIGRATIONS[0], broken))
    with pytest.raises(StorageError):
        open_store(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    finally:
        conn.close()


def test_unwritable_location_gives_a_clear_error(tmp_path):
    with pytest.raises(StorageError, match="cannot"):
        open_store(Path("/proc/planner-test/planner.db"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_database_gives_a_clear_error(db_path):
    _populated(db_path)
    os.chmod(db_path, 0o400)
    os.chmod(db_path.parent, 0o500)
    try:
        with pytest.raises(StorageError, match=r"read-only|cannot open"):
            store = open_store(db_path)
            PeopleRepository(store).add(Profile("x", 1))
    finally:
        os.chmod(db_path.parent, 0o700)
        os.chmod(db_path, 0o600)


def test_disk_full_loses_nothing_already_saved(db_path):
    from planner.codec.profile_file import profile_from_dict

    store = open_store(db_path)
    try:
        repo = PeopleRepository(store)
        first = repo.add(profile_from_dict(DEMO))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        big = profile_from_dict(
            {**DEMO, "name": "Big", "skills": [{"name": "x" * 150, "level": 1}] * 400}
        )
        with pytest.raises(StorageError, match="disk is full"):
            repo.add(big)
        assert [p.name for p in repo.list()] == ["Ada"]
        assert repo.get(first).name == "Ada"
        assert store.integrity_ok()
    finally:
        store.close()
